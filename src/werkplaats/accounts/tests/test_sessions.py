"""Sessions and passwords: a new session key at login, logging out everywhere on a password change,
the cookie's settings, the password policy and the demo's two-factor codes."""

import pyotp
import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from werkplaats.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.real_second_factor]


def test_logging_in_gives_the_session_a_new_key(client, mila):
    before = client.session  # an anonymous session, saved, its key in the cookie
    before["visited"] = True
    before.save()
    key_before = before.session_key

    client.post(reverse("accounts:login"), {"username": "mila", "password": PASSWORD})

    assert client.session.session_key != key_before
    assert client.session["visited"] is True
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_changing_the_password_logs_out_every_other_session(mila):
    here, elsewhere = Client(), Client()
    for client in (here, elsewhere):
        client.post(reverse("accounts:login"), {"username": "mila", "password": PASSWORD})
    assert elsewhere.get(reverse("accounts:dashboard")).status_code == 200

    response = here.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "een-nieuw-lang-wachtwoord-7",
            "new_password2": "een-nieuw-lang-wachtwoord-7",
        },
    )

    assert response.status_code == 302
    assert here.get(reverse("accounts:dashboard")).status_code == 200
    assert elsewhere.get(reverse("accounts:dashboard")).status_code == 302


def test_a_short_or_common_new_password_is_refused_with_a_message(client, mila):
    client.post(reverse("accounts:login"), {"username": "mila", "password": PASSWORD})

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": "kort-123", "new_password2": "kort-123"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    mila.refresh_from_db()
    assert mila.check_password(PASSWORD)


@pytest.mark.parametrize(
    "password", ["elf-tekens!", "password1234", "123456789012345", "mila-example"]
)
def test_the_password_policy_refuses_short_common_numeric_and_similar_passwords(mila, password):
    with pytest.raises(ValidationError):
        validate_password(password if password != "mila-example" else "mila@example.org", mila)


def test_a_long_uncommon_password_passes_the_policy(mila):
    validate_password("fietsen-langs-de-dinkel-2026", mila)


def test_the_session_cookie_is_http_only_and_same_site(client, mila):
    response = client.post(reverse("accounts:login"), {"username": "mila", "password": PASSWORD})

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == settings.SESSION_HOURS * 3600


def test_the_totp_command_prints_the_current_code_of_a_demo_account(capsys, cor):
    from django.utils import timezone

    from werkplaats.accounts.models import TwoFactorDevice
    from werkplaats.network.demo.users import DEMO_TOTP_SECRET

    TwoFactorDevice.objects.create(user=cor, secret=DEMO_TOTP_SECRET, confirmed_at=timezone.now())

    call_command("totp", "cor")

    assert capsys.readouterr().out.strip() == pyotp.TOTP(DEMO_TOTP_SECRET).now()


def test_the_totp_command_fails_with_one_line_for_an_account_without_it(mila):
    with pytest.raises(CommandError, match="No account 'mila' with two-factor"):
        call_command("totp", "mila")

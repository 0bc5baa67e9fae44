"""Two-factor authentication: the real flow, password then code, as a coordinator logs in."""

import pyotp
import pytest
from django.test import Client
from django.urls import reverse

from werkplaats.accounts import twofactor
from werkplaats.accounts.models import RecoveryCode, TwoFactorDevice
from werkplaats.conftest import PASSWORD

# These tests make their sessions through the login form, never with the test-only shortcut.
pytestmark = [pytest.mark.django_db, pytest.mark.real_second_factor]

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def with_device(user, secret=SECRET):
    from django.utils import timezone

    return TwoFactorDevice.objects.create(user=user, secret=secret, confirmed_at=timezone.now())


def code_for(secret=SECRET, offset=0):
    return pyotp.TOTP(secret).at((twofactor.current_step() + offset) * twofactor.STEP_SECONDS)


def password_step(client, username, next_url=""):
    data = {"username": username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:login"), data)


# Pages behind the login, of every kind: the dashboard, a coordinator's workshop pages, the
# admin, the API (session), the user's own settings.
PAGES_BEHIND_LOGIN = [
    ("accounts:dashboard", {}),
    ("accounts:profile", {}),
    ("accounts:password_change", {}),
    ("accounts:two_factor", {}),
    ("manage:workshop", {"slug": "twente"}),
    ("questions:inbox", {"slug": "twente"}),
    ("admin:index", {}),
]


def test_a_coordinator_with_only_the_password_reaches_nothing_but_the_code_page(client, cor):
    with_device(cor)

    response = password_step(client, "cor")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    for name, kwargs in PAGES_BEHIND_LOGIN:
        page = client.get(reverse(name, kwargs=kwargs))
        assert page.status_code == 302, name
        assert page["Location"].startswith(reverse("accounts:two_factor_verify")), name
    api = client.get("/api/v1/questions/", HTTP_ACCEPT="application/json")
    assert api.status_code == 403
    assert "detail" in api.json()
    # A POST that would change something is held too.
    post = client.post(reverse("accounts:profile"), {"given_name": "X"})
    assert post["Location"].startswith(reverse("accounts:two_factor_verify"))


def test_with_the_code_the_coordinator_gets_in_and_lands_where_they_were_going(client, cor):
    with_device(cor)
    inbox = reverse("questions:inbox", kwargs={"slug": "twente"})
    password_step(client, "cor", next_url=inbox)
    key_after_password = client.session.session_key

    response = client.post(
        reverse("accounts:two_factor_verify"), {"code": code_for(), "next": inbox}
    )

    assert response.status_code == 302
    assert response["Location"] == inbox
    assert client.get(inbox).status_code == 200
    assert client.session.session_key != key_after_password
    assert client.session.get_expiry_age() == 12 * 3600


def test_a_wrong_code_keeps_the_coordinator_at_the_code_page(client, cor):
    with_device(cor)
    password_step(client, "cor")

    response = client.post(reverse("accounts:two_factor_verify"), {"code": "000000"})

    assert response.status_code == 400
    assert client.get(reverse("accounts:dashboard")).status_code == 302


def test_a_replayed_code_is_refused(client, cor):
    with_device(cor)
    code = code_for()
    password_step(client, "cor")
    assert client.post(reverse("accounts:two_factor_verify"), {"code": code}).status_code == 302
    client.post(reverse("accounts:logout"))

    second = Client()
    password_step(second, "cor")
    response = second.post(reverse("accounts:two_factor_verify"), {"code": code})

    assert response.status_code == 400
    assert second.get(reverse("accounts:dashboard")).status_code == 302


def test_an_older_code_is_refused_once_a_newer_one_was_used(cor):
    device = with_device(cor)

    assert twofactor.verify(cor, code_for(offset=0))
    assert not twofactor.verify(cor, code_for(offset=-1))
    device.refresh_from_db()
    assert device.last_used_step == twofactor.current_step()


def test_a_code_of_another_secret_is_refused(cor):
    with_device(cor)

    assert not twofactor.verify(cor, code_for(secret=pyotp.random_base32()))


def test_a_coordinator_without_an_app_is_sent_to_set_it_up_and_can_do_nothing_else(client, cor):
    response = password_step(client, "cor")

    assert response["Location"].startswith(reverse("accounts:two_factor_setup"))
    for name, kwargs in PAGES_BEHIND_LOGIN:
        page = client.get(reverse(name, kwargs=kwargs))
        assert page["Location"].startswith(reverse("accounts:two_factor_setup")), name


def test_setting_up_shows_a_qr_code_and_the_secret_then_gives_ten_recovery_codes(client, cor):
    password_step(client, "cor")

    page = client.get(reverse("accounts:two_factor_setup"))
    device = TwoFactorDevice.objects.get(user=cor)
    text = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in text and "style=" not in text.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert twofactor.grouped_secret(device) in text
    assert device.confirmed_at is None

    wrong = client.post(reverse("accounts:two_factor_setup"), {"code": "123456"})
    assert wrong.status_code == 400
    done = client.post(reverse("accounts:two_factor_setup"), {"code": code_for(device.secret)})

    device.refresh_from_db()
    assert done.status_code == 200
    assert device.confirmed_at is not None
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    for code in codes:
        assert code in done.content.decode()
    # Only hashes are stored.
    stored = set(RecoveryCode.objects.filter(user=cor).values_list("code_hash", flat=True))
    assert len(stored) == 10 and not stored & set(codes)
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_recovery_code_lets_the_user_in_once(client, cor):
    with_device(cor)
    codes = twofactor.new_recovery_codes(cor)
    password_step(client, "cor")

    first = client.post(reverse("accounts:two_factor_verify"), {"code": codes[3].lower()})
    assert first.status_code == 302
    assert client.get(reverse("accounts:dashboard")).status_code == 200
    client.post(reverse("accounts:logout"))

    password_step(client, "cor")
    again = client.post(reverse("accounts:two_factor_verify"), {"code": codes[3]})
    assert again.status_code == 400
    assert twofactor.remaining_recovery_codes(cor) == 9


def test_a_member_logs_in_with_the_password_alone(client, mila):
    response = password_step(client, "mila")

    assert response["Location"] == reverse("accounts:dashboard")
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_member_may_turn_it_on_and_is_then_asked_for_a_code(client, mila):
    password_step(client, "mila")
    client.get(reverse("accounts:two_factor_setup"))
    secret = TwoFactorDevice.objects.get(user=mila).secret
    client.post(reverse("accounts:two_factor_setup"), {"code": code_for(secret)})
    client.post(reverse("accounts:logout"))

    response = password_step(client, "mila")

    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    assert client.get(reverse("accounts:dashboard")).status_code == 302


def test_a_member_may_turn_it_off_but_a_coordinator_may_not(client, mila, cor):
    with_device(mila)
    with_device(cor)
    member, coordinator = Client(), Client()
    password_step(member, "mila")
    member.post(reverse("accounts:two_factor_verify"), {"code": code_for()})
    password_step(coordinator, "cor")
    coordinator.post(reverse("accounts:two_factor_verify"), {"code": code_for(offset=1)})

    member.post(reverse("accounts:two_factor_turn_off"))
    coordinator.post(reverse("accounts:two_factor_turn_off"))

    assert not TwoFactorDevice.objects.filter(user=mila).exists()
    assert TwoFactorDevice.objects.filter(user=cor).exists()


def test_a_member_made_coordinator_must_set_it_up_at_the_next_request(client, mila, twente):
    password_step(client, "mila")
    assert client.get(reverse("accounts:dashboard")).status_code == 200

    twente.coordinators.add(mila)

    response = client.get(reverse("accounts:dashboard"))
    assert response["Location"].startswith(reverse("accounts:two_factor_setup"))


@pytest.mark.parametrize("user", ["noor", "ada"])
def test_editors_and_administrators_need_the_second_factor_too(client, user, request):
    with_device(request.getfixturevalue(user))

    password_step(client, user)

    assert client.get(reverse("admin:index"))["Location"].startswith(
        reverse("accounts:two_factor_verify")
    )


def test_the_admin_login_sends_to_the_sites_login_with_its_second_factor(client, ada):
    with_device(ada)

    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    login = client.get(response["Location"])

    assert login.status_code == 302
    assert login["Location"].startswith(reverse("accounts:login"))
    assert "next=" in login["Location"]
    password_step(client, "ada", next_url=reverse("admin:index"))
    client.post(
        reverse("accounts:two_factor_verify"),
        {"code": code_for(), "next": reverse("admin:index")},
    )
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_session_from_an_earlier_login_does_not_carry_the_mark_to_a_new_password_step(
    client, cor
):
    with_device(cor)
    password_step(client, "cor")
    client.post(reverse("accounts:two_factor_verify"), {"code": code_for()})
    assert client.get(reverse("accounts:dashboard")).status_code == 200

    password_step(client, "cor")

    assert client.get(reverse("accounts:dashboard")).status_code == 302


def test_the_next_address_after_the_code_stays_on_this_site(client, cor):
    with_device(cor)
    password_step(client, "cor")

    response = client.post(
        reverse("accounts:two_factor_verify"),
        {"code": code_for(), "next": "https://evil.example/"},
    )

    assert response["Location"] == reverse("accounts:dashboard")

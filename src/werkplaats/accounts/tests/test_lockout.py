"""Throttling and lock-out: ten wrong passwords lock the account, and every process knows it."""

import datetime

import pyotp
import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.accounts import lockout, twofactor
from werkplaats.accounts.models import FailedLogin, LoginLock, TwoFactorDevice
from werkplaats.accounts.tasks import delete_old_failed_logins
from werkplaats.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.real_second_factor]


def attempt(client, username, password, language="nl"):
    with translation.override(language):
        url = reverse("accounts:login")
    return client.post(url, {"username": username, "password": password})


def fail_ten_times(client, username, language="nl"):
    responses = [attempt(client, username, "niet-het-wachtwoord", language) for _ in range(10)]
    return responses[-1]


def test_nine_wrong_passwords_do_not_lock_the_account(client, mila):
    for _ in range(9):
        assert attempt(client, "mila", "fout").status_code == 200

    assert attempt(client, "mila", PASSWORD).status_code == 302


def test_ten_wrong_passwords_lock_the_account_and_the_page_says_so_in_english(client, mila):
    last = fail_ten_times(client, "mila", "en")

    assert last.status_code == 429
    assert "this account is locked until" in last.content.decode()
    right = attempt(client, "mila", PASSWORD, "en")
    assert right.status_code == 429
    assert "Too many failed attempts: this account is locked until" in right.content.decode()
    assert client.get(reverse("accounts:dashboard")).status_code == 302


def test_ten_wrong_passwords_lock_the_account_and_the_page_says_so_in_dutch(client, mila):
    fail_ten_times(client, "mila")

    right = attempt(client, "mila", PASSWORD)

    text = right.content.decode()
    assert right.status_code == 429
    assert '<html lang="nl"' in text
    assert "geblokkeerd" in text
    assert "sessionid" not in right.cookies or not right.cookies["sessionid"].value


def test_the_lock_holds_in_another_process_and_lasts_the_configured_minutes(mila):
    # Two clients stand for two web processes: they share nothing but the database.
    first, second = Client(), Client()
    fail_ten_times(first, "mila")

    response = attempt(second, "mila", PASSWORD)

    assert response.status_code == 429
    lock = LoginLock.objects.get(username="mila")
    minutes = (lock.locked_until - timezone.now()).total_seconds() / 60
    assert 29 < minutes <= 30


@override_settings(LOGIN_LOCKOUT_MINUTES=5)
def test_the_lock_ends_after_lockout_minutes(client, mila):
    fail_ten_times(client, "mila")
    LoginLock.objects.update(locked_until=timezone.now() - datetime.timedelta(seconds=1))

    assert attempt(client, "mila", PASSWORD).status_code == 302


def test_a_made_up_name_is_locked_with_the_same_words_so_nobody_learns_which_accounts_exist(
    client, mila
):
    real = fail_ten_times(client, "mila", "en").content.decode()
    made_up = fail_ten_times(Client(), "nobody-here", "en").content.decode()

    def message(text):
        return text.split('class="errorlist"', 1)[1].split("</div>", 1)[0]

    assert message(real) == message(made_up)
    assert LoginLock.objects.filter(username="nobody-here").exists()


def test_a_successful_login_settles_earlier_failures(client, mila):
    for _ in range(9):
        attempt(client, "mila", "fout")
    attempt(client, "mila", PASSWORD)
    client.post(reverse("accounts:logout"))

    for _ in range(9):
        attempt(client, "mila", "fout")

    assert attempt(client, "mila", PASSWORD).status_code == 302


def test_wrong_codes_count_towards_the_lock(client, cor):
    TwoFactorDevice.objects.create(
        user=cor, secret=pyotp.random_base32(), confirmed_at=timezone.now()
    )
    attempt(client, "cor", PASSWORD)
    for _ in range(9):
        assert (
            client.post(reverse("accounts:two_factor_verify"), {"code": "000000"}).status_code
            == 400
        )

    tenth = client.post(reverse("accounts:two_factor_verify"), {"code": "000000"})

    assert tenth["Location"] == reverse("accounts:login")
    assert client.get(reverse("accounts:dashboard")).status_code == 302
    assert attempt(client, "cor", PASSWORD).status_code == 429
    assert FailedLogin.objects.filter(username="cor", stage="code").count() == 10


@override_settings(LOGIN_ADDRESS_MAX_FAILURES=15)
def test_one_address_trying_many_names_is_throttled(client, mila):
    for number in range(15):
        attempt(client, f"naam-{number}", "fout")

    response = attempt(client, "mila", PASSWORD, "en")

    assert response.status_code == 429
    assert "from your network address" in response.content.decode()
    other_address = Client(REMOTE_ADDR="10.1.2.3")
    assert attempt(other_address, "mila", PASSWORD).status_code == 302


def test_an_administrator_unlocks_an_account_in_the_admin(client, mila, ada):
    fail_ten_times(Client(), "mila")
    client.force_login(ada)
    session = client.session
    session[twofactor.SESSION_KEY] = ada.pk
    session.save()

    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "unlock", "_selected_action": [mila.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert not LoginLock.objects.exists()
    assert attempt(Client(), "mila", PASSWORD).status_code == 302


def test_an_administrator_unlocks_a_name_from_the_list_of_locks(client, mila, ada):
    fail_ten_times(Client(), "mila")
    client.force_login(ada)
    session = client.session
    session[twofactor.SESSION_KEY] = ada.pk
    session.save()

    listing = client.get(reverse("admin:accounts_loginlock_changelist"))
    client.post(
        reverse("admin:accounts_loginlock_changelist"),
        {"action": "unlock", "_selected_action": [LoginLock.objects.get().pk]},
    )

    assert "mila" in listing.content.decode()
    assert attempt(Client(), "mila", PASSWORD).status_code == 302


def test_failed_logins_keep_no_address_and_no_password(client, mila):
    attempt(client, "mila", "mijn-geheime-poging")

    failure = FailedLogin.objects.get()
    assert failure.user == mila
    assert failure.stage == "password"
    assert "127.0.0.1" not in failure.address_hash and len(failure.address_hash) == 64
    assert "mijn-geheime-poging" not in str(FailedLogin.objects.values().get())


@override_settings(LOGIN_ATTEMPT_RETENTION_DAYS=30)
def test_the_daily_task_deletes_failed_logins_older_than_the_retention(client, mila):
    attempt(client, "mila", "fout")
    attempt(client, "mila", "fout")
    FailedLogin.objects.filter(pk=FailedLogin.objects.order_by("pk").first().pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )

    delete_old_failed_logins.enqueue()

    assert FailedLogin.objects.count() == 1


def test_the_daily_task_is_in_daily_tasks(settings):
    assert "werkplaats.accounts.tasks.delete_old_failed_logins" in settings.DAILY_TASKS


def test_names_are_counted_whatever_their_case(client, mila):
    for number in range(10):
        attempt(client, "MILA" if number % 2 else "mila", "fout")

    assert lockout.locked_until("Mila") is not None

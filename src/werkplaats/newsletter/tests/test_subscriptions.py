"""Signing up with double opt-in, preferences and one-click unsubscribing, through the pages and
a real SMTP server."""

import time
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from werkplaats.network.models import Theme
from werkplaats.newsletter.constants import SubscriberStatus
from werkplaats.newsletter.models import Subscriber
from werkplaats.newsletter.services import subscriptions
from werkplaats.newsletter.tokens import Purpose, make_token
from werkplaats.questions.services import spam

from .conftest import links_in, subscriber, text_of

pytestmark = pytest.mark.django_db

ADDRESS = "sanne.devries@example.org"


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def submit(email=ADDRESS, workshops=(), themes=(), *, address="10.0.0.1", **extra):
        data = {
            "email": email,
            "workshops": [w.slug for w in workshops],
            "themes": [t.slug for t in themes],
            "stamp": spam.form_stamp(at=time.time() - 30),
            "website": "",
            **extra,
        }
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("newsletter:signup"), data, REMOTE_ADDR=address)

    return submit


def path_of(url: str) -> str:
    return urlsplit(url).path


def test_signing_up_sends_a_confirmation_link_and_only_confirming_subscribes(
    client, smtp, sign_up, twente
):
    response = sign_up(workshops=[twente])

    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:signup_done")
    stored = Subscriber.objects.get()
    assert stored.status == SubscriberStatus.PENDING
    assert list(stored.workshops.all()) == [twente]
    [mail] = smtp.to(ADDRESS)
    [link] = [u for u in links_in(text_of(mail)) if "/bevestigen/" in u]

    # Opening the link (or a mail scanner opening it) confirms nothing yet.
    page = client.get(path_of(link))
    assert page.status_code == 200
    stored.refresh_from_db()
    assert stored.status == SubscriberStatus.PENDING

    confirmed = client.post(path_of(link))
    assert confirmed.status_code == 200
    stored.refresh_from_db()
    assert stored.status == SubscriberStatus.ACTIVE
    assert stored.confirmed_at is not None


def test_signing_up_again_gives_the_same_answer_and_changes_nothing_for_a_subscriber(
    client, smtp, sign_up, twente, zeeland
):
    existing = subscriber(ADDRESS, workshops=[twente])
    fresh = sign_up(email="nieuw@example.org")
    again = sign_up(email=ADDRESS.upper(), workshops=[zeeland])

    assert again.status_code == fresh.status_code == 302
    assert again["Location"] == fresh["Location"]
    existing.refresh_from_db()
    assert existing.status == SubscriberStatus.ACTIVE
    assert list(existing.workshops.all()) == [twente]
    # The owner is told, with their own preferences link, and nobody else.
    [mail] = smtp.to(ADDRESS)
    assert any("/voorkeuren/" in u for u in links_in(text_of(mail)))
    assert Subscriber.objects.count() == 2


def test_a_repeated_sign_up_mails_the_address_at_most_once_in_ten_minutes(smtp, sign_up):
    for _attempt in range(3):
        sign_up()

    assert len(smtp.to(ADDRESS)) == 1


def test_sign_ups_from_one_network_are_limited_per_hour(client, smtp, sign_up, settings):
    settings.NEWSLETTER_SIGNUP_LIMIT_PER_HOUR = 2
    statuses = [sign_up(email=f"a{n}@example.org").status_code for n in range(3)]

    assert statuses == [302, 302, 429]
    assert Subscriber.objects.count() == 2
    assert sign_up(email="other@example.org", address="10.9.9.9").status_code == 302


def test_a_filled_honeypot_or_a_form_sent_too_fast_subscribes_nobody(client, smtp, sign_up):
    assert sign_up(website="http://spam.example").status_code == 400
    assert sign_up(stamp=spam.form_stamp()).status_code == 400
    assert sign_up(stamp="forged").status_code == 400
    assert not Subscriber.objects.exists()
    assert len(smtp) == 0


def test_an_invalid_address_gets_a_message_that_says_what_to_do(client, sign_up):
    response = sign_up(email="geen-adres")

    assert response.status_code == 400
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert 'href="#id_email"' in body
    assert 'id="id_email_error"' in body


@pytest.mark.parametrize("purpose", list(Purpose))
def test_a_forged_token_gets_a_clear_message_and_changes_nothing(client, purpose):
    pending = subscriber(ADDRESS, status=SubscriberStatus.PENDING)
    active = subscriber("actief@example.org")
    token = make_token(active, purpose)
    name = {"confirm": "confirm", "preferences": "preferences", "unsubscribe": "unsubscribe"}
    forged = [
        token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"),
        "nonsense",
        signing.dumps(pending.uuid.hex, salt="another-salt"),
        make_token(active, next(p for p in Purpose if p != purpose)),
    ]
    for value in forged:
        url = reverse(f"newsletter:{name[purpose]}", kwargs={"token": value})
        for response in (client.get(url), client.post(url, {"List-Unsubscribe": "One-Click"})):
            assert response.status_code == 400
            assert f'href="{reverse("newsletter:signup")}"' in response.content.decode()
    pending.refresh_from_db()
    active.refresh_from_db()
    assert pending.status == SubscriberStatus.PENDING
    assert active.status == SubscriberStatus.ACTIVE


def test_an_expired_confirmation_link_says_so_and_confirms_nothing(client, settings, monkeypatch):
    pending = subscriber(ADDRESS, status=SubscriberStatus.PENDING)
    token = make_token(pending, Purpose.CONFIRM)
    later = time.time() + (settings.NEWSLETTER_CONFIRM_HOURS + 1) * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)

    response = client.post(f"/en{reverse('newsletter:confirm', kwargs={'token': token})}")

    assert response.status_code == 400
    assert "expired" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == SubscriberStatus.PENDING


def test_one_click_unsubscribes_with_a_post_without_cookies_or_csrf_token():
    active = subscriber(ADDRESS)
    url = reverse(
        "newsletter:unsubscribe", kwargs={"token": make_token(active, Purpose.UNSUBSCRIBE)}
    )
    mail_client = Client(enforce_csrf_checks=True)
    assert not mail_client.cookies

    response = mail_client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    active.refresh_from_db()
    assert active.status == SubscriberStatus.UNSUBSCRIBED
    # Twice is fine.
    assert mail_client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200


def test_following_the_unsubscribe_link_asks_for_a_click_first(client):
    active = subscriber(ADDRESS)
    url = reverse(
        "newsletter:unsubscribe", kwargs={"token": make_token(active, Purpose.UNSUBSCRIBE)}
    )

    page = client.get(url)

    assert page.status_code == 200
    assert f'action="{url}"' in page.content.decode()
    active.refresh_from_db()
    assert active.status == SubscriberStatus.ACTIVE


def test_other_posts_still_need_a_csrf_token():
    pending = subscriber(ADDRESS, status=SubscriberStatus.PENDING)
    url = reverse("newsletter:confirm", kwargs={"token": make_token(pending, Purpose.CONFIRM)})

    response = Client(enforce_csrf_checks=True).post(url)

    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == SubscriberStatus.PENDING


def test_the_preferences_link_changes_the_choices_and_shows_no_address(client, twente):
    active = subscriber(ADDRESS, workshops=[twente])
    theme = Theme.objects.filter(is_active=True).first()
    url = reverse(
        "newsletter:preferences", kwargs={"token": make_token(active, Purpose.PREFERENCES)}
    )

    page = client.get(url)
    assert page.status_code == 200
    assert ADDRESS not in page.content.decode()
    response = client.post(url, {"themes": [theme.slug]})

    assert response.status_code == 302
    assert list(active.workshops.all()) == []
    assert list(active.themes.all()) == [theme]


def test_unsubscribed_and_unconfirmed_subscribers_are_erased_after_the_retention_period(settings):
    now = timezone.now()
    settings.NEWSLETTER_RETENTION_DAYS = 30
    old = subscriber("oud@example.org", status=SubscriberStatus.UNSUBSCRIBED)
    recent = subscriber("recent@example.org", status=SubscriberStatus.UNSUBSCRIBED)
    unconfirmed = subscriber("nooit@example.org", status=SubscriberStatus.PENDING)
    active = subscriber(ADDRESS)
    Subscriber.objects.filter(pk=old.pk).update(unsubscribed_at=now - timedelta(days=31))
    Subscriber.objects.filter(pk=recent.pk).update(unsubscribed_at=now - timedelta(days=29))
    Subscriber.objects.filter(pk=unconfirmed.pk).update(
        confirmation_sent_at=now - timedelta(days=10)
    )
    token = make_token(old, Purpose.UNSUBSCRIBE)

    assert subscriptions.erase_expired_subscribers(now) == 2
    assert subscriptions.erase_expired_subscribers(now) == 0

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "recent@example.org",
        ADDRESS,
    }
    assert active.pk
    # The erased subscriber's links no longer work.
    response = Client().get(reverse("newsletter:unsubscribe", kwargs={"token": token}))
    assert response.status_code == 400

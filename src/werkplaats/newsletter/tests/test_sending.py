"""Sending an issue through a real SMTP server: one copy each, HTML and plain text, unsubscribe
headers and personal links, preferences, and what happens after a crash (simulated here; the
real kill is in ``test_crash``)."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.newsletter.constants import DeliveryState, IssueState, SubscriberStatus
from werkplaats.newsletter.models import Delivery
from werkplaats.newsletter.services import composing, sending
from werkplaats.publications.models import Publication
from werkplaats.publications.tests.factories import PublicationFactory

from .conftest import html_of, links_in, subscriber, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(twente, zeeland):
    twente_article = ArticleFactory(title="Buurtkamers in Enschede", workshops=[twente])
    zeeland_article = ArticleFactory(title="Mantelzorg op Walcheren", workshops=[zeeland])
    ArticleFactory(title="Nog een concept", state=ArticleState.DRAFT, published_at=None)
    chosen = composing.candidates()
    assert {e.title for e in chosen} == {twente_article.title, zeeland_article.title}
    return composing.save_issue(subject="Nieuwsbrief proef", introduction="Hallo.", chosen=chosen)


def send(issue):
    sending.start_sending(issue)
    return sending.send_issue(issue)


def test_every_confirmed_subscriber_gets_one_copy_as_html_and_plain_text(smtp, issue):
    subscribers = [subscriber(f"lezer{n}@example.org") for n in range(5)]
    subscriber("wacht@example.org", status=SubscriberStatus.PENDING)
    subscriber("weg@example.org", status=SubscriberStatus.UNSUBSCRIBED)

    assert send(issue) == 5

    assert smtp.counts() == {s.email: 1 for s in subscribers}
    message = smtp.to("lezer0@example.org")[0]
    assert message["Subject"] == "Nieuwsbrief proef"
    assert "Buurtkamers in Enschede" in text_of(message)
    assert "Buurtkamers in Enschede" in html_of(message)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = [part.strip(" <>") for part in message["List-Unsubscribe"].split(",")]
    assert "/nieuwsbrief/afmelden/" in https
    assert mailto.startswith("mailto:")
    assert message["Message-ID"] == Delivery.objects.get(subscriber=subscribers[0]).message_id
    issue.refresh_from_db()
    assert issue.state == IssueState.SENT


def test_the_unsubscribe_header_unsubscribes_with_one_click_and_each_link_is_personal(smtp, issue):
    anna, bram = subscriber("anna@example.org"), subscriber("bram@example.org")
    send(issue)
    anna_url = smtp.to(anna.email)[0]["List-Unsubscribe"].split(",")[0].strip(" <>")
    bram_url = smtp.to(bram.email)[0]["List-Unsubscribe"].split(",")[0].strip(" <>")
    assert anna_url != bram_url
    assert anna_url in text_of(smtp.to(anna.email)[0])

    response = Client(enforce_csrf_checks=True).post(
        urlsplit(anna_url).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    anna.refresh_from_db()
    bram.refresh_from_db()
    assert (anna.status, bram.status) == (SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.ACTIVE)
    preferences = [u for u in links_in(text_of(smtp.to(bram.email)[0])) if "/voorkeuren/" in u]
    assert Client().get(urlsplit(preferences[0]).path).status_code == 200


def test_preferences_filter_the_selection_and_who_matches_nothing_gets_nothing(
    smtp, issue, twente, zeeland
):
    from werkplaats.network.tests.factories import WorkshopFactory

    elsewhere = WorkshopFactory(slug="friesland")
    everything = subscriber("alles@example.org")
    in_twente = subscriber("twente@example.org", workshops=[twente])
    in_friesland = subscriber("friesland@example.org", workshops=[elsewhere])

    assert send(issue) == 2

    assert "Mantelzorg op Walcheren" in text_of(smtp.to(everything.email)[0])
    twente_text = text_of(smtp.to(in_twente.email)[0])
    assert "Buurtkamers in Enschede" in twente_text
    assert "Mantelzorg op Walcheren" not in twente_text
    assert smtp.to(in_friesland.email) == []
    assert Delivery.objects.get(subscriber=in_friesland).state == DeliveryState.SKIPPED


def test_english_subscribers_get_english_links_and_footer(smtp, issue):
    subscriber("reader@example.org", language="en")
    send(issue)

    text = text_of(smtp.to("reader@example.org")[0])

    assert "Unsubscribe:" in text
    assert "/en/nieuwsbrief/afmelden/" in text


def test_starting_twice_creates_no_second_delivery(issue):
    subscriber("een@example.org")
    assert sending.start_sending(issue) == 1
    with pytest.raises(ValueError):
        sending.start_sending(issue)
    assert Delivery.objects.count() == 1


def test_after_a_crash_a_delivery_left_sending_is_sent_again_with_the_same_message_id(
    smtp, issue, settings
):
    settings.NEWSLETTER_CLAIM_SECONDS = 60
    done, in_flight, waiting = (subscriber(f"s{n}@example.org") for n in range(3))
    sending.start_sending(issue)
    # A worker claimed two and got the first one out, then died.
    claimed = sending.claim_batch(issue, "dead-worker", size=2)
    assert [d.subscriber for d in claimed] == [done, in_flight]
    Delivery.objects.filter(subscriber=done).update(state=DeliveryState.SENT)
    Delivery.objects.filter(pk=claimed[1].pk).update(
        claimed_at=timezone.now() - timedelta(minutes=2)
    )
    message_id = Delivery.objects.get(subscriber=in_flight).message_id

    assert sending.send_issue(issue, "new-worker") == 2

    assert smtp.counts() == {in_flight.email: 1, waiting.email: 1}
    assert smtp.to(in_flight.email)[0]["Message-ID"] == message_id
    issue.refresh_from_db()
    assert issue.state == IssueState.SENT


def test_a_live_claim_of_another_worker_is_not_taken_over(smtp, issue, settings):
    settings.NEWSLETTER_CLAIM_SECONDS = 60
    subscriber("s0@example.org")
    sending.start_sending(issue)
    sending.claim_batch(issue, "busy-worker")

    assert sending.send_issue(issue, "second-worker", wait=False) == 0
    assert len(smtp) == 0
    issue.refresh_from_db()
    assert issue.state == IssueState.SENDING


def test_who_unsubscribes_while_an_issue_is_being_sent_is_skipped(smtp, issue):
    stays, leaves = subscriber("blijft@example.org"), subscriber("gaat@example.org")
    sending.start_sending(issue)
    leaves.status = SubscriberStatus.UNSUBSCRIBED
    leaves.save()

    sending.send_issue(issue)

    assert smtp.counts() == {stays.email: 1}
    assert Delivery.objects.get(subscriber=leaves).state == DeliveryState.SKIPPED


def test_a_recipient_the_server_refuses_is_marked_failed_and_the_rest_is_sent(smtp, issue):
    smtp.refuse.add("bestaatniet@example.org")
    subscriber("bestaatniet@example.org")
    subscriber("bestaat@example.org")

    assert send(issue) == 1

    assert Delivery.objects.get(subscriber__email="bestaatniet@example.org").state == "failed"
    issue.refresh_from_db()
    assert issue.state == IssueState.SENT


def test_an_item_withdrawn_after_it_was_chosen_is_not_sent(smtp, issue):
    subscriber("lezer@example.org")
    publication = PublicationFactory(title="Later teruggetrokken")
    composing.save_issue(
        issue=issue,
        subject=issue.subject,
        introduction="",
        chosen=[
            *composing.issue_entries(issue),
            *composing._entries("publication", Publication.objects.filter(pk=publication.pk)),
        ],
    )
    publication.is_published = False
    publication.save()

    send(issue)

    assert "Later teruggetrokken" not in text_of(smtp.to("lezer@example.org")[0])


def test_an_issue_with_nothing_public_selected_cannot_be_sent(issue):
    issue.items.all().delete()

    with pytest.raises(sending.NothingToSend):
        sending.start_sending(issue)
    issue.refresh_from_db()
    assert issue.state == IssueState.DRAFT

"""The archive shows sent issues in their general version; no subscriber's address, personal
link, draft issue or withdrawn item appears on any public page; the demo loads idempotently with
example addresses only."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.newsletter.constants import IssueState
from werkplaats.newsletter.demo import load_demo_newsletter
from werkplaats.newsletter.models import Issue, Subscriber
from werkplaats.newsletter.services import composing
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.tests.crawler import EMAIL, crawl

from .conftest import subscriber

pytestmark = pytest.mark.django_db

MARKER_DOMAIN = "abonneemarker9k.example"


@pytest.fixture
def archive(twente):
    for n in range(3):
        subscriber(f"lezer{n}@{MARKER_DOMAIN}", workshops=[twente])
    shown = ArticleFactory(title="Zichtbaar artikel", workshops=[twente])
    withdrawn = PublicationFactory(title="Teruggetrokken publicatie")
    sent = composing.save_issue(
        subject="Verzonden nummer", introduction="Inleiding.", chosen=composing.candidates()
    )
    Issue.objects.filter(pk=sent.pk).update(
        state=IssueState.SENT, sending_started_at=timezone.now(), sent_at=timezone.now()
    )
    withdrawn.is_published = False
    withdrawn.save()
    composing.save_issue(subject="Geheim concept", introduction="", chosen=[])
    return sent, shown


def test_the_archive_lists_sent_issues_only_and_shows_what_is_still_public(client, archive):
    sent, shown = archive
    listing = client.get(reverse("newsletter:archive")).content.decode()
    assert "Verzonden nummer" in listing
    assert "Geheim concept" not in listing

    page = client.get(sent.get_absolute_url()).content.decode()
    assert "Zichtbaar artikel" in page
    assert shown.get_absolute_url() in page
    assert "Teruggetrokken publicatie" not in page
    assert "afmelden" not in page and "voorkeuren" not in page

    draft = Issue.objects.get(subject="Geheim concept")
    assert (
        client.get(reverse("newsletter:archive_detail", kwargs={"slug": draft.slug})).status_code
        == 404
    )


def test_no_public_newsletter_page_shows_a_subscriber_address(client, archive):
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            starts += [reverse("newsletter:signup"), reverse("newsletter:archive")]
            starts += [archive[0].get_absolute_url(), reverse("newsletter:signup_done")]
    pages = crawl(client, starts, ["lezer", "@"], limit=80)

    newsletter_pages = [a for a in pages if "nieuwsbrief" in a]
    assert len(newsletter_pages) >= 6
    for address, response in pages.items():
        body = response.content.decode()
        assert MARKER_DOMAIN not in body, address
        assert not EMAIL.search(body), address


def test_the_sign_up_form_and_the_archive_are_public(client, archive):
    assert client.get(reverse("newsletter:signup")).status_code == 200
    assert client.get("/en" + reverse("newsletter:archive")).status_code == 200


def test_the_footer_links_to_the_newsletter(client):
    assert (
        reverse("newsletter:signup") in client.get(reverse("newsletter:archive")).content.decode()
    )


def test_the_demo_makes_two_past_issues_and_example_subscribers_once(twente):
    ArticleFactory(workshops=[twente], published_at=timezone.now() - timezone.timedelta(days=80))
    ArticleFactory(workshops=[twente], published_at=timezone.now() - timezone.timedelta(days=40))

    first = load_demo_newsletter()
    second = load_demo_newsletter()

    assert first.changed and not second.changed
    assert Issue.objects.filter(state=IssueState.SENT).count() == 2
    addresses = list(Subscriber.objects.values_list("email", flat=True))
    assert 35 <= len(addresses) <= 45
    domains = {address.rsplit("@", 1)[1] for address in addresses}
    assert domains <= {"example.org", "example.net", "example.com"}
    assert all(re.fullmatch(r"[a-z]+\.[a-z]+\d+@example\.(org|net|com)", a) for a in addresses)
    assert all(issue.items.exists() for issue in Issue.objects.all())


def test_an_issue_being_sent_is_in_the_archive_already_so_its_mails_link_works(client, twente):
    from werkplaats.newsletter.services import sending

    ArticleFactory(title="Net gepubliceerd", workshops=[twente])
    issue = composing.save_issue(
        subject="Wordt verzonden", introduction="", chosen=composing.candidates()
    )
    address = reverse("newsletter:archive_detail", kwargs={"slug": issue.slug})
    assert client.get(address).status_code == 404

    sending.start_sending(issue)

    assert client.get(address).status_code == 200
    assert "Wordt verzonden" in client.get(reverse("newsletter:archive")).content.decode()

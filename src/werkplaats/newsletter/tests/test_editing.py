"""Network editors compose, preview and send issues at /nieuwsbrief/beheer/; nobody else may.
The pages cost a fixed number of queries, and show counts of subscribers, never addresses."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.newsletter.constants import IssueState
from werkplaats.newsletter.models import Issue
from werkplaats.newsletter.services import composing, sending
from werkplaats.publications.tests.factories import PublicationFactory

from .conftest import subscriber

pytestmark = pytest.mark.django_db

EDITOR_PAGES = ["newsletter:manage_list", "newsletter:manage_new"]


def test_only_network_editors_reach_the_editor_pages(client, named_users):
    issue = composing.save_issue(subject="Proef", introduction="", chosen=[])
    addresses = [reverse(name) for name in EDITOR_PAGES] + [
        reverse("newsletter:manage_edit", kwargs={"slug": issue.slug}),
        reverse("newsletter:manage_preview", kwargs={"slug": issue.slug}),
    ]
    expected = {"visitor": 302, "member": 403, "coordinator": 403, "outsider": 403}
    expected |= {"network_editor": 200, "administrator": 200}
    for role, user in named_users.items():
        client.logout()
        if user:
            client.force_login(user)
        for address in addresses:
            assert client.get(address).status_code == expected[role], (role, address)
        send = reverse("newsletter:manage_send", kwargs={"slug": issue.slug})
        if expected[role] != 200:
            assert client.post(send).status_code == expected[role]
    issue.refresh_from_db()
    assert issue.state == IssueState.DRAFT


def test_a_new_issue_offers_what_was_published_since_the_last_one(client, noor, twente):
    old = ArticleFactory(title="Van voor de vorige")
    Issue.objects.create(
        slug="vorige",
        subject="Vorige",
        state=IssueState.SENT,
        sending_started_at=timezone.now() - timedelta(hours=1),
        sent_at=timezone.now() - timedelta(hours=1),
    )
    old.published_at = timezone.now() - timedelta(days=2)
    old.save()
    new_article = ArticleFactory(title="Nieuw artikel", published_at=timezone.now())
    ArticleFactory(title="Concept", state=ArticleState.DRAFT, published_at=None)
    ArticleFactory(title="Pas volgende week", scheduled_in=timedelta(days=7))
    PublicationFactory(title="Nieuwe publicatie", published_at=timezone.now())
    PublicationFactory(title="Concept publicatie", is_published=False)
    ProductFactory(title="Nieuw product", published_at=timezone.now())
    ProductFactory(title="Concept product", is_published=False, published_at=timezone.now())
    client.force_login(noor)

    page = client.get(reverse("newsletter:manage_new")).content.decode()

    for shown in ("Nieuw artikel", "Nieuwe publicatie", "Nieuw product"):
        assert shown in page
    for hidden in ("Van voor de vorige", "Concept", "Pas volgende week"):
        assert hidden not in page
    assert f'value="article:{new_article.uuid}"' in page
    assert "checked" in page


def test_an_editor_composes_previews_and_sends_an_issue(client, noor, smtp, twente):
    article = ArticleFactory(title="Buurtkamers", workshops=[twente])
    ArticleFactory(title="Niet gekozen")
    subscriber("lezer@example.org")
    client.force_login(noor)

    response = client.post(
        reverse("newsletter:manage_new"),
        {"subject": "Nieuwsbrief maart", "introduction": "Welkom.\n\nTweede alinea.",
         "items": [f"article:{article.uuid}"]},
    )  # fmt: skip
    issue = Issue.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:manage_preview", kwargs={"slug": issue.slug})

    preview = client.get(response["Location"]).content.decode()
    assert "Buurtkamers" in preview
    assert "Niet gekozen" not in preview
    assert "Tweede alinea." in preview
    assert "lezer@example.org" not in preview
    html_url = reverse("newsletter:manage_preview_html", kwargs={"slug": issue.slug})
    assert "<pre" in preview and f'src="{html_url}"' in preview
    html = client.get(html_url)
    assert "Buurtkamers" in html.content.decode()
    assert "sandbox" in html["Content-Security-Policy"]

    bad = client.post(
        reverse("newsletter:manage_edit", kwargs={"slug": issue.slug}),
        {"subject": "", "items": ["article:00000000-0000-0000-0000-000000000000"]},
    )
    assert bad.status_code == 400

    sent = client.post(reverse("newsletter:manage_send", kwargs={"slug": issue.slug}))
    assert sent.status_code == 302
    # The test backend runs the task after commit; here the test runs it.
    sending.send_issue(issue)
    assert smtp.counts() == {"lezer@example.org": 1}
    issue.refresh_from_db()
    assert issue.state == IssueState.SENT
    assert (
        client.get(reverse("newsletter:manage_edit", kwargs={"slug": issue.slug})).status_code
        == 302
    )


def _fill(count, twente):
    for n in range(count):
        ArticleFactory(workshops=[twente], published_at=timezone.now())
        PublicationFactory(workshops=[twente], published_at=timezone.now())
        ProductFactory(workshops=[twente], published_at=timezone.now())
        subscriber(f"s{count}-{n}@example.org", workshops=[twente])
    issue = composing.save_issue(
        subject=f"Nummer {count}", introduction="", chosen=composing.candidates()
    )
    sending.start_sending(issue)
    return composing.save_issue(
        subject=f"Concept {count}", introduction="", chosen=composing.issue_entries(issue)
    )


@pytest.mark.parametrize("name", [*EDITOR_PAGES, "manage_edit", "manage_preview"])
def test_the_editor_pages_cost_the_same_queries_for_few_and_many_items(client, noor, twente, name):
    client.force_login(noor)
    counts = []
    for count in (2, 25):
        draft = _fill(count, twente)
        address = (
            reverse(f"newsletter:{name}", kwargs={"slug": draft.slug})
            if name.startswith("manage_")
            else reverse(name)
        )
        client.get(address)  # warm: per-process caches (content types, vocabularies)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 18, counts


def test_the_done_when_flow_a_new_article_reaches_a_confirmed_subscriber_once(
    client, noor, smtp, twente, django_capture_on_commit_callbacks
):
    """Tried as a new user would: a visitor subscribes and confirms; an editor publishes an
    article and composes the next issue, which offers it; the subscriber receives it once and
    unsubscribes with one click from the mail's header."""
    import time
    from urllib.parse import urlsplit

    from django.test import Client

    from werkplaats.newsletter.models import Subscriber
    from werkplaats.questions.services import spam

    from .conftest import links_in, text_of

    visitor = Client()
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(
            reverse("newsletter:signup"),
            {"email": "nieuw@example.org", "stamp": spam.form_stamp(at=time.time() - 30)},
        )
    confirm = next(
        u for u in links_in(text_of(smtp.to("nieuw@example.org")[0])) if "bevestigen" in u
    )
    visitor.post(urlsplit(confirm).path)
    article = ArticleFactory(title="Wijkteams leren van elkaar", workshops=[twente])

    client.force_login(noor)
    offered = client.get(reverse("newsletter:manage_new"))
    assert f"article:{article.uuid}" in offered.content.decode()
    client.post(
        reverse("newsletter:manage_new"),
        {"subject": "Nieuwsbrief", "introduction": "", "items": [f"article:{article.uuid}"]},
    )
    issue = Issue.objects.get()
    with django_capture_on_commit_callbacks(execute=True):  # the task runs after the commit
        client.post(reverse("newsletter:manage_send", kwargs={"slug": issue.slug}))

    [copy] = [m for m in smtp.to("nieuw@example.org") if m["Subject"] == "Nieuwsbrief"]
    assert "Wijkteams leren van elkaar" in text_of(copy)
    assert smtp.counts()["nieuw@example.org"] == 2  # the confirmation and the issue
    one_click = copy["List-Unsubscribe"].split(",")[0].strip(" <>")
    Client(enforce_csrf_checks=True).post(
        urlsplit(one_click).path, {"List-Unsubscribe": "One-Click"}
    )
    assert Subscriber.objects.get().status == "unsubscribed"
    issue.refresh_from_db()
    assert issue.state == IssueState.SENT

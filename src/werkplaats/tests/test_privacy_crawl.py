"""The privacy marker crawl: nothing private reaches any public output, nor another werkplaats.

Unique markers are planted in every private field of werkplaats Twente: a non-public question
(submitter's name, e-mail address, organisation, the question, its context), a person without
consent (names, slug, e-mail address, bio, function), drafts of a project, a product, a publication
and an article, a closed community (its member's name, a meeting's agenda and place, a reflection),
newsletter subscribers' addresses, an API key (its name and the key itself), audit-log entries,
login records (failed logins, a lock) and an internal evaluation report (its files and state).

Then everything public is read, as a visitor and as Zeeland's coordinator (otto): the site from
``/`` and ``/en/`` (every link and GET form), the feeds, OAI-PMH (every format and set), the
sitemap and its sections, search on the page and in the API for every marker, the iCalendar feeds,
the publication exports, the monitoring dashboards, every indicator's records and the reports, and
the whole API from its root. No response may hold a marker.

Each text field holds a marker and a *shadow* (``GEHEIM…`` and ``SCHADUW…``): the crawler leaves
out what an address itself asked for (a search box repeats its query), so a search for one is
caught by the other. Public things with ``OPENBAAR…`` markers must be found, so the crawl can fail.
"""

import time
from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.accounts.models import FailedLogin, LoginLock
from werkplaats.apiaccess.services import issue_token
from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.monitoring.indicators import all_indicators
from werkplaats.monitoring.models import Audience, EvaluationReport, ReportStatus
from werkplaats.network.models import Affiliation, Municipality, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.newsletter.tests.factories import plant_sent_issue
from werkplaats.privacy.models import AuditEntry
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit
from werkplaats.syndication.feeds import FEEDS, FORMATS
from werkplaats.syndication.sitemaps import SITEMAPS

from .crawler import api_addresses, body_text, crawl, leaks, oai_addresses

pytestmark = pytest.mark.django_db

DOMAIN = "geheimpostdomein.example"
FIELDS = [
    "INDIENERNAAM",
    "VRAAGTEKST",
    "VRAAGCONTEXT",
    "VRAAGTITEL",
    "NOTITIE",
    "INDIENERORG",
    "VOORNAAM",
    "ACHTERNAAM",
    "PERSOONBIO",
    "FUNCTIE",
    "PROJECTTITEL",
    "PROJECTDOEL",
    "PRODUCTTITEL",
    "PRODUCTSAMENVATTING",
    "PUBLICATIETITEL",
    "PUBLICATIEABSTRACT",
    "ARTIKELTITEL",
    "ARTIKELTEKST",
    "LIDNAAM",
    "AGENDA",
    "LOCATIE",
    "REFLECTIE",
    "SLEUTELNAAM",
    "AUDITACTOR",
    "AUDITWAARDE",
    "LOGINNAAM",
    "SLOTNAAM",
    "RAPPORTSTAP",
    "RAPPORTINHOUD",
]
#: Single-word private values (addresses, slugs, account names): no room for a shadow.
ONE_WORD = {
    "submitter": f"geheimindiener@{DOMAIN}",
    "person_email": f"geheimpersoon@{DOMAIN}",
    "subscriber": f"geheimabonnee@{DOMAIN}",
    "person_slug": "geheimpersoonslug",
    "member_slug": "geheimlidslug",
    "project_slug": "geheimprojectslug",
    "product_slug": "geheimproductslug",
    "publication_slug": "geheimpublicatieslug",
    "article_slug": "geheimartikelslug",
}
PUBLIC = {
    "question": "OPENBAARVRAAGTITEL",
    "person": "OPENBAARPERSOON",
    "project": "OPENBAARPROJECT",
    "product": "OPENBAARPRODUCT",
    "publication": "OPENBAARPUBLICATIE",
    "article": "OPENBAARARTIKEL",
    "meeting": "OPENBAARBIJEENKOMST",
}


def secret(field: str) -> str:
    return f"GEHEIM{field}"


def shadow(field: str) -> str:
    return f"SCHADUW{field}"


def text(field: str, rest: str = "") -> str:
    """A field's value: its marker, its shadow and some ordinary words."""
    return f"{secret(field)} {shadow(field)} {rest}".strip()


@pytest.fixture
def planted(twente, zeeland, cor, otto):
    """Twente's private data, every field marked; public things to find; returns the markers."""
    theme = Theme.objects.order_by("slug").first()
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))
    twente.themes.add(theme)
    extra = []

    # Practice questions: one never published, one published (its public title must show).
    hidden, _ = submit(
        workshop=twente,
        municipality="GM0153",
        title=text("VRAAGTITEL"),
        question=text("VRAAGTEKST", "hoe bereiken we eenzame ouderen?"),
        context=text("VRAAGCONTEXT"),
        submitter_name=text("INDIENERNAAM"),
        organisation_name=text("INDIENERORG"),
        submitter_email=ONE_WORD["submitter"],
    )
    extra.append(str(hidden.uuid))
    shown, _ = submit(workshop=twente, municipality="GM0153")
    workflow.add_note(hidden, cor, text("NOTITIE"))
    workflow.publish_question(shown, cor, f"{PUBLIC['question']} over eenzaamheid", "Samenvatting.")

    # A person without consent, linked everywhere a person can be; a consenting one to find.
    private = PersonFactory(
        slug=ONE_WORD["person_slug"],
        given_name=text("VOORNAAM"),
        family_name=text("ACHTERNAAM"),
        bio=text("PERSOONBIO", "werkt aan eenzaamheid."),
        email=ONE_WORD["person_email"],
        is_public=False,
    )
    extra.append(str(private.uuid))
    public = PersonFactory(slug="openbaar-persoon", given_name="Open", family_name=PUBLIC["person"])
    organisation = OrganisationFactory(slug="stichting-proef", name="Stichting Proef")
    for person in (private, public):
        person.workshops.add(twente)
        person.themes.add(theme)
        Affiliation.objects.create(
            person=person,
            organisation=organisation,
            function=text("FUNCTIE") if person is private else "Onderzoeker",
        )

    # Drafts of every publishable kind, and a published one of each to find.
    ProjectFactory(
        title=text("PROJECTTITEL"),
        slug=ONE_WORD["project_slug"],
        goal=text("PROJECTDOEL"),
        lead_workshop=twente,
        is_published=False,
    )
    ProjectFactory(title=f"{PUBLIC['project']} in de wijk", lead_workshop=twente)
    ProductFactory(
        title=text("PRODUCTTITEL"),
        slug=ONE_WORD["product_slug"],
        summary=text("PRODUCTSAMENVATTING"),
        is_published=False,
        workshops=[twente],
    )
    ProductFactory(title=f"{PUBLIC['product']} handreiking", workshops=[twente])
    PublicationFactory(
        title=text("PUBLICATIETITEL"),
        slug=ONE_WORD["publication_slug"],
        abstract=text("PUBLICATIEABSTRACT"),
        is_published=False,
        workshops=[twente],
        authors=[public],
    )
    PublicationFactory(
        title=f"{PUBLIC['publication']} over de wijk",
        workshops=[twente],
        authors=[private, public, ("Extern", "Eva")],
    )
    ArticleFactory(
        title=text("ARTIKELTITEL"),
        slug=ONE_WORD["article_slug"],
        lead=text("ARTIKELTEKST"),
        body=text("ARTIKELTEKST"),
        state=ArticleState.DRAFT,
        workshops=[twente],
    )
    ArticleFactory(title=f"{PUBLIC['article']} uit de wijk", workshops=[twente], author=private)

    # A closed community: its members, meetings' agenda and place and reflections stay inside.
    closed = CommunityFactory(name="Besloten kring", workshop=twente, theme=theme, is_open=False)
    member = PersonFactory(
        slug=ONE_WORD["member_slug"], given_name="Lid", family_name=text("LIDNAAM"), is_public=False
    )
    MembershipFactory(community=closed, person=member)
    MembershipFactory(community=closed, person=public)
    meeting = MeetingFactory(
        community=closed,
        title="Besloten bijeenkomst",
        agenda=text("AGENDA"),
        location=text("LOCATIE"),
    )
    ReflectionFactory(meeting=meeting, what_we_saw=text("REFLECTIE"), is_published=True)
    open_community = CommunityFactory(name="Open kring", workshop=twente, theme=theme)
    MeetingFactory(community=open_community, title=f"{PUBLIC['meeting']} in de wijk")

    # Newsletter subscribers, with an issue sent to them in the archive.
    plant_sent_issue([ONE_WORD["subscriber"]], [twente])

    # An API key of Twente: its name and the key.
    token, key = issue_token(
        workshop=twente, name=text("SLEUTELNAAM"), access="read", created_by=cor
    )
    extra += [key, str(token.uuid)]

    # Audit-log entries and login records.
    AuditEntry.objects.create(
        actor_name=secret("AUDITACTOR"),
        action="update",
        object_type="questions.question",
        object_id=str(hidden.uuid),
        fields=["state"],
        changes={"state": [secret("AUDITWAARDE"), shadow("AUDITWAARDE")]},
    )
    FailedLogin.objects.create(
        username=secret("LOGINNAAM"), address_hash="0" * 64, stage="password"
    )
    LoginLock.objects.create(
        username=secret("SLOTNAAM"), locked_until=timezone.now() + timezone.timedelta(hours=1)
    )

    # An internal evaluation report of Twente, done, with its files.
    report = EvaluationReport.objects.create(
        workshop=twente,
        first_year=2024,
        last_year=2025,
        audience=Audience.INTERNAL,
        status=ReportStatus.DONE,
        progress=100,
        step=text("RAPPORTSTAP"),
        requested_by=cor,
        finished_at=timezone.now(),
    )
    for field in ("html_file", "pdf_file", "xlsx_file"):
        getattr(report, field).save(f"r.{field[:-5]}", ContentFile(text("RAPPORTINHOUD").encode()))
    extra.append(str(report.uuid))

    markers = [secret(f) for f in FIELDS] + [shadow(f) for f in FIELDS if f not in SINGLE]
    return [*markers, *ONE_WORD.values(), DOMAIN, *extra]


#: Fields that hold only the marker (no shadow).
SINGLE = {"AUDITACTOR", "LOGINNAAM", "SLOTNAAM"}


# What is read -----------------------------------------------------------------------------------


def search_terms(markers) -> list[str]:
    """Every marker, the shadows' and secrets' common starts, and an e-mail address's parts."""
    return [*markers, "GEHEIM", "SCHADUW", DOMAIN.split(".")[0], "@"]


def site_starts() -> list[str]:
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            starts += [
                reverse("network:home"),
                reverse("network:person_list"),
                reverse("questions:board"),
                reverse("projects:list"),
                reverse("library:list"),
                reverse("publications:list"),
                reverse("dossier:list"),
                reverse("newsletter:archive"),
                reverse("communities:list"),
                reverse("monitoring:network"),
                reverse("monitoring:workshop", args=["twente"]),
                reverse("monitoring:reports"),
            ]
    return starts


def feed_addresses(workshop) -> list[str]:
    addresses = []
    for language in ("nl", "en"):
        with translation.override(language):
            addresses.append(reverse("syndication:index"))
            for kind in FEEDS:
                for fmt in FORMATS:
                    addresses.append(reverse("syndication:feed", kwargs={"kind": kind, "fmt": fmt}))
                    scoped = {"kind": kind, "fmt": fmt, "scope": "werkplaats", "slug": workshop}
                    addresses.append(reverse("syndication:scoped_feed", kwargs=scoped))
    return addresses


def calendar_addresses() -> list[str]:
    from werkplaats.communities.models import LearningCommunity
    from werkplaats.network.models import Workshop

    addresses = [
        reverse("communities:ical", args=[c.slug]) for c in LearningCommunity.objects.all()
    ]
    addresses += [
        reverse("communities:workshop_ical", args=[w.slug]) for w in Workshop.objects.all()
    ]
    return addresses


def export_addresses() -> list[str]:
    from werkplaats.publications.models import Publication

    addresses = []
    for fmt in ("bib", "ris", "json"):
        addresses.append(reverse("publications:export", kwargs={"fmt": fmt}))
        addresses.append(reverse("publications:export", kwargs={"fmt": fmt}) + "?werkplaats=twente")
        for slug in Publication.objects.values_list("slug", flat=True):
            addresses.append(reverse("publications:export_one", kwargs={"slug": slug, "fmt": fmt}))
    return addresses


def monitoring_addresses() -> list[str]:
    addresses = []
    for language in ("nl", "en"):
        with translation.override(language):
            addresses += [reverse("monitoring:records", args=[i.key]) for i in all_indicators()]
    report = EvaluationReport.objects.get()
    addresses.append(reverse("monitoring:report", kwargs={"uuid": report.uuid}))
    for kind in ("html", "pdf", "xlsx"):
        addresses.append(
            reverse("monitoring:report_file", kwargs={"uuid": report.uuid, "kind": kind})
        )
    return addresses


def search_addresses(terms) -> list[str]:
    addresses = []
    for term in terms:
        addresses += [
            f"/zoeken/?{urlencode({'q': term})}",
            f"/en/zoeken/?{urlencode({'q': term})}",
            f"/api/v1/search/?{urlencode({'q': term})}",
        ]
    return addresses


def sitemap_addresses() -> list[str]:
    return ["/sitemap.xml", *(f"/sitemap-{name}.xml" for name in SITEMAPS), "/robots.txt"]


def direct_addresses() -> list[str]:
    """Twente's private pages asked for directly (a visitor or otto must be refused, and say
    nothing), and otto's own: Zeeland's inbox, its export, its keys, his account, the audit log."""
    from werkplaats.questions.models import PracticeQuestion

    question = PracticeQuestion.objects.get(title__startswith=secret("VRAAGTITEL"))
    addresses = [
        reverse("questions:public_detail", kwargs={"uuid": question.uuid}),
        f"/api/v1/questions/{question.uuid}/",
        "/account/",
        "/account/mijn-werk/",
        "/privacy/",
        "/privacy/audit/",
        "/privacy/audit/export.csv",
        "/privacy/audit/export.json",
    ]
    for slug in ("twente", "zeeland"):
        addresses += [
            reverse("questions:inbox", kwargs={"slug": slug}),
            reverse("questions:export", kwargs={"slug": slug}),
            reverse("questions:detail", kwargs={"slug": slug, "uuid": question.uuid}),
            reverse("apiaccess:tokens", kwargs={"slug": slug}),
        ]
    return addresses


class Reader:
    """The test client, reading each address once (the helpers that list addresses read them too)."""

    def __init__(self, client):
        self.client, self.responses = client, {}

    def get(self, address):
        if address not in self.responses:
            self.responses[address] = self.client.get(address)
        return self.responses[address]


def api_terms(markers) -> list[str]:
    """The API's ``?search=`` matches parts of words: the common starts find every marker."""
    return ["GEHEIM", "SCHADUW", DOMAIN, "@", *ONE_WORD.values()]


def read_everything(client, markers) -> dict[str, dict]:
    """{kind: {address: response}} of everything public this client can read."""
    reader, terms, read = Reader(client), search_terms(markers), {}
    explicit = {
        "feeds": lambda: feed_addresses("twente"),
        "sitemap": sitemap_addresses,
        "search": lambda: search_addresses(terms),
        "icalendar": calendar_addresses,
        "exports": export_addresses,
        "monitoring": monitoring_addresses,
        "oai": lambda: oai_addresses(reader)[0],
        "api": lambda: api_addresses(reader, api_terms(markers)),
        "direct": direct_addresses,
    }
    for kind, addresses in explicit.items():
        started = time.monotonic()
        read[kind] = {address: reader.get(address) for address in dict.fromkeys(addresses())}
        TIMES[kind] = time.monotonic() - started
    started = time.monotonic()
    starts = site_starts() + list(read["sitemap"]) + list(read["feeds"])
    pages = crawl(reader, starts, terms, limit=600)
    read["site"] = {a: r for a, r in pages.items() if not any(a in rs for rs in read.values())}
    TIMES["site"] = time.monotonic() - started
    return read


TIMES: dict[str, float] = {}


def found_leaks(read, markers) -> dict[str, list[str]]:
    leaked = {}
    for responses in read.values():
        for address, response in responses.items():
            if found := leaks(body_text(response), markers, address):
                leaked[address] = found
    return leaked


def hung_on() -> list[str]:
    from werkplaats.dossier.models import Article
    from werkplaats.publications.models import Publication

    publication = Publication.objects.get(title__startswith=PUBLIC["publication"])
    article = Article.objects.get(title__startswith=PUBLIC["article"])
    return [
        reverse("communities:detail", args=["besloten-kring"]),
        reverse("publications:detail", args=[publication.slug]),
        reverse("dossier:detail", args=[article.slug]),
        reverse("network:organisation", args=["stichting-proef"]),
    ]


@pytest.mark.parametrize("who", ["visitor", "otto"])
def test_no_marker_reaches_any_public_output_nor_another_werkplaats(client, planted, otto, who):
    if who == "otto":
        client.force_login(otto)

    read = read_everything(client, planted)

    counts = {kind: len(responses) for kind, responses in read.items()}
    print(f"\n{who}: addresses read per kind {counts}, total {sum(counts.values())}")
    print({kind: round(seconds, 1) for kind, seconds in TIMES.items()})
    assert found_leaks(read, planted) == {}
    everything = [r for responses in read.values() for r in responses.values()]
    broken = {
        a: r.status_code for rs in read.values() for a, r in rs.items() if r.status_code >= 500
    }
    assert broken == {}
    # No search finds a private thing by its marker (on the page the shadow would show).
    for address, response in read["search"].items():
        if address.startswith("/api/") and "%40" not in address:
            assert response.json()["count"] == 0 or not any(
                m.casefold() in address.casefold() for m in planted
            ), address
    # The crawl reached what is public: every public marker is found somewhere.
    bodies = "\n".join(body_text(r) for r in everything)
    assert {kind: m for kind, m in PUBLIC.items() if m not in bodies} == {}
    # ... and the pages where the private things hang: the closed community, the publication and
    # the article by the person without consent, the organisation where that person works.
    ok = {a for responses in read.values() for a, r in responses.items() if r.status_code == 200}
    assert set(hung_on()) - ok == set()
    assert counts["site"] > 100 and counts["oai"] > 5 and counts["api"] > 50, counts
    assert sum(r.status_code == 200 for r in read["site"].values()) > 100


def test_the_same_check_finds_the_markers_where_they_may_be_seen(client, planted, cor):
    """Twente's coordinator sees his question, key and report: the check reports them."""
    from werkplaats.questions.models import PracticeQuestion

    client.force_login(cor)
    question = PracticeQuestion.objects.get(title__startswith=secret("VRAAGTITEL"))
    report = EvaluationReport.objects.get()
    addresses = [
        reverse("questions:detail", kwargs={"slug": "twente", "uuid": question.uuid}),
        reverse("apiaccess:tokens", kwargs={"slug": "twente"}),
        reverse("monitoring:report", kwargs={"uuid": report.uuid}),
        reverse("monitoring:report_file", kwargs={"uuid": report.uuid, "kind": "pdf"}),
    ]
    found = {a: leaks(body_text(client.get(a)), planted, a) for a in addresses}
    assert all(found.values()), found
    assert {secret("RAPPORTINHOUD"), shadow("RAPPORTINHOUD")} <= set(found[addresses[2]])
    assert found[addresses[3]] == [secret("RAPPORTINHOUD"), shadow("RAPPORTINHOUD")]

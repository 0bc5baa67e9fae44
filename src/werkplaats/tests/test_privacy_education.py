"""The privacy marker crawl for the bridge to education: nothing private of an offer, its group or
a teaching case reaches any public output, nor another werkplaats.

Unique markers are planted in everything private of werkplaats Twente's education work: the
practice question an offer came from (its submitter's name, e-mail address and organisation, its
title and text), a student who did not consent to be named (display name, account name, e-mail
address), the group's join code, the assessment, the practice partner's feedback, a withdrawn
offer (its title and the reason), a draft teaching case (title and situation) and the question a
published case came from (its text and submitter).

Then everything public of the bridge is read, as a visitor and as Zeeland's coordinator (otto):
the board with every filter, the programmes, the offers, the teaching cases, what practice asks,
the board's RSS, Atom and iCalendar, the library product made from the students' work, the
sitemap, search on the site and in the API for every marker, and the whole API from its root;
and the crawl follows every link and GET form from there. No response may hold a marker.

As in ``test_privacy_crawl``, each text holds a marker and a *shadow* (``GEHEIM…`` and
``SCHADUW…``), so a search box that repeats its query still gets caught by the other. Public
things carry ``OPENBAAR…`` markers that must be found, so the crawl can fail.
"""

import datetime
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.education.constants import Level, OfferKind
from werkplaats.education.models import AssignmentOffer, Programme, TeachingCase
from werkplaats.education.services import cases, journey, returns
from werkplaats.education.services.offers import OfferDraft, create_offer
from werkplaats.education.tests.factories import ProgrammeFactory
from werkplaats.network.models import Municipality, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

from .crawler import api_addresses, body_text, crawl, leaks
from .test_privacy_crawl import Reader, search_addresses, secret, shadow, sitemap_addresses, text

pytestmark = pytest.mark.django_db

DOMAIN = "geheimonderwijsdomein.example"
FIELDS = [
    "INDIENERNAAM",
    "INDIENERORG",
    "VRAAGTITEL",
    "VRAAGTEKST",
    "STUDENTNAAM",
    "BEOORDELING",
    "TERUGKOPPELING",
    "INGETROKKENTITEL",
    "INTREKREDEN",
    "CASUSTITEL",
    "CASUSSITUATIE",
    "BRONVRAAGTITEL",
    "BRONVRAAGTEKST",
    "BRONINDIENER",
]
#: Single-word private values: no room for a shadow.
ONE_WORD = {
    "submitter": f"geheimindiener@{DOMAIN}",
    "source_submitter": f"geheimbronindiener@{DOMAIN}",
    "student_account": "geheimstudentaccount",
    "student_email": f"geheimstudent@{DOMAIN}",
}
PUBLIC = {
    "offer": "OPENBAAROPDRACHT",
    "student": "OPENBAARSTUDENT",
    "work": "OPENBAARWERK",
    "case": "OPENBAARCASUS",
    "programme": "OPENBAAROPLEIDING",
}


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def _offer(workshop, actor, title, **fields) -> AssignmentOffer:
    values = {
        "title": title,
        "summary": "Onderzoek met jongerenwerkers welke aanpak jongeren met schulden bereikt.",
        "kind": OfferKind.GRADUATION,
        "levels": [Level.BACHELOR],
        "starts_on": _days(20),
        "ends_on": _days(200),
        "expected_product": "Een adviesrapport voor het wijkteam",
        "workshop": workshop,
    }
    return create_offer(OfferDraft(**{**values, **fields}), actor)


def _account(django_user_model, username, email):
    return django_user_model.objects.create_user(username, email)


def _closed(question, actor):
    workflow.start_intake(question, actor)
    workflow.advise_question(question, actor, "Advies gegeven.")
    workflow.close_question(question, actor)


@pytest.fixture
def planted(twente, zeeland, cor, otto, django_user_model):
    """Twente's education work, every private field marked; public things to find; returns the
    markers."""
    theme = Theme.objects.order_by("slug").first()
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))
    twente.themes.add(theme)

    # A programme with a lecturer, and a question of Twente offered to it.
    lecturer = _account(django_user_model, "docent-lotte", f"lotte@{DOMAIN}")
    programme = ProgrammeFactory(
        slug="social-work-saxion",
        name=f"{PUBLIC['programme']} Social Work",
        contact_lecturer=PersonFactory(slug="hanna-smit", given_name="Hanna"),
    )
    programme.lecturers.add(lecturer)
    programme.themes.add(theme)
    question, _ = submit(
        workshop=twente,
        municipality="GM0153",
        title=text("VRAAGTITEL"),
        question=text("VRAAGTEKST", "hoe bereiken we jongeren met schulden?"),
        submitter_name=text("INDIENERNAAM"),
        organisation_name=text("INDIENERORG"),
        submitter_email=ONE_WORD["submitter"],
    )
    offer = _offer(
        twente,
        cor,
        f"{PUBLIC['offer']} jongeren met schulden",
        question=question,
        programmes=[programme],
        themes=[theme],
        practice_organisation=OrganisationFactory(slug="wijkteam-zuid", name="Wijkteam Zuid"),
        practice_supervisor=PersonFactory(slug="piet-praktijk", given_name="Piet"),
    )

    # Its group: one student named with consent, one without; the whole journey into the library.
    group, code = journey.claim_offer(offer, lecturer, programme)
    named = _account(django_user_model, "student-sem", f"sem@{DOMAIN}")
    silent = _account(django_user_model, ONE_WORD["student_account"], ONE_WORD["student_email"])
    journey.join_group(group, named, display_name=f"Sem {PUBLIC['student']}", named_publicly=True)
    journey.join_group(group, silent, display_name=text("STUDENTNAAM"), named_publicly=False)
    journey.start_work(offer, lecturer)
    journey.deliver_work(
        offer, named, title=f"{PUBLIC['work']} schulden de baas", summary="Wat werkt bij jongeren."
    )
    journey.assess_work(offer, lecturer, text("BEOORDELING"))
    for member in group.members.all():
        returns.agree_as_student(member)
    returns.agree_as_lecturer(offer, "CC-BY-4.0")
    offer.refresh_from_db()
    returns.give_feedback(offer, cor, usefulness=4, comment=text("TERUGKOPPELING"), in_use=True)

    # A second open offer, and a withdrawn one.
    _offer(twente, cor, "Eenzaamheid onder ouderen", kind=OfferKind.INTERNSHIP)
    withdrawn = _offer(twente, cor, text("INGETROKKENTITEL"), themes=[theme])
    journey.withdraw_offer(withdrawn, cor, text("INTREKREDEN"))

    # Teaching cases: a draft, and a published one whose closed question stays private.
    draft_source, _ = submit(workshop=twente, municipality="GM0153")
    _closed(draft_source, cor)
    cases.derive_case(
        draft_source,
        cor,
        title=text("CASUSTITEL"),
        situation=text("CASUSSITUATIE", "een buurtteam twijfelt."),
        discussion="Wat zou jij doen?",
    )
    source, _ = submit(
        workshop=twente,
        municipality="GM0153",
        title=text("BRONVRAAGTITEL"),
        question=text("BRONVRAAGTEKST", "hoe houden we mantelzorgers op de been?"),
        submitter_name=text("BRONINDIENER"),
        submitter_email=ONE_WORD["source_submitter"],
    )
    _closed(source, cor)
    cases.derive_case(
        source,
        cor,
        title=f"{PUBLIC['case']} over mantelzorg",
        situation="Een wijkteam ziet dat zorgende familieleden overbelast raken.",
        discussion="Welke steun past bij deze familie?",
        levels=[Level.BACHELOR],
        publish=True,
    )

    markers = [secret(f) for f in FIELDS] + [shadow(f) for f in FIELDS]
    return [*markers, *ONE_WORD.values(), DOMAIN, code]


# What is read -----------------------------------------------------------------------------------


def search_terms(markers) -> list[str]:
    return [*markers, "GEHEIM", "SCHADUW", DOMAIN.split(".")[0], "@"]


def api_terms() -> list[str]:
    return ["GEHEIM", "SCHADUW", DOMAIN, "@", *ONE_WORD.values()]


def _public(model, **conditions):
    return model.objects.filter(**conditions).order_by("pk")


def education_pages() -> list[str]:
    """Every public page of the bridge, in both languages: lists, the filtered board, each
    programme, offer and published case, and the product made from the students' work."""
    offers = _public(AssignmentOffer).exclude(state="withdrawn")
    product = offers.exclude(product=None).get().product
    addresses = []
    for language in ("nl", "en"):
        with translation.override(language):
            board = reverse("education:board")
            addresses += [
                board,
                f"{board}?state=all",
                f"{board}?{urlencode({'werkplaats': 'twente', 'state': 'all'})}",
                reverse("education:programmes"),
                reverse("education:cases"),
                reverse("education:practice_asks"),
                reverse("library:detail", args=[product.slug]),
            ]
            addresses += [reverse("education:programme", args=[p.slug]) for p in _public(Programme)]
            addresses += [reverse("education:offer", args=[o.slug]) for o in offers]
            addresses += [
                reverse("education:case", args=[c.slug])
                for c in _public(TeachingCase, is_published=True)
            ]
    return addresses


def feed_addresses() -> list[str]:
    """The board's feeds, as they come and with every public state."""
    addresses = []
    for base in ("/onderwijs/opdrachten/agenda.ics", "/onderwijs/opdrachten/rss/"):
        addresses += [base, f"{base}?state=all", f"{base}?werkplaats=twente&state=all"]
    return [*addresses, "/onderwijs/opdrachten/atom/?state=all"]


def direct_addresses() -> list[str]:
    """Twente's private things asked for directly: a visitor and otto must be refused, and say
    nothing."""
    withdrawn = AssignmentOffer.objects.get(state="withdrawn")
    draft = TeachingCase.objects.get(is_published=False)
    addresses = [f"/api/v1/assignments/{withdrawn.slug}/", "/onderwijs/mijn-opdrachten/"]
    for language in ("nl", "en"):
        with translation.override(language):
            addresses += [
                reverse("education:offer", args=[withdrawn.slug]),
                reverse("education:case", args=[draft.slug]),
            ]
    return addresses


def read_everything(client, markers) -> dict[str, dict]:
    """{kind: {address: response}} of everything public of the bridge this client can read."""
    reader, terms = Reader(client), search_terms(markers)
    explicit = {
        "pages": education_pages,
        "feeds": feed_addresses,
        "sitemap": sitemap_addresses,
        "search": lambda: search_addresses(terms),
        "api": lambda: api_addresses(reader, api_terms(), ["state=withdrawn"]),
        "direct": direct_addresses,
    }
    read = {
        kind: {address: reader.get(address) for address in dict.fromkeys(addresses())}
        for kind, addresses in explicit.items()
    }
    starts = [*read["pages"], *read["feeds"], *read["sitemap"]]
    pages = crawl(reader, starts, terms, limit=350)
    read["site"] = {a: r for a, r in pages.items() if not any(a in rs for rs in read.values())}
    return read


def found_leaks(read, markers) -> dict[str, list[str]]:
    return {
        address: found
        for responses in read.values()
        for address, response in responses.items()
        if (found := leaks(body_text(response), markers, address))
    }


@pytest.mark.parametrize("who", ["visitor", "otto"])
def test_nothing_private_of_the_education_bridge_reaches_public_output_nor_another_werkplaats(
    client, planted, otto, who
):
    if who == "otto":
        client.force_login(otto)

    read = read_everything(client, planted)

    counts = {kind: len(responses) for kind, responses in read.items()}
    print(f"\n{who}: addresses read per kind {counts}, total {sum(counts.values())}")
    assert found_leaks(read, planted) == {}
    broken = {
        a: r.status_code for rs in read.values() for a, r in rs.items() if r.status_code >= 500
    }
    assert broken == {}
    # Every page of the bridge and every feed was there to read (a 404 here is a missing page).
    missing = {
        a: r.status_code
        for kind in ("pages", "feeds")
        for a, r in read[kind].items()
        if r.status_code != 200
    }
    assert missing == {}
    # Twente's withdrawn offer and draft case, asked for directly, were refused.
    refused = {
        a: r.status_code
        for a, r in read["direct"].items()
        if a != "/onderwijs/mijn-opdrachten/" and r.status_code not in (302, 403, 404)
    }
    assert refused == {}
    # The crawl reached what is public: every public marker is found somewhere.
    bodies = "\n".join(body_text(r) for responses in read.values() for r in responses.values())
    assert {kind: m for kind, m in PUBLIC.items() if m not in bodies} == {}
    # ... in the API too, where the consenting student is named with the offer.
    assignments = client.get("/api/v1/assignments/?state=assessed").json()["results"]
    assert [o["students_named"] for o in assignments] == [[f"Sem {PUBLIC['student']}"]]
    assert counts["site"] > 100 and counts["api"] > 20, counts


def test_the_same_check_finds_the_markers_where_they_may_be_seen(client, planted, cor):
    """Twente's coordinator follows the withdrawn offer and reads the draft case: the check
    reports them, so it would report them on a public page too."""
    client.force_login(cor)
    withdrawn = AssignmentOffer.objects.get(state="withdrawn")
    draft = TeachingCase.objects.get(is_published=False)
    addresses = [
        f"/api/v1/assignments/{withdrawn.slug}/",
        reverse("education:case", args=[draft.slug]),
    ]

    found = {a: leaks(body_text(client.get(a)), planted, a) for a in addresses}

    assert {secret("INTREKREDEN"), shadow("INGETROKKENTITEL")} <= set(found[addresses[0]])
    assert secret("CASUSSITUATIE") in found[addresses[1]]

"""Nothing private of a practice question reaches public output, nor another werkplaats.

Marker strings are planted in everything private about questions: the submitter's name, e-mail
address and organisation, the question in their own words with its context, actors and hoped-for
result, the title of questions that were never published, and the coordinators' notes, messages,
decisions and referral notes. One question is published under a public title and summary, which
*must* appear (so the check can fail), while its raw text stays private.

Then a visitor reads everything public (the site from ``/`` and the question board, in both
languages, every link and GET form, the sitemap and feeds when they exist, the whole API with
searches and filters, error pages) and the tracking page of the one question whose token they
hold; and Zeeland's coordinator reads his own inbox, export and the API. No marker may show.
"""

import secrets
import uuid
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.network.models import Municipality, Theme
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

from .crawler import EMAIL, api_addresses, body_text, crawl, leaks, visible_text

pytestmark = pytest.mark.django_db

MAIL_DOMAIN = "vraagmarker5k.example"
FIELDS = {
    "submitter_name": "NAAMMARKER8Q",
    "question": "VRAAGTEKSTMARKER3J",
    "context": "CONTEXTMARKER7H",
    "actors": "ACTORENMARKER2D",
    "hoped_result": "RESULTAATMARKER6N",
    "organisation_name": "ORGMARKER4T",
    "title": "TITELMARKER9B",
}
NOTE = "NOTITIEMARKER1C"
MESSAGE = "BERICHTMARKER5V"
REASON = "REDENMARKER2F"
REFERRAL = "VERWIJSMARKER8L"
ADDITION = "AANVULMARKER4S"
#: What the coordinator wrote for the board: must be found, so the crawl reached the board.
PUBLIC_TITLE = "OPENTITEL7W over eenzaamheid"
PUBLIC_SUMMARY = "OPENSAMENVATTING3E: hoe bereik je ouderen die alleen thuis zitten?"
ZEELAND_TITLE = "ZEEUWSEVRAAG6P"

PRIVATE_MARKERS = [*FIELDS.values(), NOTE, MESSAGE, REASON, REFERRAL, ADDITION, MAIL_DOMAIN]
# Searched for in full and by a part that is no marker itself, so an echo never counts.
SEARCH_TERMS = [
    *PRIVATE_MARKERS,
    *(marker[:-3] for marker in PRIVATE_MARKERS),
    "MARKER",
    "@",
]


def _fields(letter: str) -> dict:
    """Every private field of question ``letter`` holds its marker, tagged with the letter."""
    values = {name: f"{marker}{letter} " for name, marker in FIELDS.items()}
    values["question"] = f"{FIELDS['question']}{letter}: hoe bereiken we eenzame ouderen?"
    values["submitter_email"] = f"indiener.{letter.lower()}@{MAIL_DOMAIN}"
    return values


def _marked(letter: str) -> list[str]:
    return [f"{marker}{letter}" for marker in [*FIELDS.values(), NOTE, MESSAGE, REASON]] + [
        f"indiener.{letter.lower()}@{MAIL_DOMAIN}"
    ]


@pytest.fixture
def planted(twente, zeeland, cor, otto):
    """Twente's questions A (published), B (in intake), C (declined and closed) and D (referred
    to Twente by Zeeland), and Zeeland's own question Z."""
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))
    zeeland.municipalities.add(Municipality.objects.get(code="GM0687"))
    themes = list(Theme.objects.filter(slug__in=["eenzaamheid", "langer-thuis-wonen"]))
    twente.themes.set(themes)

    a, token_a = submit(workshop=twente, municipality="GM0153", **_fields("A"))
    workflow.start_intake(a, cor)
    workflow.add_note(a, cor, f"{NOTE}A intern")
    workflow.confirm_classification(a, cor, QuestionType.ACTION, themes)
    workflow.accept_question(a, cor, f"{MESSAGE}A Wij pakken het op.")
    workflow.publish_question(a, cor, PUBLIC_TITLE, PUBLIC_SUMMARY)

    b, token_b = submit(workshop=twente, municipality="GM0153", **_fields("B"))
    workflow.start_intake(b, cor)
    workflow.add_note(b, cor, f"{NOTE}B intern")
    workflow.send_message(b, cor, f"{MESSAGE}B vraag aan de indiener")
    workflow.add_submitter_information(b, f"{ADDITION}B aanvulling")

    c, _ = submit(workshop=twente, municipality="GM0153", **_fields("C"))
    workflow.start_intake(c, cor)
    workflow.decline_question(c, cor, f"{REASON}C geen vraag voor ons")
    workflow.close_question(c, cor)

    d, _ = submit(workshop=zeeland, municipality="GM0687", **_fields("D"))
    workflow.start_intake(d, otto)
    workflow.refer_question(d, otto, twente, f"{REFERRAL}D past beter in Twente")

    z, _ = submit(workshop=zeeland, municipality="GM0687", title=f"{ZEELAND_TITLE} statushouders")
    return {"a": a, "b": b, "c": c, "d": d, "z": z, "token_a": token_a, "token_b": token_b}


def _found(pages: dict, markers) -> dict:
    found = {a: leaks(body_text(r), markers, a) for a, r in pages.items()}
    return {address: markers for address, markers in found.items() if markers}


def _starts(planted) -> list[str]:
    starts = []
    for language in ("nl", "en"):
        with translation.override(language):
            board = reverse("questions:board")
            starts += [reverse("network:home"), board, reverse("questions:submit")]
            starts += [
                f"{board}?{urlencode(query)}"
                for query in (
                    {"werkplaats": "twente"},
                    {"state": "intake"},
                    {"state": "declined"},
                    {"type": "action"},
                    {"theme": "eenzaamheid"},
                )
            ]
            starts += [
                reverse("questions:public_detail", kwargs={"uuid": q.uuid})
                for q in (planted["a"], planted["b"], planted["c"], planted["d"])
            ]
            starts.append(reverse("network:workshop", kwargs={"slug": "twente"}))
            starts.append(reverse("questions:track", kwargs={"token": secrets.token_urlsafe(32)}))
            starts.append(reverse("questions:inbox", kwargs={"slug": "twente"}))
    # Machine-readable public output: read when it exists, its addresses followed.
    return [*starts, "/sitemap.xml", "/feeds/", "/feeds/vragen/", f"/vragen/{uuid.uuid4()}/"]


def test_no_public_page_shows_anything_private_of_a_question(client, planted):
    pages = crawl(client, _starts(planted), ["MARKER", "eenzaamheid", "@"])

    ok = [address for address, response in pages.items() if response.status_code == 200]
    assert {a: r.status_code for a, r in pages.items() if r.status_code >= 500} == {}
    assert len(ok) > 20, f"the crawl reached only {len(ok)} pages: {sorted(ok)}"
    assert not any("/volg/" in address for address in ok)
    assert _found(pages, PRIVATE_MARKERS) == {}
    shown = {a: EMAIL.search(visible_text(r)) for a, r in pages.items()}
    assert {a: m.group() for a, m in shown.items() if m} == {}
    # The positive control: the board and the published question's page were read.
    bodies = [r.content.decode() for r in pages.values()]
    assert sum(PUBLIC_TITLE in body for body in bodies) >= 3
    assert any(PUBLIC_SUMMARY in body for body in bodies)


def test_unpublished_questions_and_forged_tracking_links_are_not_found(client, planted):
    addresses = [
        reverse("questions:public_detail", kwargs={"uuid": planted["b"].uuid}),
        reverse("questions:public_detail", kwargs={"uuid": planted["d"].uuid}),
        reverse("questions:track", kwargs={"token": secrets.token_urlsafe(32)}),
        reverse("questions:track", kwargs={"token": planted["token_a"][:-1]}),
        reverse("questions:detail", kwargs={"slug": "twente", "uuid": planted["b"].uuid}),
        f"/api/v1/questions/{planted['b'].uuid}/",
        f"/api/v1/questions/{planted['c'].uuid}/",
    ]
    pages = {address: client.get(address) for address in addresses}

    assert [r.status_code for r in pages.values()] == [404, 404, 404, 404, 302, 404, 404]
    assert _found(pages, PRIVATE_MARKERS) == {}


def test_no_anonymous_api_response_shows_anything_private_of_a_question(client, planted):
    extra = [
        "workshop=twente",
        "state=intake",
        "state=declined",
        "state=referred",
        "question_type=action",
        "theme=eenzaamheid",
    ]
    addresses = api_addresses(client, SEARCH_TERMS, extra)
    addresses += [
        f"/api/v1/questions/{planted['a'].uuid}/",
        "/api/v1/questions/?format=api",
        "/api/v1/schema/",
    ]

    responses = {address: client.get(address) for address in addresses}

    assert any("/api/v1/questions/?" in address for address in responses)
    assert {a: r.status_code for a, r in responses.items() if r.status_code >= 500} == {}
    assert _found(responses, PRIVATE_MARKERS) == {}
    detail = responses[f"/api/v1/questions/{planted['a'].uuid}/"].json()
    assert detail["public_title"] == PUBLIC_TITLE
    assert detail["handling"] is None
    listed = client.get("/api/v1/questions/").json()["results"]
    assert [item["uuid"] for item in listed] == [str(planted["a"].uuid)]


def test_a_tracking_link_shows_its_own_question_and_nothing_of_another(client, planted):
    address = reverse("questions:track", kwargs={"token": planted["token_a"]})

    response = client.get(address)

    assert response.status_code == 200
    body = response.content.decode()
    assert planted["a"].reference in body or f"{FIELDS['title']}A" in body
    others = [m for letter in "BCD" for m in _marked(letter)]
    assert leaks(body, others, address) == []
    # The submitter reads the coordinator's message to them, never the internal note.
    assert f"{NOTE}A" not in body
    assert ZEELAND_TITLE not in body


def test_zeeland_coordinator_sees_nothing_private_of_twentes_questions(client, planted, otto):
    client.force_login(otto)
    inbox = reverse("questions:inbox", kwargs={"slug": "zeeland"})
    starts = [
        inbox,
        f"{inbox}?{urlencode({'q': 'MARKER'})}",
        reverse("questions:export", kwargs={"slug": "zeeland"}),
        reverse("questions:detail", kwargs={"slug": "zeeland", "uuid": planted["z"].uuid}),
        "/api/v1/questions/",
        "/api/v1/questions/?workshop=twente",
        f"/api/v1/questions/?{urlencode({'search': 'MARKER'})}",
        f"/api/v1/questions/{planted['a'].uuid}/",
    ]
    pages = crawl(client, starts, ["MARKER", "@"], limit=120)
    forbidden = {
        reverse("questions:inbox", kwargs={"slug": "twente"}): 403,
        reverse("questions:export", kwargs={"slug": "twente"}): 403,
        reverse("questions:detail", kwargs={"slug": "twente", "uuid": planted["b"].uuid}): 403,
        reverse("questions:detail", kwargs={"slug": "zeeland", "uuid": planted["d"].uuid}): 404,
        f"/api/v1/questions/{planted['b'].uuid}/": 404,
        f"/api/v1/questions/{planted['d'].uuid}/": 404,
    }
    refused = {address: client.get(address) for address in forbidden}

    assert {a: r.status_code for a, r in pages.items() if r.status_code >= 500} == {}
    assert {a: r.status_code for a, r in refused.items()} == forbidden
    twentes = [m for letter in "ABCD" for m in _marked(letter)] + [REFERRAL, ADDITION]
    assert _found(pages, twentes) == {}
    assert _found(refused, twentes) == {}
    # The positive control: his own inbox and the API did show his own question.
    assert ZEELAND_TITLE in body_text(pages[inbox])
    assert any(ZEELAND_TITLE in body_text(r) for a, r in pages.items() if "/api/" in a)


def test_the_markers_are_found_where_they_are_allowed_so_the_check_can_fail(client, planted, cor):
    client.force_login(cor)
    address = reverse("questions:detail", kwargs={"slug": "twente", "uuid": planted["b"].uuid})

    response = client.get(address)

    assert response.status_code == 200
    found = leaks(response.content.decode(), PRIVATE_MARKERS, address)
    assert {FIELDS["title"], FIELDS["question"], NOTE} <= set(found)

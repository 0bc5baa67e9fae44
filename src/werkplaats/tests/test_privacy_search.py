"""Search never finds what is private: privacy marker tests for ``/zoeken/`` and ``/api/v1/search/``.

Every item below carries the same made-up query word (``QUERY``) and a tag of its own. Private
items (drafts, unpublished questions in every state, people without consent, e-mail addresses,
what a closed community keeps to itself) carry PRIVATE tags; public items carry PUBLIC tags and
must be found, so the test fails when search finds nothing at all. The query word is searched in
full, cut short, with a typo, under every facet filter, on page 2, in Dutch and in English, on the
page and in the API; no body may show a private tag.

``KIND_CASES`` holds, for every registered search source, how to make a public and a private item
of that kind (and, where the kind has one, how to publish and unpublish it). A new search source
without a case here fails ``test_every_registered_search_source_has_a_privacy_case``.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from django.apps import apps
from django.db import transaction

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.library import services as library_services
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network import services as network_services
from werkplaats.network.models import Affiliation, Municipality, Theme
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    WorkshopFactory,
)
from werkplaats.projects import services as project_services
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.constants import State
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit
from werkplaats.search.registry import sources

pytestmark = pytest.mark.django_db

QUERY = "pruttelkwast"
# Found by the fallback for short queries and typos: the start of the word, and a wrong last letter.
QUERY_VARIANTS = [QUERY, QUERY.upper(), QUERY[:4], QUERY[:8], QUERY[:-1] + "x"]
MAIL_DOMAIN = "maildomeinmarkerq.example"
PAGE, PAGE_EN, API = "/zoeken/", "/en/zoeken/", "/api/v1/search/"
TAG = re.compile(r"(?:privtag|pubtag)[a-z0-9]+")


def private_tag(name: str) -> str:
    return f"privtag{name}"


def public_tag(name: str) -> str:
    return f"pubtag{name}"


def words(tag: str) -> str:
    """A title or text that the query word finds, with the tag as a word of its own."""
    return f"{QUERY.capitalize()} {tag}"


def context():
    """What every item hangs on: Twente with a municipality (province facet) and a theme."""
    twente = WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")
    twente.municipalities.add(Municipality.objects.get(code="GM0153"))
    return twente, Theme.objects.order_by("slug").first()


def coordinator():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="privacy-coordinator", defaults={"email": f"coordinator@{MAIL_DOMAIN}"}
    )
    return user


# One case per search kind --------------------------------------------------------------------


def _workshop_public(tag):
    workshop = WorkshopFactory(name=f"Werkplaats {words(tag)}", description=words(tag))
    workshop.themes.add(Theme.objects.first())
    return workshop


def _workshop_private(tag):
    # Every werkplaats is public; its coordinators' accounts are not.
    from django.contrib.auth import get_user_model

    workshop = WorkshopFactory(name=f"Werkplaats {QUERY} met coordinator")
    user = get_user_model().objects.create_user(username=tag, email=f"{tag}@{MAIL_DOMAIN}")
    workshop.coordinators.add(user)


def _organisation_public(tag):
    organisation = OrganisationFactory(name=f"Stichting {words(tag)}", description=words(tag))
    organisation.themes.add(Theme.objects.first())
    return organisation


def _organisation_private(tag):
    # Every organisation is public; who works there without consent, and in what function, is not.
    organisation = OrganisationFactory(name=f"Stichting {QUERY} met medewerker")
    person = PersonFactory(
        given_name=QUERY, family_name=tag, is_public=False, email=f"{tag}@{MAIL_DOMAIN}"
    )
    Affiliation.objects.create(person=person, organisation=organisation, function=words(tag))


def _person(tag, public):
    twente, theme = context_objects()
    person = PersonFactory(
        given_name=QUERY.capitalize(),
        family_name=tag,
        slug=f"{QUERY}-{tag}",
        bio=words(tag),
        email=f"{tag}@{MAIL_DOMAIN}",
        is_public=public,
    )
    person.workshops.add(twente)
    person.themes.add(theme)
    return person


def _question(tag, *, state=State.SUBMITTED, published=False):
    twente, theme = context_objects()
    question, _ = submit(
        workshop=twente,
        municipality="GM0153",
        title=words(private_tag(f"{tag}title")),
        question=words(private_tag(f"{tag}text")),
        context=words(private_tag(f"{tag}context")),
        submitter_name=f"{QUERY} {private_tag(f'{tag}name')}",
        submitter_email=f"{private_tag(f'{tag}mail')}@{MAIL_DOMAIN}",
    )
    question.themes.add(theme)
    question.state = state
    question.public_title = words(tag)
    question.public_summary = words(tag)
    question.save()
    if published:
        workflow.publish_question(question, coordinator(), words(tag), words(tag))
    return question


def _questions_private(tag):
    # An unpublished question in every state, with its public title already written.
    for state in State.values:
        _question(f"{tag}{state.replace('_', '')}", state=state)
    return _question(tag, state=State.ACCEPTED)


def _project(tag, public):
    twente, theme = context_objects()
    project = ProjectFactory(
        title=words(tag),
        goal=words(tag),
        background=words(tag),
        lead_workshop=twente,
        is_published=public,
    )
    project.themes.add(theme)
    return project


def _product(tag, public):
    twente, theme = context_objects()
    product = ProductFactory(
        title=words(tag), summary=words(tag), goal=words(tag), is_published=public
    )
    product.workshops.add(twente)
    product.themes.add(theme)
    return product


def _community_public(tag):
    twente, theme = context_objects()
    return CommunityFactory(name=words(tag), purpose=words(tag), workshop=twente, theme=theme)


def _community_private(tag):
    # A closed community is listed by name and purpose; its meetings, reflections (even published
    # ones) and members are not public.
    twente, theme = context_objects()
    community = CommunityFactory(
        name=f"Leergemeenschap {QUERY} besloten", workshop=twente, theme=theme, is_open=False
    )
    meeting = MeetingFactory(
        community=community, title=words(tag), agenda=words(tag), location=words(tag)
    )
    ReflectionFactory(
        meeting=meeting, what_we_saw=words(tag), what_we_learned=words(tag), is_published=True
    )
    member = PersonFactory(given_name=QUERY, family_name=f"{tag}lid", is_public=False)
    MembershipFactory(community=community, person=member)


def _publication(tag, public):
    from werkplaats.publications.tests.factories import PublicationFactory

    twente, theme = context_objects()
    publication = PublicationFactory(
        title=words(tag), abstract=words(tag), is_published=public, workshops=[twente]
    )
    publication.themes.add(theme)
    return publication


def _publication_private(tag):
    # A draft, and a published publication by an author who did not consent to be named.
    from werkplaats.publications.tests.factories import PublicationFactory

    hidden = PersonFactory(given_name=QUERY, family_name=f"{tag}auteur", is_public=False)
    PublicationFactory(title=f"Publicatie {QUERY} met auteur", authors=[hidden])
    return _publication(tag, False)


def _publication_case():
    from werkplaats.publications import services

    return Case(
        lambda tag: _publication(tag, True),
        _publication_private,
        publish=services.publish_publication,
        unpublish=services.unpublish_publication,
    )


def _article(tag, public):
    from werkplaats.dossier.constants import ArticleState
    from werkplaats.dossier.tests.factories import ArticleFactory

    twente, theme = context_objects()
    state = ArticleState.PUBLISHED if public else ArticleState.DRAFT
    return ArticleFactory(
        title=words(tag),
        lead=words(tag),
        body=words(tag),
        state=state,
        workshops=[twente],
        themes=[theme],
    )


def _article_private(tag):
    # A draft, an article scheduled for next week, and a published one whose registry author
    # did not consent to be named.
    import datetime

    from werkplaats.dossier.tests.factories import ArticleFactory

    ArticleFactory(
        title=words(f"{tag}later"),
        lead=words(f"{tag}later"),
        scheduled_in=datetime.timedelta(days=7),
    )
    hidden = PersonFactory(given_name=QUERY, family_name=f"{tag}auteur", is_public=False)
    ArticleFactory(title=f"Artikel {QUERY} met auteur", author=hidden, author_name="")
    return _article(tag, False)


def _article_case():
    from werkplaats.dossier import services

    return Case(
        lambda tag: _article(tag, True),
        _article_private,
        publish=services.publish,
        unpublish=services.unpublish,
    )


@dataclass
class Case:
    #: Makes a public item of this kind carrying ``words(tag)``: it must be found.
    public: Callable[[str], Any]
    #: Plants private things carrying the query word and the tag; returns the item that
    #: ``publish`` makes public, when the kind has a private state.
    private: Callable[[str], Any]
    publish: Callable[[Any], Any] | None = None
    unpublish: Callable[[Any], Any] | None = None


KIND_CASES: dict[str, Case] = {
    "workshops": Case(_workshop_public, _workshop_private),
    "organisations": Case(_organisation_public, _organisation_private),
    "people": Case(
        lambda tag: _person(tag, True),
        lambda tag: _person(tag, False),
        publish=lambda p: network_services.set_person_consent(p, True),
        unpublish=lambda p: network_services.set_person_consent(p, False),
    ),
    "questions": Case(
        lambda tag: _question(tag, state=State.ACCEPTED, published=True),
        _questions_private,
        publish=lambda q: workflow.publish_question(
            q, coordinator(), q.public_title, q.public_summary
        ),
        unpublish=lambda q: workflow.unpublish_question(q, coordinator()),
    ),
    "projects": Case(
        lambda tag: _project(tag, True),
        lambda tag: _project(tag, False),
        publish=project_services.publish_project,
        unpublish=project_services.unpublish_project,
    ),
    "communities": Case(_community_public, _community_private),
    "products": Case(
        lambda tag: _product(tag, True),
        lambda tag: _product(tag, False),
        publish=library_services.publish,
        unpublish=library_services.unpublish,
    ),
}
if apps.is_installed("werkplaats.publications"):
    KIND_CASES["publications"] = _publication_case()
if apps.is_installed("werkplaats.dossier"):
    KIND_CASES["articles"] = _article_case()
if apps.is_installed("werkplaats.education"):
    from werkplaats.education.tests import privacy_search as education

    _shared = (Case, words, lambda: context_objects(), coordinator)
    KIND_CASES["assignments"] = education.offer_case(*_shared)
    KIND_CASES["cases"] = education.teaching_case_case(*_shared)

_context: dict[str, Any] = {}


def context_objects():
    if "twente" not in _context:
        _context["twente"], _context["theme"] = context()
    return _context["twente"], _context["theme"]


@pytest.fixture(autouse=True)
def _fresh_context(db):
    _context.clear()
    yield
    _context.clear()


# Reading responses ---------------------------------------------------------------------------


def body(response) -> str:
    """The body, case-folded, less whole-word echoes of the query it asked for (the search box
    repeats it); a longer word that merely starts with the query is kept."""
    assert response.status_code == 200, (response.status_code, response.content[:500])
    text = response.content.decode().casefold()
    query = response.wsgi_request.GET.get("q", "").strip()
    echoes = {query, escape(query), quote(query), quote(query, safe=""), quote_plus(query)}
    for echo in sorted(filter(None, echoes), key=len, reverse=True):
        text = re.sub(rf"(?<![a-z0-9]){re.escape(echo.casefold())}(?![a-z0-9])", "", text)
    return text


def tags_in(text: str) -> set[str]:
    return set(TAG.findall(text))


def api(client, **params) -> dict:
    response = client.get(API, {"page_size": 100, **params})
    assert response.status_code == 200, response.content[:500]
    return response.json()


def found_tags(client, query=QUERY, **params) -> set[str]:
    return tags_in(str(api(client, q=query, **params)["results"]).casefold())


# The network -----------------------------------------------------------------------------------


@dataclass
class Planted:
    public: set[str]
    private: set[str]


@pytest.fixture
def planted():
    public, private = set(), set()
    for kind, case in KIND_CASES.items():
        case.public(public_tag(kind))
        case.private(private_tag(kind))
        public.add(public_tag(kind))
    # A consenting person's e-mail address is private too.
    open_person = PersonFactory(
        given_name=QUERY.capitalize(), family_name="Openbaar", email=f"openmens@{MAIL_DOMAIN}"
    )
    open_person.workshops.add(context_objects()[0])
    # Enough public items for a second page.
    for n in range(22):
        OrganisationFactory(name=f"Stichting {QUERY} vulling {n}", slug=f"vulling-{n}")
    private = {tag for tag in _all_tags_in_database() if tag.startswith("privtag")} | {
        private_tag(kind) for kind in KIND_CASES
    }
    return Planted(public=public, private=private)


def _all_tags_in_database() -> set[str]:
    """Every private tag planted, read back from the rows themselves (so none is forgotten)."""
    from werkplaats.communities.models import Meeting
    from werkplaats.network.models import Person
    from werkplaats.questions.models import PracticeQuestion

    texts = [
        *PracticeQuestion.objects.values_list(
            "title", "question", "context", "submitter_name", "submitter_email", "public_title"
        ),
        *Person.objects.values_list("family_name", "email"),
        *Meeting.objects.values_list("title", "agenda"),
    ]
    if apps.is_installed("werkplaats.dossier"):
        from werkplaats.dossier.models import Article

        texts += Article.objects.values_list("title", "lead")
    return tags_in(" ".join(" ".join(row) for row in texts).casefold())


def filter_variants(client) -> list[dict]:
    """Every facet value the query word shows, every registered kind, and page 2."""
    facets = api(client, q=QUERY)["facets"]
    variants = [{}, {"page": 2}]
    for name, values in facets.items():
        variants += [{name: v["value"]} for v in values]
    variants += [{"kind": s.kind} for s in sources()]
    return variants


def assert_no_private_tag(text: str, planted: Planted, where: str):
    leaked = tags_in(text) & planted.private
    assert not leaked, f"{where} shows private items: {sorted(leaked)}"
    assert MAIL_DOMAIN not in text, f"{where} shows an e-mail address"


# The tests -------------------------------------------------------------------------------------


def test_every_registered_search_source_has_a_privacy_case():
    registered = {source.kind for source in sources()}
    missing = registered - set(KIND_CASES)
    assert not missing, (
        f"Search source(s) {sorted(missing)} are registered without a privacy case: add a Case "
        "to KIND_CASES in tests/test_privacy_search.py that makes a public and a private item "
        "of that kind (and publishes/unpublishes it, if it can be)."
    )
    assert set(KIND_CASES) == registered, (
        f"KIND_CASES has cases for kinds that are not registered: {sorted(set(KIND_CASES) - registered)}"
    )


def test_the_query_word_finds_every_public_item_and_no_private_one(client, planted):
    assert found_tags(client) == planted.public
    for variant in QUERY_VARIANTS:
        assert found_tags(client, variant) == planted.public, variant


@pytest.mark.parametrize("query", QUERY_VARIANTS)
def test_no_filter_page_or_language_shows_a_private_item(client, planted, query):
    seen_public = set()
    for params in filter_variants(client):
        for address in (PAGE, PAGE_EN, API):
            response = client.get(address, {"q": query, **params})
            text = body(response)
            assert_no_private_tag(text, planted, f"{address}?q={query}&{params}")
            seen_public |= tags_in(text) & planted.public
    assert seen_public == planted.public


@pytest.mark.parametrize("user", ["mila", "otto"])
def test_logged_in_outsiders_find_no_private_item_either(client, planted, request, user):
    client.force_login(request.getfixturevalue(user))
    for address in (PAGE, PAGE_EN, API):
        for params in ({}, {"page": 2}, {"workshop": "twente"}):
            text = body(client.get(address, {"q": QUERY, **params}))
            assert_no_private_tag(text, planted, f"{user} {address} {params}")
    assert found_tags(client) == planted.public


def test_searching_a_private_tag_or_an_e_mail_address_finds_nothing(client, planted):
    terms = [f"openmens@{MAIL_DOMAIN}", MAIL_DOMAIN, MAIL_DOMAIN.split(".")[0], "@"]
    for tag in sorted(planted.private):
        terms += [tag, tag[:-2]]
    for term in terms:
        assert api(client, q=term)["count"] == 0, term
        for address in (PAGE, PAGE_EN):
            text = body(client.get(address, {"q": term}))
            assert 'class="search-hit"' not in text, (address, term)
            assert_no_private_tag(text, planted, f"{address}?q={term}")


def test_the_public_control_tags_are_found_by_their_own_tag(client, planted):
    for tag in planted.public:
        assert found_tags(client, tag) == {tag}
        assert tag in body(client.get(PAGE, {"q": tag[:-1]}))


@pytest.mark.parametrize("kind", sorted(KIND_CASES))
def test_a_private_item_is_never_found_and_a_public_one_is(client, kind):
    case = KIND_CASES[kind]
    case.private(private_tag(kind))
    case.public(public_tag(kind))
    found = api(client, q=QUERY)
    assert tags_in(str(found["results"]).casefold()) == {public_tag(kind)}
    assert {r["kind"] for r in found["results"]} == {kind}
    assert private_tag(kind) not in body(client.get(PAGE, {"q": QUERY}))


@pytest.mark.parametrize(
    "kind", sorted(kind for kind, case in KIND_CASES.items() if case.publish is not None)
)
def test_publishing_finds_it_and_unpublishing_hides_it_at_once(client, kind):
    case = KIND_CASES[kind]
    item = case.private(private_tag(kind))
    assert found_tags(client) == set()
    case.publish(item)
    assert found_tags(client) == {private_tag(kind)}
    assert private_tag(kind) in body(client.get(PAGE, {"q": QUERY}))
    case.unpublish(item)
    assert found_tags(client) == set()
    assert private_tag(kind) not in body(client.get(PAGE, {"q": QUERY}))
    assert private_tag(kind) not in body(client.get(PAGE_EN, {"q": QUERY[:6]}))


@pytest.mark.parametrize("kind", sorted(KIND_CASES))
def test_deleting_an_item_takes_it_out_of_search_at_once(client, kind):
    item = KIND_CASES[kind].public(public_tag(kind))
    assert found_tags(client) == {public_tag(kind)}
    item.delete()
    assert found_tags(client) == set()
    assert public_tag(kind) not in body(client.get(PAGE, {"q": QUERY}))


@pytest.mark.parametrize(
    "kind", sorted(kind for kind, case in KIND_CASES.items() if case.publish is not None)
)
def test_publishing_that_is_rolled_back_is_never_found(client, kind):
    case = KIND_CASES[kind]
    item = case.private(private_tag(kind))
    with pytest.raises(RuntimeError), transaction.atomic():
        case.publish(item)
        raise RuntimeError("the publication fails after the save")
    assert found_tags(client) == set()

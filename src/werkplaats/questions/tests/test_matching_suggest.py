"""Ranked suggestions with reasons: who sees what, how many queries, and how sources plug in."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from werkplaats.network.models import Competence, Municipality, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory, WorkshopFactory
from werkplaats.questions.matching import (
    Suggestion,
    SuggestionSource,
    register_source,
    suggest,
    suggestions_as_dict,
    unregister_source,
)
from werkplaats.questions.matching.index import clear_all
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

PRIVATE_MARKER = "Geheimwoordvanindiener"
HIDDEN_PERSON = "Verborgenvera"
OTHER_HIDDEN_PERSON = "Zeeuwsezwijger"


@pytest.fixture(autouse=True)
def fresh_profiles():
    clear_all()
    yield
    clear_all()


@pytest.fixture
def enschede(twente):
    municipality = Municipality.objects.get(name="Enschede")
    twente.municipalities.add(municipality)
    return municipality


def _person(workshop, name, *, public, theme="eenzaamheid", bio=""):
    person = PersonFactory(given_name=name, is_public=public, bio=bio)
    person.themes.add(Theme.objects.get(slug=theme))
    person.workshops.add(workshop)
    return person


@pytest.fixture
def network(twente, zeeland, enschede):
    _person(twente, "Petra", public=True, bio="Opbouwwerker, werkt aan eenzaamheid.")
    _person(twente, HIDDEN_PERSON, public=False, bio="Werkt met eenzame ouderen.")
    _person(zeeland, OTHER_HIDDEN_PERSON, public=False)
    organisation = OrganisationFactory(name="Stichting Samen Oud")
    organisation.themes.add(Theme.objects.get(slug="eenzaamheid"))

    earlier, _ = submit(
        workshop=twente,
        title=f"Eenzame ouderen in Twekkelerveld {PRIVATE_MARKER}",
        question="Veel eenzame ouderen wonen alleen thuis.",
    )
    elsewhere, _ = submit(
        workshop=zeeland,
        municipality="GM0687",
        title=f"Ouderen alleen op het platteland {PRIVATE_MARKER}",
        question=f"Eenzame ouderen in de dorpen. {PRIVATE_MARKER}",
    )
    elsewhere.is_published = True
    elsewhere.public_title = "Eenzaamheid onder ouderen in kleine dorpen"
    elsewhere.public_summary = "Hoe bereik je eenzame ouderen buiten de stad?"
    elsewhere.save()
    unpublished_elsewhere, _ = submit(
        workshop=zeeland,
        municipality="GM0687",
        title=f"Eenzaamheid bij mantelzorgers {PRIVATE_MARKER}",
        question="Eenzame ouderen en hun mantelzorgers.",
    )
    question, _ = submit(
        workshop=twente,
        municipality=enschede.code,
        title="Eenzame ouderen bereiken",
        question="Hoe bereiken we eenzame ouderen in de wijk die alleen thuis zitten?",
    )
    return {
        "question": question,
        "earlier": earlier,
        "elsewhere": elsewhere,
        "unpublished_elsewhere": unpublished_elsewhere,
    }


def _groups(question, user):
    with translation.override("en"):
        return {group.kind: group for group in suggest(question, user)}


def _titles(group):
    return [item.title for item in group.items]


def test_it_suggests_a_group_per_source_and_every_item_has_a_reason(network, cor):
    groups = _groups(network["question"], cor)
    builtin = ["workshops", "people", "organisations", "questions"]
    assert list(groups)[:4] == builtin  # sources of other apps (projects) follow
    for group in (groups[kind] for kind in builtin):
        assert group.items, group.kind
        assert all(item.reasons for item in group.items), group.kind


def test_the_werkplaats_of_the_region_comes_first_and_says_why(network, cor, twente):
    workshops = _groups(network["question"], cor)["workshops"].items
    assert workshops[0].obj == twente
    assert workshops[0].reasons[0] == (
        "The municipality Enschede lies in the region of this werkplaats."
    )


def test_people_are_suggested_by_theme_with_the_matched_theme_as_reason(network, visitor):
    people = _groups(network["question"], AnonymousUser())["people"].items
    assert people[0].obj.given_name == "Petra"
    assert "works on the themes: Eenzaamheid" in people[0].reasons


@pytest.fixture
def visitor():
    return AnonymousUser()


def test_a_visitor_never_sees_a_person_without_consent_or_an_unpublished_question(network, visitor):
    groups = _groups(network["question"], visitor)
    names = [item.obj.given_name for item in groups["people"].items]
    assert HIDDEN_PERSON not in names and OTHER_HIDDEN_PERSON not in names
    assert all(item.obj.is_public for item in groups["people"].items)
    assert [item.obj for item in groups["questions"].items] == [network["elsewhere"]]
    dumped = json.dumps(suggestions_as_dict(list(groups.values())))
    for marker in (PRIVATE_MARKER, HIDDEN_PERSON, OTHER_HIDDEN_PERSON, "@example.org"):
        assert marker not in dumped


def test_a_published_question_of_another_werkplaats_shows_only_its_public_text(network, cor):
    questions = _groups(network["question"], cor)["questions"].items
    shown = {item.obj: item for item in questions}
    published = shown[network["elsewhere"]]
    assert published.title == "Eenzaamheid onder ouderen in kleine dorpen"
    assert PRIVATE_MARKER not in json.dumps(published.as_dict())
    assert network["unpublished_elsewhere"] not in shown


def test_a_coordinator_sees_the_people_and_unpublished_questions_of_their_werkplaats(network, cor):
    groups = _groups(network["question"], cor)
    names = [item.obj.given_name for item in groups["people"].items]
    assert HIDDEN_PERSON in names
    assert OTHER_HIDDEN_PERSON not in names
    earlier = {item.obj: item for item in groups["questions"].items}[network["earlier"]]
    assert earlier.title.startswith(network["earlier"].reference)
    assert any(reason.startswith("words in common: ") for reason in earlier.reasons)


def test_the_question_itself_is_never_suggested_as_similar(network, noor):
    questions = _groups(network["question"], noor)["questions"].items
    assert network["question"] not in [item.obj for item in questions]


def test_suggestions_are_json_ready_and_address_objects_by_slug_or_uuid(network, cor):
    data = suggestions_as_dict(suggest(network["question"], cor))
    assert json.loads(json.dumps(data)) == data
    for group in data:
        for item in group["items"]:
            assert "id" not in item and ("slug" in item or "uuid" in item)


def test_new_people_are_suggested_without_restarting(network, visitor, twente):
    suggest(network["question"], visitor)
    newcomer = _person(twente, "Nieuwkomer", public=True, bio="Eenzame ouderen, wijk, thuis.")
    newcomer.competences.add(Competence.objects.get(slug="methodiekontwikkeling"))
    names = [item.obj.given_name for item in _groups(network["question"], visitor)["people"].items]
    assert "Nieuwkomer" in names


def _count_queries(question, user) -> int:
    clear_all()
    with CaptureQueriesContext(connection) as cold:
        suggest(question, user)
    with CaptureQueriesContext(connection) as warm:
        suggest(question, user)
    return len(cold.captured_queries), len(warm.captured_queries)


def _grow(twente, zeeland, count):
    eenzaamheid = Theme.objects.get(slug="eenzaamheid")
    competence = Competence.objects.get(slug="methodiekontwikkeling")
    for number in range(count):
        workshop = WorkshopFactory() if number % 5 == 0 else twente
        person = PersonFactory(is_public=number % 2 == 0, bio=f"Eenzame ouderen {number}")
        person.themes.add(eenzaamheid)
        person.competences.add(competence)
        person.workshops.add(workshop, zeeland)
        organisation = OrganisationFactory()
        organisation.themes.add(eenzaamheid)
        organisation.competences.add(competence)
        submit(workshop=twente, title=f"Eenzame ouderen bereiken in de wijk {number}")


@pytest.mark.parametrize("role", ["visitor", "coordinator", "network_editor"])
def test_the_number_of_queries_does_not_grow_with_people_organisations_or_questions(
    network, role, cor, noor, twente, zeeland, django_assert_max_num_queries
):
    user = {"visitor": AnonymousUser(), "coordinator": cor, "network_editor": noor}[role]
    suggest(network["question"], user)  # fills the question's own related-object caches
    few = _count_queries(network["question"], user)
    _grow(twente, zeeland, 40)
    many = _count_queries(network["question"], user)
    assert many == few
    clear_all()
    with django_assert_max_num_queries(40):
        suggest(network["question"], user)


class _ProductSource(SuggestionSource):
    kind = "products-test"
    title = "Products"
    order = 50

    def suggest(self, context, limit):
        return [Suggestion(self.kind, context.question, 1.0, [f"type {context.question_type}"])]


def test_a_new_kind_of_content_plugs_in_as_a_source(network, cor):
    register_source(_ProductSource())
    try:
        groups = _groups(network["question"], cor)
        assert "products-test" in groups
        assert groups["products-test"].items[0].reasons == ["type action"]
        with pytest.raises(ValueError, match="already registered"):
            register_source(_ProductSource())
    finally:
        unregister_source("products-test")
    assert "products-test" not in _groups(network["question"], cor)

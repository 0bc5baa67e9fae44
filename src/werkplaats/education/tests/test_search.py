"""Offers on the board and published teaching cases are found by the site's search, with the
werkplaats, theme and year facets; a withdrawn offer and a case that is not (or no longer)
published are not. The question behind either is never searchable through them."""

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.education.services.cases import update_case
from werkplaats.education.services.journey import withdraw_offer
from werkplaats.network.models import Theme
from werkplaats.search.services import search

from .factories import offer_for
from .test_cases import DISCUSSION, QUESTION_TEXT, SITUATION, closed, make_case

pytestmark = pytest.mark.django_db


def urls(query, **filters) -> list[str]:
    return [hit.url for hit in search(query, filters=filters).hits]


def test_an_offer_on_the_board_is_found_by_its_description_and_its_facets(twente, zeeland, cor):
    offer = offer_for(twente, cor, summary="Onderzoek naar mantelzorgers in Hengelo.")
    offer.themes.add(Theme.objects.get(slug="eenzaamheid"))

    found = search("mantelzorgers")
    assert [hit.url for hit in found.hits] == [offer.get_absolute_url()]
    assert found.hits[0].kind == "assignments"
    assert urls("mantelzorgers", kind=["assignments"], workshop=["twente"], theme=["eenzaamheid"])
    assert urls("mantelzorgers", workshop=["zeeland"]) == []
    assert urls("mantelzorgers", year=[str(offer.starts_on.year)])


def test_a_withdrawn_offer_leaves_the_search(twente, cor):
    offer = offer_for(twente, cor, summary="Onderzoek naar mantelzorgers in Hengelo.")
    assert urls("mantelzorgers") == [offer.get_absolute_url()]

    withdraw_offer(offer, cor, "De gemeente stopt het project.")

    assert urls("mantelzorgers") == []


def test_a_teaching_case_is_found_once_published_and_not_before_nor_after(twente, cor):
    draft = make_case(closed(twente), cor, publish=False)
    assert urls("tachtig") == []

    update_case(draft, title=draft.title, situation=SITUATION, discussion=DISCUSSION, publish=True)
    found = search("tachtig")
    assert [hit.url for hit in found.hits] == [draft.get_absolute_url()]
    assert found.hits[0].kind == "cases"

    update_case(draft, title=draft.title, situation=SITUATION, discussion=DISCUSSION, publish=False)
    assert urls("tachtig") == []


def test_neither_finds_the_question_behind_it_by_its_words(twente, cor):
    question = closed(twente)
    make_case(question, cor)
    offer_for(twente, cor, question=question)

    assert "thuis" in QUESTION_TEXT
    assert [url for url in urls("thuis") if "/onderwijs/" in url] == []


def test_the_search_page_names_them_in_the_visitors_language(client, twente, cor):
    offer_for(twente, cor, summary="Onderzoek naar mantelzorgers in Hengelo.")
    make_case(closed(twente), cor, situation=SITUATION + " Mantelzorgers helpen mee.")

    with translation.override("en"):
        english = client.get(reverse("search:results"), {"q": "mantelzorgers"})
    dutch = client.get(reverse("search:results"), {"q": "mantelzorgers"})

    assert english.status_code == dutch.status_code == 200
    assert "Assignments for education" in english.content.decode()
    assert "Teaching cases" in english.content.decode()
    assert "Opdrachten voor het onderwijs" in dutch.content.decode()
    assert "Onderwijscasussen" in dutch.content.decode()

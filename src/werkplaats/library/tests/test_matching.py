"""Library products as related work suggested for a practice question."""

import pytest
from django.contrib.auth.models import AnonymousUser

from werkplaats.library import services
from werkplaats.library.constants import RecognitionLevel
from werkplaats.library.tests.factories import kind
from werkplaats.network.models import Theme
from werkplaats.questions.matching import registered_sources, suggest
from werkplaats.questions.matching.index import clear_all
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_profiles():
    clear_all()
    yield
    clear_all()


def product_titles(question, user):
    groups = {group.kind: group for group in suggest(question, user)}
    return [item.obj.title for item in groups["products"].items], groups["products"]


def _product(workshop, title, *, published=True, **fields):
    product = services.create_product(
        title=title, kind=kind(fields.pop("kind", "handreiking")), workshops=[workshop], **fields
    )
    return services.publish(product) if published else product


def test_the_library_registers_itself_as_a_suggestion_source():
    assert "products" in {source.kind for source in registered_sources()}


def test_a_fitting_product_is_suggested_with_its_reasons(cor, twente, zeeland):
    _product(
        zeeland,
        "Op adem: mantelzorgers van mensen met dementie ontlasten",
        kind="methodiek-interventie",
        summary="Een aanpak om overbelaste mantelzorgers te ontlasten.",
        recognition_level=RecognitionLevel.EFFECTIVE_GOOD,
        themes=[Theme.objects.get(slug="informele-zorg-en-mantelzorg")],
    )
    _product(twente, "Factsheet schulden in Twente", summary="Cijfers over schulden.")
    question, _token = submit(
        workshop=twente,
        title="Overbelaste mantelzorgers",
        question="Hoe ontlasten we mantelzorgers van mensen met dementie in de wijk?",
    )

    titles, group = product_titles(question, cor)

    assert titles == ["Op adem: mantelzorgers van mensen met dementie ontlasten"]
    item = group.items[0]
    assert any("mantelzorgers" in reason for reason in item.reasons)
    assert any(str(RecognitionLevel.EFFECTIVE_GOOD.label) in reason for reason in item.reasons)
    assert item.url.endswith("/op-adem-mantelzorgers-van-mensen-met-dementie-ontlasten/")
    assert item.as_dict()["slug"] == "op-adem-mantelzorgers-van-mensen-met-dementie-ontlasten"


def test_drafts_are_suggested_only_to_those_who_may_see_them(cor, otto, twente):
    _product(twente, "Mantelzorgers ontlasten, concept", published=False)
    question, _token = submit(
        workshop=twente, title="Mantelzorgers", question="Hoe ontlasten we mantelzorgers?"
    )

    assert product_titles(question, cor)[0] == ["Mantelzorgers ontlasten, concept"]
    assert product_titles(question, otto)[0] == []
    assert product_titles(question, AnonymousUser())[0] == []


def test_suggesting_takes_a_fixed_number_of_queries(cor, twente, django_assert_max_num_queries):
    question, _token = submit(
        workshop=twente, title="Mantelzorgers", question="Hoe ontlasten we mantelzorgers?"
    )
    for number in range(3):
        _product(twente, f"Mantelzorgers ontlasten {number}")
    suggest(question, cor)  # builds the profiles once
    with django_assert_max_num_queries(40) as few:
        suggest(question, cor)
    for number in range(3, 30):
        _product(twente, f"Mantelzorgers ontlasten {number}")
    suggest(question, cor)
    with django_assert_max_num_queries(len(few.captured_queries)):
        suggest(question, cor)

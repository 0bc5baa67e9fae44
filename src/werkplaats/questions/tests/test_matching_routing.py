"""A question goes to the werkplaats whose region holds its municipality; the labelled set says how
often that, and the suggested type, is right."""

import pytest

from werkplaats.network.models import Municipality, Workshop
from werkplaats.network.reference import load_reference_network
from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.questions.matching import route_question
from werkplaats.questions.matching.evaluation import evaluate, read_labelled
from werkplaats.questions.models import PracticeQuestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference(db):
    load_reference_network()


def _route(name, title, text=""):
    question = PracticeQuestion(
        title=title, question=text, municipality=Municipality.objects.get(name=name)
    )
    return route_question(question).slug


def test_it_routes_to_the_one_werkplaats_whose_region_holds_the_municipality(reference):
    assert _route("Leeuwarden", "Eenzaamheid") == "friesland"
    assert _route("Súdwest-Fryslân", "Een vraag") == "friesland"
    assert _route("Enschede", "Werk en inkomen in Zeeland") == "twente"


def test_where_regions_overlap_the_fit_with_the_themes_decides(reference):
    assert set(
        Workshop.objects.filter(municipalities__name="Rhenen").values_list("slug", flat=True)
    ) == {"utrecht", "gelderse-vallei"}
    assert _route("Rhenen", "Mantelzorgers raken overbelast") == "gelderse-vallei"
    assert _route("Rhenen", "Jongeren en jeugdhulp na schooltijd") == "utrecht"


def test_where_nothing_fits_better_the_werkplaats_partnering_the_municipality_wins(reference):
    # Hoorn lies in the COROP region of Noord-Holland and is named as a partner by Amsterdam.
    assert _route("Hoorn", "Een vraag zonder thema") == "amsterdam"
    assert _route("Hoorn", "Scholing en professionalisering van het team") == "noord-holland"


def test_routing_is_deterministic(reference):
    answers = {_route("Hoorn", "Een vraag over iets") for _ in range(5)}
    assert len(answers) == 1


def test_a_municipality_outside_every_region_still_gets_the_best_fitting_werkplaats(db):
    WorkshopFactory(slug="b-werkplaats", name="B")
    assert _route("Utrecht", "Een vraag") == "b-werkplaats"


def test_a_submitted_question_lands_in_the_werkplaats_of_its_region(reference):
    from werkplaats.questions.tests.factories import submit

    friesland = Municipality.objects.get(name="Leeuwarden")
    question, _token = submit(municipality=friesland.code)
    assert question.workshop.slug == "friesland"


def test_the_labelled_set_is_large_varied_and_consistent(reference):
    rows = read_labelled()
    assert len(rows) >= 80
    assert {r.expected_workshop for r in rows} == set(
        Workshop.objects.values_list("slug", flat=True)
    )
    assert {r.expected_type for r in rows} == {
        "action",
        "process_client",
        "multi_actor",
        "monitoring",
    }
    assert len({t for r in rows for t in r.expected_themes}) >= 15
    names = set(Municipality.objects.values_list("name", flat=True))
    assert {r.municipality for r in rows} <= names
    assert len({r.question for r in rows}) == len(rows)


def test_the_labelled_set_meets_the_accuracy_targets_of_the_issue(reference):
    report = evaluate()
    tally = report.overall
    assert tally.rate("workshop_top1") >= 0.95, report.misses
    assert tally.rate("type_top1") >= 0.75, report.misses

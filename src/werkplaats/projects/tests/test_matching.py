import pytest
from django.contrib.auth.models import AnonymousUser

from werkplaats.network.models import Theme
from werkplaats.projects import services
from werkplaats.questions.matching import suggest
from werkplaats.questions.matching.index import clear_all
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_profiles():
    clear_all()
    yield
    clear_all()


def project_titles(question, user):
    groups = {group.kind: group for group in suggest(question, user)}
    return [item.obj.title for item in groups["projects"].items], groups["projects"]


def test_a_fitting_project_is_suggested_with_its_reasons(cor, twente):
    services.create_project(
        lead_workshop=twente,
        title="Mantelzorgers van mensen met dementie ontlasten",
        background="Mantelzorgers raken overbelast.",
        themes=[Theme.objects.get(slug="informele-zorg-en-mantelzorg")],
        is_published=True,
    )
    services.create_project(
        lead_workshop=twente, title="Schulden vroeg signaleren", is_published=True
    )
    question, _token = submit(
        workshop=twente,
        title="Overbelaste mantelzorgers",
        question="Hoe ontlasten we mantelzorgers van mensen met dementie in de wijk?",
    )

    titles, group = project_titles(question, cor)

    assert titles[0] == "Mantelzorgers van mensen met dementie ontlasten"
    assert "Schulden vroeg signaleren" not in titles
    assert group.items[0].reasons
    assert group.items[0].url.endswith(
        "/projecten/mantelzorgers-van-mensen-met-dementie-ontlasten/"
    )


def test_drafts_are_suggested_only_to_those_who_may_see_them(cor, otto, twente):
    services.create_project(
        lead_workshop=twente, title="Mantelzorgers ontlasten, concept", is_published=False
    )
    question, _token = submit(
        workshop=twente, title="Mantelzorgers", question="Hoe ontlasten we mantelzorgers?"
    )

    assert project_titles(question, cor)[0] == ["Mantelzorgers ontlasten, concept"]
    assert project_titles(question, otto)[0] == []
    assert project_titles(question, AnonymousUser())[0] == []

"""Private data never reaches a dashboard whose viewer may not see it: a draft project's title, a
non-public question's title, text and submitter, a person without consent and a closed community's
reflection are counted at most, never shown, to a visitor or to the coordinator of another
werkplaats; Twente's own coordinator sees its internal figures, drafts counted."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.builders import HIDDEN_NAME, full_project

from .test_dashboards import figures_of, question_in

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MARKERS = [
    "Conceptmarkeerproject",
    "Vraagmarkeertitel",
    "Vraagmarkeertekst",
    "Indienmarkeerster",
    HIDDEN_NAME,
    "Zonderinstemming Markeerpersoon",
    "Reflectiemarkeerzin",
]
QUERIES = [{}, {"period": "2023-2026", "compare": "2020-2022"}, {"period": "2025-2026"}]


@pytest.fixture
def planted(twente, zeeland):
    full_project(twente, title="Openbaar proefproject in Twente")
    full_project(twente, title="Conceptmarkeerproject in Twente", is_published=False)
    question_in(
        twente,
        2025,
        title="Vraagmarkeertitel over eenzaamheid",
        question="Vraagmarkeertekst: wij zien eenzame ouderen.",
        submitter_name="Indienmarkeerster de Vries",
    )
    closed = CommunityFactory(workshop=twente, is_open=False, name="Besloten kring Twente")
    hidden = PersonFactory(
        given_name="Zonderinstemming", family_name="Markeerpersoon", is_public=False
    )
    MembershipFactory(community=closed, person=hidden)
    meeting = MeetingFactory(
        community=closed, starts_at=datetime.datetime(2025, 3, 4, 19, 30, tzinfo=AMSTERDAM)
    )
    ReflectionFactory(meeting=meeting, what_we_learned="Reflectiemarkeerzin over de koffie.")


def _pages(client):
    for name, kwargs in [("monitoring:network", {}), ("monitoring:workshop", {"slug": "twente"})]:
        for query in QUERIES:
            response = client.get(reverse(name, kwargs=kwargs or None), query)
            assert response.status_code == 200
            yield response


@pytest.mark.parametrize("who", ["visitor", "outsider"])
def test_the_dashboards_show_no_private_name_or_text_to_someone_who_may_not_see_it(
    client, planted, otto, who
):
    if who == "outsider":
        client.force_login(otto)

    for response in _pages(client):
        body = response.content.decode().casefold()
        found = [marker for marker in MARKERS if marker.casefold() in body]
        assert found == [], f"{response.wsgi_request.get_full_path()} shows {found}"
        assert not response.context["scope"].internal


def test_twentes_coordinator_sees_the_internal_figures_with_the_draft_project_counted(
    client, planted, cor
):
    url = reverse("monitoring:workshop", kwargs={"slug": "twente"})
    public = figures_of(client.get(url, {"period": "2025-2026"}))
    client.force_login(cor)
    response = client.get(url, {"period": "2025-2026"})
    internal = figures_of(response)

    assert response.context["scope"].internal
    assert internal["projects-by-status"]["figure"].total == 2
    assert public["projects-by-status"]["figure"].total == 1

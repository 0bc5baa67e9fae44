"""Markers planted in everything private about projects appear nowhere a visitor can read: not on
any page reachable from the project list or a project page (filters included), not in the API
(searches, filters and every detail), nor for a coordinator of another werkplaats."""

import pytest
from django.urls import reverse

from werkplaats.network.models import ParticipantRole
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects import services
from werkplaats.projects.tests.builders import HIDDEN_NAME, full_project
from werkplaats.tests.crawler import api_addresses, crawl, leaks, visible_text

pytestmark = pytest.mark.django_db

DRAFT_MARKER = "Conceptmarkeringxq"
PERSON_MARKER = "Zwijgzamexq"
MARKERS = [DRAFT_MARKER, PERSON_MARKER, HIDDEN_NAME.split()[0], "@example.org"]


@pytest.fixture
def planted(twente, zeeland):
    project = full_project(twente, others=[zeeland])
    secret = PersonFactory(
        given_name=PERSON_MARKER, family_name="Anoniem", slug="zwijgzaam", is_public=False
    )
    services.add_participant(
        project, role=ParticipantRole.objects.get(slug="manager"), person=secret
    )
    services.create_project(
        lead_workshop=twente,
        title=f"{DRAFT_MARKER} project",
        goal=f"Doel {DRAFT_MARKER}",
        is_published=False,
    )
    return project


def _assert_clean(pages):
    for address, response in pages.items():
        if response.status_code == 200:
            assert not leaks(visible_text(response), MARKERS, address), address


def test_no_private_project_data_on_any_public_page(client, planted):
    starts = [
        reverse("projects:list"),
        reverse("projects:detail", kwargs={"slug": planted.slug}),
        reverse("network:workshop", kwargs={"slug": "twente"}),
        reverse("network:home"),
    ]

    pages = crawl(client, starts, [*MARKERS, "wijkteams"], limit=150)

    assert len(pages) > 20
    _assert_clean(pages)


def test_no_private_project_data_in_the_anonymous_api(client, planted):
    for address in api_addresses(client, MARKERS, ["workshop=twente", "status=running"]):
        if "/projects/" not in address and address != "/api/v1/":
            continue
        response = client.get(address)
        assert not leaks(response.content.decode(), MARKERS, address), address


def test_a_coordinator_of_another_werkplaats_sees_no_draft(client, otto, planted):
    client.force_login(otto)

    body = client.get(reverse("projects:list") + f"?q={DRAFT_MARKER.lower()}").content.decode()

    assert f"{DRAFT_MARKER} project" not in body
    assert DRAFT_MARKER not in client.get("/api/v1/projects/").content.decode()

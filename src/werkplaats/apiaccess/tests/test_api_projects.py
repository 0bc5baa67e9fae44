"""Writing projects through the API with keys and sessions: the form's rules, the services, the
werkplaats of the key."""

import pytest
from rest_framework.test import APIClient

from werkplaats.projects.models import Project
from werkplaats.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"


def test_a_write_key_creates_a_draft_project_of_its_werkplaats(client_with, twente_write_key, cor):
    response = client_with(twente_write_key).post(
        LIST,
        {"title": "Samen sterker in Enschede", "lead_workshop": "twente", "goal": "Minder eenzaam"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["lead_workshop"] == "twente" and body["is_published"] is False
    project = Project.objects.get(slug=body["slug"])
    assert project.created_by == cor and project.goal == "Minder eenzaam"


def test_a_read_key_may_not_write(client_with, twente_read_key):
    response = client_with(twente_read_key).post(
        LIST, {"title": "X", "lead_workshop": "twente"}, format="json"
    )
    assert response.status_code == 403
    assert "alleen lezen" in response.json()["detail"]
    assert not Project.objects.exists()


def test_anyone_without_a_key_or_login_is_asked_to_authenticate(client_with):
    response = client_with().post(LIST, {"title": "X", "lead_workshop": "twente"}, format="json")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_key_answers_401_even_for_reading(client_with):
    response = client_with("wpt_nonsense").get(LIST)
    assert response.status_code == 401
    assert "onbekend, ingetrokken of verlopen" in response.json()["detail"]


def test_a_write_key_cannot_create_for_another_werkplaats(client_with, twente_write_key, zeeland):
    response = client_with(twente_write_key).post(
        LIST, {"title": "X", "lead_workshop": "zeeland"}, format="json"
    )
    assert response.status_code == 403
    assert not Project.objects.exists()


def test_the_forms_rules_apply_with_messages_per_field(client_with, twente_write_key):
    response = client_with(twente_write_key).post(
        LIST,
        {
            "title": "Y",
            "lead_workshop": "twente",
            "start_date": "2025-05-01",
            "end_date": "2024-01-01",
            "themes": ["no-such-theme"],
        },
        format="json",
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"end_date", "themes"}
    assert not Project.objects.exists()


def test_wrong_json_types_are_a_400_not_a_crash(client_with, twente_write_key):
    client = client_with(twente_write_key)
    for body in (
        {"title": {"a": 1}, "lead_workshop": "twente"},
        {"title": "Z", "lead_workshop": "twente", "start_date": 12},
        {"title": "Z", "lead_workshop": "twente", "themes": "armoede"},
        ["not", "an", "object"],
    ):
        response = client.post(LIST, body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert "detail" in response.json()


def test_a_missing_lead_workshop_is_named(client_with, twente_write_key):
    response = client_with(twente_write_key).post(LIST, {"title": "Z"}, format="json")
    assert response.status_code == 400
    assert "lead_workshop" in str(response.json()["errors"])


def test_patch_changes_only_what_is_given(client_with, twente_write_key, twente, zeeland):
    project = ProjectFactory(lead_workshop=twente, goal="Oud doel", is_published=False)
    project.workshops.add(zeeland)
    response = client_with(twente_write_key).patch(
        f"{LIST}{project.slug}/", {"approach": "Nieuwe aanpak"}, format="json"
    )
    assert response.status_code == 200, response.json()
    project.refresh_from_db()
    assert project.approach == "Nieuwe aanpak" and project.goal == "Oud doel"
    assert list(project.workshops.all()) == [zeeland]


def test_put_replaces_every_field(client_with, twente_write_key, twente):
    project = ProjectFactory(lead_workshop=twente, goal="Oud doel")
    response = client_with(twente_write_key).put(
        f"{LIST}{project.slug}/", {"title": "Nieuwe titel"}, format="json"
    )
    assert response.status_code == 200
    project.refresh_from_db()
    assert project.title == "Nieuwe titel" and project.goal == ""


def test_a_key_of_another_werkplaats_may_not_change_a_project(
    client_with, zeeland_write_key, twente
):
    published = ProjectFactory(lead_workshop=twente, is_published=True)
    draft = ProjectFactory(lead_workshop=twente, is_published=False)
    client = client_with(zeeland_write_key)
    assert client.patch(f"{LIST}{published.slug}/", {"goal": "x"}, format="json").status_code == 403
    assert client.patch(f"{LIST}{draft.slug}/", {"goal": "x"}, format="json").status_code == 404


def test_a_read_key_sees_its_werkplaatss_drafts_and_no_others(
    client_with, twente_read_key, twente, zeeland
):
    own = ProjectFactory(lead_workshop=twente, is_published=False)
    other = ProjectFactory(lead_workshop=zeeland, is_published=False)
    slugs = {p["slug"] for p in client_with(twente_read_key).get(LIST).json()["results"]}
    assert own.slug in slugs and other.slug not in slugs


def test_an_editors_key_reads_only_its_werkplaatss_drafts(client_with, noor, twente, zeeland):
    from werkplaats.apiaccess import services

    key = services.issue_token(workshop=twente, name="x", access="read", created_by=noor)[1]
    other = ProjectFactory(lead_workshop=zeeland, is_published=False)
    assert client_with(key).get(f"{LIST}{other.slug}/").status_code == 404


def test_a_coordinator_writes_through_the_session_with_csrf(cor, twente):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(cor)
    body = {"title": "Via de site", "lead_workshop": "twente"}
    assert client.post(LIST, body, format="json").status_code == 403  # no CSRF token
    client.get("/api/v1/projects/")
    token = client.cookies.get("csrftoken")
    if token is None:  # the API pages set no cookie: fetch it like the site does
        client.get("/")
        token = client.cookies["csrftoken"]
    response = client.post(LIST, body, format="json", HTTP_X_CSRFTOKEN=token.value)
    assert response.status_code == 201, response.content

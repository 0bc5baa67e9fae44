"""Coordinators found and edit learning communities in the site; others may not."""

import pytest
from django.urls import reverse

from werkplaats.communities.models import LearningCommunity
from werkplaats.communities.tests.factories import CommunityFactory
from werkplaats.network.models import Theme
from werkplaats.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def _create_url(workshop):
    return reverse("communities:create", kwargs={"slug": workshop.slug})


def test_a_coordinator_founds_a_community_of_their_werkplaats(client, cor, twente):
    project = ProjectFactory(lead_workshop=twente, title="Wijkproject")
    theme = Theme.objects.first()
    client.force_login(cor)

    response = client.post(
        _create_url(twente),
        {
            "name": "Leren over schulden",
            "theme": theme.pk,
            "purpose": "Samen leren.",
            "is_open": "on",
            "projects": [project.pk],
        },
    )

    community = LearningCommunity.objects.get(name="Leren over schulden")
    assert response.status_code == 302
    assert response.url == community.get_absolute_url()
    assert community.workshop == twente and community.is_open and community.theme == theme
    assert list(community.projects.all()) == [project]


def test_the_werkplaats_manage_page_links_to_founding_a_community(client, cor, twente):
    client.force_login(cor)

    body = client.get(reverse("manage:workshop", kwargs={"slug": "twente"})).content.decode()

    assert _create_url(twente) in body


def test_a_coordinator_of_another_werkplaats_may_not_found_one_here(client, otto, twente):
    client.force_login(otto)

    assert client.get(_create_url(twente)).status_code == 403
    assert client.post(_create_url(twente), {"name": "Indringer"}).status_code == 403
    assert not LearningCommunity.objects.filter(name="Indringer").exists()


def test_a_visitor_is_asked_to_log_in(client, twente):
    response = client.get(_create_url(twente))

    assert response.status_code == 302
    assert "login" in response.url or "inloggen" in response.url


def test_a_network_editor_founds_one_anywhere(client, noor, zeeland):
    client.force_login(noor)

    response = client.post(_create_url(zeeland), {"name": "Zeeuwse kring", "is_open": "on"})

    assert response.status_code == 302
    assert LearningCommunity.objects.get(name="Zeeuwse kring").workshop == zeeland


def test_a_nameless_community_is_refused_keeping_what_was_typed(client, cor, twente):
    client.force_login(cor)

    response = client.post(_create_url(twente), {"name": "", "purpose": "GETYPTEDOEL"})

    assert response.status_code == 400
    assert "GETYPTEDOEL" in response.content.decode()
    assert not LearningCommunity.objects.exists()


def test_only_projects_of_the_werkplaats_may_be_linked(client, cor, twente, zeeland):
    elsewhere = ProjectFactory(lead_workshop=zeeland)
    client.force_login(cor)

    response = client.post(_create_url(twente), {"name": "Kring", "projects": [elsewhere.pk]})

    assert response.status_code == 400
    assert not LearningCommunity.objects.exists()


def test_a_coordinator_edits_name_openness_and_projects(client, cor, twente):
    community = CommunityFactory(workshop=twente, name="Oud", is_open=True)
    joint = ProjectFactory(lead_workshop=ProjectFactory().lead_workshop)
    joint.workshops.add(twente)
    client.force_login(cor)
    url = reverse("communities:edit", kwargs={"slug": community.slug})

    assert (
        reverse("communities:edit", kwargs={"slug": community.slug})
        in client.get(community.get_absolute_url()).content.decode()
    )
    response = client.post(url, {"name": "Nieuw", "purpose": "Anders", "projects": [joint.pk]})

    community.refresh_from_db()
    assert response.status_code == 302
    assert (community.name, community.purpose, community.is_open) == ("Nieuw", "Anders", False)
    assert list(community.projects.all()) == [joint]


def test_others_may_not_edit_a_community(client, otto, mila, twente):
    community = CommunityFactory(workshop=twente, name="Blijft")
    url = reverse("communities:edit", kwargs={"slug": community.slug})

    assert client.get(url).status_code == 302  # visitor: to the login page
    for user in (otto, mila):
        client.force_login(user)
        assert client.post(url, {"name": "Gekaapt"}).status_code == 403
        assert url not in client.get(community.get_absolute_url()).content.decode()
    community.refresh_from_db()
    assert community.name == "Blijft"

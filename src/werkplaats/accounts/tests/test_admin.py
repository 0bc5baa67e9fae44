"""The admin answers by role: network editors keep the registry, administrators the users."""

import pytest
from django.urls import reverse

from werkplaats.network.models import Person, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

REGISTRY = [
    "theme",
    "competence",
    "organisationkind",
    "participantrole",
    "organisation",
    "researchgroup",
    "person",
    "workshop",
    "partnership",
    "municipality",
]


@pytest.mark.parametrize("model", REGISTRY)
def test_a_network_editor_opens_every_registry_changelist(client, noor, model):
    client.force_login(noor)
    assert client.get(reverse(f"admin:network_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:network_{model}_add")).status_code == 200


def test_a_network_editor_edits_a_vocabulary(client, noor):
    client.force_login(noor)
    response = client.post(
        reverse("admin:network_theme_add"),
        {
            "slug": "wonen",
            "name": "Wonen",
            "name_en": "Housing",
            "position": 99,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert Theme.objects.get(slug="wonen").name_en == "Housing"


def test_a_network_editor_sees_no_users_and_cannot_appoint_coordinators(client, noor, twente):
    client.force_login(noor)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:accounts_user_changelist") not in index
    page = client.get(reverse("admin:network_workshop_change", args=[twente.pk]))
    assert 'name="coordinators"' not in page.content.decode()


@pytest.mark.parametrize("name", ["mila", "cor", "otto"])
def test_members_and_coordinators_do_not_get_the_admin(client, request, name):
    user = request.getfixturevalue(name)
    client.force_login(user)
    response = client.get(reverse("admin:network_person_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_a_staff_flag_alone_opens_nothing_in_the_registry(client, django_user_model):
    staff = django_user_model.objects.create_user("stafkracht", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("admin:network_person_changelist")).status_code == 403


def test_the_person_changelist_asks_a_constant_number_of_queries(
    client, noor, django_assert_max_num_queries
):
    client.force_login(noor)
    url = reverse("admin:network_person_changelist")
    PersonFactory.create_batch(2)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    PersonFactory.create_batch(30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_changing_consent_in_the_admin_records_when(client, noor):
    person = PersonFactory(is_public=False)
    client.force_login(noor)
    url = reverse("admin:network_person_change", args=[person.pk])
    response = client.post(
        url,
        {
            "given_name": person.given_name,
            "family_name": person.family_name,
            "slug": person.slug,
            "email": person.email,
            "is_public": "on",
            "affiliations-TOTAL_FORMS": 0,
            "affiliations-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person.refresh_from_db()
    assert person.is_public and person.consent_changed_at is not None


def test_an_administrator_appoints_a_coordinator_in_the_user_admin(client, ada, mila, zeeland):
    client.force_login(ada)
    url = reverse("admin:accounts_user_change", args=[mila.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="coordinated_workshops"' in page.content.decode()
    data = {
        "username": "mila",
        "email": "mila@example.org",
        "first_name": "",
        "last_name": "",
        "is_active": "on",
        "is_network_editor": "",
        "coordinated_workshops": [zeeland.pk],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(mila.coordinated_workshops.all()) == [zeeland]


def test_the_user_changelist_lists_roles(client, ada, cor, noor):
    client.force_login(ada)
    content = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert "Werkplaats Sociaal Domein Twente" in content
    assert "noor" in content


def test_the_organisation_admin_searches_by_kvk(client, noor):
    OrganisationFactory(name="Stichting Gezocht", kvk_number="87654321")
    OrganisationFactory(name="Stichting Anders")
    client.force_login(noor)
    content = client.get(reverse("admin:network_organisation_changelist"), {"q": "87654321"})
    assert "Stichting Gezocht" in content.content.decode()
    assert "Stichting Anders" not in content.content.decode()


def test_the_person_admin_is_closed_to_visitors(client):
    PersonFactory(is_public=False, email="geheim@example.org")
    response = client.get(reverse("admin:network_person_changelist"))
    assert response.status_code == 302
    assert "geheim" not in response.content.decode()
    assert Person.objects.count() == 1

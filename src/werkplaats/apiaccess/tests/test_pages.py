"""/werkplaatsen/<slug>/api-sleutels/: coordinators make, list and revoke their werkplaats's keys."""

import pytest

from werkplaats.apiaccess import services
from werkplaats.apiaccess.models import ApiToken

pytestmark = pytest.mark.django_db

PAGE = "/werkplaatsen/twente/api-sleutels/"


def test_a_coordinator_makes_a_key_and_sees_it_once(client, cor, twente):
    client.force_login(cor)
    response = client.post(PAGE, {"name": "CRM gemeente", "access": "write"})
    assert response.status_code == 200
    token = ApiToken.objects.get()
    key = response.context["new_key"]
    assert key.startswith("wpt_") and services.hash_key(key) == token.key_hash
    assert key in response.content.decode()
    assert token.workshop == twente and token.created_by == cor and token.can_write
    assert key not in client.get(PAGE).content.decode()


def test_bad_input_re_renders_with_a_message_and_makes_nothing(client, cor, twente):
    client.force_login(cor)
    response = client.post(PAGE, {"name": "", "access": "admin", "expires_on": "2000-01-01"})
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"name", "access", "expires_on"}
    assert not ApiToken.objects.exists()


def test_a_coordinator_revokes_a_key(client, cor, twente, twente_write_key):
    client.force_login(cor)
    token = ApiToken.objects.get()
    response = client.post(f"{PAGE}{token.uuid}/intrekken/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == cor
    assert services.find_active_token(twente_write_key) is None


def test_others_may_not_see_or_revoke_a_werkplaatss_keys(client, otto, mila, twente_write_key):
    token = ApiToken.objects.get()
    assert client.get(PAGE).status_code == 302  # to the login page
    for user in (otto, mila):
        client.force_login(user)
        assert client.get(PAGE).status_code == 403
        assert client.post(f"{PAGE}{token.uuid}/intrekken/").status_code == 403
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_network_editor_manages_any_werkplaatss_keys(client, noor, twente):
    client.force_login(noor)
    assert client.post(PAGE, {"name": "Landelijk", "access": "read"}).status_code == 200
    assert ApiToken.objects.get().workshop == twente


def test_the_list_takes_the_same_number_of_queries_for_few_and_many_keys(
    client, cor, twente, django_assert_max_num_queries
):
    client.force_login(cor)
    for count in (1, 20):
        while ApiToken.objects.count() < count:
            services.issue_token(workshop=twente, name="k", access="read", created_by=cor)
        with django_assert_max_num_queries(12):
            assert client.get(PAGE).status_code == 200

"""API keys: hashed at rest, shown once, scoped to one werkplaats, revocable, expiring."""

import hashlib
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from werkplaats.accounts.roles import coordinated_workshops, is_coordinator, is_network_editor
from werkplaats.apiaccess import services
from werkplaats.apiaccess.authentication import principal_for
from werkplaats.apiaccess.models import Access, ApiToken
from werkplaats.projects.permissions import can_edit_project
from werkplaats.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_it_keeps_only_the_sha256_of_a_key_and_a_recognisable_prefix(cor, twente):
    token, key = services.issue_token(
        workshop=twente, name="CRM", access=Access.WRITE, created_by=cor
    )
    assert key.startswith("wpt_") and len(key) > 40
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in {str(getattr(stored, f.attname)) for f in ApiToken._meta.fields}
    assert stored.prefix == key[:8]


def test_it_finds_an_active_key_and_notes_when_it_was_used(twente_read_key):
    token = services.find_active_token(twente_read_key)
    assert token is not None and token.last_used_at is not None
    assert services.find_active_token(twente_read_key + "x") is None
    assert services.find_active_token("not-a-key") is None


def test_it_refuses_a_revoked_or_expired_key(cor, twente):
    token, key = services.issue_token(
        workshop=twente, name="Old", access=Access.READ, created_by=cor
    )
    services.revoke_token(token, by=cor)
    assert services.find_active_token(key) is None
    token, key = services.issue_token(
        workshop=twente,
        name="Short",
        access=Access.READ,
        created_by=cor,
        expires_at=timezone.now() + timedelta(days=1),
    )
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert services.find_active_token(key) is None


def test_it_refuses_an_expiry_in_the_past_and_an_unknown_access(cor, twente):
    with pytest.raises(ValidationError):
        services.issue_token(
            workshop=twente,
            name="x",
            access=Access.READ,
            created_by=cor,
            expires_at=timezone.now() - timedelta(days=1),
        )
    with pytest.raises(ValidationError):
        services.issue_token(workshop=twente, name="x", access="admin", created_by=cor)


def test_a_key_made_by_an_editor_acts_as_a_coordinator_of_its_werkplaats_only(
    noor, twente, zeeland
):
    token, _key = services.issue_token(
        workshop=twente, name="CRM", access=Access.WRITE, created_by=noor
    )
    principal = principal_for(token)
    assert not is_network_editor(principal) and not principal.is_superuser
    assert list(coordinated_workshops(principal)) == [twente]
    assert is_coordinator(principal, twente) and not is_coordinator(principal, zeeland)
    assert can_edit_project(principal, ProjectFactory(lead_workshop=twente))
    assert not can_edit_project(principal, ProjectFactory(lead_workshop=zeeland))
    # The maker's own account keeps its role: the principal is never saved.
    with pytest.raises(TypeError):
        principal.save()
    noor.refresh_from_db()
    assert noor.is_network_editor


def test_a_coordinator_of_two_werkplaatsen_makes_a_key_for_one(cor, twente, zeeland):
    zeeland.coordinators.add(cor)
    token, _key = services.issue_token(
        workshop=twente, name="CRM", access=Access.READ, created_by=cor
    )
    assert list(coordinated_workshops(principal_for(token))) == [twente]


def test_a_key_stops_working_when_its_maker_no_longer_coordinates(cor, twente):
    token, _key = services.issue_token(
        workshop=twente, name="CRM", access=Access.READ, created_by=cor
    )
    twente.coordinators.remove(cor)
    assert principal_for(token) is None

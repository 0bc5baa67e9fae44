"""``werkplaats demo``: the real werkplaatsen plus a fictional, deterministic network (what it
holds; the command itself, its reruns and scales are ``test_demo_command.py``'s)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count

from werkplaats.accounts.roles import Role, coordinated_workshops, roles_of
from werkplaats.network.demo import DEMO_PASSWORD, load_demo
from werkplaats.network.models import (
    Affiliation,
    Organisation,
    Partnership,
    Person,
    ResearchGroup,
    Workshop,
)
from werkplaats.utils.text import fold

pytestmark = pytest.mark.django_db

REFERENCE_KINDS = {"hogeschool", "gemeente"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once for the module; each test reads it (inside its own rolled-back transaction)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo()
        transaction.set_rollback(True)


def test_each_werkplaats_gets_twelve_to_twenty_people_and_every_kind_of_partner(demo):
    for workshop in Workshop.objects.all():
        people = workshop.people.exclude(user__isnull=False).count()
        assert 12 <= people <= 20, workshop.slug
        kinds = set(workshop.partnerships.values_list("organisation__kind__slug", flat=True))
        assert {
            "welzijnsorganisatie",
            "zorgorganisatie",
            "clientenorganisatie",
            "roc",
            "woningcorporatie",
            "ggd",
            "hogeschool",
            "gemeente",
        } <= kinds, workshop.slug


def test_about_seventy_percent_of_the_people_consent_to_be_listed(demo):
    share = Person.objects.public().count() / Person.objects.count()
    assert 0.6 <= share <= 0.8
    assert not Person.objects.filter(is_public=True, consent_changed_at__isnull=True).exists()


def test_every_research_group_has_a_fictional_lector_with_an_orcid(demo):
    for group in ResearchGroup.objects.select_related("lector"):
        assert group.lector is not None, group.name
        assert group.lector.orcid.startswith("0000-0000-")
        assert group.lector.roles.filter(slug="lector").exists()


def test_every_generated_organisation_and_person_passes_the_validators(demo):
    for organisation in Organisation.objects.all():
        organisation.full_clean()
    for person in Person.objects.all():
        person.full_clean()
    for partnership in Partnership.objects.all():
        partnership.full_clean()


def test_only_fictional_organisations_get_a_kvk_number(demo):
    fictional = Organisation.objects.exclude(kind__slug__in=REFERENCE_KINDS)
    assert fictional.exists()
    assert not fictional.filter(kvk_number="").exists()
    assert (
        not Organisation.objects.filter(kind__slug__in=REFERENCE_KINDS)
        .exclude(kvk_number="")
        .exists()
    )


def test_every_email_address_is_on_a_reserved_example_domain(demo):
    for email in Person.objects.values_list("email", flat=True):
        assert re.fullmatch(r"[a-z0-9.]+@([a-z0-9-]+\.example|example\.org)", email), email


def test_people_hold_roles_affiliations_themes_and_a_werkplaats(demo):
    people = Person.objects.annotate(
        n_roles=Count("roles", distinct=True),
        n_aff=Count("affiliations", distinct=True),
        n_themes=Count("themes", distinct=True),
        n_workshops=Count("workshops", distinct=True),
    )
    assert not people.filter(n_roles=0).exists()
    assert not people.filter(n_aff=0).exists()
    assert not people.filter(n_themes=0).exists()
    assert not people.filter(n_workshops=0).exists()
    functions = set(Affiliation.objects.values_list("function", flat=True))
    assert {"docent Social Work", "ervaringsdeskundige"} & functions


def test_bulk_created_rows_carry_their_search_text(demo):
    person = Person.objects.exclude(family_name_prefix="").first()
    assert person.search_text == fold(f"{person.full_name} {person.bio}")
    assert not Organisation.objects.filter(search_text="").exists()
    assert not Workshop.objects.filter(search_text="").exists()


def test_demo_accounts_hold_their_roles_and_the_demo_password(demo):
    users = {u.username: u for u in get_user_model().objects.all()}
    assert roles_of(users["beheerder"])[0] == Role.ADMINISTRATOR
    assert roles_of(users["redacteur"])[0] == Role.NETWORK_EDITOR
    assert roles_of(users["coordinator-twente"])[0] == Role.COORDINATOR
    assert list(
        coordinated_workshops(users["coordinator-twente"]).values_list("slug", flat=True)
    ) == ["twente"]
    assert list(
        coordinated_workshops(users["coordinator-friesland"]).values_list("slug", flat=True)
    ) == ["friesland"]
    assert roles_of(users["lid"]) == [Role.MEMBER]
    assert users["lid"].person.is_public
    assert users["lid"].person.affiliations.get().function == "wijkcoach"
    for user in users.values():
        assert user.check_password(DEMO_PASSWORD)

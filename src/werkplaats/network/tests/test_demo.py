"""``werkplaats demo``: the real werkplaatsen plus a fictional, deterministic network."""

import hashlib
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count
from django.utils import translation

from werkplaats.accounts.roles import Role, coordinated_workshops, roles_of
from werkplaats.network.demo import DEMO_PASSWORD, load_demo
from werkplaats.network.models import (
    Affiliation,
    Municipality,
    Organisation,
    Partnership,
    Person,
    ResearchGroup,
    Workshop,
)
from werkplaats.utils.text import fold

pytestmark = pytest.mark.django_db

REFERENCE_KINDS = {"hogeschool", "gemeente"}


@pytest.fixture
def demo():
    return load_demo()


def _run(*args) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("demo", *args, stdout=out, verbosity=1)
    return out.getvalue()


def _digest() -> str:
    lines = [
        f"org|{o.slug}|{o.name}|{o.kind_id}|{o.kvk_number}|{o.location_id}"
        for o in Organisation.objects.order_by("slug")
    ]
    lines += [
        f"person|{p.slug}|{p.full_name}|{p.email}|{p.orcid}|{p.is_public}|{p.bio}"
        for p in Person.objects.order_by("slug")
    ]
    lines += [
        f"aff|{a.person.slug}|{a.organisation.slug}|{a.function}|{a.start_date}"
        for a in Affiliation.objects.select_related("person", "organisation").order_by(
            "person__slug", "organisation__slug"
        )
    ]
    lines += [
        f"partner|{p.workshop.slug}|{p.organisation.slug}|{p.role}|{p.start_date}|{p.end_date}"
        for p in Partnership.objects.select_related("workshop", "organisation").order_by(
            "workshop__slug", "organisation__slug", "role"
        )
    ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _digest_of_a_fresh_load(**kwargs) -> str:
    with transaction.atomic():
        load_demo(**kwargs)
        digest = _digest()
        transaction.set_rollback(True)
    return digest


def _rows() -> dict[str, int]:
    return {
        "workshops": Workshop.objects.count(),
        "fictional_organisations": Organisation.objects.exclude(
            kind__slug__in=REFERENCE_KINDS
        ).count(),
        "research_groups": ResearchGroup.objects.count(),
        "partnerships": Partnership.objects.count(),
        "people": Person.objects.count(),
        "affiliations": Affiliation.objects.count(),
        "person_themes": Person.themes.through.objects.count(),
        "region_links": Workshop.municipalities.through.objects.count(),
    }


def test_the_command_reports_each_stage_and_a_summary():
    output = _run()
    assert "Reference network: 15 werkplaatsen" in output
    assert re.search(r"Fictional network: 15 werkplaatsen filled with \d+ organisations", output)
    assert (
        "Demo accounts: beheerder, redacteur, coordinator-twente, coordinator-friesland, lid created."
        in output
    )
    assert re.search(r"Demo network ready in [\d.]+ s: 15 werkplaatsen, 342 municipalities", output)


def test_running_the_demo_twice_changes_nothing_and_says_so():
    _run()
    rows = _rows()
    output = _run()
    assert "Demo network already loaded: nothing changed." in output
    assert _rows() == rows


def test_the_demo_is_deterministic():
    first = _digest_of_a_fresh_load()
    assert _digest_of_a_fresh_load() == first
    assert _digest_of_a_fresh_load(seed=7) != first


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


def test_scale_two_builds_about_twice_the_rows():
    with transaction.atomic():
        load_demo()
        single = _rows()
        transaction.set_rollback(True)
    load_demo(scale=2)
    double = _rows()
    assert double["workshops"] == 30
    # The real hogescholen and municipalities are shared by the copies; everything else doubles.
    assert Organisation.objects.filter(kind__slug__in=REFERENCE_KINDS).count() == 55
    for name, count in single.items():
        assert 1.7 * count <= double[name] <= 2.3 * count, name
    copy = Workshop.objects.get(slug="twente-s2")
    assert copy.municipalities.count() == Workshop.objects.get(slug="twente").municipalities.count()
    assert copy.research_groups.get().lector is not None
    assert not Municipality.objects.filter(workshops__isnull=True).exists()


def test_scaling_up_an_existing_demo_adds_the_copies_and_keeps_what_is_there():
    scaled = _digest_of_a_fresh_load(scale=2)
    load_demo()
    before = {p.slug for p in Person.objects.all()}
    load_demo(scale=2)
    assert before <= {p.slug for p in Person.objects.all()}
    assert _digest() == scaled


def test_a_scale_below_one_fails_with_one_clear_line():
    with (
        translation.override("en"),
        pytest.raises(CommandError, match="--scale: give a whole number of 1 or more"),
    ):
        call_command("demo", "--scale", "0")


def test_a_database_without_municipalities_fails_with_one_clear_line():
    Municipality.objects.all().delete()
    with (
        translation.override("en"),
        pytest.raises(CommandError, match="There are no municipalities: run `werkplaats migrate`"),
    ):
        call_command("demo", verbosity=0)

"""``werkplaats demo`` as a command: what it reports, reruns, determinism and scales."""

import hashlib
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import translation

from werkplaats.network.demo import load_demo
from werkplaats.network.models import (
    Affiliation,
    Municipality,
    Organisation,
    Partnership,
    Person,
    ResearchGroup,
    Workshop,
)

from .test_demo import REFERENCE_KINDS

pytestmark = pytest.mark.django_db


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

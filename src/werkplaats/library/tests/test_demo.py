"""The demo library: about 150 realistic products over the real werkplaatsen, building on each
other across regions, used by organisations of the demo network."""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from werkplaats.library.constants import METHOD_KIND, RecognitionLevel
from werkplaats.library.demo import load_demo_library
from werkplaats.library.models import Adoption, BuildsOn, Product, ProductKind, ProductLink
from werkplaats.library.readability import flesch_douma
from werkplaats.network.demo import load_demo
from werkplaats.network.models import Workshop
from werkplaats.projects.demo import load_demo_projects
from werkplaats.questions.demo import load_demo_questions
from werkplaats.search.services import search

NOW = timezone.make_aware(datetime.datetime(2026, 6, 15, 12, 0))
TODAY = NOW.date()
EMAIL_SIGN = "@"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        load_demo_questions(now=NOW)
        load_demo_projects(today=TODAY)
        lines = []
        result = load_demo_library(today=TODAY, report=lines.append)
        result.lines = lines
        yield result
        transaction.set_rollback(True)


@pytest.fixture
def products(demo, db):
    return list(
        Product.objects.select_related("kind", "project").prefetch_related(
            "workshops", "themes", "beneficiary_groups", "makers"
        )
    )


def test_about_150_products_over_every_real_werkplaats(demo, products):
    assert 140 <= len(products) <= 160
    assert demo.created == len(products)
    per_workshop = Counter(w.slug for p in products for w in p.workshops.all())
    assert set(per_workshop) == set(Workshop.objects.values_list("slug", flat=True))
    assert len(per_workshop) == 15
    assert "Library: " in demo.lines[0] or "Bibliotheek" in demo.lines[0]


def test_every_kind_occurs_and_about_thirty_methods_carry_the_databank_fields(products):
    kinds = Counter(p.kind.slug for p in products)
    assert set(kinds) == set(ProductKind.objects.values_list("slug", flat=True))
    methods = [p for p in products if p.kind.slug == METHOD_KIND]
    assert 25 <= len(methods) <= 40
    for method in methods:
        for field in (
            "goal",
            "target_group_final",
            "target_group_intermediate",
            "approach",
            "working_elements",
            "conditions",
            "substantiation",
        ):
            assert getattr(method, field), (method.title, field)
    assert {m.recognition_level for m in methods} == set(RecognitionLevel.values)
    others = [p for p in products if p.kind.slug != METHOD_KIND]
    assert not any(p.goal for p in others)


def test_products_hang_on_demo_projects_themes_groups_and_makers_of_both_kinds(products):
    assert sum(1 for p in products if p.project) >= len(products) // 2
    for product in products:
        assert product.themes.all(), product.title
        assert product.beneficiary_groups.all(), product.title
        assert product.makers.all(), product.title
        if product.project:
            assert product.project.lead_workshop in product.workshops.all()
            assert product.project.is_published or not product.is_published
    consent = {m.is_public for p in products for m in p.makers.all()}
    assert consent == {True, False}


def test_summaries_are_mostly_b1_with_a_few_hard_ones_and_a_few_drafts(products):
    above = [p for p in products if flesch_douma(p.summary).above_b1]
    assert 3 <= len(above) <= 15
    drafts = [p for p in products if not p.is_published]
    assert 3 <= len(drafts) <= 15
    assert all(p.published_at for p in products if p.is_published)


def test_chains_build_on_work_of_other_werkplaatsen_some_three_long(demo, db):
    links = list(
        BuildsOn.objects.select_related("product", "source").prefetch_related(
            "product__workshops", "source__workshops"
        )
    )
    assert len(links) >= 10
    assert demo.builds_on == len(links)
    for link in links:
        assert set(link.product.workshops.all()).isdisjoint(link.source.workshops.all())
        assert link.source.date <= link.product.date
        assert link.note
        assert link.product.is_published and link.source.is_published
    sources = {link.product_id: link.source_id for link in links}
    assert sum(1 for source in sources.values() if source in sources) >= 3  # three long

    twente = Product.objects.get(workshops__slug="twente", built_upon_by__isnull=False,
                                 themes__slug="eenzaamheid")  # fmt: skip
    friesland = Product.objects.get(builds_on__source=twente)
    zeeland = Product.objects.get(builds_on__source=friesland)
    assert list(friesland.workshops.values_list("slug", flat=True)) == ["friesland"]
    assert list(zeeland.workshops.values_list("slug", flat=True)) == ["zeeland"]


def test_about_eighty_adoptions_by_organisations_of_the_network(demo, db):
    adoptions = list(Adoption.objects.select_related("product", "organisation", "municipality"))
    assert 60 <= len(adoptions) <= 110
    for adoption in adoptions:
        assert adoption.product.is_published
        assert adoption.organisation.partnerships.exists()
        assert adoption.municipality is not None
        assert adoption.since >= adoption.product.date
        assert adoption.experience


def test_no_text_holds_an_email_address(products, db):
    for product in products:
        text = " ".join(
            [product.title, product.summary, product.goal, product.approach, product.substantiation]
        )
        assert EMAIL_SIGN not in text, product.title
    for text in Adoption.objects.values_list("experience", flat=True):
        assert EMAIL_SIGN not in text
    for text in BuildsOn.objects.values_list("note", flat=True):
        assert EMAIL_SIGN not in text
    assert not ProductLink.objects.filter(url__contains=EMAIL_SIGN).exists()


def test_a_second_run_changes_nothing(demo, db):
    counts = (Product.objects.count(), BuildsOn.objects.count(), Adoption.objects.count())

    again = load_demo_library(today=TODAY)

    assert not again.changed
    assert (Product.objects.count(), BuildsOn.objects.count(), Adoption.objects.count()) == counts


def test_searching_loneliness_of_older_people_finds_products_of_several_werkplaatsen(demo, db):
    call_command("rebuild_search_index", verbosity=0)

    results = search("eenzaamheid ouderen", None, {"kind": ["products"]})

    assert results.total >= 5
    workshops = [value for value in results.facets["workshop"] if value.count]
    assert len(workshops) >= 3


def test_a_larger_scale_adds_cheap_synthetic_products(demo, db):
    before = Product.objects.count()

    result = load_demo_library(scale=2, today=TODAY)

    assert result.synthetic == before
    assert Product.objects.count() == 2 * before
    assert not load_demo_library(scale=2, today=TODAY).changed

import pytest
from django.core.exceptions import ValidationError

from werkplaats.library import services
from werkplaats.library.constants import RecognitionLevel
from werkplaats.library.models import ProductKind
from werkplaats.library.permissions import can_edit_product, products_visible_to
from werkplaats.network.tests.factories import OrganisationFactory

from .factories import ProductFactory, kind

pytestmark = pytest.mark.django_db


def test_the_migration_seeds_every_product_kind_in_dutch_and_english():
    names = dict(ProductKind.objects.values_list("slug", "name_en"))
    assert names["methodiek-interventie"] == "Method or intervention"
    assert names["beleidsadvies"] == "Policy advice"
    assert len(names) == 11


def test_a_new_product_is_a_draft_until_published(twente):
    product = services.create_product(
        title="Sociale kaart voor de wijk", kind=kind(), workshops=[twente]
    )
    assert product.slug == "sociale-kaart-voor-de-wijk"
    assert not product.is_published
    assert product.recognition_level == RecognitionLevel.NOT_ASSESSED
    services.publish(product)
    assert product.is_published and product.published_at
    services.unpublish(product)
    product.refresh_from_db()
    assert not product.is_published


def test_it_refuses_a_product_building_on_itself():
    product = ProductFactory()
    with pytest.raises(ValidationError):
        services.add_builds_on(product, product)


def test_it_refuses_a_circle_of_building_on():
    first, second, third = ProductFactory(), ProductFactory(), ProductFactory()
    services.add_builds_on(second, first)
    services.add_builds_on(third, second)
    with pytest.raises(ValidationError, match=r"circle|cirkel"):
        services.add_builds_on(first, third)
    assert first.builds_on.count() == 0


def test_adding_the_same_link_twice_keeps_one():
    first, second = ProductFactory(), ProductFactory()
    services.add_builds_on(second, first, note="eerste")
    services.add_builds_on(second, first, note="aangevuld")
    assert second.builds_on.get().note == "aangevuld"


def test_it_records_an_adoption():
    product = ProductFactory()
    adoption = services.record_adoption(
        product, OrganisationFactory(), experience="Werkt goed in de wijk."
    )
    assert list(product.adoptions.all()) == [adoption]


def test_drafts_are_visible_only_to_their_coordinators_and_editors(
    twente, zeeland, mila, cor, otto, noor, django_user_model
):
    from django.contrib.auth.models import AnonymousUser

    draft = ProductFactory(is_published=False, workshops=[twente])
    published = ProductFactory()
    assert set(products_visible_to(AnonymousUser())) == {published}
    assert set(products_visible_to(mila)) == {published}
    assert set(products_visible_to(otto)) == {published}
    assert set(products_visible_to(cor)) == {published, draft}
    assert set(products_visible_to(noor)) == {published, draft}
    assert can_edit_product(cor, draft) and not can_edit_product(otto, draft)

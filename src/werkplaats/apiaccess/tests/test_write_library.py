"""Writing library products through the API: the editors' form, the library's services, the
werkplaats of the key."""

import pytest

from werkplaats.library.constants import METHOD_KIND
from werkplaats.library.models import Product
from werkplaats.library.tests.factories import ProductFactory, kind
from werkplaats.network.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/products/"


@pytest.fixture
def handreiking(db):
    return kind("handreiking")


def _snapshot(product):
    product.refresh_from_db()
    return (
        product.title,
        product.summary,
        product.goal,
        sorted(product.workshops.values_list("slug", flat=True)),
        sorted(product.makers.values_list("slug", flat=True)),
    )


def test_a_write_key_creates_a_draft_product_of_its_werkplaats(
    client_with, twente_write_key, handreiking
):
    response = client_with(twente_write_key).post(
        LIST,
        {
            "title": "Handreiking huisbezoek",
            "kind": "handreiking",
            "workshops": ["twente"],
            "summary": "Zo ga je op huisbezoek.",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["workshops"] == ["twente"] and body["is_published"] is False
    product = Product.objects.get(slug=body["slug"])
    assert product.summary == "Zo ga je op huisbezoek." and product.kind == handreiking


def test_a_read_key_may_not_write_a_product(client_with, twente_read_key, handreiking):
    body = {"title": "X", "kind": "handreiking", "workshops": ["twente"]}
    response = client_with(twente_read_key).post(LIST, body, format="json")
    assert response.status_code == 403
    assert not Product.objects.exists()


def test_without_a_key_writing_a_product_asks_to_authenticate(client_with, handreiking, twente):
    product = ProductFactory(workshops=[twente])
    before = _snapshot(product)
    client = client_with()
    body = {"title": "X", "kind": "handreiking", "workshops": ["twente"]}
    assert client.post(LIST, body, format="json").status_code == 401
    assert client.patch(f"{LIST}{product.slug}/", {"title": "Y"}, format="json").status_code == 401
    assert Product.objects.count() == 1 and _snapshot(product) == before


def test_a_key_may_not_give_a_product_to_another_werkplaats(
    client_with, twente_write_key, handreiking, zeeland
):
    body = {"title": "X", "kind": "handreiking", "workshops": ["zeeland"]}
    response = client_with(twente_write_key).post(LIST, body, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"workshops"}
    assert not Product.objects.exists()


def test_a_method_needs_its_fields_with_the_forms_messages_in_dutch(client_with, twente_write_key):
    kind(METHOD_KIND)
    body = {"title": "Methode", "kind": METHOD_KIND, "workshops": ["twente"]}
    response = client_with(twente_write_key).post(LIST, body, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"goal", "target_group_final", "approach"}
    response = client_with(twente_write_key).post(LIST, {**body, "title": ""}, format="json")
    assert response.json()["errors"]["title"] == ["Dit veld is vereist."]
    assert not Product.objects.exists()


def test_wrong_json_types_for_a_product_are_a_400_not_a_crash(
    client_with, twente_write_key, handreiking
):
    client = client_with(twente_write_key)
    for body in (
        {"title": {"a": 1}, "kind": "handreiking", "workshops": ["twente"]},
        {"title": "Z", "kind": "handreiking", "workshops": "twente"},
        {"title": "Z", "kind": "no-such-kind", "workshops": ["twente"]},
        {"kind": "handreiking", "workshops": ["twente"]},
        ["not", "an", "object"],
    ):
        response = client.post(LIST, body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert "detail" in response.json()
    assert not Product.objects.exists()


def test_patch_changes_only_the_products_fields_given(
    client_with, twente_write_key, twente, handreiking
):
    maker = PersonFactory(is_public=True)
    product = ProductFactory(workshops=[twente], goal="Oud doel", is_published=False)
    product.makers.add(maker)
    response = client_with(twente_write_key).patch(
        f"{LIST}{product.slug}/", {"summary": "Nieuwe samenvatting"}, format="json"
    )
    assert response.status_code == 200, response.json()
    product.refresh_from_db()
    assert product.summary == "Nieuwe samenvatting" and product.goal == "Oud doel"
    assert list(product.makers.all()) == [maker]
    assert list(product.workshops.all()) == [twente]


def test_put_replaces_a_product_but_keeps_another_werkplaatss_share(
    client_with, twente_write_key, twente, zeeland, handreiking
):
    hidden_maker = PersonFactory(is_public=False)
    product = ProductFactory(workshops=[twente, zeeland], goal="Oud doel")
    product.makers.add(hidden_maker)
    response = client_with(twente_write_key).put(
        f"{LIST}{product.slug}/",
        {"title": "Nieuwe titel", "kind": "handreiking", "workshops": ["twente"]},
        format="json",
    )
    assert response.status_code == 200, response.json()
    product.refresh_from_db()
    assert product.title == "Nieuwe titel" and product.goal == ""
    assert set(product.workshops.all()) == {twente, zeeland}


def test_a_key_of_another_werkplaats_may_not_change_a_product(
    client_with, zeeland_write_key, twente
):
    published = ProductFactory(workshops=[twente], is_published=True)
    draft = ProductFactory(workshops=[twente], is_published=False)
    before = (_snapshot(published), _snapshot(draft))
    client = client_with(zeeland_write_key)
    assert client.patch(f"{LIST}{published.slug}/", {"goal": "x"}, format="json").status_code == 403
    assert client.patch(f"{LIST}{draft.slug}/", {"goal": "x"}, format="json").status_code == 404
    assert (_snapshot(published), _snapshot(draft)) == before


def test_a_bad_patch_changes_nothing(client_with, twente_write_key, twente):
    product = ProductFactory(workshops=[twente], goal="Oud doel")
    before = _snapshot(product)
    response = client_with(twente_write_key).patch(
        f"{LIST}{product.slug}/", {"goal": "Nieuw", "workshops": []}, format="json"
    )
    assert response.status_code == 400
    assert "workshops" in response.json()["errors"]
    assert _snapshot(product) == before


def test_a_network_editor_writes_a_product_for_any_werkplaats(noor, zeeland, handreiking):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_login(noor)
    body = {"title": "Van de redactie", "kind": "handreiking", "workshops": ["zeeland"]}
    response = client.post(LIST, body, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["workshops"] == ["zeeland"]

import pytest

from werkplaats.library import services
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory

from .factories import ProductFactory, kind

pytestmark = pytest.mark.django_db

LIST = "/api/v1/products/"
MARKER = "GEHEIM-CONCEPT-API"


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, django_assert_max_num_queries, count
):
    for _ in range(count):
        product = ProductFactory(workshops=[twente])
        product.makers.add(PersonFactory(is_public=True))
        services.record_adoption(product, OrganisationFactory())
    with django_assert_max_num_queries(14):
        response = client.get(LIST, {"page_size": 100})
    assert response.json()["count"] == count


def test_a_product_is_addressed_by_slug_with_what_it_builds_on():
    earlier = ProductFactory(title="Eerder werk", slug="eerder-werk")
    product = ProductFactory(slug="buurtcirkel", kind=kind("methodiek-interventie"))
    services.add_builds_on(product, earlier, note="verder gebouwd")
    from django.test import Client

    data = Client().get(f"{LIST}buurtcirkel/").json()
    assert data["kind"] == "methodiek-interventie"
    assert data["builds_on"] == [
        {"product": "eerder-werk", "title": "Eerder werk", "note": "verder gebouwd"}
    ]
    assert "id" not in data


def test_drafts_are_never_in_the_anonymous_api(client, cor, twente):
    draft = ProductFactory(title=MARKER, is_published=False, workshops=[twente])
    assert MARKER not in client.get(LIST).content.decode()
    assert client.get(f"{LIST}{draft.slug}/").status_code == 404
    client.force_login(cor)
    assert MARKER in client.get(LIST).content.decode()


def test_a_maker_without_consent_is_never_named(client):
    product = ProductFactory()
    product.makers.add(
        PersonFactory(given_name="Verborgen", family_name="Maker", is_public=False, email="v@x.nl")
    )
    body = client.get(f"{LIST}{product.slug}/").content.decode()
    assert "Verborgen" not in body
    assert "v@x.nl" not in body


def test_it_filters_and_refuses_unknown_values(client, twente):
    ProductFactory(title="Factsheet", kind=kind("factsheet"), workshops=[twente])
    ProductFactory(title="Rapport", kind=kind("rapport"))
    titles = [p["title"] for p in client.get(LIST, {"kind": "factsheet"}).json()["results"]]
    assert titles == ["Factsheet"]
    titles = [p["title"] for p in client.get(LIST, {"workshop": "twente"}).json()["results"]]
    assert titles == ["Factsheet"]
    assert client.get(LIST, {"kind": "onbekend"}).status_code == 400

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.library import services
from werkplaats.library.constants import RecognitionLevel
from werkplaats.library.readability import flesch_douma
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory

from .factories import ProductFactory, kind

pytestmark = pytest.mark.django_db

LIST = reverse("library:list")
MARKER = "GEHEIM-CONCEPT-7Q"


def _theme(slug="eenzaamheid"):
    return Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]


def _many(count, twente, zeeland):
    theme = _theme()
    for number in range(count):
        product = ProductFactory(workshops=[twente if number % 2 else zeeland])
        product.themes.add(theme)
        product.makers.add(PersonFactory(is_public=True))


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries, count
):
    _many(count, twente, zeeland)
    with django_assert_max_num_queries(8):
        response = client.get(LIST)
    assert response.status_code == 200


def test_the_list_filters_by_kind_theme_werkplaats_and_recognition_level(client, twente, zeeland):
    method = ProductFactory(
        title="Buurtcirkel Twente",
        kind=kind("methodiek-interventie"),
        recognition_level=RecognitionLevel.WELL_DESCRIBED,
        workshops=[twente],
    )
    method.themes.add(_theme())
    ProductFactory(title="Factsheet Zeeland", kind=kind("factsheet"), workshops=[zeeland])

    def titles(**params):
        page = client.get(LIST, params).context["page_obj"]
        return {product.title for product in page.object_list}

    assert titles() == {"Buurtcirkel Twente", "Factsheet Zeeland"}
    assert titles(kind="methodiek-interventie") == {"Buurtcirkel Twente"}
    assert titles(theme="eenzaamheid") == {"Buurtcirkel Twente"}
    assert titles(werkplaats="zeeland") == {"Factsheet Zeeland"}
    assert titles(recognition_level="well_described") == {"Buurtcirkel Twente"}
    assert titles(q="factsheet") == {"Factsheet Zeeland"}


def test_an_unknown_filter_value_is_a_message_not_an_error(client):
    response = client.get(LIST, {"kind": "bestaat-niet", "recognition_level": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_a_draft_is_never_on_public_pages(client, mila, otto, twente):
    draft = ProductFactory(title=MARKER, is_published=False, workshops=[twente])
    for user in (None, mila, otto):
        if user:
            client.force_login(user)
        assert MARKER not in client.get(LIST).content.decode()
        assert client.get(draft.get_absolute_url()).status_code == 404


def test_the_coordinator_sees_the_draft_of_their_werkplaats(client, cor, twente):
    draft = ProductFactory(title=MARKER, is_published=False, workshops=[twente])
    client.force_login(cor)
    assert MARKER in client.get(LIST).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_page_names_only_makers_who_consented(client):
    product = ProductFactory()
    product.makers.add(
        PersonFactory(given_name="Openbare", family_name="Maakster", is_public=True),
        PersonFactory(given_name="Verborgen", family_name="Maker", is_public=False),
    )
    body = client.get(product.get_absolute_url()).content.decode()
    assert "Openbare Maakster" in body
    assert "Verborgen" not in body


def test_the_page_shows_builds_on_adoptions_and_method_fields(client, twente, zeeland):
    earlier = ProductFactory(title="Oude handreiking Zeeland", workshops=[zeeland])
    product = ProductFactory(
        title="Buurtcirkel",
        kind=kind("methodiek-interventie"),
        working_elements="Bewoners steunen elkaar wekelijks.",
        workshops=[twente],
    )
    later = ProductFactory(title="Buurtcirkel voor jongeren")
    hidden = ProductFactory(title=MARKER, is_published=False)
    services.add_builds_on(product, earlier, note="Aangepast voor Twente")
    services.add_builds_on(later, product)
    services.add_builds_on(hidden, product)
    services.record_adoption(
        product, OrganisationFactory(name="Welzijn Oost"), experience="Minder eenzaamheid."
    )
    body = client.get(product.get_absolute_url()).content.decode()
    for text in (
        "Oude handreiking Zeeland",
        "Aangepast voor Twente",
        "Buurtcirkel voor jongeren",
        "Welzijn Oost",
        "Minder eenzaamheid.",
        "Bewoners steunen elkaar wekelijks.",
    ):
        assert text in body
    assert MARKER not in body


def test_a_draft_project_is_not_named_on_the_product_page(client, twente):
    project = ProjectFactory(title=MARKER, is_published=False, lead_workshop=twente)
    product = ProductFactory(project=project)
    assert MARKER not in client.get(product.get_absolute_url()).content.decode()


def test_related_work_suggests_visible_items_with_a_reason(client, twente, zeeland):
    theme = _theme()
    product = ProductFactory(title="Eenzaamheid bij ouderen aanpakken", workshops=[twente])
    product.themes.add(theme)
    other = ProductFactory(title="Eenzame ouderen in de wijk", workshops=[zeeland])
    other.themes.add(theme)
    draft = ProductFactory(title=MARKER, is_published=False, workshops=[zeeland])
    draft.themes.add(theme)
    project = ProjectFactory(title="Samen tegen eenzaamheid", is_published=True)
    project.themes.add(theme)
    response = client.get(product.get_absolute_url())
    related = {item.title: item for item in response.context["related"]}
    assert "Eenzame ouderen in de wijk" in related
    assert "Samen tegen eenzaamheid" in related
    assert MARKER not in response.content.decode()
    assert related["Eenzame ouderen in de wijk"].reason


def test_the_readability_is_shown_only_to_those_who_may_edit(client, cor, mila, twente):
    product = ProductFactory(
        summary="De implementatie van integrale ondersteuningsarrangementen vereist "
        "interprofessionele samenwerking.",
        workshops=[twente],
    )
    assert client.get(product.get_absolute_url()).context["readability"] is None
    client.force_login(mila)
    assert client.get(product.get_absolute_url()).context["readability"] is None
    client.force_login(cor)
    readability = client.get(product.get_absolute_url()).context["readability"]
    assert readability.above_b1
    assert "Flesch-Douma" in client.get(product.get_absolute_url()).content.decode()


def test_the_admin_change_form_shows_the_readability(client, noor):
    summary = (
        "De implementatie van integrale ondersteuningsarrangementen vereist "
        "interprofessionele samenwerking."
    )
    product = ProductFactory(summary=summary)
    client.force_login(noor)
    with translation.override("en"):
        url = reverse("admin:library_product_change", args=[product.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert str(flesch_douma(summary).score) in response.content.decode()
    assert "Harder than B1" in response.content.decode()

"""Editing the library in the site: who may create and edit which product, one page with every
field, links, files, what it builds on and who uses it; bad input saves nothing and keeps what
was typed; the readability of the summary for editors; publishing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from werkplaats.library import services
from werkplaats.library.constants import METHOD_KIND, RecognitionLevel
from werkplaats.library.models import Adoption, Product, ProductFile, ProductLink
from werkplaats.network.models import Municipality, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory

from .factories import ProductFactory, kind
from .test_files import HTML, PDF

pytestmark = pytest.mark.django_db

CREATE = reverse("library:create")
HARD = (
    "De implementatie van interdisciplinaire samenwerkingsverbanden vereist organisatorische "
    "randvoorwaarden, professionaliseringsactiviteiten en intersectorale afstemmingsprocessen "
    "tussen gemeentelijke beleidsmedewerkers en maatschappelijke organisaties."
)
EASY = "Wij gaan naar de buurt. Wij praten met de mensen. Zo zijn ze minder alleen."


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings.PRIVATE_MEDIA_ROOT


def management(prefix: str, total: int = 0, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def post_data(workshops, **fields) -> dict:
    """A complete, valid submission of the form for a new guide, with empty rows."""
    data = {
        "title": "Handreiking buurtcirkels",
        "summary": EASY,
        "kind": "handreiking",
        "date": "2025-03-01",
        "licence": "CC-BY-4.0",
        "workshops": [w.pk for w in workshops],
        "recognition_level": RecognitionLevel.NOT_ASSESSED,
        **management("links", 1),
        **management("files"),
        **management("uploads", 2),
        **management("builds_on", 1),
        **management("adoptions", 1),
    }
    data.update(fields)
    return data


def _page(client, user, address):
    if user:
        client.force_login(user)
    return client.get(address)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("visitor", 302),
        ("member", 403),
        ("coordinator", 200),
        ("outsider", 200),
        ("network_editor", 200),
        ("administrator", 200),
    ],
)
def test_who_may_open_the_new_product_page(client, named_users, who, status):
    kind()
    assert _page(client, named_users[who], CREATE).status_code == status


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("visitor", 302),
        ("member", 403),
        ("coordinator", 200),
        ("outsider", 403),
        ("network_editor", 200),
        ("administrator", 200),
    ],
)
def test_who_may_edit_a_product_of_twente(client, named_users, twente, who, status):
    product = ProductFactory(is_published=False, workshops=[twente])
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    assert _page(client, named_users[who], edit).status_code == status
    if status != 200:
        client.post(edit, post_data([twente], title="Overgenomen"))
        product.refresh_from_db()
        assert product.title != "Overgenomen"


def test_a_member_cannot_create_a_product_by_posting(client, mila, twente):
    client.force_login(mila)
    assert client.post(CREATE, post_data([twente])).status_code == 403
    assert not Product.objects.exists()


def test_a_coordinator_creates_a_method_with_everything_on_one_page(client, cor, twente):
    kind(METHOD_KIND)
    earlier = ProductFactory(title="Eerdere werkwijze uit Zeeland")
    theme = Theme.objects.get_or_create(slug="eenzaamheid", defaults={"name": "Eenzaamheid"})[0]
    maker = PersonFactory(given_name="Sanne", family_name="Bos")
    project = ProjectFactory(lead_workshop=twente)
    organisation = OrganisationFactory(name="Welzijn Enschede")
    municipality = Municipality.objects.order_by("name").first()
    client.force_login(cor)
    data = post_data(
        [twente],
        kind=METHOD_KIND,
        themes=[theme.pk],
        makers=[maker.pk],
        project=project.pk,
        goal="Minder eenzaamheid bij ouderen.",
        target_group_final="Ouderen in de wijk",
        approach="Huisbezoeken en een wekelijkse buurtcirkel.",
        recognition_level=RecognitionLevel.WELL_DESCRIBED,
        **{
            "links-0-label": "Filmpje",
            "links-0-url": "www.example.org/film",
            "uploads-0-file": SimpleUploadedFile("Werkwijze.pdf", PDF, "application/pdf"),
            "uploads-0-title": "De werkwijze",
            "builds_on-0-source": earlier.slug,
            "builds_on-0-note": "We namen de huisbezoeken over.",
            "adoptions-0-organisation": organisation.pk,
            "adoptions-0-municipality": municipality.pk,
            "adoptions-0-since": "2025-06-01",
            "adoptions-0-experience": "Loopt goed.",
        },
    )
    response = client.post(CREATE, data)
    product = Product.objects.get(title="Handreiking buurtcirkels")
    assert response.status_code == 302
    assert response["Location"] == reverse("library:edit", kwargs={"slug": product.slug})
    assert not product.is_published
    assert product.is_method and product.goal and product.recognition_level == "well_described"
    assert list(product.workshops.all()) == [twente]
    assert list(product.themes.all()) == [theme]
    assert list(product.makers.all()) == [maker]
    assert product.project == project
    assert ProductLink.objects.get(product=product).url == "https://www.example.org/film"
    assert product.files.get().title == "De werkwijze"
    link = product.builds_on.get()
    assert (link.source, link.note) == (earlier, "We namen de huisbezoeken over.")
    adoption = product.adoptions.get()
    assert (adoption.organisation, adoption.municipality) == (organisation, municipality)


def test_a_method_needs_its_goal_target_group_and_approach(client, cor, twente):
    kind(METHOD_KIND)
    client.force_login(cor)
    response = client.post(CREATE, post_data([twente], kind=METHOD_KIND))
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"goal", "target_group_final", "approach"}
    assert not Product.objects.exists()


def test_the_edit_page_shows_the_products_own_kind(client, cor, twente):
    product = ProductFactory(workshops=[twente], kind=kind(METHOD_KIND))
    kind("factsheet")
    client.force_login(cor)
    page = client.get(reverse("library:edit", kwargs={"slug": product.slug}))
    assert f'<option value="{METHOD_KIND}" selected>' in page.content.decode()


def test_a_guide_does_not_need_the_method_fields(client, cor, twente):
    kind()
    client.force_login(cor)
    assert client.post(CREATE, post_data([twente])).status_code == 302


def test_a_coordinator_only_picks_their_own_werkplaatsen(client, cor, twente, zeeland):
    kind()
    client.force_login(cor)
    page = client.get(CREATE)
    assert list(page.context["form"].fields["workshops"].queryset) == [twente]
    response = client.post(CREATE, post_data([zeeland]))
    assert response.status_code == 400
    assert "workshops" in response.context["form"].errors
    assert not Product.objects.exists()


def test_a_network_editor_picks_any_werkplaats(client, noor, twente, zeeland):
    kind()
    client.force_login(noor)
    assert client.post(CREATE, post_data([twente, zeeland])).status_code == 302
    assert Product.objects.get().workshops.count() == 2


def test_editing_a_joint_product_keeps_the_other_werkplaats(client, cor, twente, zeeland):
    product = ProductFactory(workshops=[twente, zeeland])
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    assert "Zeeland" in client.get(edit).content.decode()
    response = client.post(edit, post_data([twente], title="Nieuwe titel"))
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.title == "Nieuwe titel"
    assert set(product.workshops.all()) == {twente, zeeland}


def test_editing_keeps_makers_the_editor_may_not_see(client, cor, twente):
    product = ProductFactory(workshops=[twente])
    hidden = PersonFactory(is_public=False, given_name="Verborgen")
    product.makers.add(hidden)
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    assert "Verborgen" not in client.get(edit).content.decode()
    assert client.post(edit, post_data([twente])).status_code == 302
    assert list(product.makers.all()) == [hidden]


def test_a_product_cannot_build_on_itself_or_in_a_circle(client, cor, twente):
    product = ProductFactory(workshops=[twente])
    later = ProductFactory()
    services.add_builds_on(later, product)
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    form = client.get(edit).context["editor"].builds_on.forms[0]
    assert product not in form.fields["source"].queryset

    response = client.post(
        edit, post_data([twente], title="Niet opgeslagen", **{"builds_on-0-source": later.slug})
    )
    assert response.status_code == 400
    errors = response.context["editor"].builds_on.forms[0].errors["source"]
    assert "circle" in errors[0] or "cirkel" in errors[0]
    product.refresh_from_db()
    assert product.title != "Niet opgeslagen"
    assert not product.builds_on.exists()


def test_choosing_the_same_earlier_product_twice_is_a_message(client, cor, twente):
    earlier = ProductFactory()
    kind()
    client.force_login(cor)
    data = post_data([twente], **management("builds_on", 2))
    data.update({"builds_on-0-source": earlier.slug, "builds_on-1-source": earlier.slug})
    response = client.post(CREATE, data)
    assert response.status_code == 400
    assert list(Product.objects.all()) == [earlier]


def test_a_refused_upload_saves_nothing_and_keeps_what_was_typed(
    client, cor, twente, private_media
):
    kind()
    client.force_login(cor)
    data = post_data(
        [twente],
        title="Mijn zorgvuldig getypte titel",
        **{
            "links-0-label": "Website",
            "links-0-url": "https://example.org",
            "uploads-0-file": SimpleUploadedFile("handreiking.pdf", HTML, "application/pdf"),
        },
    )
    response = client.post(CREATE, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Mijn zorgvuldig getypte titel" in body and "https://example.org" in body
    assert response.context["editor"].uploads.forms[0].errors["file"]
    assert response.context["editor"].had_uploads  # asks to choose the file again
    assert not Product.objects.exists() and not ProductLink.objects.exists()
    assert not any(p.is_file() for p in private_media.rglob("*"))


def test_a_file_over_the_limit_is_a_message_and_nothing_is_saved(
    client, cor, twente, settings, private_media
):
    settings.LIBRARY_MAX_UPLOAD_MB = 1
    product = ProductFactory(workshops=[twente])
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    big = SimpleUploadedFile("groot.pdf", PDF + b"0" * (1024 * 1024), "application/pdf")
    response = client.post(edit, post_data([twente], title="Anders", **{"uploads-0-file": big}))
    assert response.status_code == 400
    with translation.override("en"):
        assert "at most 1" in str(response.context["editor"].uploads.forms[0].errors["file"])
    product.refresh_from_db()
    assert product.title != "Anders" and not product.files.exists()
    assert not any(p.is_file() for p in private_media.rglob("*"))


def test_files_are_renamed_and_removed_on_the_edit_page(
    client, cor, twente, django_capture_on_commit_callbacks
):
    product = ProductFactory(workshops=[twente])
    keep = services.attach_file(product, SimpleUploadedFile("a.pdf", PDF))
    drop = services.attach_file(product, SimpleUploadedFile("b.pdf", PDF))
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    data = post_data([twente], **management("files", 2, 2))
    data.update(
        {
            "files-0-id": keep.pk,
            "files-0-title": "Hernoemd",
            "files-1-id": drop.pk,
            "files-1-title": drop.title,
            "files-1-DELETE": "on",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, data).status_code == 302
    assert list(product.files.values_list("title", flat=True)) == ["Hernoemd"]
    assert not ProductFile.objects.filter(pk=drop.pk).exists()
    assert not drop.file.storage.exists(drop.file.name)


def test_links_and_adoptions_are_changed_and_removed(client, noor, twente):
    product = ProductFactory(workshops=[twente])
    link = ProductLink.objects.create(product=product, url="https://a.example", label="Oud")
    adoption = services.record_adoption(product, OrganisationFactory())
    client.force_login(noor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    data = post_data([twente], **management("links", 2, 1), **management("adoptions", 2, 1))
    data.update(
        {
            "links-0-id": link.pk,
            "links-0-label": "Nieuw label",
            "links-0-url": "https://a.example",
            "adoptions-0-id": adoption.pk,
            "adoptions-0-organisation": adoption.organisation_id,
            "adoptions-0-DELETE": "on",
        }
    )
    assert client.post(edit, data).status_code == 302
    assert list(product.links.values_list("label", flat=True)) == ["Nieuw label"]
    assert not Adoption.objects.exists()


def test_editors_see_the_readability_warning_next_to_the_summary_live_on_save(client, cor, twente):
    product = ProductFactory(workshops=[twente], summary=EASY)
    client.force_login(cor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    page = client.get(edit)
    assert not page.context["readability"].above_b1
    assert 'class="readability-warning"' not in page.content.decode()

    # Re-rendered with what was typed, even when something else is wrong.
    response = client.post(edit, post_data([twente], summary=HARD, title=""))
    assert response.status_code == 400
    assert response.context["readability"].above_b1
    assert 'class="readability-warning"' in response.content.decode()


def test_visitors_never_see_the_readability_score(client, cor, twente):
    product = ProductFactory(workshops=[twente], summary=HARD)
    assert 'id="readability' not in client.get(product.get_absolute_url()).content.decode()
    client.force_login(cor)
    assert 'id="readability' in client.get(product.get_absolute_url()).content.decode()


def test_a_coordinator_publishes_and_unpublishes(client, cor, twente):
    product = ProductFactory(is_published=False, workshops=[twente])
    publish = reverse("library:publish", kwargs={"slug": product.slug})
    assert client.post(publish, {"publish": "1"}).status_code == 302  # to the login page
    product.refresh_from_db()
    assert not product.is_published
    client.force_login(cor)
    assert client.get(publish).status_code == 405
    client.post(publish, {"publish": "1"})
    product.refresh_from_db()
    assert product.is_published
    client.post(publish, {"publish": "0"})
    product.refresh_from_db()
    assert not product.is_published


def test_the_outsider_cannot_publish_twentes_draft(client, otto, twente):
    product = ProductFactory(is_published=False, workshops=[twente])
    client.force_login(otto)
    publish = reverse("library:publish", kwargs={"slug": product.slug})
    assert client.post(publish, {"publish": "1"}).status_code == 403
    product.refresh_from_db()
    assert not product.is_published


def test_the_product_page_lists_files_and_links_and_offers_editing_to_editors(client, cor, twente):
    product = ProductFactory(workshops=[twente])
    item = services.attach_file(product, SimpleUploadedFile("Werkwijze.pdf", PDF), "Werkwijze")
    ProductLink.objects.create(product=product, url="https://example.org/v", label="Video")
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    body = client.get(product.get_absolute_url()).content.decode()
    assert item.get_absolute_url() in body and "PDF" in body and "Video" in body
    assert edit not in body
    client.force_login(cor)
    assert edit in client.get(product.get_absolute_url()).content.decode()


def test_the_list_offers_a_new_product_only_to_who_may_create(client, mila, cor):
    assert CREATE not in client.get(reverse("library:list")).content.decode()
    client.force_login(mila)
    assert CREATE not in client.get(reverse("library:list")).content.decode()
    client.force_login(cor)
    assert CREATE in client.get(reverse("library:list")).content.decode()


def test_a_product_called_new_does_not_hide_behind_the_new_page(twente):
    product = services.create_product(title="Nieuw", kind=kind(), workshops=[twente])
    assert product.slug != "nieuw"


@pytest.mark.parametrize("rows", [1, 12])
def test_the_edit_page_reads_a_constant_number_of_queries(
    client, noor, twente, django_assert_max_num_queries, rows
):
    product = ProductFactory(workshops=[twente])
    for number in range(rows):
        services.attach_file(product, SimpleUploadedFile(f"{number}.pdf", PDF))
        ProductLink.objects.create(product=product, url="https://example.org", label=str(number))
        services.record_adoption(product, OrganisationFactory())
        services.add_builds_on(product, ProductFactory())
        product.makers.add(PersonFactory())
    client.force_login(noor)
    edit = reverse("library:edit", kwargs={"slug": product.slug})
    with django_assert_max_num_queries(26):
        response = client.get(edit)
    assert response.status_code == 200
    assert len(response.context["editor"].adoptions.forms) == rows + 1


def test_set_builds_on_makes_the_links_exactly_those_given():
    product, first, second = ProductFactory(), ProductFactory(), ProductFactory()
    services.add_builds_on(product, first, note="oud")
    services.set_builds_on(product, [(second, "nieuw")])
    assert [(link.source, link.note) for link in product.builds_on.all()] == [(second, "nieuw")]
    services.set_builds_on(product, [])
    assert not product.builds_on.exists()


def test_update_product_leaves_relations_it_is_not_given(twente, zeeland):
    product = ProductFactory(workshops=[twente])
    services.update_product(product, title="Anders")
    assert list(product.workshops.all()) == [twente]
    services.update_product(product, workshops=[zeeland])
    assert list(product.workshops.all()) == [zeeland]

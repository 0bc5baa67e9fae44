import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.constants import PublicationType
from werkplaats.publications.models import Publication

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db

LIST = reverse("publications:list")
MARKER = "GEHEIM-CONCEPT-PUB-7Q"


def _theme(slug="eenzaamheid"):
    return Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]


def _many(count, twente, zeeland):
    theme = _theme()
    for number in range(count):
        publication = PublicationFactory(
            workshops=[twente if number % 2 else zeeland],
            authors=[PersonFactory(is_public=number % 3 > 0), ("Extern", "Eva")],
        )
        publication.themes.add(theme)
        publication.projects.add(ProjectFactory(lead_workshop=twente))


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_reads_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries, count
):
    _many(count, twente, zeeland)
    with django_assert_max_num_queries(12):
        response = client.get(LIST)
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == count


@pytest.mark.parametrize("count", [2, 30])
def test_the_export_of_a_list_reads_a_constant_number_of_queries(
    client, twente, zeeland, django_assert_max_num_queries, count
):
    _many(count, twente, zeeland)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("publications:export", args=["bib"]))
    assert response.content.decode().count("@article{") == count


def test_the_list_filters_by_type_theme_werkplaats_year_and_words(client, twente, zeeland):
    article = PublicationFactory(title="Ouderen en eenzaamheid", year=2023, workshops=[twente])
    article.themes.add(_theme())
    PublicationFactory(
        title="Rapport bestaanszekerheid Zeeland",
        publication_type=PublicationType.REPORT,
        year=2021,
        workshops=[zeeland],
    )

    def titles(**params):
        return {p.title for p in client.get(LIST, params).context["page_obj"].object_list}

    both = {"Ouderen en eenzaamheid", "Rapport bestaanszekerheid Zeeland"}
    assert titles() == both
    assert titles(type="report") == {"Rapport bestaanszekerheid Zeeland"}
    assert titles(theme="eenzaamheid") == {"Ouderen en eenzaamheid"}
    assert titles(werkplaats="zeeland") == {"Rapport bestaanszekerheid Zeeland"}
    assert titles(year="2023") == {"Ouderen en eenzaamheid"}
    assert titles(q="EENZAAMHÉID") == {"Ouderen en eenzaamheid"}


def test_an_unknown_filter_value_is_a_message_not_an_error(client):
    response = client.get(LIST, {"type": "gedicht", "year": "1066", "theme": "x"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"type", "year", "theme"}


def test_the_page_shows_citation_doi_link_authors_and_links(client, twente):
    project = ProjectFactory(lead_workshop=twente, title="Samen tegen eenzaamheid")
    draft_project = ProjectFactory(lead_workshop=twente, title=MARKER, is_published=False)
    person = PersonFactory(given_name="Piet", family_name="Vries", is_public=True)
    publication = PublicationFactory(
        doi="10.99999/wsd.7", workshops=[twente], authors=[person, ("Bakker", "An")]
    )
    publication.projects.add(project, draft_project)

    body = client.get(publication.get_absolute_url()).content.decode()

    assert 'href="https://doi.org/10.99999/wsd.7"' in body
    assert 'class="citation"' in body and "Vries, P., &amp; Bakker, A. (2024)" in body
    assert person.get_absolute_url() in body
    assert project.get_absolute_url() in body
    assert twente.get_absolute_url() in body
    assert MARKER not in body


def test_a_draft_is_never_on_public_pages_or_exports(client, mila, otto, twente):
    draft = PublicationFactory(title=MARKER, is_published=False, workshops=[twente])
    for user in (None, mila, otto):
        if user:
            client.force_login(user)
        assert MARKER not in client.get(LIST).content.decode()
        for fmt in ("bib", "ris", "json"):
            assert (
                MARKER
                not in client.get(reverse("publications:export", args=[fmt])).content.decode()
            )
            one = reverse("publications:export_one", args=[draft.slug, fmt])
            assert client.get(one).status_code == 404
        assert client.get(draft.get_absolute_url()).status_code == 404


def test_the_coordinator_sees_the_draft_of_their_werkplaats(client, cor, twente):
    draft = PublicationFactory(title=MARKER, is_published=False, workshops=[twente])
    client.force_login(cor)
    assert MARKER in client.get(LIST).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_exports_of_one_publication_have_their_content_types(client):
    publication = PublicationFactory()
    expected = {
        "bib": "application/x-bibtex",
        "ris": "application/x-research-info-systems",
        "json": "application/vnd.citationstyles.csl+json",
    }
    for fmt, content_type in expected.items():
        response = client.get(reverse("publications:export_one", args=[publication.slug, fmt]))
        assert response.status_code == 200
        assert response["Content-Type"].startswith(content_type)


RIS = "TY  - RPRT\nTI  - Geïmporteerd rapport\nAU  - Smit, Karin\nPY  - 2022\nER  -\n"


@pytest.mark.parametrize("who, status", [("mila", 403), ("cor", 200), ("noor", 200)])
def test_coordinators_and_network_editors_may_import(client, request, twente, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("publications:import")).status_code == status


def test_a_visitor_is_asked_to_log_in_to_import(client):
    response = client.get(reverse("publications:import"))
    assert response.status_code == 302


def test_a_coordinator_imports_a_file_into_their_werkplaats_only(client, cor, twente, zeeland):
    client.force_login(cor)
    url = reverse("publications:import")

    refused = client.post(
        url, {"file": SimpleUploadedFile("a.ris", RIS.encode()), "workshop": "zeeland"}
    )
    assert refused.status_code == 400
    assert not Publication.objects.exists()

    response = client.post(
        url, {"file": SimpleUploadedFile("a.ris", RIS.encode()), "workshop": "twente"}
    )
    assert response.status_code == 200
    publication = Publication.objects.get()
    assert list(publication.workshops.all()) == [twente]
    assert publication.title in response.content.decode()


def test_a_malformed_upload_is_one_message_and_nothing_changes(client, cor, twente):
    client.force_login(cor)
    response = client.post(
        reverse("publications:import"),
        {"file": SimpleUploadedFile("a.bib", b"@article{x, title = {kapot"), "workshop": "twente"},
    )
    assert response.status_code == 400
    assert response.context["error"]
    assert not Publication.objects.exists()


def test_a_duplicate_of_another_werkplaatss_draft_is_not_revealed(client, cor, twente, zeeland):
    PublicationFactory(
        title="Geïmporteerd rapport",
        year=2022,
        slug=MARKER.lower(),
        is_published=False,
        workshops=[zeeland],
    )
    client.force_login(cor)
    response = client.post(
        reverse("publications:import"),
        {"file": SimpleUploadedFile("a.ris", RIS.encode()), "workshop": "twente"},
    )
    assert response.status_code == 200
    assert len(response.context["result"].duplicates) == 1
    assert MARKER.lower() not in response.content.decode()

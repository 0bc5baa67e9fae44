import pytest
from django.core.exceptions import ValidationError

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.publications import services
from werkplaats.publications.models import Authorship, DeletedPublication, Publication
from werkplaats.publications.validators import (
    isbn13_check_digit,
    issn_check_digit,
    normalise_doi,
    validate_doi,
    validate_isbn,
    validate_issn,
    validate_language,
)

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "value",
    [
        "https://doi.org/10.99999/abc",
        "doi:10.99999/abc",
        "http://dx.doi.org/10.99999/abc",
        " 10.99999/abc ",
    ],
)
def test_it_stores_a_doi_without_its_prefix(value):
    assert normalise_doi(value) == "10.99999/abc"
    validate_doi(value)


@pytest.mark.parametrize("value", ["10.9/abc", "11.99999/abc", "https://example.org/10.99999", ""])
def test_it_rejects_what_is_no_doi(value):
    with pytest.raises(ValidationError):
        validate_doi(value)


def test_it_checks_the_check_digits_of_isbn_and_issn():
    check = isbn13_check_digit("978904461234")
    validate_isbn(f"978-90-446-1234-{check}")
    validate_isbn("0-306-40615-2")
    validate_issn("0317-847" + issn_check_digit("0317847"))
    validate_issn("2049-3630")
    for wrong in (f"978-90-446-1234-{(int(check) + 1) % 10}", "0-306-40615-3", "12345"):
        with pytest.raises(ValidationError):
            validate_isbn(wrong)
    for wrong in ("0317-8472", "1234"):
        with pytest.raises(ValidationError):
            validate_issn(wrong)


def test_it_accepts_only_iso_639_1_languages():
    validate_language("nl")
    validate_language("fy")
    for wrong in ("NL", "dutch", "nld", ""):
        with pytest.raises(ValidationError):
            validate_language(wrong)


def test_authors_keep_their_order_with_registry_people_and_external_names():
    person = PersonFactory(given_name="Piet", family_name="Vries", is_public=True)
    publication = services.create_publication(
        title="Samen leren in de wijk",
        year=2024,
        authors=[
            services.AuthorInput("Bakker", "An", orcid="https://orcid.org/0000-0002-1825-0097"),
            services.author_from_person(person),
        ],
    )
    rows = list(publication.authorships.all())
    assert [(a.position, a.display_name) for a in rows] == [(1, "An Bakker"), (2, "Piet Vries")]
    assert rows[0].orcid == "0000-0002-1825-0097"
    assert rows[1].family_name == ""  # the registry holds the name: never copied


def test_a_registry_person_who_did_not_consent_is_stored_as_a_link_never_as_a_name():
    hidden = PersonFactory(
        given_name="Sanne", family_name_prefix="van", family_name="Dijk", is_public=False
    )
    publication = services.create_publication(
        title="Rapport over armoede",
        year=2022,
        # A file names her: the name is recognised, and only the link is kept.
        authors=[services.AuthorInput("van Dijk", "Sanne"), services.AuthorInput("Open", "Els")],
    )
    hidden_row, open_row = publication.authorships.all()
    assert hidden_row.person == hidden
    assert (hidden_row.family_name, hidden_row.given_name) == ("", "")
    assert not hidden_row.is_named
    assert hidden_row.display_name == ""
    assert open_row.is_named
    assert "dijk" not in publication.search_text


def test_a_registry_person_is_recognised_by_orcid():
    person = PersonFactory(orcid="0000-0002-1825-0097", is_public=False)
    author = services.AuthorInput("Anders Gespeld", "X", orcid="0000-0002-1825-0097")
    assert services.match_registry_person(author) == person


def test_an_author_needs_a_person_or_a_family_name():
    publication = PublicationFactory()
    with pytest.raises(ValidationError):
        Authorship(publication=publication, position=1).full_clean()


def test_withdrawing_a_public_publication_leaves_a_tombstone_until_it_is_published_again(twente):
    publication = PublicationFactory(workshops=[twente])
    assert not DeletedPublication.objects.exists()

    services.unpublish_publication(publication)
    tombstone = DeletedPublication.objects.get(uuid=publication.uuid)
    assert tombstone.workshops == ["twente"]

    services.publish_publication(publication)
    assert not DeletedPublication.objects.exists()

    uuid = publication.uuid
    publication.delete()
    assert DeletedPublication.objects.filter(uuid=uuid).exists()


def test_a_draft_that_was_never_public_leaves_no_tombstone():
    draft = PublicationFactory(is_published=False, published_at=None)
    draft.title = "Anders"
    draft.save()
    draft.delete()
    assert not DeletedPublication.objects.exists()


def test_duplicates_are_found_by_doi_and_by_title_and_year():
    existing = PublicationFactory(title="Wat werkt bij eenzaamheid?", year=2020, doi="10.99999/a.1")
    assert services.find_duplicate(doi="https://doi.org/10.99999/A.1") == existing
    assert services.find_duplicate(title="  wat WERKT bij eenzaamheid ", year=2020) == existing
    assert services.find_duplicate(title="Wat werkt bij eenzaamheid?", year=2021) is None
    assert services.find_duplicate() is None


def test_a_doi_is_recorded_once():
    PublicationFactory(doi="10.99999/same")
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        PublicationFactory(doi="https://doi.org/10.99999/same")
    assert Publication.objects.count() == 1

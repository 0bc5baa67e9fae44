"""Importing BibTeX and RIS: all or nothing, duplicates reported, bad files refused in one line."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.publications.exports import to_bibtex, to_ris
from werkplaats.publications.importing import ImportFileError, import_publications, read_file
from werkplaats.publications.models import Publication

from .factories import PublicationFactory


@pytest.fixture(autouse=True)
def _english():
    """The messages are read in English here (the Dutch catalogue translates them)."""
    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db

BIBTEX = r"""
@article{jansen2023,
  title = {Eenzaamheid onder ouderen in Enschede},
  author = {Jansen, Mila and de Vries, Piet},
  year = {2023},
  journal = {Tijdschrift voor Sociale Vraagstukken},
  volume = {12}, number = {3}, pages = {45--67},
  doi = {https://doi.org/10.99999/tsv.2023.3},
  language = {dutch},
}
@techreport{saxion2021,
  title = {Bestaanszekerheid in Twente: een verkenning},
  author = {Bakker, An},
  institution = {Saxion},
  year = {2021},
}
@book{boek2020,
  title = {Sociaal werk in de wijk},
  author = {M{\"u}ller, J{\"o}rg},
  publisher = {Boom},
  isbn = {0-306-40615-2},
  year = {2020},
}
"""

RIS = """TY  - JOUR
TI  - Wijkteams en eenzaamheid
AU  - Smit, Karin
AU  - Visser, Joost
PY  - 2022
T2  - Journal of Social Intervention
DO  - 10.99999/jsi.2022.7
SP  - 1
EP  - 12
SN  - 2049-3630
LA  - en
ER  -

TY  - RPRT
TI  - Armoede en schulden in Zeeland
AU  - Dekker, Femke
PY  - 2019
PB  - HZ University of Applied Sciences
ER  -
"""


def test_it_imports_a_bibtex_file_for_a_werkplaats(twente):
    result = import_publications(BIBTEX, workshop=twente, fmt="bib")

    assert len(result.created) == 3
    article = Publication.objects.get(doi="10.99999/tsv.2023.3")
    assert article.publication_type == "article"
    assert article.language == "nl"
    assert article.pages == "45-67"
    assert [a.display_name for a in article.authorships.all()] == ["Mila Jansen", "Piet de Vries"]
    assert list(article.workshops.all()) == [twente]
    assert not article.is_published  # drafts, to check first
    assert (
        Publication.objects.get(title="Bestaanszekerheid in Twente: een verkenning").publisher
        == "Saxion"
    )
    book = Publication.objects.get(publication_type="book")
    assert book.authorships.get().display_name == "Jörg Müller"


def test_it_imports_a_ris_file(zeeland):
    result = import_publications(RIS, workshop=zeeland, filename="lijst.ris", publish=True)

    assert len(result.created) == 2
    article = Publication.objects.get(doi="10.99999/jsi.2022.7")
    assert (article.pages, article.issn, article.language) == ("1-12", "2049-3630", "en")
    assert article.is_published
    assert Publication.objects.get(publication_type="report").publisher.startswith("HZ")


def test_duplicates_by_doi_and_by_title_and_year_are_reported_not_imported_twice(twente):
    PublicationFactory(doi="10.99999/TSV.2023.3", title="Iets anders")
    PublicationFactory(title="Bestaanszekerheid in Twente - een verkenning!", year=2021)

    again = BIBTEX.replace("jansen2023", "k1").replace("saxion2021", "k2").replace("boek2020", "k3")
    result = import_publications(BIBTEX + again, workshop=twente, fmt="bib")

    assert [p.title for p in result.created] == ["Sociaal werk in de wijk"]
    reasons = [(d.title, str(d.reason)) for d in result.duplicates]
    assert len(reasons) == 5
    assert ("Eenzaamheid onder ouderen in Enschede", "same DOI") in reasons
    assert ("Bestaanszekerheid in Twente: een verkenning", "same title and year") in reasons
    assert ("Sociaal werk in de wijk", "twice in this file") in reasons


def test_importing_the_same_file_again_changes_nothing(twente):
    import_publications(RIS, workshop=twente, fmt="ris")
    again = import_publications(RIS, workshop=twente, fmt="ris")
    assert again.created == []
    assert len(again.duplicates) == 2
    assert Publication.objects.count() == 2


ALONE = {"neither a BibTeX nor a RIS", "no entries"}


@pytest.mark.parametrize(
    "text, fmt, message",
    [
        ("@article{x, title = {Open, year = 2020}\n@book{y,", "bib", "cannot be read at line 25"),
        ("Dit is geen bibliografie", None, "neither a BibTeX nor a RIS"),
        ("% alleen commentaar\n", "bib", "no entries"),
        ("TY  - JOUR\nTI  - Zonder einde\n", "ris", "no end"),
        ("TY  - JOUR\nTI  - A\nTY  - BOOK\nER  - \n", "ris", "starts a record before"),
        ("zomaar tekst\nTY  - JOUR\nER  - \n", "ris", "outside any record"),
        ("@article{x, title={Goed}, doi={geen-doi}, year={2020}}", "bib", "DOI"),
        ("@book{x, title={Goed}, isbn={978-90-446-1234-0}, year={2020}}", "bib", "check digit"),
        ("@article{x, author={A, B}, year={2020}}", "bib", "no title"),
        ("@article{x, title={T}, language={klingon}}", "bib", "ISO 639-1"),
        ("@article{jansen2023, title={T}}", "bib", "key jansen2023 twice"),
        ("@article{y, title={T}, title={U}}", "bib", "field title twice"),
    ],
)
def test_a_malformed_file_gets_one_clear_message_and_changes_nothing(twente, text, fmt, message):
    PublicationFactory(title="Bestond al")
    # After valid records, so that "nothing changed" also means they were not saved.
    valid_first = "" if message in ALONE else RIS if fmt == "ris" else BIBTEX
    with pytest.raises(ImportFileError) as failure:
        import_publications(valid_first + "\n" + text if fmt else text, workshop=twente, fmt=fmt)
    assert message.lower() in str(failure.value).lower()
    assert "\n" not in str(failure.value)
    assert list(Publication.objects.values_list("title", flat=True)) == ["Bestond al"]


def test_exports_import_back_to_the_same_metadata():
    original = PublicationFactory(
        title="Eenzaamheid & ouderen: 50% voelt zich alleen",
        doi="10.99999/wsd.1",
        issn="2049-3630",
        language="en",
        authors=[("Çelik", "Ayşe"), ("de Boer", "Jan")],
    )
    for export in (to_bibtex, to_ris):
        (record,) = read_file(export([original]), None)
        fields = record.fields
        assert fields["title"] == original.title
        assert (fields["year"], fields["doi"], fields["issn"]) == (
            2024,
            "10.99999/wsd.1",
            "2049-3630",
        )
        assert (fields["journal"], fields["volume"], fields["issue"], fields["pages"]) == (
            original.journal,
            "33",
            "2",
            "45-67",
        )
        assert fields["language"] == "en"
        assert fields["publication_type"] == "article"
        assert [(a.family_name, a.given_name) for a in record.authors] == [
            ("Çelik", "Ayşe"),
            ("de Boer", "Jan"),
        ]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_no_text_makes_the_reader_fail_other_than_with_a_message(text):
    for fmt in ("bib", "ris", None):
        try:
            read_file(text, fmt)
        except ImportFileError as error:
            assert str(error)


def test_the_command_imports_and_fails_in_one_line(tmp_path, twente, capsys):
    path = tmp_path / "lijst.ris"
    path.write_text(RIS)
    call_command("import_publications", str(path), "--workshop", "twente")
    assert "Imported 2" in capsys.readouterr().out or Publication.objects.count() == 2

    broken = tmp_path / "kapot.bib"
    broken.write_text("@article{x, title = {Open")
    with pytest.raises(CommandError) as failure:
        call_command("import_publications", str(broken), "--workshop", "twente")
    assert "\n" not in str(failure.value)
    with pytest.raises(CommandError):
        call_command("import_publications", str(path), "--workshop", "bestaat-niet")
    assert Publication.objects.count() == 2


def test_an_imported_author_who_is_a_person_without_consent_is_linked_not_named(twente):
    hidden = PersonFactory(given_name="Mila", family_name="Jansen", is_public=False)
    import_publications(BIBTEX, workshop=twente, fmt="bib", publish=True)
    article = Publication.objects.get(doi="10.99999/tsv.2023.3")
    first = article.authorships.first()
    assert first.person == hidden
    assert not first.is_named

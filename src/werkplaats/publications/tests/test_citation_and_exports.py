import json

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from django.utils import translation

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.publications.citation import apa_html, apa_text, csl_item
from werkplaats.publications.constants import PublicationType
from werkplaats.publications.exports import to_bibtex, to_csl_json, to_ris

from .factories import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    author = PersonFactory(
        given_name="Piet", family_name_prefix="de", family_name="Vries", is_public=True
    )
    return PublicationFactory(
        title="Eenzaamheid onder ouderen: wat werkt in de wijk?",
        year=2023,
        doi="https://doi.org/10.99999/wsd.2023.0042",
        issn="0317-8471",
        abstract="Wijkcoaches en ouderen zochten samen naar wat helpt.",
        language="nl",
        url="https://example.org/eenzaamheid",
        authors=[("Jansen", "Mila"), author, ("Çelik", "Ayşe")],
    )


def test_the_apa_citation_names_authors_year_journal_and_doi(article):
    with translation.override("en"):
        text = apa_text(article)
    assert text == (
        "Jansen, M., de Vries, P., & Çelik, A. (2023). Eenzaamheid onder ouderen: wat werkt in de "
        "wijk? Journal of Social Intervention: Theory and Practice, 33(2), 45–67. "
        "https://doi.org/10.99999/wsd.2023.0042"
    )


def test_the_html_citation_escapes_what_people_typed():
    publication = PublicationFactory(title="<script>alert(1)</script> & co", authors=[("X", "Y")])
    html = str(apa_html(publication))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_without_a_nameable_author_the_title_comes_first_once():
    hidden = PersonFactory(given_name="Verborgen", family_name="Auteur", is_public=False)
    publication = PublicationFactory(
        title="Werken aan bestaanszekerheid",
        publication_type=PublicationType.REPORT,
        journal="",
        volume="",
        issue="",
        pages="",
        publisher="Hogeschool Utrecht",
        year=2021,
        authors=[hidden],
    )
    text = apa_text(publication)
    assert text.count("Werken aan bestaanszekerheid") == 1
    assert text.startswith("Werken aan bestaanszekerheid. (2021).")
    assert "Verborgen" not in text


def test_a_doi_is_stored_bare_and_linked(article):
    assert article.doi == "10.99999/wsd.2023.0042"
    assert article.doi_url == "https://doi.org/10.99999/wsd.2023.0042"
    assert csl_item(article)["DOI"] == "10.99999/wsd.2023.0042"


def _bibtex_back(text):
    library = bibtexparser.parse_string(
        text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors(), SplitNameParts()]
    )
    assert not library.failed_blocks
    return library.entries


def test_bibtex_parses_back_to_the_same_metadata(article):
    (entry,) = _bibtex_back(to_bibtex([article]))
    fields = {f.key: f.value for f in entry.fields}

    assert entry.entry_type == "article"
    assert fields["title"] == article.title
    assert [(" ".join([*n.von, *n.last]), " ".join(n.first)) for n in fields["author"]] == [
        ("Jansen", "Mila"),
        ("de Vries", "Piet"),
        ("Çelik", "Ayşe"),
    ]
    assert fields["year"] == "2023"
    assert fields["doi"] == "10.99999/wsd.2023.0042"
    assert fields["journal"] == article.journal
    assert (fields["volume"], fields["number"], fields["pages"]) == (
        "33",
        "2",
        "45–67",
    )  # "--" read as an en dash
    assert fields["issn"] == "0317-8471"
    assert fields["abstract"] == article.abstract
    assert fields["publicationtype"] == "info:eu-repo/semantics/article"


def test_ris_parses_back_to_the_same_metadata(article):
    (entry,) = rispy.loads(to_ris([article]))

    assert entry["type_of_reference"] == "JOUR"
    assert entry["title"] == article.title
    assert entry["authors"] == ["Jansen, Mila", "de Vries, Piet", "Çelik, Ayşe"]
    assert entry["year"] == "2023"
    assert entry["doi"] == "10.99999/wsd.2023.0042"
    assert entry["secondary_title"] == article.journal
    assert (entry["volume"], entry["number"]) == ("33", "2")
    assert (entry["start_page"], entry["end_page"]) == ("45", "67")
    assert entry["issn"] == "0317-8471"
    assert entry["urls"] == ["https://example.org/eenzaamheid"]
    assert entry["abstract"] == article.abstract
    assert entry["type_of_work"] == "info:eu-repo/semantics/article"


def test_exports_of_many_hold_every_publication(article):
    other = PublicationFactory(publication_type=PublicationType.BOOK, journal="", pages="")
    publications = [article, other]
    assert len(_bibtex_back(to_bibtex(publications))) == 2
    assert len(rispy.loads(to_ris(publications))) == 2
    items = json.loads(to_csl_json(publications))
    assert [i["type"] for i in items] == ["article-journal", "book"]


def test_an_author_without_consent_is_in_no_export():
    hidden = PersonFactory(given_name="Geheime", family_name="Schrijver", is_public=False)
    publication = PublicationFactory(authors=[("Open", "Anna"), hidden])
    for text in (to_bibtex([publication]), to_ris([publication]), to_csl_json([publication])):
        assert "Schrijver" not in text
        assert "Open" in text

"""The import engine, shown with the partner organisations spec (which coordinators really use)."""

import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from werkplaats.imports import engine
from werkplaats.imports.engine import ImportContext
from werkplaats.imports.registry import get_spec
from werkplaats.imports.tables import TableError, read_table
from werkplaats.network.models import Organisation, Partnership
from werkplaats.network.tests.factories import OrganisationFactory, PartnershipFactory

from .helpers import csv_file, xlsx_file

HEADERS = ["Naam", "Soort", "KvK-nummer", "Vestigingsplaats", "Rol"]


@pytest.fixture
def spec():
    return get_spec("organisaties")


@pytest.fixture
def context(twente, cor):
    return ImportContext(workshop=twente, user=cor)


def test_it_reads_csv_with_semicolons_and_a_bom(db):
    table = read_table(
        csv_file([HEADERS, ["Buurtwerk Hengelo", "welzijnsorganisatie", "", "", ""]])
    )
    assert table.headers == HEADERS
    assert table.rows == [(2, ["Buurtwerk Hengelo", "welzijnsorganisatie", "", "", ""])]


def test_it_reads_csv_with_commas_and_no_bom(db):
    table = read_table(csv_file([HEADERS, ["A", "gemeente", "", "", ""]], delimiter=",", bom=False))
    assert table.headers == HEADERS
    assert table.rows[0][1][1] == "gemeente"


def test_it_reads_the_first_sheet_of_an_xlsx_and_keeps_the_row_numbers_people_see(db):
    table = read_table(xlsx_file([HEADERS, ["A", "gemeente"], [None, None], ["B", "hogeschool"]]))
    assert [number for number, _values in table.rows] == [2, 4]
    assert table.rows[1][1][:2] == ["B", "hogeschool"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.4 binary", "not a CSV or XLSX"),
        (b"PK\x03\x04 not really a zip", "cannot be read"),
        (b"Naam;Soort\r\n", "no rows"),
        ("Naam;Soort\r\nCaf\xe9;gemeente\r\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(db, content, message):
    with translation.override("en"), pytest.raises(TableError, match=message):
        read_table(content)


def test_wrong_headers_name_the_missing_and_unknown_columns_and_the_expected_ones(spec):
    with translation.override("en"), pytest.raises(TableError) as error:
        spec.match_headers(["Naam", "Startdatun"])
    text = str(error.value)
    assert "'Soort'" in text and "'Startdatun'" in text and "'KvK-nummer'" in text


def test_english_headers_are_accepted_in_any_case(spec):
    mapping = spec.match_headers(["name", "KIND", "Location"])
    assert [column.key for column in mapping.values()] == ["name", "kind", "location"]


def test_a_valid_file_creates_organisations_and_makes_them_partners(spec, context, twente):
    table = read_table(
        csv_file(
            [
                HEADERS,
                ["Buurtwerk Hengelo", "welzijnsorganisatie", "1234567", "Hengelo", "partner"],
                ["Gemeente Enschede", "Gemeente", "", "GM0153", "Lead partner (trekker)"],
            ]
        )
    )
    checked, created = engine.run(spec, table, context)
    assert checked.ok and created == 2
    buurtwerk = Organisation.objects.get(name="Buurtwerk Hengelo")
    assert buurtwerk.kvk_number == "01234567"
    assert buurtwerk.location.code == "GM0164"
    assert buurtwerk.slug == "buurtwerk-hengelo"
    assert buurtwerk.search_text == "buurtwerk hengelo hengelo (o.)"
    roles = dict(
        Partnership.objects.filter(workshop=twente).values_list("organisation__name", "role")
    )
    assert roles == {"Buurtwerk Hengelo": "partner", "Gemeente Enschede": "lead"}


def test_every_error_names_row_column_value_and_what_to_do(spec, context):
    table = read_table(
        csv_file(
            [
                HEADERS,
                ["Goed", "gemeente", "", "", ""],
                ["", "bakkerij", "12ab", "Atlantis", "baas"],
            ]
        )
    )
    with translation.override("en"):
        checked, created = engine.run(spec, table, context)
        texts = [str(problem) for problem in checked.problems]
    assert created is None
    assert Organisation.objects.filter(name="Goed").count() == 0
    assert texts == [
        "Row 3, column 'Naam': '' is empty; this column is required.",
        "Row 3, column 'Soort': 'bakkerij' contains 'bakkerij', which is not a known kind of"
        " organisation. Use the name or slug as the site shows it.",
        "Row 3, column 'KvK-nummer': '12ab' Enter the KvK number as exactly 8 digits, without"
        " spaces or dots.",
        "Row 3, column 'Vestigingsplaats': 'Atlantis' contains 'Atlantis', which is not a known"
        " municipality. Use the name or slug as the site shows it.",
        "Row 3, column 'Rol': 'baas' is not one of the choices. Write one of: Lead partner"
        " (trekker), Partner, Advisory partner, Funder.",
    ]


def test_an_existing_organisation_is_linked_not_created_again(spec, context, twente):
    known = OrganisationFactory(name="Stichting Wijkracht", kvk_number="87654321")
    table = read_table(
        csv_file([HEADERS, ["Wijkracht (andere naam)", "overig", "87654321", "", ""]])
    )
    checked, created = engine.run(spec, table, context)
    assert checked.rows[0].action == "link" and created == 1
    assert Organisation.objects.filter(kvk_number="87654321").count() == 1
    assert Partnership.objects.filter(workshop=twente, organisation=known).exists()


def test_a_partner_already_there_is_left_alone(spec, context, twente):
    partnership = PartnershipFactory(workshop=twente)
    table = read_table(csv_file([HEADERS, [partnership.organisation.name, "overig", "", "", ""]]))
    checked, created = engine.run(spec, table, context)
    assert checked.rows[0].action == "unchanged" and created == 0


def test_a_row_that_repeats_another_row_is_an_error(spec, context):
    rows = [HEADERS, ["Dubbel", "overig", "", "", ""], ["dubbel", "overig", "", "", ""]]
    with translation.override("en"):
        checked, created = engine.run(spec, read_table(csv_file(rows)), context)
        assert str(checked.problems[0]) == (
            "Row 3, column 'Naam': 'dubbel' repeats row 2. Remove one of the two rows."
        )
    assert created is None


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_export_imports_again_into_another_werkplaats(spec, twente, zeeland, otto, file_format):
    OrganisationFactory.reset_sequence()
    for index in range(3):
        PartnershipFactory(workshop=twente, role=["lead", "partner", "funder"][index])
    content = engine.export(spec, spec.export_queryset(twente), file_format)
    table = read_table(content)
    assert table.headers == spec.headers and len(table) == 3
    checked, created = engine.run(spec, table, ImportContext(workshop=zeeland, user=otto))
    assert checked.ok and created == 3
    assert sorted(Partnership.objects.filter(workshop=zeeland).values_list("role", flat=True)) == [
        "funder",
        "lead",
        "partner",
    ]


def test_an_export_keeps_formulas_from_running_and_still_imports_them_as_text(
    spec, twente, context
):
    PartnershipFactory(workshop=twente, organisation__name="=HYPERLINK(1)")
    xlsx = engine.export(spec, spec.export_queryset(twente), "xlsx")
    cell = load_workbook(io.BytesIO(xlsx)).worksheets[0]["A2"]
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(1)"
    csv_text = engine.export(spec, spec.export_queryset(twente), "csv").decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in csv_text
    assert read_table(csv_text.encode()).rows[0][1][0] == "'=HYPERLINK(1)"
    checked = engine.preview(spec, read_table(csv_text.encode()), context)
    assert checked.rows[0].obj.organisation.name == "=HYPERLINK(1)"


def test_the_empty_template_has_only_the_headers_and_an_explanation_sheet(spec):
    workbook = load_workbook(io.BytesIO(engine.template(spec, "xlsx")))
    data, notes = workbook.worksheets
    assert [cell.value for cell in data[1]] == spec.headers and data.max_row == 1
    assert notes.max_row == len(spec.columns) + 1


def test_export_of_many_partners_takes_a_constant_number_of_queries(
    spec, twente, django_assert_max_num_queries
):
    for _index in range(30):
        PartnershipFactory(workshop=twente)
    with django_assert_max_num_queries(2):
        engine.export(spec, spec.export_queryset(twente), "csv")

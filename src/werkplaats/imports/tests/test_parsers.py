"""Cell parsers read what people type, in the Dutch way first, and say what to write instead."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from werkplaats.imports.engine import ImportContext
from werkplaats.imports.parsers import (
    CellError,
    Date,
    DateTime,
    Integer,
    Number,
    Text,
    format_date,
    format_datetime,
    format_decimal,
    parse_decimal,
)

context = ImportContext()
amounts = st.decimals(
    min_value=Decimal("-99999999"), max_value=Decimal("99999999"), places=2, allow_nan=False
)


def dutch(amount: Decimal) -> str:
    """1234567.5 as a Dutch spreadsheet shows it: 1.234.567,50."""
    sign = "-" if amount < 0 else ""
    whole, fraction = f"{abs(amount):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{'.'.join(groups)},{fraction}"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_it_reads_every_date_written_dutch_or_iso(day):
    assert Date()(day.strftime("%d-%m-%Y"), context) == day
    assert Date()(day.isoformat(), context) == day
    assert Date()(day.strftime("%d/%m/%Y"), context) == day
    assert Date()(format_date(day), context) == day


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_it_takes_a_date_that_xlsx_already_holds_as_a_date(day):
    assert Date()(day, context) == day
    assert Date()(dt.datetime.combine(day, dt.time()), context) == day


@given(st.text(alphabet="0123456789-/.abc ", max_size=12))
def test_a_date_parser_either_reads_a_real_date_or_says_how_to_write_one(text):
    try:
        value = Date()(text, context)
    except CellError as error:
        assert "dd-mm-jjjj" in str(error)
    else:
        assert value is None or isinstance(value, dt.date)


@pytest.mark.parametrize("text", ["31-02-2025", "2025-13-01", "morgen", "1-1-25x"])
def test_it_refuses_a_date_that_does_not_exist(text):
    with translation.override("en"), pytest.raises(CellError, match="not a valid date"):
        Date()(text, context)


@given(amounts)
def test_it_reads_back_every_amount_written_the_dutch_way(amount):
    assert parse_decimal(dutch(amount)) == amount
    assert Number()(dutch(amount), context) == amount


@given(amounts)
def test_it_reads_back_every_amount_written_the_computer_way_and_as_exported(amount):
    assert parse_decimal(f"{amount:.2f}") == amount
    assert Number()(format_decimal(amount), context) == amount


@given(amounts)
def test_it_takes_a_number_that_xlsx_already_holds_as_a_number(amount):
    assert Number()(float(amount), context) == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.500", Decimal("1500.00")),
        ("1.5", Decimal("1.50")),
        ("€ 12.500,00", Decimal("12500.00")),
        ("0.125", Decimal("0.12")),
        ("1250,5", Decimal("1250.50")),
    ],
)
def test_dots_that_group_thousands_are_read_the_dutch_way(text, expected):
    assert Number()(text, context) == expected


@pytest.mark.parametrize("text", ["twaalf", "1,2,3", "12-5", "1.2.3,4.5"])
def test_it_refuses_text_that_is_no_number(text):
    with translation.override("en"), pytest.raises(CellError, match="decimal comma"):
        Number()(text, context)


@given(
    st.datetimes(
        min_value=dt.datetime(2000, 1, 1),
        max_value=dt.datetime(2100, 1, 1),
    )
)
def test_a_meeting_time_round_trips_through_an_export_in_amsterdam_time(moment):
    moment = moment.replace(second=0, microsecond=0)
    parsed = DateTime()(moment.strftime("%d-%m-%Y %H:%M"), context)
    assert parsed.replace(tzinfo=None) == moment
    assert format_datetime(parsed) == moment.strftime("%d-%m-%Y %H:%M")


def test_a_winter_and_a_summer_time_get_their_own_offset():
    winter = DateTime()("15-01-2026 10:00", context)
    summer = DateTime()("2026-07-15T10:00", context)
    assert winter.utcoffset() == dt.timedelta(hours=1)
    assert summer.utcoffset() == dt.timedelta(hours=2)


def test_text_loses_the_apostrophe_that_exports_put_before_a_formula_sign():
    assert Text()("'=SUM(A1)", context) == "=SUM(A1)"
    assert Text()("'t Gooi", context) == "'t Gooi"


def test_a_whole_number_from_xlsx_stays_a_whole_number_in_text():
    assert Text()(12345678.0, context) == "12345678"
    assert Integer()(" 12 ", context) == 12


def test_text_longer_than_allowed_says_how_long_it_may_be():
    with translation.override("en"), pytest.raises(CellError, match="at most 5"):
        Text(5)("abcdefgh", context)

import datetime

import pytest
from django.utils import translation

from werkplaats.monitoring.periods import (
    SUBSIDY_PERIODS,
    Period,
    PeriodError,
    current_period,
    parse_period,
)
from werkplaats.monitoring.scope import Scope


def test_a_period_reads_as_two_years_and_covers_both_whole():
    period = parse_period("2020-2022")
    assert period == Period(2020, 2022)
    assert period.start == datetime.date(2020, 1, 1)
    assert period.end == datetime.date(2022, 12, 31)
    assert period.is_subsidy_period
    assert period.label == "2020-22"


def test_one_year_is_a_period_of_its_own():
    assert parse_period("2024") == Period(2024, 2024)


def test_an_empty_period_is_the_subsidy_period_of_today():
    assert parse_period("") == current_period()
    assert current_period() in SUBSIDY_PERIODS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("twintig", "Write the period as two years"),
        ("2022-2020", "ends before it starts"),
        ("1990-1995", "Choose years from 2009"),
        ("2020-3000", "Choose years from 2009"),
    ],
)
def test_a_period_that_cannot_be_read_says_why(text, message):
    with translation.override("en"), pytest.raises(PeriodError) as error:
        parse_period(text)
    with translation.override("en"):
        assert message in str(error.value)


def test_the_previous_period_of_a_subsidy_period_is_the_subsidy_period_before_it():
    assert Period(2023, 2026).previous() == Period(2020, 2022)
    assert Period(2020, 2022).previous() == Period(2016, 2018)
    assert Period(2016, 2018).previous() == Period(2013, 2015)
    assert Period(2024, 2025).previous() == Period(2022, 2023)


def test_the_scope_of_a_coordinator_is_internal_for_their_own_werkplaats_only(
    cor, otto, noor, mila, twente, zeeland
):
    assert Scope.for_user(cor, workshop=twente).internal
    assert not Scope.for_user(cor, workshop=zeeland).internal
    assert not Scope.for_user(cor).internal
    assert Scope.for_user(noor).internal
    assert not Scope.for_user(mila, workshop=twente).internal

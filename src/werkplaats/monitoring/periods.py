"""Periods to measure over: the three subsidy periods of the ministry (VWS) and any run of years.

A period is written ``2020-2022`` (first and last year, both included) in URLs, the API and the
report. Anything else is refused with a message, never an exception.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EARLIEST_YEAR = 2009  # the network began with six regions in 2009


@dataclass(frozen=True, order=True)
class Period:
    first_year: int
    last_year: int

    @property
    def key(self) -> str:
        return f"{self.first_year}-{self.last_year}"

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.first_year, 1, 1)

    @property
    def end(self) -> datetime.date:
        return datetime.date(self.last_year, 12, 31)

    @property
    def is_subsidy_period(self) -> bool:
        return self in SUBSIDY_PERIODS

    @property
    def label(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}-{str(self.last_year)[2:]}"

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    def start_datetime(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))

    def end_datetime(self) -> datetime.datetime:
        """The first moment after the period (use with ``__lt``)."""
        return timezone.make_aware(
            datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min)
        )

    def previous(self) -> "Period":
        """The subsidy period before this one, or the run of years of the same length before it."""
        earlier = [period for period in SUBSIDY_PERIODS if period.last_year < self.first_year]
        if self.is_subsidy_period and earlier:
            return earlier[-1]
        length = self.last_year - self.first_year + 1
        return Period(self.first_year - length, self.first_year - 1)

    def __str__(self) -> str:
        return self.label


#: Funded by the ministry in three-year periods (DESIGN.md); the last ran a year longer.
SUBSIDY_PERIODS = (Period(2016, 2018), Period(2020, 2022), Period(2023, 2026))


class PeriodError(ValueError):
    """A period that cannot be read; ``str()`` is the message for the user."""


def latest_year() -> int:
    return timezone.localdate().year + 1


def current_period() -> Period:
    """The subsidy period that runs today, else the last one."""
    year = timezone.localdate().year
    for period in SUBSIDY_PERIODS:
        if period.first_year <= year <= period.last_year:
            return period
    return SUBSIDY_PERIODS[-1]


def parse_period(value: str | None) -> Period:
    """``2020-2022`` (or one year, ``2024``) to a period; empty gives the current subsidy period."""
    text = (value or "").strip()
    if not text:
        return current_period()
    first, _sep, last = text.partition("-")
    try:
        first_year, last_year = int(first), int(last or first)
    except ValueError:
        raise PeriodError(_("Write the period as two years, for example 2020-2022.")) from None
    if last_year < first_year:
        raise PeriodError(_("The period ends before it starts. Put the earlier year first."))
    if first_year < EARLIEST_YEAR or last_year > latest_year():
        raise PeriodError(
            _("Choose years from %(first)d to %(last)d.")
            % {"first": EARLIEST_YEAR, "last": latest_year()}
        )
    return Period(first_year, last_year)


def period_choices() -> list[tuple[str, str]]:
    """The subsidy periods, newest first, for filter forms."""
    return [
        (period.key, _("Subsidy period %(label)s") % {"label": period.label})
        for period in reversed(SUBSIDY_PERIODS)
    ]

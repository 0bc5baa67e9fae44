"""Which offers suit a programme and when, and why an offer is suggested to a lecturer.

Periods come in two shapes. The board speaks of *semesters* of an academic year (semester 1 is
1 September to 31 January, semester 2 is 1 February to 31 July); a programme has its own periods
(``ProgrammePeriod``: semesters, blocks). An offer fits a period when their dates overlap, the
first and the last day included.

A suggestion for a lecturer is an open offer that suits the programme (``permissions.suits``:
it names the programme, or names none and fits its level) and overlaps one of the programme's
coming periods. Its reasons say so in words, and their weights rank the suggestions: an offer
that names the programme first, then shared themes and the region. The reasons name only what
is public of the offer, never the question it came from.

The ranking is plain functions over rows already read (``reasons_for``, ``rank``);
``suggestions_for`` reads those rows for one user in a fixed number of queries.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import AssignmentOffer, OfferLevel, Programme, ProgrammePeriod
from .permissions import programmes_claimable_by, suits

# --- semesters and overlap ------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Semester:
    """Semester ``number`` (1 or 2) of the academic year that begins in September of ``year``."""

    year: int
    number: int

    @property
    def starts_on(self) -> datetime.date:
        if self.number == 1:
            return datetime.date(self.year, 9, 1)
        return datetime.date(self.year + 1, 2, 1)

    @property
    def ends_on(self) -> datetime.date:
        if self.number == 1:
            return datetime.date(self.year + 1, 1, 31)
        return datetime.date(self.year + 1, 7, 31)

    @property
    def value(self) -> str:
        """How it appears in an address: ``2026-2027-1``."""
        return f"{self.year}-{self.year + 1}-{self.number}"

    @property
    def label(self) -> str:
        return _("%(first)s-%(second)s semester %(number)s (%(start)s to %(end)s)") % {
            "first": self.year,
            "second": self.year + 1,
            "number": self.number,
            "start": formats.date_format(self.starts_on, "j F Y"),
            "end": formats.date_format(self.ends_on, "j F Y"),
        }

    @classmethod
    def parse(cls, value: str) -> Semester | None:
        """``2026-2027-1`` -> semester 1 of 2026-2027; anything else -> None."""
        found = re.fullmatch(r"(\d{4})-(\d{4})-([12])", (value or "").strip())
        if not found:
            return None
        first, second, number = (int(part) for part in found.groups())
        if second != first + 1 or not 2000 <= first <= 2100:
            return None
        return cls(first, number)


def academic_year(day: datetime.date) -> int:
    """The academic year a day belongs to, by the year it begins in; August looks ahead."""
    return day.year if day.month >= 8 else day.year - 1


def semesters_around(today: datetime.date, back: int = 1, ahead: int = 2) -> list[Semester]:
    """Both semesters of the academic years from ``back`` before this one to ``ahead`` after."""
    current = academic_year(today)
    return [
        Semester(year, number)
        for year in range(current - back, current + ahead + 1)
        for number in (1, 2)
    ]


def overlaps(starts_on, ends_on, other_starts_on, other_ends_on) -> bool:
    """Two periods overlap when each starts before (or on the day) the other ends."""
    return starts_on <= other_ends_on and other_starts_on <= ends_on


def overlapping_q(starts_on: datetime.date, ends_on: datetime.date) -> Q:
    """``overlaps`` for offers in the database."""
    return Q(starts_on__lte=ends_on, ends_on__gte=starts_on)


def suiting_q(programme: Programme) -> Q:
    """``permissions.suits`` for offers in the database: the offer names the programme, or
    names none and suits its level."""
    named = AssignmentOffer.programmes.through.objects.filter(assignmentoffer=OuterRef("pk"))
    at_level = OfferLevel.objects.filter(offer=OuterRef("pk"), level=programme.level)
    return Q(Exists(named.filter(programme=programme))) | (~Q(Exists(named)) & Q(Exists(at_level)))


# --- reasons and ranking ----------------------------------------------------------------------------

NAMED, LEVEL, PERIOD, THEMES, REGION = "programme", "level", "period", "themes", "region"
#: What each reason adds to the rank; shared themes count per theme, up to ``MAX_THEMES``.
WEIGHTS = {NAMED: 4, LEVEL: 2, PERIOD: 2, THEMES: 1, REGION: 1}
MAX_THEMES = 3
#: How a werkplaats is in an institution's region: it is a partner, or it works where it is.
PARTNER, LOCATED = "partner", "located"


@dataclass(frozen=True)
class Reason:
    kind: str
    text: str
    weight: int


@dataclass
class Suggestion:
    offer: AssignmentOffer
    reasons: list[Reason]

    @property
    def score(self) -> int:
        return sum(reason.weight for reason in self.reasons)


def _quoted_names(names: list[str]) -> str:
    return "“" + "”, “".join(names) + "”"


def fitting_periods(offer: AssignmentOffer, periods) -> list[ProgrammePeriod]:
    return [
        period
        for period in periods
        if overlaps(offer.starts_on, offer.ends_on, period.starts_on, period.ends_on)
    ]


def reasons_for(
    offer: AssignmentOffer, programme: Programme, periods, region: dict[int, str] | None = None
) -> list[Reason]:
    """Why the offer suits the programme, in words; empty when it does not suit it or overlaps
    none of ``periods``. ``region`` maps the ids of the werkplaatsen in the institution's region
    to how they are (``PARTNER`` or ``LOCATED``). Reads the offer's programmes, levels, themes
    and werkplaats and the programme's themes: prefetch them."""
    if not suits(offer, programme):
        return []
    fitting = fitting_periods(offer, periods)
    if not fitting:
        return []
    reasons = []
    if any(named.pk == programme.pk for named in offer.programmes.all()):
        text = _("The offer names your programme %(programme)s.") % {"programme": programme.name}
        reasons.append(Reason(NAMED, text, WEIGHTS[NAMED]))
    if programme.level in offer.level_values:
        text = _("It suits your level: %(level)s.") % {"level": programme.get_level_display()}
        reasons.append(Reason(LEVEL, text, WEIGHTS[LEVEL]))
    names = _quoted_names([period.name for period in fitting])
    if len(fitting) == 1:
        text = _("It overlaps your period %(periods)s.") % {"periods": names}
    else:
        text = _("It overlaps your periods %(periods)s.") % {"periods": names}
    reasons.append(Reason(PERIOD, text, WEIGHTS[PERIOD]))
    own = {theme.pk for theme in programme.themes.all()}
    shared = [theme.label for theme in offer.themes.all() if theme.pk in own]
    if shared:
        text = _("Shared themes: %(themes)s.") % {"themes": ", ".join(shared)}
        weight = WEIGHTS[THEMES] * min(len(shared), MAX_THEMES)
        reasons.append(Reason(THEMES, text, weight))
    how = (region or {}).get(offer.workshop_id)
    if how:
        values = {"institution": programme.institution.name, "werkplaats": offer.workshop.name}
        if how == PARTNER:
            text = _("In your region: %(institution)s is a partner of %(werkplaats)s.") % values
        else:
            text = _("In your region: %(werkplaats)s works where %(institution)s is.") % values
        reasons.append(Reason(REGION, text, WEIGHTS[REGION]))
    return reasons


def rank(offers, programme: Programme, periods, region=None) -> list[Suggestion]:
    """The offers that suit the programme in one of its periods, best first; of equal rank the
    one that starts soonest, then by title."""
    suggestions = []
    for offer in offers:
        reasons = reasons_for(offer, programme, periods, region)
        if reasons:
            suggestions.append(Suggestion(offer, reasons))
    return sorted(
        suggestions,
        key=lambda s: (-s.score, s.offer.starts_on, s.offer.title.casefold(), s.offer.pk),
    )


# --- for one lecturer -----------------------------------------------------------------------------


@dataclass
class ProgrammeSuggestions:
    programme: Programme
    periods: list[ProgrammePeriod]
    suggestions: list[Suggestion] = field(default_factory=list)
    #: How many more suit than are shown.
    more: int = 0


#: Suggestions shown per programme; the board shows the rest.
LIMIT = 10


def regions_of(institution_ids, today: datetime.date) -> dict[int, dict[int, str]]:
    """For each institution, the werkplaatsen in its region: those it is a current partner of,
    and those that work in the municipality where it is (two queries)."""
    from werkplaats.network.models import Partnership, Workshop

    regions: dict[int, dict[int, str]] = {pk: {} for pk in institution_ids}
    located = Workshop.municipalities.through.objects.filter(
        municipality__organisations__in=institution_ids
    ).values_list("municipality__organisations", "workshop_id")
    for institution, workshop in located:
        regions[institution][workshop] = LOCATED
    partners = Partnership.objects.current(today).filter(organisation__in=institution_ids)
    for institution, workshop in partners.values_list("organisation_id", "workshop_id"):
        regions[institution][workshop] = PARTNER
    return regions


def suggestions_for(user, today: datetime.date | None = None) -> list[ProgrammeSuggestions]:
    """The open offers that suit each programme the user may claim for, in that programme's
    coming periods, ranked with their reasons. Empty for a user who teaches no programme."""
    from django.db.models import Prefetch

    from .filter_forms import board_offers

    today = today or timezone.localdate()
    coming = ProgrammePeriod.objects.filter(ends_on__gte=today).order_by("starts_on", "pk")
    programmes = list(
        programmes_claimable_by(user)
        .select_related("institution")
        .prefetch_related(Prefetch("periods", queryset=coming), "themes")
        .order_by("name", "institution__name", "pk")
    )
    if not programmes:
        return []
    offers = list(board_offers(user, {}, today))
    regions = regions_of({programme.institution_id for programme in programmes}, today)
    found = []
    for programme in programmes:
        periods = list(programme.periods.all())
        ranked = rank(offers, programme, periods, regions[programme.institution_id])
        found.append(
            ProgrammeSuggestions(
                programme, periods, ranked[:LIMIT], more=max(len(ranked) - LIMIT, 0)
            )
        )
    return found

"""The filters of the assignment board and of the programmes list, and the lists they narrow.

The forms only validate the query string: an unknown value becomes a message next to the
filter, never an exception. The board, its iCalendar and its RSS take the same filters, so a
lecturer who filtered the board subscribes to exactly what they see.

Every list function reads related rows with ``select_related``/``prefetch_related``: the number
of queries does not grow with the number of offers or programmes. Who may see which offer is
decided in ``permissions``; this module narrows, orders and shapes.
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, TermChoiceField
from werkplaats.network.models import Organisation, Theme, Workshop
from werkplaats.projects.constants import EDUCATION_INSTITUTION_KINDS
from werkplaats.utils.text import fold

from .constants import DELIVERED_STATES, MBO_LEVELS, PUBLIC_STATES, Level, OfferKind, OfferState
from .matching import Semester, overlapping_q, semesters_around, suiting_q
from .models import OfferLevel, Programme
from .permissions import offers_visible_to, suits

ANONYMOUS = AnonymousUser()

# --- the board ------------------------------------------------------------------------------------

OPEN, ALL = "", "all"
#: The state filter: open offers unless asked otherwise.
STATE_CHOICES = [
    (OPEN, _("Open offers")),
    (OfferState.MATCHED, _("Matched with a student group")),
    (OfferState.RUNNING, _("Students at work")),
    (OfferState.DELIVERED, _("Work delivered")),
    (ALL, _("All offers, open ones first")),
]
STATES = {
    OfferState.MATCHED: [OfferState.MATCHED],
    OfferState.RUNNING: [OfferState.RUNNING],
    OfferState.DELIVERED: sorted(DELIVERED_STATES),
    ALL: PUBLIC_STATES,
}


class SemesterField(forms.ChoiceField):
    """A semester by its value in the address (``2026-2027-1``); the list offers the semesters
    around today, and an older or later one from a saved address is still understood."""

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            label=_("Period"),
            help_text=_("Offers whose dates overlap this semester."),
            error_messages={
                "invalid_choice": _("We do not know this period. Choose a semester from the list.")
            },
            **kwargs,
        )

    def valid_value(self, value) -> bool:
        return Semester.parse(value) is not None

    def clean(self, value):
        value = super().clean(value)
        return Semester.parse(value) if value else None


class ProgrammeChoiceField(TermChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.institution.name})"


class FilterForm(forms.Form):
    """Bind it to ``request.GET``."""

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)


def search_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
        **kwargs,
    )


def choice_field(label, choices, unknown) -> forms.ChoiceField:
    """A choice of a list; a value not in it is ``unknown`` (a message), never an exception."""
    return forms.ChoiceField(
        label=label, required=False, choices=choices, error_messages={"invalid_choice": unknown}
    )


def level_field() -> forms.ChoiceField:
    return choice_field(
        _("Level"),
        [("", _("All levels")), *Level.choices],
        _("We do not know this level. Choose one from the list."),
    )


class OfferFilterForm(FilterForm):
    q = search_field()
    level = level_field()
    programme = ProgrammeChoiceField(
        Programme.objects.select_related("institution").order_by("name", "institution__name"),
        label=_("Programme"),
        empty_label=_("All programmes"),
        unknown=_("We do not know this programme. Choose one from the list."),
    )
    kind = choice_field(
        _("Kind of assignment"),
        [("", _("All kinds")), *OfferKind.choices],
        _("We do not know this kind. Choose one from the list."),
    )
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Region (werkplaats)"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    theme = TermChoiceField(
        Theme.objects.order_by("position", "name"),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    period = SemesterField()
    state = choice_field(
        _("Show"), STATE_CHOICES, _("We do not know this state. Choose one from the list.")
    )

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].help_text = _(
            "Offers that name this programme, or name none and suit its level."
        )
        semesters = semesters_around(today or timezone.localdate())
        chosen = Semester.parse(self.data.get("period", "")) if self.is_bound else None
        if chosen and chosen not in semesters:
            semesters = sorted([*semesters, chosen])
        self.fields["period"].choices = [("", _("Any period"))] + [
            (semester.value, semester.label) for semester in semesters
        ]


def filter_offers(offers: QuerySet, filters: dict, today: datetime.date | None = None) -> QuerySet:
    """Narrows offers by (already validated) filters; empty ones do not narrow, except the state:
    without one, only open offers (offered, and not yet past their end)."""
    state = filters.get("state") or OPEN
    if state == OPEN:
        offers = offers.filter(state=OfferState.OFFERED, ends_on__gte=today or timezone.localdate())
    else:
        offers = offers.filter(state__in=STATES[state])
    if filters.get("level"):
        offers = offers.filter(
            pk__in=OfferLevel.objects.filter(level=filters["level"]).values("offer_id")
        )
    if filters.get("programme"):
        offers = offers.filter(suiting_q(filters["programme"]))
    if filters.get("kind"):
        offers = offers.filter(kind=filters["kind"])
    if filters.get("werkplaats"):
        offers = offers.filter(workshop=filters["werkplaats"])
    if filters.get("theme"):
        offers = offers.filter(themes=filters["theme"])
    if filters.get("period"):
        semester = filters["period"]
        offers = offers.filter(overlapping_q(semester.starts_on, semester.ends_on))
    for word in fold(filters.get("q") or "").split():
        offers = offers.filter(search_text__contains=word)
    return offers


def with_listing_relations(offers: QuerySet) -> QuerySet:
    """What a card of an offer shows, in four queries whatever the number of offers."""
    return offers.select_related("workshop", "practice_supervisor").prefetch_related(
        "levels",
        Prefetch(
            "programmes",
            queryset=Programme.objects.select_related("institution").order_by("name", "pk"),
        ),
        Prefetch("themes", queryset=Theme.objects.order_by("position", "name")),
    )


def public_offers(user=ANONYMOUS) -> QuerySet:
    """The offers the board may show: those the user sees, in the public states only."""
    return offers_visible_to(user).filter(state__in=PUBLIC_STATES)


def board_offers(user, filters: dict, today: datetime.date | None = None) -> QuerySet:
    """The board: open offers first, newest first within."""
    open_first = Case(
        When(state=OfferState.OFFERED, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    offers = filter_offers(public_offers(user), filters, today)
    return with_listing_relations(offers.order_by(open_first, "-created_at", "-pk"))


def newest_offers(filters: dict, today: datetime.date | None = None) -> QuerySet:
    """What the feeds carry, for anyone who fetches them: newest first."""
    offers = filter_offers(public_offers(), filters, today)
    return with_listing_relations(offers.order_by("-created_at", "-pk"))


# --- programmes -----------------------------------------------------------------------------------

HBO, MBO = "hbo", "mbo"


class ProgrammeFilterForm(FilterForm):
    q = search_field(help_text=_("A word of the programme's name or place."))
    sector = choice_field(
        _("Hbo or mbo"),
        [("", _("Hbo and mbo")), (HBO, _("Hbo (hogeschool)")), (MBO, _("Mbo (ROC)"))],
        _("Choose hbo or mbo from the list."),
    )
    level = level_field()
    institution = TermChoiceField(
        Organisation.objects.filter(kind__slug__in=EDUCATION_INSTITUTION_KINDS).order_by("name"),
        label=_("Institution"),
        empty_label=_("All institutions"),
        unknown=_("We do not know this institution. Choose one from the list."),
    )


def programme_list(filters: dict) -> QuerySet:
    """Programmes by institution, then by name (one query, the institution joined)."""
    programmes = Programme.objects.select_related("institution__kind")
    if filters.get("sector") == MBO:
        programmes = programmes.filter(level__in=MBO_LEVELS)
    elif filters.get("sector") == HBO:
        programmes = programmes.exclude(level__in=MBO_LEVELS)
    if filters.get("level"):
        programmes = programmes.filter(level=filters["level"])
    if filters.get("institution"):
        programmes = programmes.filter(institution=filters["institution"])
    for word in (filters.get("q") or "").split():
        programmes = programmes.filter(Q(name__icontains=word) | Q(location__icontains=word))
    return programmes.order_by("institution__name", "institution__pk", "name", "pk")


def count_open_offers(programmes, user=ANONYMOUS) -> None:
    """Sets ``open_offers`` on each programme: how many open offers suit it (``suits``), read in
    three queries whatever the number of programmes and offers."""
    offers = list(
        filter_offers(public_offers(user), {}).prefetch_related(
            Prefetch("programmes", queryset=Programme.objects.only("pk")), "levels"
        )
    )
    for programme in programmes:
        programme.open_offers = sum(1 for offer in offers if suits(offer, programme))

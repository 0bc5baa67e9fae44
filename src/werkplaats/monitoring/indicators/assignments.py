"""The bridge to education: practice questions and projects offered to hbo and mbo programmes as
student assignments, the groups that take them, and what comes back.

Scope semantics: a werkplaats selects its own offers, a theme the offers on it. Each step counts
by its own date: an offer when it was made, a match when a group took it, a delivery when the work
came in. A public scope counts offers that are not withdrawn (a withdrawn offer is never public);
an internal scope counts the withdrawn ones too. hbo and mbo follow the level of the programme
whose group took the offer (mbo 2-4 is mbo; Associate degree, bachelor and master are hbo); an
offer made counts by the levels it is offered for.

The records behind these figures are offers (public ones in public), programmes and products,
never a question: that an offer came from a question, which one and who asked stay private.
"""

from statistics import median

from django.db.models import Case, CharField, Count, Exists, OuterRef, Q, Value, When
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from werkplaats.education.constants import MBO_LEVELS, PUBLIC_STATES
from werkplaats.education.models import (
    AssignmentOffer,
    GroupMember,
    OfferLevel,
    Programme,
    StudentGroup,
)
from werkplaats.projects.constants import LearningLevel

from ..constants import LineOfForce, Overview, Unit
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import products_in

HBO, MBO, BOTH = "hbo", "mbo", "both"
SECTORS = ((HBO, _("hbo")), (MBO, _("mbo")))
OFFERED, MATCHED, DELIVERED = "offered", "matched", "delivered"
STAGES = (
    (OFFERED, _("Offered")),
    (MATCHED, _("Taken by a student group")),
    (DELIVERED, _("Work delivered")),
)
#: A public median of fewer deliveries than this is not shown: with one or two it would give away
#: when the question behind a public offer came in.
PUBLIC_MEDIAN_MINIMUM = 3

SCOPE_TEXT = _(
    "Offers of the werkplaats, on the theme; in public, offers that were not withdrawn. hbo and "
    "mbo follow the level of the programme whose students took the offer."
)


def offers_of(scope: Scope):
    """The scope's offers, whatever their dates."""
    offers = AssignmentOffer.objects.all()
    if scope.workshop:
        offers = offers.filter(workshop=scope.workshop)
    if scope.theme:
        offers = offers.filter(themes=scope.theme)
    if not scope.internal:
        offers = offers.filter(state__in=PUBLIC_STATES)
    return offers


def _in_period(scope: Scope, field: str) -> Q:
    return Q(
        **{
            f"{field}__gte": scope.period.start_datetime(),
            f"{field}__lt": scope.period.end_datetime(),
        }
    )


def groups_of(scope: Scope, field: str):
    """Student groups on the scope's offers whose ``field`` (matched_at, delivered_at) lies in
    the period."""
    return StudentGroup.objects.filter(_in_period(scope, field), offer__in=offers_of(scope))


def sector(level_field: str):
    """``"mbo"`` or ``"hbo"`` for the level in ``level_field``, in the database."""
    return Case(
        When(**{f"{level_field}__in": list(MBO_LEVELS)}, then=Value(MBO)),
        default=Value(HBO),
        output_field=CharField(),
    )


def counts_by_sector(records, level_field: str) -> dict:
    """``{"hbo": n, "mbo": n}`` of the records, by the level in ``level_field``, in one query."""
    return dict(
        records.order_by()
        .annotate(sector=sector(level_field))
        .values_list("sector")
        .annotate(n=Count("pk", distinct=True))
    )


def _sector_result(counts: dict) -> Result:
    rows = [Row(key, label, counts.get(key, 0)) for key, label in SECTORS]
    return Result(rows=rows, total=sum(counts.values()))


def of_sector(records, level_field: str, row_key: str):
    """The records whose level in ``level_field`` is mbo (row ``mbo``) or hbo (row ``hbo``);
    all of them for any other row."""
    mbo = Q(**{f"{level_field}__in": list(MBO_LEVELS)})
    if row_key == MBO:
        return records.filter(mbo)
    if row_key == HBO:
        return records.exclude(mbo)
    return records


def _offered_sectors(offers):
    """Each offer labelled hbo, mbo or both, by the levels it is offered for."""
    levels = OfferLevel.objects.filter(offer=OuterRef("pk"))
    return offers.annotate(
        for_mbo=Exists(levels.filter(level__in=list(MBO_LEVELS))),
        for_hbo=Exists(levels.exclude(level__in=list(MBO_LEVELS))),
    ).annotate(
        sector=Case(
            When(for_mbo=True, for_hbo=True, then=Value(BOTH)),
            When(for_mbo=True, then=Value(MBO)),
            default=Value(HBO),
            output_field=CharField(),
        )
    )


def _offered(scope: Scope):
    return offers_of(scope).filter(_in_period(scope, "created_at"))


@indicator(
    key="assignments-journey",
    name=_("Student assignments offered, taken and delivered"),
    definition=format_lazy(
        "{} {}",
        _(
            "Practice questions and parts of projects offered to education as student "
            "assignments in the period; offers a student group took in the period; and student "
            "work delivered in the period, each split by hbo and mbo. An offer counts by the "
            "levels it is offered for (for both: 'hbo and mbo'), a group by its programme. The "
            "total is the number of offers made."
        ),
        SCOPE_TEXT,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.PRACTICES),
    overview=Overview.FORMS,
    chart="stacked",
)
def assignments_journey(scope: Scope) -> Result:
    offered = dict(
        _offered_sectors(_offered(scope))
        .order_by()
        .values_list("sector")
        .annotate(n=Count("pk", distinct=True))
    )
    taken = {}
    for stage, field in ((MATCHED, "matched_at"), (DELIVERED, "delivered_at")):
        for key, n in counts_by_sector(groups_of(scope, field), "programme__level").items():
            taken[(stage, key)] = n
    series = (*SECTORS, (BOTH, _("hbo and mbo")))
    rows = []
    for stage, label in STAGES:
        for key, series_label in series:
            value = offered.get(key, 0) if stage == OFFERED else taken.get((stage, key), 0)
            if key == BOTH and stage != OFFERED:
                continue
            rows.append(Row(stage, label, value, key, series_label))
    return Result(rows=rows, total=sum(offered.values()))


@assignments_journey.records
def _assignments_journey_records(scope: Scope, row_key: str):
    offers = offers_of(scope)
    if row_key == MATCHED:
        return offers.filter(group__in=groups_of(scope, "matched_at"))
    if row_key == DELIVERED:
        return offers.filter(group__in=groups_of(scope, "delivered_at"))
    return offers.filter(_in_period(scope, "created_at"))


def _active_groups(scope: Scope):
    """Groups that took an offer or delivered work in the period."""
    return StudentGroup.objects.filter(
        _in_period(scope, "matched_at") | _in_period(scope, "delivered_at"),
        offer__in=offers_of(scope),
    )


@indicator(
    key="assignments-programmes",
    name=_("Programmes and institutions in student assignments"),
    definition=format_lazy(
        "{} {}",
        _(
            "Programmes of hogescholen and ROCs whose student groups took an offer or delivered "
            "work in the period, and the institutions they belong to, by hbo and mbo. An "
            "institution with both hbo and mbo programmes counts under both."
        ),
        SCOPE_TEXT,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.ORGANISATIONS),
    overview=Overview.PARTNERS,
    chart="none",
)
def assignments_programmes(scope: Scope) -> Result:
    counts = {
        key: (programmes, institutions)
        for key, programmes, institutions in _active_groups(scope)
        .order_by()
        .annotate(sector=sector("programme__level"))
        .values_list("sector")
        .annotate(
            programmes=Count("programme", distinct=True),
            institutions=Count("programme__institution", distinct=True),
        )
    }
    rows = []
    for key, label in SECTORS:
        programmes, institutions = counts.get(key, (0, 0))
        rows.append(Row(key, label, programmes, "programmes", _("Programmes")))
        rows.append(Row(key, label, institutions, "institutions", _("Institutions")))
    reach = _active_groups(scope).aggregate(
        programmes=Count("programme", distinct=True),
        institutions=Count("programme__institution", distinct=True),
    )
    note = ""
    if reach["programmes"]:
        note = _("%(programmes)d programmes of %(institutions)d institutions in all.") % reach
    return Result(rows=rows, total=reach["programmes"], note=note)


@assignments_programmes.records
def _assignments_programmes_records(scope: Scope, row_key: str):
    programmes = Programme.objects.filter(
        pk__in=_active_groups(scope).values("programme")
    ).select_related("institution")
    return of_sector(programmes, "level", row_key)


@indicator(
    key="assignments-students",
    name=_("Students in student assignments"),
    definition=format_lazy(
        "{} {}",
        _(
            "Students who joined a group that took an offer or delivered work in the period, by "
            "hbo and mbo. Counted, never named."
        ),
        SCOPE_TEXT,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS,),
    overview=Overview.PARTICIPANTS,
)
def assignments_students(scope: Scope) -> Result:
    members = GroupMember.objects.filter(group__in=_active_groups(scope))
    return _sector_result(counts_by_sector(members, "group__programme__level"))


@assignments_students.records
def _assignments_students_records(scope: Scope, row_key: str):
    groups = _active_groups(scope).filter(members__isnull=False)
    return offers_of(scope).filter(group__in=of_sector(groups, "programme__level", row_key))


def _student_work(scope: Scope):
    """Products in the library that came from student work (an offer delivered them)."""
    return products_in(scope).filter(assignment__isnull=False)


@indicator(
    key="assignments-products",
    name=_("Products from student work"),
    definition=_(
        "Products in the library that students made in an assignment from practice, dated in "
        "the period, that name the werkplaats, on the theme, by hbo and mbo. They enter the "
        "library once the students and the lecturer agreed and chose a licence."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.PRACTICES),
    overview=Overview.PRODUCTS,
)
def assignments_products(scope: Scope) -> Result:
    return _sector_result(
        counts_by_sector(_student_work(scope), "assignment__group__programme__level")
    )


@assignments_products.records
def _assignments_products_records(scope: Scope, row_key: str):
    return of_sector(_student_work(scope), "assignment__group__programme__level", row_key)


def _deliveries_from_questions(scope: Scope):
    return groups_of(scope, "delivered_at").filter(offer__question__isnull=False)


@indicator(
    key="assignments-time-to-delivery",
    name=_("Time from practice question to student work"),
    definition=format_lazy(
        "{} {}",
        _(
            "Days from the submission of a practice question to the delivery of the student "
            "work it became: the median (half were quicker), over work delivered in the period, "
            "by hbo and mbo. In public, a median of fewer than three deliveries is not shown."
        ),
        SCOPE_TEXT,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.PRACTICES, LearningLevel.PROFESSIONALS),
    unit=Unit.DAYS,
    chart="none",
)
def assignments_time_to_delivery(scope: Scope) -> Result:
    days: dict[str, list[float]] = {HBO: [], MBO: []}
    for submitted_at, delivered_at, key in (
        _deliveries_from_questions(scope)
        .order_by()
        .annotate(sector=sector("programme__level"))
        .values_list("offer__question__submitted_at", "delivered_at", "sector")
    ):
        days[key].append((delivered_at - submitted_at).total_seconds() / 86400)
    minimum = 1 if scope.internal else PUBLIC_MEDIAN_MINIMUM

    def middle(values):
        return round(median(values), 1) if len(values) >= minimum else None

    rows = [
        Row(key, label, middle(days[key]))
        for key, label in SECTORS
        if middle(days[key]) is not None
    ]
    everything = days[HBO] + days[MBO]
    note = ""
    hidden = sum(len(values) for values in days.values() if 0 < len(values) < minimum)
    if hidden:
        note = ngettext(
            "%(count)d delivery is too few to show a median for in public.",
            "%(count)d deliveries are too few to show a median for in public.",
            hidden,
        ) % {"count": hidden}
    return Result(rows=rows, total=middle(everything), note=note)


@assignments_time_to_delivery.records
def _assignments_time_to_delivery_records(scope: Scope, row_key: str):
    groups = of_sector(_deliveries_from_questions(scope), "programme__level", row_key)
    return offers_of(scope).filter(group__in=groups)

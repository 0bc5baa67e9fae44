"""Participants of projects and partners of the werkplaatsen."""

from django.db.models import Count, Min, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Organisation, OrganisationKind, ParticipantRole, Partnership
from werkplaats.projects.constants import LearningLevel
from werkplaats.projects.models import Participant

from ..constants import AttentionPoint, LineOfForce, Overview
from ..scope import Scope
from .base import Result, Row, indicator
from .projects import PROJECTS_IN
from .sources import projects_in, term_rows

NO_ORGANISATION = "none"


def participants_in(scope: Scope):
    return Participant.objects.filter(project__in=projects_in(scope))


@indicator(
    key="participants-by-role",
    name=_("Participants by role"),
    definition=format_lazy(
        "{} {}",
        _(
            "Participants of projects by the role they take part in (social professional, "
            "municipal policy officer, researcher, student, expert by experience, ...). Someone "
            "in two projects counts twice; unnamed participants count too."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.PRACTICES),
    overview=Overview.PARTICIPANTS,
)
def participants_by_role(scope: Scope) -> Result:
    counts = dict(participants_in(scope).order_by().values_list("role").annotate(n=Count("pk")))
    return Result(
        rows=term_rows(ParticipantRole, counts, include_zero=False), total=sum(counts.values())
    )


@participants_by_role.records
def _participants_by_role_records(scope: Scope, row_key: str):
    participants = participants_in(scope)
    return participants.filter(role__slug=row_key) if row_key else participants


@indicator(
    key="participants-by-organisation-kind",
    name=_("Participants by kind of organisation"),
    definition=format_lazy(
        "{} {}",
        _(
            "Participants of projects by the kind of organisation they come from (hogeschool, "
            "municipality, care or welfare organisation, ...); 'no organisation recorded' for "
            "the others."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    overview=Overview.PARTICIPANTS,
)
def participants_by_organisation_kind(scope: Scope) -> Result:
    counts = dict(
        participants_in(scope).order_by().values_list("organisation__kind").annotate(n=Count("pk"))
    )
    rows = term_rows(OrganisationKind, counts, include_zero=False)
    if counts.get(None):
        rows.append(Row(NO_ORGANISATION, _("No organisation recorded"), counts[None]))
    return Result(rows=rows, total=sum(counts.values()))


@participants_by_organisation_kind.records
def _participants_by_organisation_kind_records(scope: Scope, row_key: str):
    participants = participants_in(scope)
    if not row_key:
        return participants
    if row_key == NO_ORGANISATION:
        return participants.filter(organisation__isnull=True)
    return participants.filter(organisation__kind__slug=row_key)


def partnerships_in(scope: Scope):
    """Partnerships with the werkplaats (or any) whose dates overlap the period. Partnerships have
    no theme, so a theme does not filter them."""
    partnerships = Partnership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=scope.period.end),
        Q(end_date__isnull=True) | Q(end_date__gte=scope.period.start),
    )
    if scope.workshop:
        partnerships = partnerships.filter(workshop=scope.workshop)
    return partnerships


@indicator(
    key="partners-by-organisation-kind",
    name=_("Partners by kind of organisation"),
    definition=_(
        "Organisations with a partnership with the werkplaats (network-wide: with any werkplaats) "
        "that runs in the period, by kind of organisation. Each organisation counts once. "
        "Partnerships have no theme, so the theme filter does not apply."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    overview=Overview.PARTNERS,
)
def partners_by_organisation_kind(scope: Scope) -> Result:
    counts = dict(
        partnerships_in(scope)
        .order_by()
        .values_list("organisation__kind")
        .annotate(n=Count("organisation", distinct=True))
    )
    rows = term_rows(OrganisationKind, counts, include_zero=False)
    return Result(rows=rows, total=sum(counts.values()))


@partners_by_organisation_kind.records
def _partners_by_organisation_kind_records(scope: Scope, row_key: str):
    organisations = Organisation.objects.filter(
        pk__in=partnerships_in(scope).values("organisation_id")
    )
    return organisations.filter(kind__slug=row_key) if row_key else organisations


NEW, LASTING = "new", "lasting"


def partner_ties(scope: Scope) -> list[tuple[int, int, str]]:
    """``(organisation id, kind id, "new" | "lasting")`` for each tie between an organisation and a
    werkplaats that counts in the period, from one grouped query over all their partnerships."""
    partnerships = Partnership.objects.all()
    if scope.workshop:
        partnerships = partnerships.filter(workshop=scope.workshop)
    start = scope.period.start
    ties = (
        partnerships.order_by()
        .values_list("workshop_id", "organisation_id", "organisation__kind_id")
        .annotate(
            first_start=Min("start_date"),
            undated=Count("pk", filter=Q(start_date__isnull=True)),
            running=Count("pk", filter=Q(end_date__isnull=True) | Q(end_date__gte=start)),
        )
    )
    found = []
    for _workshop, organisation, kind, first_start, undated, running in ties:
        if not undated and first_start and start <= first_start <= scope.period.end:
            found.append((organisation, kind, NEW))
        elif (undated or (first_start and first_start < start)) and running:
            found.append((organisation, kind, LASTING))
    return found


@indicator(
    key="partners-new-lasting",
    name=_("New and lasting partners"),
    definition=_(
        "Ties between an organisation and a werkplaats, by kind of organisation. New: the "
        "organisation's first partnership with the werkplaats began in the period. Lasting: it "
        "began before the period (or has no start date) and still runs in it. Network-wide an "
        "organisation with two werkplaatsen has two ties. The theme filter does not apply."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS,),
    overview=Overview.PARTNERS,
    attention=AttentionPoint.CONNECTIONS,
    chart="stacked",
)
def partners_new_lasting(scope: Scope) -> Result:
    counts: dict[tuple[int, str], int] = {}
    for _organisation, kind, series in partner_ties(scope):
        counts[kind, series] = counts.get((kind, series), 0) + 1
    rows = []
    for kind in OrganisationKind.objects.all():
        new, lasting = counts.get((kind.pk, NEW), 0), counts.get((kind.pk, LASTING), 0)
        if new or lasting:
            rows.append(Row(kind.slug, kind.label, new, NEW, _("New")))
            rows.append(Row(kind.slug, kind.label, lasting, LASTING, _("Lasting")))
    return Result(rows=rows, total=sum(counts.values()))


@partners_new_lasting.records
def _partners_new_lasting_records(scope: Scope, row_key: str):
    ids = {organisation for organisation, _kind, _series in partner_ties(scope)}
    organisations = Organisation.objects.filter(pk__in=ids)
    return organisations.filter(kind__slug=row_key) if row_key else organisations

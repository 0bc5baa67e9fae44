"""Funding: where the money of the projects comes from, how many sources a project has, how
concentrated the mix is (the evaluation's attention point on flexible funding)."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Workshop
from werkplaats.projects.constants import LearningLevel
from werkplaats.projects.models import FundingKind, FundingSource

from ..constants import AttentionPoint, LineOfForce, Unit
from ..scope import Scope
from .base import Result, Row, indicator
from .projects import PROJECTS_IN
from .sources import projects_in, term_rows


def sources_in(scope: Scope):
    return FundingSource.objects.filter(project__in=projects_in(scope))


def _projects_with_kind(scope: Scope, row_key: str):
    projects = projects_in(scope)
    if not row_key:
        return projects.filter(pk__in=FundingSource.objects.values("project_id"))
    return projects.filter(
        pk__in=FundingSource.objects.filter(kind__slug=row_key).values("project_id")
    )


@indicator(
    key="funding-amount-by-kind",
    name=_("Funding by kind: amount"),
    definition=format_lazy(
        "{} {}",
        _(
            "The amounts (euro) of the funding sources of projects, by kind of funding (the "
            "ministry's basic grant, municipality, Regieorgaan SIA, ZonMw, funds, own "
            "contributions, ...). A source counts with its whole amount, also when it runs longer "
            "than the period; sources without an amount add nothing."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    attention=AttentionPoint.FUNDING,
    unit=Unit.EURO,
)
def funding_amount_by_kind(scope: Scope) -> Result:
    sums = dict(sources_in(scope).order_by().values_list("kind").annotate(amount=Sum("amount")))
    amounts = {kind: amount or 0 for kind, amount in sums.items()}
    rows = term_rows(FundingKind, amounts, include_zero=False)
    return Result(rows=rows, total=sum(amounts.values()))


@funding_amount_by_kind.records
def _funding_amount_by_kind_records(scope: Scope, row_key: str):
    return _projects_with_kind(scope, row_key)


@indicator(
    key="funding-projects-by-kind",
    name=_("Funding by kind: projects"),
    definition=format_lazy(
        "{} {}",
        _(
            "The number of projects funded (in part) by each kind of funding. A project with "
            "several kinds counts once for each; the total counts projects with any funding once."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    attention=AttentionPoint.FUNDING,
)
def funding_projects_by_kind(scope: Scope) -> Result:
    counts = dict(
        sources_in(scope).order_by().values_list("kind").annotate(n=Count("project", distinct=True))
    )
    total = sources_in(scope).aggregate(n=Count("project", distinct=True))["n"]
    return Result(rows=term_rows(FundingKind, counts, include_zero=False), total=total)


@funding_projects_by_kind.records
def _funding_projects_by_kind_records(scope: Scope, row_key: str):
    return _projects_with_kind(scope, row_key)


SOURCE_BANDS = (
    ("0", _("No funding recorded")),
    ("1", _("One source")),
    ("2", _("Two sources")),
    ("3+", _("Three or more sources")),
)


def _projects_by_number_of_sources(scope: Scope):
    number = (
        FundingSource.objects.filter(project=OuterRef("pk"))
        .order_by()
        .values("project")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return projects_in(scope).annotate(
        sources=Coalesce(Subquery(number, output_field=IntegerField()), Value(0))
    )


def _band_filter(band: str) -> Q | None:
    return {"0": Q(sources=0), "1": Q(sources=1), "2": Q(sources=2), "3+": Q(sources__gte=3)}.get(
        band
    )


@indicator(
    key="funding-sources-per-project",
    name=_("Funding sources per project"),
    definition=format_lazy(
        "{} {}",
        _(
            "Projects by the number of funding sources they record: none, one, two, three or "
            "more. More sources can mean more flexibility, and more work to keep them together."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.ORGANISATIONS,),
    attention=AttentionPoint.FUNDING,
)
def funding_sources_per_project(scope: Scope) -> Result:
    counts = _projects_by_number_of_sources(scope).aggregate(
        **{band: Count("pk", filter=_band_filter(band)) for band, _label in SOURCE_BANDS}
    )
    rows = [Row(band, label, counts[band]) for band, label in SOURCE_BANDS]
    return Result(rows=rows, total=sum(counts.values()))


@funding_sources_per_project.records
def _funding_sources_per_project_records(scope: Scope, row_key: str):
    projects = _projects_by_number_of_sources(scope)
    if not row_key:
        return projects
    condition = _band_filter(row_key)
    return projects.filter(condition) if condition is not None else projects.none()


def _largest_share(amounts: dict) -> float:
    total = sum(amounts.values())
    return round(100 * float(max(amounts.values())) / float(total), 1) if total else 0


@indicator(
    key="funding-concentration",
    name=_("Concentration of funding"),
    definition=format_lazy(
        "{} {}",
        _(
            "The share (percent) of the largest kind of funding in all recorded amounts: 100 "
            "means one kind pays for everything, lower means a more mixed, less dependent funding. "
            "Network-wide one row per lead werkplaats; for one werkplaats the row is the "
            "werkplaats itself. The total is the share over the whole scope."
        ),
        PROJECTS_IN,
    ),
    line=LineOfForce.FORM,
    levels=(LearningLevel.ORGANISATIONS,),
    attention=AttentionPoint.FUNDING,
    unit=Unit.SHARE,
)
def funding_concentration(scope: Scope) -> Result:
    amounts = (
        sources_in(scope)
        .filter(amount__isnull=False)
        .order_by()
        .values_list("project__lead_workshop", "kind")
        .annotate(amount=Sum("amount"))
    )
    per_workshop: dict[int, dict[int, float]] = {}
    overall: dict[int, float] = {}
    for workshop, kind, amount in amounts:
        key = scope.workshop.pk if scope.workshop else workshop
        per_workshop.setdefault(key, {}).setdefault(kind, 0)
        per_workshop[key][kind] += amount
        overall[kind] = overall.get(kind, 0) + amount
    workshops = Workshop.objects.filter(pk__in=per_workshop).order_by("name")
    rows = [
        Row(workshop.slug, workshop.name, _largest_share(per_workshop[workshop.pk]))
        for workshop in workshops
    ]
    return Result(rows=rows, total=_largest_share(overall) if overall else None)


@funding_concentration.records
def _funding_concentration_records(scope: Scope, row_key: str):
    projects = _projects_with_kind(scope, "")
    if row_key and not (scope.workshop and scope.workshop.slug == row_key):
        projects = projects.filter(lead_workshop__slug=row_key)
    return projects

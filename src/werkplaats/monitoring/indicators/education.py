"""The hinge between practice and education: programmes of hogescholen and ROCs whose students
work in the projects."""

from django.db.models import Count, Q, Sum
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.projects.constants import EducationForm, LearningLevel
from werkplaats.projects.models import EducationLink

from ..constants import LineOfForce
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import projects_in

INSTITUTION_KINDS = (("hogeschool", _("hbo (hogeschool)")), ("roc", _("mbo (ROC)")))


def links_in(scope: Scope):
    """Education links of the scope's projects (whatever their dates) whose academic year overlaps
    the period: 2019-2020 counts in 2020, 2022-2023 in 2022."""
    years = Q()
    for year in range(scope.period.first_year - 1, scope.period.last_year + 1):
        years |= Q(academic_year__startswith=f"{year}-")
    return EducationLink.objects.filter(years, project__in=projects_in(scope, period=False))


EDUCATION_IN = _(
    "Education links of projects of the werkplaats, on the theme, in academic years that overlap "
    "the period (2019-2020 counts in 2020); published projects only in public."
)


@indicator(
    key="education-links-by-form",
    name=_("Education links by form"),
    definition=format_lazy(
        "{} {}",
        _(
            "Programmes of hogescholen (hbo) and ROCs (mbo) whose students work in projects, by "
            "form (course or assignment, minor, graduation work), split by hbo and mbo. The note "
            "gives the number of institutions and programmes."
        ),
        EDUCATION_IN,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.ORGANISATIONS),
    chart="stacked",
)
def education_links_by_form(scope: Scope) -> Result:
    counts = dict(
        (((form, kind), n))
        for form, kind, n in links_in(scope)
        .order_by()
        .values_list("form", "institution__kind__slug")
        .annotate(n=Count("pk"))
    )
    reach = links_in(scope).aggregate(
        institutions=Count("institution", distinct=True),
        programmes=Count("programme", distinct=True),
    )
    rows = []
    for form in EducationForm:
        for kind, label in INSTITUTION_KINDS:
            rows.append(Row(form.value, form.label, counts.get((form.value, kind), 0), kind, label))
    note = ""
    if reach["institutions"]:
        note = _("%(institutions)d institutions, %(programmes)d programmes.") % reach
    return Result(rows=rows, total=sum(counts.values()), note=note)


@education_links_by_form.records
def _education_links_by_form_records(scope: Scope, row_key: str):
    links = links_in(scope).select_related("institution", "project")
    return links.filter(form=row_key) if row_key else links


@indicator(
    key="education-students",
    name=_("Students in projects"),
    definition=format_lazy(
        "{} {}",
        _(
            "The number of students the education links record, by hbo (hogeschool) and mbo (ROC). "
            "A student in two links counts twice."
        ),
        EDUCATION_IN,
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PROFESSIONALS,),
)
def education_students(scope: Scope) -> Result:
    sums = dict(
        links_in(scope)
        .order_by()
        .values_list("institution__kind__slug")
        .annotate(n=Sum("students"))
    )
    rows = [Row(kind, label, sums.get(kind) or 0) for kind, label in INSTITUTION_KINDS]
    return Result(rows=rows, total=sum(value or 0 for value in sums.values()))


@education_students.records
def _education_students_records(scope: Scope, row_key: str):
    links = links_in(scope).select_related("institution", "project")
    return links.filter(institution__kind__slug=row_key) if row_key else links

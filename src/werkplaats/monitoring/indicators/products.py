"""Products of the library: what the werkplaatsen make, how well methods are recognised, and
whether others keep using them after the project (lasting impact)."""

from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.utils.translation import gettext_lazy as _

from werkplaats.library.constants import METHOD_KIND, RecognitionLevel
from werkplaats.library.models import ProductKind
from werkplaats.projects.constants import LearningLevel

from ..constants import AttentionPoint, LineOfForce, Overview
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import adoptions_in, choice_rows, products_in, term_rows


@indicator(
    key="products-by-kind",
    name=_("Products by kind"),
    definition=_(
        "Products dated in the period that name the werkplaats, on the theme, by kind (method, "
        "guide, instrument, training module, report, ...). Published products only in public; "
        "drafts too for the werkplaats's coordinators."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PRACTICES, LearningLevel.PROFESSIONALS),
    overview=Overview.PRODUCTS,
)
def products_by_kind(scope: Scope) -> Result:
    counts = dict(
        products_in(scope).order_by().values_list("kind").annotate(n=Count("pk", distinct=True))
    )
    rows = term_rows(ProductKind, counts, include_zero=False)
    return Result(rows=rows, total=sum(counts.values()))


@products_by_kind.records
def _products_by_kind_records(scope: Scope, row_key: str):
    products = products_in(scope)
    return products.filter(kind__slug=row_key) if row_key else products


@indicator(
    key="methods-by-recognition-level",
    name=_("Methods by recognition level"),
    definition=_(
        "Methods and interventions among the products dated in the period, by their recognition "
        "level in the Dutch databanks of effective interventions (not assessed, well described, "
        "well substantiated, effective). Published methods only in public."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PRACTICES, LearningLevel.ORGANISATIONS),
    overview=Overview.PRODUCTS,
)
def methods_by_recognition_level(scope: Scope) -> Result:
    counts = dict(
        products_in(scope)
        .filter(kind__slug=METHOD_KIND)
        .order_by()
        .values_list("recognition_level")
        .annotate(n=Count("pk", distinct=True))
    )
    return Result(rows=choice_rows(RecognitionLevel, counts), total=sum(counts.values()))


@methods_by_recognition_level.records
def _methods_by_recognition_level_records(scope: Scope, row_key: str):
    methods = products_in(scope).filter(kind__slug=METHOD_KIND)
    return methods.filter(recognition_level=row_key) if row_key else methods


AFTER, DURING, NO_END = "after_end", "during", "no_end"


def _adoption_moments(scope: Scope):
    """Each adoption of the scope labelled: after its project ended, while it ran, or unknown."""
    return adoptions_in(scope).annotate(
        moment=Case(
            When(
                Q(product__project__end_date__isnull=False)
                & Q(since__gt=F("product__project__end_date")),
                then=Value(AFTER),
            ),
            When(product__project__end_date__isnull=False, then=Value(DURING)),
            default=Value(NO_END),
            output_field=CharField(),
        )
    )


@indicator(
    key="adoptions-after-project-end",
    name=_("Adoptions after the project ended"),
    definition=_(
        "Organisations that began to use a product of the werkplaats in the period (the product "
        "may be older), split by when: after the project that made it had ended (lasting impact), "
        "while it still ran, or without a project or end date to compare with."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    overview=Overview.PRODUCTS,
    attention=AttentionPoint.LASTING_IMPACT,
)
def adoptions_after_project_end(scope: Scope) -> Result:
    counts = dict(_adoption_moments(scope).order_by().values_list("moment").annotate(n=Count("pk")))
    rows = [
        Row(AFTER, _("After the project ended"), counts.get(AFTER, 0)),
        Row(DURING, _("While the project ran"), counts.get(DURING, 0)),
        Row(NO_END, _("No project end to compare with"), counts.get(NO_END, 0)),
    ]
    return Result(rows=rows, total=sum(counts.values()))


@adoptions_after_project_end.records
def _adoptions_after_project_end_records(scope: Scope, row_key: str):
    adoptions = _adoption_moments(scope)
    return adoptions.filter(moment=row_key) if row_key else adoptions

"""The records each subject measures, selected by a scope, written once for every indicator.

Scope semantics (the definitions repeat them in plain words):

- a period selects questions by submission date, projects running in it (their dates overlap the
  period; no end date means still running, no start date means started long ago), products by date,
  publications by year, adoptions by ``since`` and meetings by their start;
- a werkplaats selects what it leads or takes part in (questions sent to it, projects it leads or
  joins, products and publications that name it, its communities and partnerships);
- a theme filters what has themes (questions, projects, products, publications, communities);
- a public scope counts published projects, products and publications and open communities only; an
  internal scope counts drafts and closed communities too. Questions are counted whatever their state
  (a number says nothing about a submitter); which of them may be *listed* is ``listable_questions``.
"""

from django.db.models import Q

from werkplaats.communities.models import LearningCommunity, Meeting
from werkplaats.library.models import Adoption, Product
from werkplaats.projects.models import Project
from werkplaats.publications.models import Publication

from ..scope import Scope


def projects_in(scope: Scope, *, period: bool = True):
    """Projects of the scope; with ``period=False`` whatever their dates."""
    projects = Project.objects.all()
    if period:
        projects = projects.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=scope.period.end),
            Q(end_date__isnull=True) | Q(end_date__gte=scope.period.start),
        )
    if scope.workshop:
        projects = projects.involving(scope.workshop)
    if scope.theme:
        projects = projects.filter(themes=scope.theme)
    if not scope.internal:
        projects = projects.filter(is_published=True)
    return projects


def products_in(scope: Scope, *, period: bool = True):
    """Products of the scope, dated in the period (undated products only with ``period=False``)."""
    products = Product.objects.all()
    if period:
        products = products.filter(date__gte=scope.period.start, date__lte=scope.period.end)
    if scope.workshop:
        products = products.filter(workshops=scope.workshop)
    if scope.theme:
        products = products.filter(themes=scope.theme)
    if not scope.internal:
        products = products.filter(is_published=True)
    return products


def adoptions_in(scope: Scope):
    """Adoptions that began in the period, of the scope's products of any date."""
    return Adoption.objects.filter(
        since__gte=scope.period.start,
        since__lte=scope.period.end,
        product__in=products_in(scope, period=False),
    )


def publications_in(scope: Scope):
    publications = Publication.objects.filter(
        year__gte=scope.period.first_year, year__lte=scope.period.last_year
    )
    if scope.workshop:
        publications = publications.filter(workshops=scope.workshop)
    if scope.theme:
        publications = publications.filter(themes=scope.theme)
    if not scope.internal:
        publications = publications.filter(is_published=True)
    return publications


def communities_in(scope: Scope):
    """Communities of the scope, whatever their dates: open ones, and closed ones if internal."""
    communities = LearningCommunity.objects.all()
    if scope.workshop:
        communities = communities.filter(workshop=scope.workshop)
    if scope.theme:
        communities = communities.filter(theme=scope.theme)
    if not scope.internal:
        communities = communities.filter(is_open=True)
    return communities


def meetings_in(scope: Scope):
    return Meeting.objects.filter(
        starts_at__gte=scope.period.start_datetime(),
        starts_at__lt=scope.period.end_datetime(),
        community__in=communities_in(scope),
    )


def labels(model, ids=None) -> dict:
    """Vocabulary terms by primary key, in one query: ``{pk: term}``."""
    terms = model.objects.all()
    if ids is not None:
        terms = terms.filter(pk__in=ids)
    return {term.pk: term for term in terms}


def choice_rows(choices, counts: dict, *, other_label=None):
    """One row per choice (zeros included), in the order the choices are declared."""
    from .base import Row

    rows = [Row(choice.value, choice.label, counts.get(choice.value, 0)) for choice in choices]
    rest = sum(value for key, value in counts.items() if key not in choices.values)
    if rest and other_label:
        rows.append(Row("none", other_label, rest))
    return rows


def term_rows(model, counts: dict, *, include_zero: bool = True):
    """One row per vocabulary term (slug as key), in vocabulary order; one query for the terms."""
    from .base import Row

    rows = []
    for term in model.objects.all():
        value = counts.get(term.pk, 0)
        if value or (include_zero and term.is_active):
            rows.append(Row(term.slug, term.label, value))
    return rows

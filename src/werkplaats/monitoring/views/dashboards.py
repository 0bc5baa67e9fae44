"""The dashboards: the network's (``/monitoring/``) and a werkplaats's (``/monitoring/<slug>/``).

Both read the same filter form (``period``, ``werkplaats``, ``theme``, ``compare``: the keys of
``Scope.query()``), measure every indicator the viewer may see over the scope, and group the figures
by line of force. A filter value that cannot be used is shown next to its field and the default takes
its place; the page then answers 400, like the trace lists.

The figures of a public scope are the same for every visitor: that part of the page is cached for
``MONITORING_CACHE_SECONDS`` (a change shows within that time; the page says when the figures were
computed). Internal figures (a coordinator's, an editor's) are computed on every request and never
enter the cache.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import path, reverse
from django.utils.functional import SimpleLazyObject

from werkplaats.network.models import Workshop

from .. import indicators
from ..constants import LineOfForce
from ..forms import DashboardFilterForm
from ..scope import Scope

NETWORK_COMPONENT = "monitoring/components/network.html"
FIGURES_TEMPLATE = "monitoring/components/dashboard_figures.html"
FIGURES_FRAGMENT = "monitoring_dashboard"  # the fragment name in dashboard.html's {% cache %}


def network_dashboard(request):
    form = DashboardFilterForm(request.GET)
    chosen = form.chosen_workshop()
    if chosen is not None or _custom_years(form):
        return redirect(_dashboard_address(chosen, _normalised(request.GET, form)))
    return _render(request, form, workshop=None)


def workshop_dashboard(request, slug):
    workshop = get_object_or_404(Workshop.objects.only("slug", "name"), slug=slug)
    form = DashboardFilterForm(request.GET, workshop=workshop)
    asked = request.GET.get("werkplaats")
    if asked is not None and asked != workshop.slug and "werkplaats" not in form.errors:
        # The form chose another werkplaats, or the whole network (empty).
        return redirect(_dashboard_address(form.chosen_workshop(), _normalised(request.GET, form)))
    if _custom_years(form):
        return redirect(_dashboard_address(workshop, _normalised(request.GET, form)))
    return _render(request, form, workshop=workshop)


def _custom_years(form) -> bool:
    """Years typed in ``from``/``to`` that make a period (else their error is shown)."""
    asked = form.data.get("from") or form.data.get("to")
    return bool(asked) and not ({"from", "to", "period"} & set(form.errors))


def _normalised(query, form) -> dict:
    """The query with ``from``/``to`` written as the ``period`` they make, so the address holds
    the keys of ``Scope.query()`` (and the select then shows that run of years)."""
    kept = {name: value for name, value in query.items() if name not in ("from", "to")}
    if _custom_years(form):
        kept["period"] = form.chosen_period().key
    return kept


def _dashboard_address(workshop, query) -> str:
    if workshop is None:
        address = reverse("monitoring:network")
    else:
        address = reverse("monitoring:workshop", kwargs={"slug": workshop.slug})
    kept = {name: value for name, value in query.items() if value and name != "werkplaats"}
    return f"{address}?{urlencode(kept)}" if kept else address


def _render(request, form, *, workshop):
    scope = Scope.for_user(
        request.user, period=form.chosen_period(), workshop=workshop, theme=form.chosen_theme()
    )
    compare_period = form.chosen_compare()
    compare_scope = scope.with_period(compare_period) if compare_period else None

    # Public figures (counts of published records, the same for every visitor) are kept for
    # MONITORING_CACHE_SECONDS; internal ones, and a page with a filter error, never.
    cacheable = not scope.internal and not form.has_errors()
    context = {
        "form": form,
        "scope": scope,
        "workshop": workshop,
        "compare_scope": compare_scope,
        **figures_context(scope, compare_scope),
        "scope_query": urlencode(scope.query()),
        "cache_seconds": settings.MONITORING_CACHE_SECONDS if cacheable else 0,
    }
    status = 400 if form.has_errors() else 200
    return render(request, "monitoring/dashboard.html", context, status=status)


def figures_context(scope, compare_scope) -> dict:
    """What ``FIGURES_TEMPLATE`` needs, computed only when the template first asks (which it
    does not when the cached part is used), and the key under which that part is cached."""

    def sections():
        figures = indicators.compute(scope)
        compared = (
            {figure.key: figure for figure in indicators.compute(compare_scope)}
            if compare_scope
            else {}
        )
        return _sections(figures, compared)

    return {
        "sections": SimpleLazyObject(sections),
        "analysis": SimpleLazyObject(lambda: _network_analysis(scope)),
        "figures_key": f"{scope.key}|{compare_scope.key if compare_scope else ''}",
    }


def figures_cache_key(context: dict, language: str) -> str:
    """The key of the ``{% cache %}`` part of dashboard.html for this context and language."""
    return make_template_fragment_key(FIGURES_FRAGMENT, [context["figures_key"], language])


def _sections(figures, compared) -> list[dict]:
    """The figures by line of force, in registry order, each with its figure for the compared
    period (or None)."""
    sections = []
    for line in LineOfForce:
        items = [
            {"figure": figure, "compare": compared.get(figure.key)}
            for figure in figures
            if figure.indicator.line == line
        ]
        if items:
            sections.append({"line": line, "id": f"line-{line.value}", "items": items})
    return sections


def _network_analysis(scope):
    """The analysis of relations (``monitoring.network``), when it and its component are there."""
    try:
        from ..network import analyse

        get_template(NETWORK_COMPONENT)
    except (ImportError, TemplateDoesNotExist):
        return None
    return analyse(scope)


urlpatterns = [
    path("monitoring/", network_dashboard, name="network"),
    path("monitoring/<slug:slug>/", workshop_dashboard, name="workshop"),
]

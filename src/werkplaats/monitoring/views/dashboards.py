"""The dashboards: the network's (``/monitoring/``) and a werkplaats's (``/monitoring/<slug>/``).

Both read the same filter form (``period``, ``werkplaats``, ``theme``, ``compare``: the keys of
``Scope.query()``), measure every indicator the viewer may see over the scope, and group the figures
by line of force. A filter value that cannot be used is shown next to its field and the default takes
its place; the page then answers 400, like the trace lists.
"""

from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import path, reverse

from werkplaats.network.models import Workshop

from .. import indicators
from ..constants import LineOfForce
from ..forms import DashboardFilterForm
from ..scope import Scope

NETWORK_COMPONENT = "monitoring/components/network.html"


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
    figures = indicators.compute(scope)
    compared = (
        {figure.key: figure for figure in indicators.compute(compare_scope)}
        if compare_scope
        else {}
    )
    context = {
        "form": form,
        "scope": scope,
        "workshop": workshop,
        "compare_scope": compare_scope,
        "sections": _sections(figures, compared),
        "analysis": _network_analysis(scope),
        "scope_query": urlencode(scope.query()),
    }
    status = 400 if form.has_errors() else 200
    return render(request, "monitoring/dashboard.html", context, status=status)


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

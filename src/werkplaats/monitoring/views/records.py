"""The trace list: ``/monitoring/herkomst/<key>/?period=&werkplaats=&theme=&row=``, the records
behind one figure (or one row of it), only those the viewer may see.

A value it cannot use (period, werkplaats, theme, row) is shown as a message and the page answers
400; an unknown figure is a 404.
"""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _

from .. import indicators
from ..forms import DashboardFilterForm
from ..indicators.tracing import Describer, counted_not_listed, prepare
from ..scope import Scope

PAGE_SIZE = 50


def records(request, key):
    indicator = indicators.get(key)
    if indicator is None:
        raise Http404(_("There is no figure with this name."))
    form = DashboardFilterForm(_scope_query(request.GET))
    scope = Scope.for_user(
        request.user,
        period=form.chosen_period(),
        workshop=form.chosen_workshop(),
        theme=form.chosen_theme(),
    )
    if not indicator.visible_in(scope):
        raise Http404(_("There is no figure with this name."))
    figure = indicator.compute(scope)
    errors = [
        f"{form.fields[name].label}: {' '.join(messages)}" for name, messages in form.errors.items()
    ]
    row_key = request.GET.get("row", "")
    row_keys = {row.key: row for row in figure.rows}
    if row_key and row_key not in row_keys:
        errors.append(
            _("This figure has no row “%(row)s”; all its records are shown.") % {"row": row_key}
        )
        row_key = ""
    context = {
        "indicator": indicator,
        "figure": figure,
        "scope": scope,
        "errors": errors,
        "row": row_keys.get(row_key),
        "row_values": [row for row in figure.rows if row.key == row_key] if row_key else [],
        "page_obj": None,
        "lines": [],
        "not_listed": 0,
    }
    if indicator.records_for is not None:
        found = indicator.records_for(scope, row_key)
        found = prepare(found.order_by(*(found.model._meta.ordering or []), "pk"))
        page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
        describer = Describer(scope, request.user)
        context["page_obj"] = page
        context["lines"] = [describer.describe(record) for record in page.object_list]
        context["not_listed"] = counted_not_listed(indicator, scope, row_key, page.paginator.count)
        context["listed"] = page.paginator.count
        context["counted"] = page.paginator.count + context["not_listed"]
        context["things"] = found.model._meta.verbose_name_plural
    return render(request, "monitoring/records.html", context, status=400 if errors else 200)


def _scope_query(query):
    return {name: query[name] for name in ("period", "werkplaats", "theme") if name in query}


urlpatterns = [path("monitoring/herkomst/<slug:key>/", records, name="records")]

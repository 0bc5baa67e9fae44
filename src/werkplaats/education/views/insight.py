"""What practice asks (``/onderwijs/wat-de-praktijk-vraagt/``): counts of practice questions by
theme, region and question type per year, for curriculum developers, with the newest teaching
cases. Counts only: see ``education.insight`` for what is shown and why."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.monitoring.charts import chart_spec
from werkplaats.monitoring.constants import LineOfForce
from werkplaats.monitoring.indicators.base import Figure, Indicator, Result
from werkplaats.monitoring.periods import Period
from werkplaats.monitoring.scope import Scope

from .. import insight
from ..case_forms import PracticeAsksFilterForm

#: The chart of the table by type, drawn by the monitoring app's chart code; never registered as
#: an indicator (it is not one: it counts questions by year, not over a scope).
YEARS_CHART = Indicator(
    key="practice-asks-by-year",
    name=_("Practice questions per year, by question type"),
    definition="",
    line=LineOfForce.CONTENT,
    compute_result=lambda scope: Result(),
    chart="stacked",
)


def _chart(result: insight.PracticeAsks) -> dict | None:
    rows = insight.year_chart_rows(result)
    if not any(row.value for row in rows):
        return None
    period = Period(result.years.start, result.years.stop - 1)
    return chart_spec(Figure(YEARS_CHART, Scope(period=period), rows, None))


def practice_asks(request):
    form = PracticeAsksFilterForm(request.GET)
    filters = form.filters()
    result = insight.practice_asks(filters, form.years())
    return render(
        request,
        "education/practice_asks.html",
        {
            "form": form,
            "result": result,
            "chart": _chart(result),
            "cases": insight.newest_cases(filters),
            "cases_url": _cases_url(filters),
        },
    )


def _cases_url(filters: dict) -> str:
    """The list of teaching cases with the same theme, region and type."""
    query = {
        key: getattr(value, "slug", value)
        for key, value in filters.items()
        if key in ("theme", "werkplaats", "type")
    }
    url = reverse("education:cases")
    return f"{url}?{urlencode(query)}" if query else url

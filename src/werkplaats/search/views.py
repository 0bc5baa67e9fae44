"""The search page ``/zoeken/?q=``: thin, the service does the work."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from .services import FACETS, InvalidFilter, search


def _page_number(value) -> int:
    return int(value) if str(value).isdigit() else 1


def _toggle_url(params, name: str, value: str) -> str:
    """The address with this facet value added, or removed when it is chosen (back to page 1)."""
    params = params.copy()
    params.pop("page", None)
    values = params.getlist(name)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    return "?" + params.urlencode()


def results(request):
    query = request.GET.get("q", "")
    filters = {name: request.GET.getlist(name) for name in FACETS}
    params = request.GET.copy()
    error = ""
    try:
        found = search(query, request.user, filters, _page_number(request.GET.get("page", 1)))
    except InvalidFilter:
        error = _("Some filters in the address are not valid; they were left out.")
        found = search(query, request.user, {}, 1)
        for name in FACETS:
            params.pop(name, None)
    titles = {
        "kind": _("Kind"),
        "workshop": _("Werkplaats"),
        "theme": _("Theme"),
        "year": _("Year"),
        "province": _("Province"),
    }
    facet_groups = [
        {
            "name": name,
            "title": titles[name],
            "values": [
                {"facet": f, "url": _toggle_url(params, name, f.value)}
                for f in found.facets.get(name, [])
            ],
        }
        for name in FACETS
        if found.facets.get(name)
    ]
    return render(
        request,
        "search/results.html",
        {
            "results": found,
            "facet_groups": facet_groups,
            "error": error,
            "query": query,
            "first_number": (found.page - 1) * found.page_size + 1,
        },
    )

"""Regional comparison by theme: the theme vocabulary, and for one theme what each werkplaats
did, side by side."""

from django.http import Http404
from django.shortcuts import render

from ..queries.themes import KINDS, theme_by_slug, theme_comparison, themes_with_counts


def theme_list(request):
    return render(request, "network/theme_list.html", {"themes": themes_with_counts(request.user)})


def theme(request, slug):
    found = theme_by_slug(slug)
    if found is None:
        raise Http404
    return render(
        request,
        "network/theme.html",
        {"theme": found, "comparison": theme_comparison(found, request.user), "kinds": KINDS},
    )

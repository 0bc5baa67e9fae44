"""The feeds, the page that lists them, and ``robots.txt``."""

from django import forms
from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from werkplaats.network.filter_forms import TermChoiceField
from werkplaats.network.models import Theme, Workshop

from .feeds import FEEDS, FORMATS, Scope, feed_address


@require_GET
def feed(request, kind, fmt, scope=None, slug=None):
    """One feed; an unknown werkplaats or theme is a 404 (``Feed`` turns DoesNotExist into it)."""
    if kind not in FEEDS or fmt not in FORMATS:
        raise Http404
    return FEEDS[kind](fmt)(request, scope=scope, slug=slug)


class ScopeForm(forms.Form):
    """Chooses the werkplaats or theme whose feeds the page lists (same names as list filters)."""

    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("Choose a werkplaats"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )
    theme = TermChoiceField(
        Theme.objects.order_by("position", "name"),
        label=_("Theme"),
        empty_label=_("Choose a theme"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )

    def scopes(self) -> list[Scope]:
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return [
            Scope(segment, data[name])
            for segment, name in (("werkplaats", "werkplaats"), ("thema", "theme"))
            if data.get(name)
        ]


def feed_rows(scope: Scope | None = None) -> list[dict]:
    """Every kind of feed with its sentence and both addresses, for one scope (or network-wide)."""
    return [
        {
            "kind": kind,
            "name": feed_class.name,
            "about": feed_class.about,
            "rss": feed_address(kind, "rss", scope),
            "atom": feed_address(kind, "atom", scope),
        }
        for kind, feed_class in FEEDS.items()
    ]


@require_GET
def index(request):
    form = ScopeForm(request.GET or None)
    scoped = [{"scope": scope, "feeds": feed_rows(scope)} for scope in form.scopes()]
    return render(
        request,
        "syndication/index.html",
        {"form": form, "feeds": feed_rows(), "scoped": scoped},
    )


#: Pages no search engine needs: private tracking links of questions, accounts, the admin.
PRIVATE_PATHS = ("admin/", "account/", "vragen/volg/")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"]
    # The default language has no prefix (``prefix_default_language=False``), the others do.
    prefixes = ["/"] + [
        f"/{code}/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    for prefix in prefixes:
        lines += [f"Disallow: {prefix}{path}" for path in PRIVATE_PATHS]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")

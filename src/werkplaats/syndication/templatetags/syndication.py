"""Template tags for feeds and structured data, for the ``head`` block of public pages.

``{% jsonld obj %}``
    The schema.org JSON-LD block of an object the page shows: a werkplaats, organisation,
    project, library product, publication, dossier article, meeting, or a list of meetings (a
    community's coming ones). ``{% jsonld "website" %}`` on the home page. Renders nothing for
    anything else, and for a meeting the public may not read about.

``{% feed_links "dossier" form %}``, ``{% feed_links workshop=workshop %}``, ``{% feed_links theme=theme %}``
    ``<link rel="alternate">`` to the matching feeds: the network-wide feed of a kind (plus the
    werkplaats's or theme's feed when the list's filter form chose one), or every kind of feed of
    one werkplaats or theme.
"""

from django import template

from .. import jsonld as structured
from ..feeds import FEEDS, FORMATS, Scope, feed_address

register = template.Library()

FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


def _builder(obj):
    from werkplaats.communities.models import Meeting
    from werkplaats.dossier.models import Article
    from werkplaats.library.models import Product
    from werkplaats.network.models import Organisation, Workshop
    from werkplaats.projects.models import Project
    from werkplaats.publications.models import Publication

    builders = {
        Workshop: structured.workshop_organization,
        Organisation: structured.organisation_organization,
        Project: structured.research_project,
        Product: structured.creative_work,
        Publication: structured.publication,
        Article: structured.article,
        Meeting: structured.event,
    }
    if isinstance(obj, list | tuple):
        return structured.events if all(isinstance(item, Meeting) for item in obj) else None
    return builders.get(type(obj))


@register.simple_tag(takes_context=True, name="jsonld")
def jsonld_tag(context, obj):
    request = context.get("request")
    if request is None:
        return ""
    absolute = request.build_absolute_uri
    if isinstance(obj, str):
        return structured.script(structured.website(absolute)) if obj == "website" else ""
    build = _builder(obj)
    return structured.script(build(obj, absolute)) if build else ""


def _links(kind: str, scope: Scope | None, title: str) -> list[dict]:
    return [
        {
            "type": FEED_TYPES[fmt],
            "title": f"{title} ({fmt.upper() if fmt == 'rss' else 'Atom'})",
            "href": feed_address(kind, fmt, scope),
        }
        for fmt in FORMATS
    ]


@register.inclusion_tag("syndication/feed_links.html")
def feed_links(kind=None, form=None, workshop=None, theme=None):
    links = []
    if kind in FEEDS:
        name = str(FEEDS[kind].name)
        links += _links(kind, None, name)
        chosen = getattr(form, "cleaned_data", None) or {}
        if chosen.get("werkplaats"):
            scope = Scope("werkplaats", chosen["werkplaats"])
            links += _links(kind, scope, f"{name}: {scope.label}")
        if chosen.get("theme"):
            scope = Scope("thema", chosen["theme"])
            links += _links(kind, scope, f"{name}: {scope.label}")
    for scope in (
        Scope("werkplaats", workshop) if workshop else None,
        Scope("thema", theme) if theme else None,
    ):
        if scope is not None:
            for each, feed_class in FEEDS.items():
                links += _links(each, scope, f"{feed_class.name}: {scope.label}")
    return {"links": links}

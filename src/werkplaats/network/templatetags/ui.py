"""Template tags of the public site's components. Load with ``{% load ui %}``.

- ``{% nav_link "network:workshop_list" label %}``: a main-navigation item that marks the
  current page (``aria-current="page"``) or section (``aria-current="true"``).
- ``{% optional_url "network:manage_workshop" slug=workshop.slug as manage_url %}``: like
  ``{% url %}`` but gives ``""`` when the URL does not exist (yet), so a page can link to a
  feature that may be absent.
- ``{% alternate_language_links %}``: ``<link rel="alternate" hreflang>`` for every language.
- ``{% url_in_language "en" as english %}``: this page's address (with its query string) in another
  language. Django's ``set_language`` cannot translate ``/en/...`` back to the unprefixed default
  language, so the language switch sends the already translated address as ``next``.
- ``{{ partnership|period }}``: "since March 2023", "January 2020 – December 2022" or "".
- ``{{ workshop|description }}``: the werkplaats's description in the active language.
- ``{{ "PV21"|province }}``: a province's name from its CBS code.
"""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.dateformat import format as format_date
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from werkplaats.network.constants import Province

register = template.Library()


@register.inclusion_tag("components/nav_link.html", takes_context=True)
def nav_link(context, url_name, label, *args):
    url = reverse(url_name, args=args)
    path = context["request"].path
    home = reverse("network:home")
    if path == url:
        current = "page"
    elif url != home and path.startswith(url):
        current = "true"
    else:
        current = ""
    return {"url": url, "label": label, "current": current}


@register.simple_tag
def optional_url(url_name, *args, **kwargs):
    try:
        return reverse(url_name, args=args, kwargs=kwargs)
    except NoReverseMatch:
        return ""


def _is_error_page(context) -> bool:
    """Error pages repeat nothing of the address they answer: it may name something private (the
    slug of a person who did not consent), so their language links go to the home page instead."""
    template = getattr(context, "template", None)
    return (getattr(template, "name", None) or "").startswith("errors/")


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code):
    request = context.get("request")
    if request is None or _is_error_page(context):
        with override(language_code):
            return reverse("network:home")
    return translate_url(request.get_full_path(), language_code)


@register.inclusion_tag("components/alternate_language_links.html", takes_context=True)
def alternate_language_links(context):
    request = context.get("request")
    if request is None or _is_error_page(context):
        return {"links": []}
    base = request.build_absolute_uri("/").rstrip("/")
    links = [
        {"code": code, "href": base + translate_url(request.path, code)}
        for code, _name in settings.LANGUAGES
    ]
    return {"links": links}


@register.filter
def period(obj) -> str:
    start, end = getattr(obj, "start_date", None), getattr(obj, "end_date", None)
    if start and end:
        return _("%(start)s – %(end)s") % {
            "start": format_date(start, "F Y"),
            "end": format_date(end, "F Y"),
        }
    if start:
        return _("since %(start)s") % {"start": format_date(start, "F Y")}
    if end:
        return _("until %(end)s") % {"end": format_date(end, "F Y")}
    return ""


@register.filter
def description(workshop) -> str:
    if (get_language() or "nl").startswith("en") and getattr(workshop, "description_en", ""):
        return workshop.description_en
    return workshop.description


@register.filter
def province(code) -> str:
    try:
        return Province(code).label
    except ValueError:
        return ""

"""Keeping the most visited dashboards warm.

The public figures of the network's dashboard and of every werkplaats's (the current subsidy
period, no theme, no comparison) are computed by the task worker every few minutes
(``settings.FREQUENT_TASKS``) and put where the page looks for them, in every language. A visitor
then never waits for them; other choices are computed on the first request and kept for
``MONITORING_CACHE_SECONDS``. Only public figures are ever cached.
"""

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from werkplaats.network.models import Workshop
from werkplaats.utils.scheduler import CHECK_EVERY_SECONDS

from .periods import current_period
from .scope import Scope
from .views.dashboards import FIGURES_TEMPLATE, figures_cache_key, figures_context


def default_scopes() -> list[Scope]:
    period = current_period()
    workshops = Workshop.objects.only("pk", "slug", "name").order_by("slug")
    return [Scope(period=period)] + [Scope(period=period, workshop=w) for w in workshops]


def warm_public_dashboards() -> int:
    """Renders and caches the default dashboards' public figures; returns how many it stored."""
    seconds = settings.MONITORING_CACHE_SECONDS
    if not seconds:
        return 0
    # Kept until well after the next run, so a late run never leaves a visitor computing them.
    timeout = seconds + 2 * CHECK_EVERY_SECONDS
    stored = 0
    for scope in default_scopes():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                context = figures_context(scope, None)
                cache.set(
                    figures_cache_key(context, language),
                    render_to_string(FIGURES_TEMPLATE, context),
                    timeout,
                )
            stored += 1
    return stored

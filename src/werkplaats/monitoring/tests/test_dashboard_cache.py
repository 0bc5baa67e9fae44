"""The public figures of a dashboard are cached for MONITORING_CACHE_SECONDS; internal ones never.

The tests read the figures from the page's HTML, as a reader does (the response context would
compute them afresh).
"""

import re
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkplaats.projects.tests.builders import full_project

pytestmark = pytest.mark.django_db

PERIOD = {"period": "2025-2026"}


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.MONITORING_CACHE_SECONDS = 120
    cache.clear()
    yield
    cache.clear()


def twente_dashboard(language="en") -> str:
    with translation.override(language):
        return reverse("monitoring:workshop", kwargs={"slug": "twente"})


def projects_total(response) -> int:
    assert response.status_code == 200
    body = response.content.decode()
    found = re.search(
        r'id="figure-projects-by-status".*?figure-total-value">(?:<a [^>]*>)?(\d+)', body, re.S
    )
    assert found, "no total for projects-by-status on the page"
    return int(found.group(1))


def get_counting_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, PERIOD)
    return response, len(queries)


def test_a_visitor_gets_the_public_figures_from_the_cache_until_they_expire(
    client, twente, monkeypatch
):
    full_project(twente, title="Eerste openbare project")
    first, computed = get_counting_queries(client, twente_dashboard())
    full_project(twente, title="Tweede openbare project")
    second, from_cache = get_counting_queries(client, twente_dashboard())

    assert projects_total(first) == projects_total(second) == 1
    assert "Figures as of" in second.content.decode()
    assert from_cache < computed / 3, (from_cache, computed)

    later = time.time() + 121
    monkeypatch.setattr(time, "time", lambda: later)
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 2


def test_the_cache_is_off_at_zero_seconds(client, twente, settings):
    settings.MONITORING_CACHE_SECONDS = 0
    full_project(twente, title="Eerste openbare project")
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 1
    full_project(twente, title="Tweede openbare project")
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 2


def test_a_coordinator_gets_fresh_internal_figures_never_the_cached_public_ones(
    client, twente, cor
):
    full_project(twente, title="Openbaar project")
    full_project(twente, title="Conceptproject", is_published=False)
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 1  # cached now

    client.force_login(cor)
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 2
    full_project(twente, title="Nog een concept", is_published=False)
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 3

    client.logout()
    assert projects_total(client.get(twente_dashboard(), PERIOD)) == 1


def test_each_language_and_comparison_has_its_own_cached_figures(client, twente):
    full_project(twente, title="Openbaar project")
    english = client.get(twente_dashboard(), PERIOD).content.decode()
    dutch = client.get(twente_dashboard("nl"), PERIOD)
    compared = client.get(twente_dashboard(), {**PERIOD, "compare": "2020-2022"})

    assert "Line of force" in english
    assert "Krachtlijn" in dutch.content.decode()
    # A compared figure shows a total per period, not the single total of the cached page.
    assert "figure-total-value" in english
    assert "figure-total-value" not in compared.content.decode()


def test_the_task_computes_the_default_dashboards_ahead_of_visitors_in_every_language(
    client, twente, zeeland
):
    from werkplaats.monitoring.tasks import warm_dashboards

    full_project(twente, title="Eerste openbare project")
    result = warm_dashboards.enqueue()  # the test settings run tasks at once

    # The network and every werkplaats (the demo-free test database has two), in Dutch and English.
    assert result.return_value == 2 * (1 + 2)
    response, queries = get_counting_queries_without_filters(client, twente_dashboard())
    assert projects_total(response) == 1
    assert queries < 10, queries

    full_project(twente, title="Tweede openbare project")
    assert projects_total(client.get(twente_dashboard())) == 1  # still the kept figures
    warm_dashboards.enqueue()
    assert projects_total(client.get(twente_dashboard())) == 2
    assert projects_total(client.get(twente_dashboard("nl"))) == 2


def test_nothing_is_warmed_when_the_cache_is_off(twente, settings):
    from werkplaats.monitoring.warming import warm_public_dashboards

    settings.MONITORING_CACHE_SECONDS = 0
    assert warm_public_dashboards() == 0


def get_counting_queries_without_filters(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)

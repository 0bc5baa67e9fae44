"""The dashboards: the network's and a werkplaats's, their filters, the comparison of two periods,
and a number of queries that does not grow with the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone, translation

from werkplaats.monitoring import urls as monitoring_urls
from werkplaats.monitoring.constants import Unit
from werkplaats.monitoring.indicators import Figure, Indicator, Row
from werkplaats.monitoring.periods import Period, current_period
from werkplaats.monitoring.scope import Scope
from werkplaats.monitoring.templatetags.monitoring import figure_view, format_value
from werkplaats.monitoring.views import dashboards
from werkplaats.projects.tests.builders import full_project
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db


def address(name="monitoring:network", **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def figures_of(response) -> dict:
    return {
        item["figure"].key: item
        for section in response.context["sections"]
        for item in section["items"]
    }


def question_in(workshop, year, **fields):
    question, _token = submit(workshop=workshop, **fields)
    moment = timezone.make_aware(datetime.datetime(year, 5, 1, 10, 0))
    type(question).objects.filter(pk=question.pk).update(submitted_at=moment)
    return question


def test_the_network_dashboard_shows_every_figure_with_its_definition_and_a_table(client, twente):
    question_in(twente, current_period().first_year, question_type="action")

    response = client.get(address())

    assert response.status_code == 200
    body = response.content.decode()
    assert "How do the werkplaatsen contribute most to learning practices" in body
    figures = figures_of(response)
    assert "questions-by-type" in figures
    for item in figures.values():
        indicator = item["figure"].indicator
        assert str(indicator.name) in body
        assert f'id="figure-{indicator.key}"' in body
    assert body.count('class="figure-table"') == sum(
        1 for i in figures.values() if i["figure"].rows
    )
    lines = [section["line"].value for section in response.context["sections"]]
    assert lines == sorted(lines, key=["form", "content", "relations"].index)
    assert "Public figures" in body


def test_every_figure_is_tagged_with_its_learning_levels_and_shows_the_definition_next_to_it(
    client,
):
    body = client.get(address()).content.decode()

    assert "Learning practices" in body
    assert "Definition:" in body
    assert "Practice questions submitted in the period, by the four question types" in body


def test_a_coordinator_sees_the_internal_figures_of_their_own_werkplaats(client, cor, otto, twente):
    client.force_login(cor)
    own = client.get(address("monitoring:workshop", slug="twente"))
    client.force_login(otto)
    other = client.get(address("monitoring:workshop", slug="twente"))

    assert own.context["scope"].internal
    assert (
        "You see the internal figures of this werkplaats, including drafts" in own.content.decode()
    )
    assert not other.context["scope"].internal
    assert "Public figures" in other.content.decode()


def test_a_network_editor_sees_the_internal_figures_of_the_network(client, noor):
    client.force_login(noor)

    response = client.get(address())

    assert response.context["scope"].internal
    assert "internal figures of the network" in response.content.decode()


def test_an_unknown_werkplaats_has_no_dashboard(client):
    assert client.get(address("monitoring:workshop", slug="nergens")).status_code == 404


def test_choosing_a_werkplaats_on_the_network_dashboard_opens_its_dashboard(client, twente):
    response = client.get(address(), {"werkplaats": "twente", "period": "2020-2022", "theme": ""})

    assert response.status_code == 302
    assert (
        response["Location"] == address("monitoring:workshop", slug="twente") + "?period=2020-2022"
    )


def test_choosing_the_whole_network_on_a_werkplaats_dashboard_opens_the_network_dashboard(
    client, twente
):
    response = client.get(
        address("monitoring:workshop", slug="twente"), {"werkplaats": "", "period": "2020-2022"}
    )

    assert response.status_code == 302
    assert response["Location"] == address() + "?period=2020-2022"


def test_custom_years_become_the_period_of_the_address(client, twente):
    response = client.get(
        address("monitoring:workshop", slug="twente"), {"period": "", "from": "2019", "to": "2021"}
    )

    assert response.status_code == 302
    assert response["Location"].endswith("?period=2019-2021")
    page = client.get(response["Location"])
    assert page.context["scope"].period == Period(2019, 2021)
    assert '<option value="2019-2021" selected>' in page.content.decode()


def test_the_query_string_of_a_scope_selects_the_same_scope_on_the_dashboard(client, twente):
    scope = Scope(period=Period(2020, 2022), workshop=twente)

    response = client.get(address("monitoring:workshop", slug="twente"), scope.query())

    assert response.context["scope"] == scope


def test_bad_filters_are_shown_next_to_their_field_and_the_defaults_take_their_place(
    client, twente
):
    response = client.get(
        address("monitoring:workshop", slug="twente"),
        {"period": "twintig", "theme": "onbekend", "compare": "1800-1801"},
    )

    assert response.status_code == 400
    body = response.content.decode()
    assert "Write the period as two years, for example 2020-2022." in body
    assert "We do not know this theme. Choose one from the list." in body
    assert "Choose years from" in body
    assert 'id="id_period_error"' in body
    assert response.context["scope"].period == current_period()
    assert response.context["scope"].theme is None
    assert response.context["compare_scope"] is None


def test_a_year_that_is_not_a_number_is_refused_with_a_message(client):
    response = client.get(address(), {"from": "twintig"})

    assert response.status_code == 400
    assert "Write a year as four digits, for example 2021." in response.content.decode()


def test_comparing_a_period_with_itself_is_refused(client):
    response = client.get(address(), {"period": "2020-2022", "compare": "2020-2022"})

    assert response.status_code == 400
    assert "Choose a different period to compare with." in response.content.decode()


def test_comparing_two_periods_shows_both_and_the_change_in_the_table(client, cor, twente):
    question_in(twente, 2021, question_type="action")
    question_in(twente, 2024, question_type="action")
    question_in(twente, 2025, question_type="action")
    client.force_login(cor)

    response = client.get(
        address("monitoring:workshop", slug="twente"),
        {"period": "2023-2026", "compare": "2020-2022"},
    )

    assert response.status_code == 200
    item = figures_of(response)["questions-by-type"]
    assert item["compare"].scope.period == Period(2020, 2022)
    assert item["figure"].value_of("action") == 2 and item["compare"].value_of("action") == 1
    body = response.content.decode()
    assert "Change from 2020-22 to 2023-26" in body
    assert "+1" in body


def test_every_value_and_total_links_to_the_records_behind_it(client, cor, twente):
    question_in(twente, current_period().first_year, question_type="action")
    client.force_login(cor)

    response = client.get(address("monitoring:workshop", slug="twente"))

    figure = figures_of(response)["questions-by-type"]["figure"]
    body = response.content.decode()
    assert f'href="{figure.trace_url("action").replace("&", "&amp;")}"' in body
    assert f'href="{figure.trace_url().replace("&", "&amp;")}"' in body


def test_the_chart_is_drawn_from_a_specification_on_the_page_without_inline_script(client, twente):
    question_in(twente, current_period().first_year, question_type="action")

    body = client.get(address()).content.decode()

    assert '<figure class="chart" data-chart="chart-questions-by-type">' in body
    assert '<script id="chart-questions-by-type" type="application/json">' in body
    assert "monitoring/charts.js" in body and "defer" in body
    assert "<script>" not in body and "style=" not in body


def _count_queries(client, url, query):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, query).status_code == 200
    return len(queries)


@pytest.mark.parametrize("who", ["visitor", "coordinator"])
def test_the_dashboards_run_as_many_queries_with_many_records_as_with_few(
    client, who, cor, twente, zeeland, django_assert_max_num_queries
):
    if who == "coordinator":
        client.force_login(cor)
    pages = [(address(), {}), (address("monitoring:workshop", slug="twente"), {})]
    pages += [(url, {"period": "2023-2026", "compare": "2020-2022"}) for url, _query in pages]
    full_project(twente, others=[zeeland], title="Eerste proefproject")
    question_in(twente, 2025)
    few = [_count_queries(client, url, query) for url, query in pages]

    for number in range(4):
        full_project(twente, others=[zeeland], title=f"{number} Twents proefproject")
        full_project(zeeland, title=f"{number} Zeeuws proefproject", is_published=number % 2 == 0)
        question_in(twente, 2021 + number)
        question_in(zeeland, 2024)

    for (url, query), count in zip(pages, few, strict=True):
        with django_assert_max_num_queries(count):
            assert client.get(url, query).status_code == 200


def test_the_werkplaats_dashboard_shadows_no_other_monitoring_page():
    assert monitoring_urls.urlpatterns[-1].name == "workshop"
    assert resolve(reverse("monitoring:network")).func is dashboards.network_dashboard


def _figure(rows, total, period, unit=Unit.COUNT):
    indicator = Indicator(
        key="proef",
        name="Proef",
        definition="Een proef.",
        line="form",
        unit=unit,
        compute_result=lambda scope: None,
    )
    return Figure(indicator, Scope(period=period), rows, total)


def test_a_figure_and_its_comparison_run_from_the_earlier_period_to_the_later():
    later = _figure([Row("a", "A", 5), Row("b", "B", 2)], 7, Period(2023, 2026))
    earlier = _figure([Row("a", "A", 3), Row("c", "C", 1)], 4, Period(2020, 2022))

    with translation.override("en"):
        view = figure_view(later, earlier)

    assert view.periods == ["2020-22", "2023-26"]
    assert [row.label for row in view.rows] == ["A", "B", "C"]
    assert [cell.text for cell in view.rows[0].cells] == ["3", "5"]
    assert view.rows[0].change == "+2"
    assert view.rows[1].change == "–" and view.rows[2].change == "–"
    assert view.total_change == "+3"


def test_values_are_written_in_their_unit():
    with translation.override("en"):
        assert format_value(1234, Unit.COUNT) == "1,234"
        assert format_value(45.25, Unit.SHARE) == "45.2\N{NO-BREAK SPACE}%"
        assert format_value(12500, Unit.EURO) == "€\N{NO-BREAK SPACE}12,500"
        assert format_value(None, Unit.DAYS) == "–"
    with translation.override("nl"):
        assert format_value(2.5, Unit.DAYS) == "2,5"

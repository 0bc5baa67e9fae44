"""The trace list: the records behind a figure, only those the viewer may see."""

import re

import pytest
from django.utils import translation

from werkplaats.monitoring.indicators import (
    Indicator,
    all_indicators,
    communities,
    education,
    funding,
    get,
    outcomes,
    people,
    products,
    projects,
    publications,
    questions,
)
from werkplaats.monitoring.scope import Scope

from .small_network import PERIOD, SECRET, build
from .test_indicators import values

URL = "/en/monitoring/herkomst/{key}/"

#: The indicators of this helper's modules (the network analysis has its own tests).
MODULES = [questions, projects, people, products, publications, funding, communities]
OURS = {
    value.key
    for module in [*MODULES, education, outcomes]
    for value in vars(module).values()
    if isinstance(value, Indicator)
}


@pytest.fixture
def network(twente, zeeland, cor):
    return build(twente, zeeland, cor)


def trace(client, key, **query):
    query.setdefault("period", PERIOD.key)
    return client.get(URL.format(key=key), query)


def listed(response) -> int:
    text = response.content.decode()
    found = re.search(r"(\d+) records?", text)
    return int(found.group(1)) if found else 0


def test_the_figures_trace_url_names_the_list(network):
    figure = get("projects-by-status").compute(network.scope())
    assert figure.trace_url("running") == (
        "/monitoring/herkomst/projects-by-status/?period=2020-2022&werkplaats=twente&row=running"
    )


def test_it_shows_the_figures_name_definition_scope_and_value(client, network):
    response = trace(client, "projects-by-status", werkplaats="twente", row="finished")
    text = response.content.decode()
    assert response.status_code == 200
    assert "Projects by status" in text
    assert "planned, running or finished" in text
    assert network.twente.name in text and "2020-22" in text
    assert "Buurtkamers tegen eenzaamheid" in text


@pytest.mark.parametrize("user", ["noor", "cor"])
def test_for_an_internal_scope_the_list_counts_what_the_figure_counts(
    client, network, request, user
):
    client.force_login(request.getfixturevalue(user))
    scope = Scope.for_user(request.getfixturevalue(user), period=PERIOD, workshop=network.twente)
    assert scope.internal
    counting = [
        item
        for item in all_indicators()
        if item.records_for is not None
        and item.unit == "count"
        and item.chart != "stacked"
        and item.key in OURS
        and item.key != "education-students"  # a sum of students, listed by link
    ]
    assert len(counting) > 12
    for item in counting:
        figure = item.compute(scope)
        response = trace(client, item.key, werkplaats="twente")
        assert response.status_code == 200, item.key
        assert listed(response) == figure.total, item.key
        for row in figure.rows:
            if row.value:
                response = trace(client, item.key, werkplaats="twente", row=row.key)
                assert listed(response) == row.value, (item.key, row.key)


def test_drafts_are_listed_only_internally_and_linked_to_the_coordinators_page(
    client, network, cor
):
    public = trace(client, "projects-by-status", werkplaats="twente").content.decode()
    assert "concept project" not in public
    client.force_login(cor)
    internal = trace(client, "projects-by-status", werkplaats="twente").content.decode()
    assert f"{SECRET} concept project" in internal
    assert "/projecten/concept-project/beheer/" in internal


def test_a_public_list_says_how_many_questions_are_counted_but_not_shown(client, network):
    response = trace(client, "questions-by-type", werkplaats="twente")
    text = response.content.decode()
    assert "1 of these 2 practice questions are public" in text
    assert "Hoe bereiken we ouderen?" in text


@pytest.mark.parametrize("viewer", ["visitor", "otto"])
def test_private_fields_never_appear_for_a_visitor_or_another_coordinator(
    client, network, request, viewer
):
    if viewer != "visitor":
        client.force_login(request.getfixturevalue(viewer))
    keys = [item.key for item in all_indicators() if item.records_for is not None]
    for key in keys:
        for werkplaats in ("twente", ""):
            response = trace(client, key, werkplaats=werkplaats)
            assert response.status_code in (200, 404), key
            assert SECRET not in response.content.decode(), key
            assert "sanne@example.org" not in response.content.decode(), key


def test_an_internal_figure_is_not_found_for_a_visitor(client, network):
    assert trace(client, "questions-first-response", werkplaats="twente").status_code == 404


def test_it_answers_404_for_an_unknown_figure(client, db):
    assert trace(client, "no-such-figure").status_code == 404


def test_it_explains_bad_values_and_answers_400(client, network):
    with translation.override("en"):
        response = trace(
            client, "projects-by-status", period="2022-2020", werkplaats="atlantis", row="nope"
        )
    text = response.content.decode()
    assert response.status_code == 400
    assert "The period ends before it starts" in text
    assert "We do not know this werkplaats" in text
    assert "This figure has no row" in text
    assert "Projects by status" in text


def test_the_list_is_paginated_with_a_bounded_number_of_queries(
    client, network, noor, django_assert_max_num_queries
):
    client.force_login(noor)
    with django_assert_max_num_queries(40) as few:
        trace(client, "participants-by-role")
    for number in range(3):
        build(network.twente, network.zeeland, noor, f" {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = trace(client, "participants-by-role")
    assert listed(response) == 16
    assert values(get("participants-by-role").compute(Scope(PERIOD, internal=True)))

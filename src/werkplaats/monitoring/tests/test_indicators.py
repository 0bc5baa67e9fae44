"""Each indicator on a small constructed network with known counts (see ``small_network``)."""

import pytest

from werkplaats.monitoring.indicators import all_indicators, compute, get
from werkplaats.monitoring.periods import Period
from werkplaats.network.models import Theme

from .small_network import build


@pytest.fixture
def network(twente, zeeland, cor):
    return build(twente, zeeland, cor)


def figure(network, key, **scope):
    return get(key).compute(network.scope(**scope))


def values(figure):
    return {(row.key, row.series) if row.series else row.key: row.value for row in figure.rows}


def test_every_overview_and_attention_point_has_an_indicator():
    from werkplaats.monitoring.constants import AttentionPoint, LineOfForce, Overview

    indicators = all_indicators()
    assert {item.overview for item in indicators} >= set(Overview)
    assert {item.attention for item in indicators} >= set(AttentionPoint)
    assert {item.line for item in indicators} == set(LineOfForce)
    assert all(item.definition and item.levels for item in indicators)


def test_it_counts_questions_of_the_period_by_type_and_state_whatever_their_publication(network):
    by_type = figure(network, "questions-by-type", internal=False)
    assert by_type.total == 2  # q1 (published) and q4 (not); q3 is from 2019, q2 went to Zeeland
    assert values(by_type)["action"] == 1
    by_state = figure(network, "questions-by-state", internal=False)
    assert values(by_state)["accepted"] == 1
    assert by_state.total == 2


def test_it_measures_the_time_to_first_response_by_question_type(network):
    response = figure(network, "questions-first-response")
    assert values(response)[("action", "median")] == 2.0
    assert values(response)[("action", "p90")] == 2.0
    assert response.total == 2.0
    assert "1 " in response.note  # q4 waits


def test_time_to_first_response_is_internal_only(network):
    keys = {item.key for item in compute(network.scope(internal=False))}
    assert "questions-first-response" not in keys
    assert "questions-first-response" in {item.key for item in compute(network.scope())}


def test_it_counts_referrals_as_sent_and_received(network):
    twente = figure(network, "questions-referrals")
    assert values(twente) == {("zeeland", "sent"): 1, ("zeeland", "received"): 0}
    whole = figure(network, "questions-referrals", workshop=None)
    assert values(whole)[("twente", "sent")] == 1
    assert values(whole)[("zeeland", "received")] == 1
    assert whole.total == 1


def test_it_counts_projects_running_in_the_period_drafts_only_internally(network):
    internal = figure(network, "projects-by-status")
    public = figure(network, "projects-by-status", internal=False)
    assert internal.total == 2  # p1 and the draft p2; p4 ended in 2018
    assert public.total == 1
    assert values(internal) == {"planned": 0, "running": 1, "finished": 1}


def test_it_counts_projects_a_werkplaats_takes_part_in(network):
    zeeland = figure(network, "projects-joint", workshop="zeeland", internal=False)
    assert values(zeeland) == {"joint": 1, "alone": 1}  # p1 (led by Twente) and p3
    assert figure(network, "projects-joint", workshop=None).total == 3


def test_it_counts_learning_forms_question_types_groups_and_levels(network):
    assert values(figure(network, "projects-by-learning-form")) == {"actieonderzoek": 2}
    types = values(figure(network, "projects-by-question-type"))
    assert types["action"] == 1 and types["multi_actor"] == 1 and types["monitoring"] == 0
    assert values(figure(network, "projects-by-beneficiary-group")) == {"ouderen": 1}
    assert values(figure(network, "projects-by-learning-level"))["practices"] == 2


def test_a_theme_filters_what_has_themes(network):
    theme = Theme.objects.get(slug="eenzaamheid")
    assert figure(network, "projects-by-status", theme=theme).total == 1
    assert figure(network, "questions-by-type", theme=theme).total == 1
    assert figure(network, "products-by-kind", theme=theme).total == 0


def test_another_period_counts_other_records(network):
    earlier = Period(2016, 2018)
    assert figure(network, "projects-by-status", period=earlier).total == 1  # p4
    assert figure(network, "questions-by-type", period=Period(2019, 2019)).total == 1
    assert figure(network, "publications-by-type", period=earlier).total == 0


def test_it_counts_participants_by_role_and_organisation_kind(network):
    roles = figure(network, "participants-by-role")
    assert values(roles) == {"sociaal-professional": 2, "onderzoeker": 2}
    kinds = values(figure(network, "participants-by-organisation-kind", internal=False))
    assert kinds == {"gemeente": 2, "none": 1}


def test_it_counts_partners_by_kind_and_new_against_lasting(network):
    partners = figure(network, "partners-by-organisation-kind")
    assert values(partners) == {"gemeente": 1, "hogeschool": 1}
    ties = figure(network, "partners-new-lasting")
    assert values(ties) == {
        ("gemeente", "new"): 1,
        ("gemeente", "lasting"): 0,
        ("hogeschool", "new"): 0,
        ("hogeschool", "lasting"): 1,
    }
    network_wide = values(figure(network, "partners-new-lasting", workshop=None))
    assert network_wide[("hogeschool", "new")] == 1  # Saxion's first tie with Zeeland, 2020


def test_it_counts_products_methods_and_adoptions_after_the_project(network):
    assert figure(network, "products-by-kind").total == 2
    assert figure(network, "products-by-kind", internal=False).total == 1
    methods = values(figure(network, "methods-by-recognition-level"))
    assert methods["well_described"] == 1
    adoptions = values(figure(network, "adoptions-after-project-end"))
    assert adoptions == {"after_end": 1, "during": 1, "no_end": 0}


def test_it_counts_publications_by_type_and_the_open_access_share(network):
    assert values(figure(network, "publications-by-type", internal=False)) == {"article": 1}
    shares = figure(network, "publications-open-access")
    assert shares.total == 50.0
    assert values(shares)["closedAccess"] == 50.0
    assert figure(network, "publications-open-access", internal=False).total == 100.0


def test_it_measures_the_funding_mix_sources_and_concentration(network):
    amounts = values(figure(network, "funding-amount-by-kind"))
    assert amounts == {"basissubsidie-vws": 60000, "gemeente": 60000, "fonds": 30000}
    projects = figure(network, "funding-projects-by-kind")
    assert values(projects) == {"basissubsidie-vws": 1, "gemeente": 1, "fonds": 1}
    assert projects.total == 2
    bands = values(figure(network, "funding-sources-per-project"))
    assert bands == {"0": 0, "1": 1, "2": 0, "3+": 1}
    concentration = figure(network, "funding-concentration")
    assert values(concentration) == {"twente": 40.0}  # 60,000 of 150,000
    assert figure(network, "funding-concentration", internal=False).total == 50.0


def test_it_counts_meetings_members_and_attendance_open_communities_in_public(network):
    meetings = figure(network, "community-meetings")
    assert meetings.total == 3
    assert figure(network, "community-meetings", internal=False).total == 2
    assert figure(network, "community-members-by-role", internal=False).total == 2
    assert figure(network, "community-members-by-role").total == 3
    attendance = figure(network, "community-attendance", internal=False)
    assert attendance.total == 1.5  # three present at two meetings


def test_it_counts_education_links_and_students_by_hbo_and_mbo(network):
    links = figure(network, "education-links-by-form")
    assert values(links)[("course", "hogeschool")] == 1
    assert values(links)[("graduation", "roc")] == 1
    assert links.total == 2  # the link of 2015-2016 lies outside the period
    assert values(figure(network, "education-students")) == {"hogeschool": 10, "roc": 4}


def test_it_sets_learning_outcomes_beside_results(network):
    assert values(figure(network, "outcomes-by-kind")) == {"learning": 2, "result": 1}
    both = values(figure(network, "projects-learning-and-results"))
    assert both == {"both": 1, "learning_only": 1, "results_only": 0, "neither": 0}
    public = values(figure(network, "projects-learning-and-results", internal=False))
    assert public["learning_only"] == 0


def test_all_indicators_together_run_a_bounded_number_of_queries(
    network, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    scope = network.scope(workshop=None)
    with CaptureQueriesContext(connection) as few:
        compute(scope)
    for number in range(3):
        build(network.twente, network.zeeland, network.twente.coordinators.first(), f" {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        figures = compute(scope)
    assert figures[0].total > 2

"""The network measures on small hand-made networks whose answers are known."""

import networkx as nx
import pytest
from django.utils import translation

from werkplaats.monitoring import indicators
from werkplaats.monitoring.network import metrics


def test_it_measures_a_path_of_three():
    shape = metrics.structure(nx.path_graph(["a", "b", "c"]))
    assert (shape.nodes, shape.ties, shape.components) == (3, 2, 1)
    assert shape.density == pytest.approx(2 / 3)
    assert shape.largest_share == 1.0


def test_it_counts_components_and_the_share_in_the_largest():
    graph = nx.Graph([("a", "b"), ("b", "c"), ("d", "e")])
    graph.add_node("f")
    shape = metrics.structure(graph)
    assert shape.components == 3
    assert shape.largest_share == pytest.approx(3 / 6)
    assert shape.density == pytest.approx(3 / 15)


def test_it_measures_an_empty_network_as_zero():
    assert metrics.structure(nx.Graph()) == metrics.Structure(0, 0, 0.0, 0, 0.0)


def test_the_middle_of_a_path_is_the_only_bridge():
    graph = nx.path_graph(["a", "b", "c"])
    assert metrics.betweenness(graph) == {"a": 0.0, "b": 1.0, "c": 0.0}
    assert metrics.top_bridges(graph) == [("b", 1.0, 2)]


def test_the_centre_of_two_triangles_is_the_strongest_bridge():
    # Two triangles joined in "m": every path from one side to the other runs through m.
    graph = nx.Graph([("a", "b"), ("b", "m"), ("a", "m"), ("m", "c"), ("c", "d"), ("d", "m")])
    bridges = metrics.top_bridges(graph)
    assert [node for node, _score, _degree in bridges] == ["m"]
    assert bridges[0][1] == pytest.approx(4 / 6)  # on the paths of 4 of the 6 pairs of others


def test_a_large_network_estimates_betweenness_the_same_way_every_time():
    graph = nx.barabasi_albert_graph(metrics.EXACT_BETWEENNESS_UP_TO + 100, 2, seed=1)
    assert metrics.is_sampled(graph)
    first, second = metrics.betweenness(graph), metrics.betweenness(graph)
    assert first == second
    # The hubs of a preferential-attachment network are its bridges, sampled or not.
    exact = nx.betweenness_centrality(graph)
    top_exact = set(sorted(exact, key=exact.get, reverse=True)[:3])
    top_sampled = set(sorted(first, key=first.get, reverse=True)[:10])
    assert top_exact <= top_sampled


def test_it_tells_new_lost_and_kept_ties_apart():
    before = nx.Graph([("a", "b"), ("b", "c")])
    now = nx.Graph([("b", "a"), ("c", "d")])
    changes = metrics.compare_ties(now, before)
    assert changes.new == {frozenset("cd")}
    assert changes.lost == {frozenset("bc")}
    assert changes.kept == {frozenset("ab")}


def test_the_bridges_definition_names_the_sampling_that_is_used():
    with translation.override("en"):
        definition = str(indicators.get("bridge-organisations").definition)
    assert f"Above {metrics.EXACT_BETWEENNESS_UP_TO} organisations" in definition
    assert f"out of {metrics.BETWEENNESS_SAMPLE} organisations" in definition

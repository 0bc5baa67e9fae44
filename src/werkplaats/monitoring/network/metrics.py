"""Measures of a network, on plain networkx graphs (no queries, no Django models).

Betweenness is computed exactly up to ``EXACT_BETWEENNESS_UP_TO`` nodes. Above it (the network at
ten times the demo has thousands of organisations) networkx estimates it from shortest paths out of
``BETWEENNESS_SAMPLE`` nodes drawn with the fixed seed ``SEED``, so the same data always gives the
same figures and the time stays flat.
"""

from dataclasses import dataclass

import networkx as nx

EXACT_BETWEENNESS_UP_TO = 400
BETWEENNESS_SAMPLE = 100
SEED = 2018  # the year of the evaluation; any fixed number keeps the figures reproducible


@dataclass(frozen=True)
class Structure:
    nodes: int
    ties: int
    density: float
    components: int
    largest_share: float  # the share of nodes in the largest component, 0..1


@dataclass(frozen=True)
class TieChanges:
    new: frozenset
    lost: frozenset
    kept: frozenset


def structure(graph: nx.Graph) -> Structure:
    nodes = graph.number_of_nodes()
    if not nodes:
        return Structure(0, 0, 0.0, 0, 0.0)
    components = list(nx.connected_components(graph))
    largest = max(len(component) for component in components)
    return Structure(
        nodes=nodes,
        ties=graph.number_of_edges(),
        density=nx.density(graph),
        components=len(components),
        largest_share=largest / nodes,
    )


def betweenness(graph: nx.Graph) -> dict:
    """Normalised betweenness of every node, counting hops (not tie weights): a bridge is an
    organisation on many shortest paths between others, however often each tie occurred."""
    if graph.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO:
        return nx.betweenness_centrality(graph, normalized=True)
    return nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE, normalized=True, seed=SEED)


def is_sampled(graph: nx.Graph) -> bool:
    return graph.number_of_nodes() > EXACT_BETWEENNESS_UP_TO


def top_bridges(graph: nx.Graph, limit: int = 10) -> list[tuple]:
    """``(node, betweenness, degree)`` of the ``limit`` nodes with the highest betweenness above
    zero, highest first (ties broken by degree, then node, so the order is stable)."""
    scores = betweenness(graph)
    ranked = sorted(
        ((node, score, graph.degree(node)) for node, score in scores.items() if score > 0),
        key=lambda item: (-item[1], -item[2], item[0]),
    )
    return ranked[:limit]


def tie_set(graph: nx.Graph) -> frozenset:
    return frozenset(frozenset(edge) for edge in graph.edges)


def compare_ties(current: nx.Graph, previous: nx.Graph) -> TieChanges:
    """Ties new in ``current``, lost since ``previous``, and kept from it."""
    now, before = tie_set(current), tie_set(previous)
    return TieChanges(new=now - before, lost=before - now, kept=now & before)

"""The two networks of a period, built from the ``Sources`` (no queries here).

- Organisations are nodes; two organisations are tied when they work in the same project, have
  members in the same learning community, or are partners of the same werkplaats.
- Werkplaatsen are nodes; two werkplaatsen are tied by joint projects, referrals of questions,
  organisations that are partner of both, and products that build on the other's product.

Each tie keeps how often each kind occurred (``kinds``) and the total as ``weight``.
"""

from collections import Counter
from itertools import combinations

import networkx as nx
from django.db import models
from django.utils.translation import gettext_lazy as _

from .sources import Sources


class OrganisationTieKind(models.TextChoices):
    PROJECT = "project", _("Shared project")
    COMMUNITY = "community", _("Shared learning community")
    PARTNERSHIP = "partnership", _("Partners of the same werkplaats")


class WorkshopTieKind(models.TextChoices):
    JOINT_PROJECT = "joint_project", _("Joint project")
    REFERRAL = "referral", _("Referred question")
    SHARED_PARTNER = "shared_partner", _("Organisation partner of both")
    BUILDS_ON = "builds_on", _("Product builds on the other's product")


def _tie(graph: nx.Graph, a, b, kind: str, count: int = 1) -> None:
    if a == b:
        return
    if graph.has_edge(a, b):
        data = graph.edges[a, b]
        data["kinds"][kind] += count
        data["weight"] += count
    else:
        graph.add_edge(a, b, kinds=Counter({kind: count}), weight=count)


def organisation_graph(sources: Sources, workshop_id: int | None = None) -> nx.Graph:
    """Organisations and their ties. For a werkplaats: its partners and the organisations of its
    projects and communities (``sources`` already hold only those), tied as above."""
    graph = nx.Graph()
    groups = [
        (OrganisationTieKind.PROJECT, sources.project_organisations),
        (OrganisationTieKind.COMMUNITY, sources.community_organisations),
    ]
    if workshop_id is None:
        groups.append((OrganisationTieKind.PARTNERSHIP, sources.partners))
    else:
        groups.append(
            (
                OrganisationTieKind.PARTNERSHIP,
                {workshop_id: sources.partners.get(workshop_id, set())},
            )
        )
    for kind, members_of in groups:
        for members in members_of.values():
            graph.add_nodes_from(members)
            for a, b in combinations(sorted(members), 2):
                _tie(graph, a, b, kind)
    return graph


def workshop_graph(sources: Sources, workshop_ids, workshop_id: int | None = None) -> nx.Graph:
    """Werkplaatsen and their ties. For one werkplaats: it and its ties to the others."""
    graph = nx.Graph()
    if workshop_id is None:
        graph.add_nodes_from(workshop_ids)
    else:
        graph.add_node(workshop_id)
    for workshops in sources.project_workshops.values():
        for a, b in combinations(sorted(workshops), 2):
            _tie(graph, a, b, WorkshopTieKind.JOINT_PROJECT)
    for a, b in sources.referrals:
        _tie(graph, a, b, WorkshopTieKind.REFERRAL)
    for a, b in sources.builds_on:
        _tie(graph, a, b, WorkshopTieKind.BUILDS_ON)
    for a, b in combinations(sorted(sources.partners), 2):
        both = len(sources.partners[a] & sources.partners[b])
        if both:
            _tie(graph, a, b, WorkshopTieKind.SHARED_PARTNER, both)
    if workshop_id is not None:
        # Only the werkplaats's own ties: joint projects of two others it takes part in too
        # say nothing about its own connections.
        graph.remove_edges_from([(a, b) for a, b in graph.edges if workshop_id not in (a, b)])
        graph.remove_nodes_from(
            [n for n in list(graph) if n != workshop_id and not graph.degree(n)]
        )
    return graph

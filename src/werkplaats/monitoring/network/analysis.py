"""``analyse(scope)``: the network of relations within and between werkplaatsen for a scope, with
its measures and how its ties changed since the previous period.

The analysis is built once per scope object: the dashboards, the report and the indicators create a
scope for one request or one report run and ask for several network figures, which then share one
build. A new scope (the next request) reads the data again, so a new tie shows up at once.
"""

from contextlib import suppress
from dataclasses import dataclass
from functools import cached_property

import networkx as nx
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe

from werkplaats.network.models import Organisation, Workshop

from ..periods import Period
from ..scope import Scope
from . import metrics
from .drawing import drawing_svg
from .graph import WorkshopTieKind, organisation_graph, workshop_graph
from .sources import read_sources

_MEMO = "_network_analysis"
#: The tie table (the drawing's text alternative) lists at most this many ties, strongest first.
TIE_TABLE_LIMIT = 100
PREFIXES = ("Werkplaats Sociaal Domein ", "Werkplaats ")


def short_name(name: str) -> str:
    """``Werkplaats Sociaal Domein Twente`` -> ``Twente``: labels that fit a drawing."""
    for prefix in PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


@dataclass(frozen=True)
class Place:
    """A werkplaats as a node."""

    pk: int
    slug: str
    name: str

    @property
    def short_name(self) -> str:
        return short_name(self.name)


@dataclass(frozen=True)
class Bridge:
    slug: str
    name: str
    kind: str
    betweenness: float
    degree: int

    @property
    def url(self) -> str:
        return reverse("network:organisation", kwargs={"slug": self.slug})


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    count: int


@dataclass(frozen=True)
class WerkplaatsTie:
    a: Place
    b: Place
    weight: int
    kinds: tuple[KindCount, ...]
    change: str  # "new" or "kept" compared with the previous period


@dataclass
class NetworkAnalysis:
    scope: Scope
    previous_period: Period
    organisations: nx.Graph
    werkplaatsen: nx.Graph
    places: dict[int, Place]
    organisation_changes: metrics.TieChanges
    werkplaats_changes: metrics.TieChanges

    @cached_property
    def organisation_structure(self) -> metrics.Structure:
        return metrics.structure(self.organisations)

    @cached_property
    def werkplaats_structure(self) -> metrics.Structure:
        return metrics.structure(self.werkplaatsen)

    @property
    def betweenness_sampled(self) -> bool:
        return metrics.is_sampled(self.organisations)

    @cached_property
    def bridges(self) -> list[Bridge]:
        """The ten organisations with the highest betweenness: the bridges (one query)."""
        ranked = metrics.top_bridges(self.organisations, 10)
        names = {
            pk: (slug, name, kind)
            for pk, slug, name, kind in Organisation.objects.filter(
                pk__in=[node for node, _score, _degree in ranked]
            ).values_list("pk", "slug", "name", "kind__name")
        }
        return [
            Bridge(*names[node], betweenness=score, degree=degree)
            for node, score, degree in ranked
            if node in names
        ]

    @cached_property
    def werkplaats_ties(self) -> list[WerkplaatsTie]:
        """Ties between werkplaatsen, strongest first."""
        labels = dict(WorkshopTieKind.choices)
        ties = []
        for a, b, data in self.werkplaatsen.edges(data=True):
            first, second = sorted((self.places[a], self.places[b]), key=lambda p: p.name)
            kinds = tuple(
                KindCount(kind, str(labels[kind]), data["kinds"][kind])
                for kind in WorkshopTieKind.values
                if data["kinds"].get(kind)
            )
            change = "kept" if frozenset((a, b)) in self.werkplaats_changes.kept else "new"
            ties.append(WerkplaatsTie(first, second, data["weight"], kinds, change))
        return sorted(ties, key=lambda tie: (-tie.weight, tie.a.name, tie.b.name))

    @cached_property
    def lost_werkplaats_ties(self) -> list[tuple[Place, Place]]:
        pairs = [
            tuple(sorted((self.places[a], self.places[b]), key=lambda p: p.name))
            for a, b in map(tuple, self.werkplaats_changes.lost)
            if a in self.places and b in self.places
        ]
        return sorted(pairs, key=lambda pair: (pair[0].name, pair[1].name))

    @property
    def shown_ties(self) -> list[WerkplaatsTie]:
        return self.werkplaats_ties[:TIE_TABLE_LIMIT]

    @property
    def ties_cut_off(self) -> bool:
        return len(self.werkplaats_ties) > TIE_TABLE_LIMIT

    @cached_property
    def trace_urls(self) -> dict[str, str]:
        """The records behind the network figures, by indicator key (for the component)."""
        urls = {}
        query = urlencode(self.scope.query())
        for key in (
            "network-structure",
            "ties-between-werkplaatsen",
            "ties-over-time",
            "bridge-organisations",
        ):
            with suppress(NoReverseMatch):  # the trace lists are not mounted (yet)
                urls[key.replace("-", "_")] = (
                    reverse("monitoring:records", kwargs={"key": key}) + "?" + query
                )
        return urls

    def ties_by_kind(self) -> dict[str, int]:
        """How many pairs of werkplaatsen each kind of tie connects (a pair can have several)."""
        counts = dict.fromkeys(WorkshopTieKind.values, 0)
        for _a, _b, data in self.werkplaatsen.edges(data=True):
            for kind, count in data["kinds"].items():
                if count:
                    counts[kind] += 1
        return counts

    @property
    def drawing(self) -> SafeString:
        """The drawing of the werkplaats network, for inline HTML."""
        # Built from escaped parts only.
        return mark_safe(drawing_svg(self))


def analyse(scope: Scope) -> NetworkAnalysis:
    """The network analysis of a scope, built once per scope object (see the module text)."""
    cached = scope.__dict__.get(_MEMO)
    if cached is not None:
        return cached
    analysis = _build(scope)
    object.__setattr__(scope, _MEMO, analysis)  # Scope is frozen; the memo is not a field
    return analysis


def _build(scope: Scope) -> NetworkAnalysis:
    workshop_id = scope.workshop.pk if scope.workshop else None
    places = {
        pk: Place(pk, slug, name)
        for pk, slug, name in Workshop.objects.values_list("pk", "slug", "name")
    }
    previous_period = scope.period.previous()
    graphs = {}
    for period in (scope.period, previous_period):
        sources = read_sources(scope, period)
        graphs[period] = (
            organisation_graph(sources, workshop_id),
            workshop_graph(sources, places, workshop_id),
        )
    (organisations, werkplaatsen), (organisations_before, werkplaatsen_before) = (
        graphs[scope.period],
        graphs[previous_period],
    )
    for node in werkplaatsen:
        werkplaatsen.nodes[node]["place"] = places[node]
    return NetworkAnalysis(
        scope=scope,
        previous_period=previous_period,
        organisations=organisations,
        werkplaatsen=werkplaatsen,
        places=places,
        organisation_changes=metrics.compare_ties(organisations, organisations_before),
        werkplaats_changes=metrics.compare_ties(werkplaatsen, werkplaatsen_before),
    )

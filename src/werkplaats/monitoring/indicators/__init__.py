"""Every indicator of the network, defined once (see ``base``), in modules by subject.

``compute(scope)`` gives the figures the dashboards, the evaluation report and the API all show, so
the three agree by construction.
"""

# Importing a module registers its indicators, in the order the dashboards show them (so the
# order here is deliberate, not alphabetical; ``network`` stays last).
from . import questions, projects, people, products, publications  # noqa: F401, I001
from . import funding, communities, education, assignments, outcomes, network  # noqa: F401
from ..scope import Scope
from .base import REGISTRY, Figure, Indicator, Result, Row, indicator


def all_indicators() -> list[Indicator]:
    return list(REGISTRY.values())


def get(key: str) -> Indicator | None:
    return REGISTRY.get(key)


def compute(scope: Scope, keys=None) -> list[Figure]:
    """The figures of every indicator the scope may see (or of ``keys``), in registry order."""
    chosen = [
        item
        for item in REGISTRY.values()
        if item.visible_in(scope) and (keys is None or item.key in keys)
    ]
    return [item.compute(scope) for item in chosen]


__all__ = ["Figure", "Indicator", "Result", "Row", "all_indicators", "compute", "get", "indicator"]

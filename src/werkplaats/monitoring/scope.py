"""What a figure is measured over, and for whom.

A scope is a werkplaats (or the whole network), a period and optionally a theme. ``internal`` says
whether the viewer may see the werkplaats's own, non-public records behind the figures: coordinators
of that werkplaats and network editors may; everyone else sees figures over public records only, and
never a name (see DESIGN.md, "What is private, always").
"""

from dataclasses import dataclass, field

from werkplaats.accounts.roles import is_coordinator, is_network_editor
from werkplaats.network.models import Theme, Workshop

from .periods import Period, current_period


@dataclass(frozen=True)
class Scope:
    period: Period = field(default_factory=current_period)
    workshop: Workshop | None = None
    theme: Theme | None = None
    internal: bool = False

    @classmethod
    def for_user(cls, user, *, period=None, workshop=None, theme=None) -> "Scope":
        return cls(
            period=period or current_period(),
            workshop=workshop,
            theme=theme,
            internal=may_see_internal(user, workshop),
        )

    @property
    def key(self) -> str:
        """Stable text for caches and file names."""
        return ":".join(
            [
                self.period.key,
                self.workshop.slug if self.workshop else "network",
                self.theme.slug if self.theme else "all",
                "internal" if self.internal else "public",
            ]
        )

    def with_period(self, period: Period) -> "Scope":
        return Scope(
            period=period, workshop=self.workshop, theme=self.theme, internal=self.internal
        )

    def query(self) -> dict[str, str]:
        """The query string that selects this scope on the dashboard, the trace lists and the API."""
        query = {"period": self.period.key}
        if self.workshop:
            query["werkplaats"] = self.workshop.slug
        if self.theme:
            query["theme"] = self.theme.slug
        return query

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, Scope) and self.key == other.key


def may_see_internal(user, workshop: Workshop | None) -> bool:
    """Network editors for everything; a coordinator for their own werkplaats only."""
    if user is None:
        return False
    if is_network_editor(user):
        return True
    return workshop is not None and is_coordinator(user, workshop)

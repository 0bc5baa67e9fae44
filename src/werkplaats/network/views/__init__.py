"""The public pages of the network registry. Each view parses input, asks ``queries``, renders."""

from .directories import organisation, organisation_list, person, person_list
from .places import municipality, municipality_lookup
from .themes import theme, theme_list
from .workshops import home, workshop, workshop_list

__all__ = [
    "home",
    "municipality",
    "municipality_lookup",
    "organisation",
    "organisation_list",
    "person",
    "person_list",
    "theme",
    "theme_list",
    "workshop",
    "workshop_list",
]

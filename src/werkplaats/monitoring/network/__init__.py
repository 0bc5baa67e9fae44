"""Network analysis of the relations within and between werkplaatsen (issue 7, build 2).

``analyse(scope)`` gives a ``NetworkAnalysis``; ``drawing_svg(analysis)`` draws its werkplaats
network as SVG for the HTML pages and the PDF report.
"""

from .analysis import Bridge, NetworkAnalysis, Place, WerkplaatsTie, analyse, short_name
from .drawing import drawing_svg
from .graph import OrganisationTieKind, WorkshopTieKind

__all__ = [
    "Bridge",
    "NetworkAnalysis",
    "OrganisationTieKind",
    "Place",
    "WerkplaatsTie",
    "WorkshopTieKind",
    "analyse",
    "drawing_svg",
    "short_name",
]

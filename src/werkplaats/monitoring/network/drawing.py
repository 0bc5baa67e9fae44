"""A drawing of the werkplaats network as SVG, made on the server.

The same SVG goes inline into the HTML pages and into the PDF report, so it carries all its looks as
presentation attributes (no classes, no site CSS). Nodes are placed by a force layout with a fixed
seed (the same data always gives the same picture); the width of a tie grows with its weight. The
page puts the table of the ties next to it as the text alternative.
"""

import math
import re

import networkx as nx
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .metrics import SEED

WIDTH, HEIGHT = 760, 540
MARGIN_X, MARGIN_Y = 110, 40
TIE_COLOUR = "#1f5f8b"
NODE_COLOUR = "#d9822b"
FOCUS_COLOUR = "#8b3d7a"
TEXT_COLOUR = "#1a1a1a"
FONT = "sans-serif"


def layout(graph: nx.Graph, focus=None) -> dict:
    """Positions in the drawing area, by node. One werkplaats's network: it in the middle."""
    nodes = sorted(graph, key=lambda n: graph.nodes[n]["place"].name)
    if not nodes:
        return {}
    if focus is not None and focus in graph:
        others = [n for n in nodes if n != focus]
        raw = nx.shell_layout(graph, [[focus], others]) if others else {focus: (0.0, 0.0)}
    elif len(nodes) == 1:
        raw = {nodes[0]: (0.0, 0.0)}
    else:
        ordered = nx.Graph()
        ordered.add_nodes_from(nodes)
        ordered.add_edges_from(graph.edges(data=True))
        raw = nx.spring_layout(ordered, seed=SEED, weight="weight", k=1.6 / math.sqrt(len(nodes)))
    xs = [float(x) for x, _y in raw.values()]
    ys = [float(y) for _x, y in raw.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    inner_w, inner_h = WIDTH - 2 * MARGIN_X, HEIGHT - 2 * MARGIN_Y
    return {
        node: (
            MARGIN_X + (float(x) - min(xs)) / span_x * inner_w if len(nodes) > 1 else WIDTH / 2,
            MARGIN_Y + (float(y) - min(ys)) / span_y * inner_h if len(nodes) > 1 else HEIGHT / 2,
        )
        for node, (x, y) in raw.items()
    }


def drawing_svg(analysis, id_prefix: str = "") -> str:
    """The werkplaats network of ``analysis`` as a standalone SVG document (role="img", with a
    title and a description). ``id_prefix`` keeps ids unique when a page shows two drawings."""
    graph = analysis.werkplaatsen
    scope = analysis.scope
    focus = scope.workshop.pk if scope.workshop else None
    prefix = id_prefix or "network-" + re.sub(r"[^a-z0-9-]+", "-", scope.key.lower())
    title = _("Ties between werkplaatsen, %(period)s") % {"period": scope.period.label}
    ties = analysis.werkplaats_ties
    description = _description(graph, ties)
    positions = layout(graph, focus)
    heaviest = max((tie.weight for tie in ties), default=1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-labelledby="{prefix}-title {prefix}-desc" font-family="{FONT}">',
        f'<title id="{prefix}-title">{escape(title)}</title>',
        f'<desc id="{prefix}-desc">{escape(description)}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    for tie in reversed(ties):  # the strongest ties drawn last, on top
        (x1, y1), (x2, y2) = positions[tie.a.pk], positions[tie.b.pk]
        width = 1 + 7 * math.sqrt(tie.weight / heaviest)
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{TIE_COLOUR}" stroke-opacity="0.55" stroke-width="{width:.1f}" '
            f'stroke-linecap="round"><title>{escape(_tie_text(tie))}</title></line>'
        )
    for node in sorted(positions, key=lambda n: graph.nodes[n]["place"].name):
        place = graph.nodes[node]["place"]
        x, y = positions[node]
        degree = graph.degree(node)
        radius = 6 + 2.5 * math.sqrt(degree)
        colour = FOCUS_COLOUR if node == focus else NODE_COLOUR
        label = escape(place.short_name)
        parts.append(
            f"<g><title>{escape(place.name)}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" '
            f'stroke="#ffffff" stroke-width="1.5"/>'
            f'<text x="{x:.1f}" y="{y + radius + 13:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{TEXT_COLOUR}" stroke="#ffffff" stroke-width="3" paint-order="stroke" '
            f'stroke-linejoin="round">{label}</text></g>'
        )
    if not ties:
        parts.append(
            f'<text x="{WIDTH / 2:.0f}" y="{MARGIN_Y:.0f}" text-anchor="middle" font-size="14" '
            f'fill="{TEXT_COLOUR}">{escape(_("No ties between werkplaatsen in this period."))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _tie_text(tie) -> str:
    kinds = ", ".join(f"{kind.label}: {kind.count}" for kind in tie.kinds)
    return f"{tie.a.name} – {tie.b.name} ({kinds})"


def _description(graph: nx.Graph, ties) -> str:
    text = ngettext("%(count)d werkplaats", "%(count)d werkplaatsen", graph.number_of_nodes()) % {
        "count": graph.number_of_nodes()
    }
    text += ", " + ngettext("%(count)d tie", "%(count)d ties", len(ties)) % {"count": len(ties)}
    if ties:
        strongest = "; ".join(
            f"{tie.a.short_name} – {tie.b.short_name} ({tie.weight})" for tie in ties[:3]
        )
        text += ". " + _("Strongest ties: %(ties)s.") % {"ties": strongest}
    else:
        text += "."
    text += " " + _("The table below the drawing lists the ties.")
    return text

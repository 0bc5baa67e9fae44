"""The report as HTML: one fragment (the report's body), rendered once when the report is made and
kept as a file; the report page wraps it in the site's layout for whoever opens it."""

from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string

from .content import ReportContent, spec_id

NETWORK_COMPONENT = "monitoring/components/network.html"


def _network_component() -> str | None:
    """The network block of the dashboards, when the network analysis module provides it."""
    try:
        get_template(NETWORK_COMPONENT)
    except TemplateDoesNotExist:
        return None
    return NETWORK_COMPONENT


def render_body(content: ReportContent) -> str:
    sections = [
        {
            "section": section,
            "groups": [
                {
                    "group": group,
                    "figures": [(figure, spec_id(group, figure)) for figure in group.figures],
                }
                for group in section.groups
            ],
        }
        for section in content.sections
    ]
    return render_to_string(
        "monitoring/reports/body.html",
        {
            "content": content,
            "sections": sections,
            "network_component": _network_component() if content.analysis is not None else None,
        },
    )

"""Small filters for the project pages. Use: ``{% load projects %}``."""

from django import template
from django.utils.formats import number_format

from ..queries import period_years

register = template.Library()


@register.filter
def project_years(project) -> str:
    """``2024–2026``, ``2025`` or ``2025–`` (still running): the years of a project's period."""
    return period_years(project)


@register.filter
def euro(amount) -> str:
    """``€ 25.000`` in Dutch, ``€ 25,000`` in English; whole euros unless there are cents."""
    if amount is None:
        return ""
    decimals = 0 if amount == amount.to_integral_value() else 2
    return "€\u00a0" + number_format(amount, decimals, use_l10n=True, force_grouping=True)

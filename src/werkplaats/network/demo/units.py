"""The units the demo fills: the 15 real werkplaatsen, built from the reference data."""

from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import Municipality, Organisation, ResearchGroup, Workshop
from ..reference import (
    COROP_TO_WORKSHOP,
    ReferenceWorkshop,
    municipality_organisation_slug,
    read_reference_workshops,
    themes_for_agenda,
)
from .plan import Unit


class DemoError(RuntimeError):
    """The database does not hold what the demo builds on."""


def _by_slug(queryset, slugs: list[str], what: str) -> list:
    found = queryset.in_bulk(slugs, field_name="slug")
    missing = [s for s in slugs if s not in found]
    if missing:
        raise DemoError(
            _("The reference %(what)s %(slugs)s is missing; was it renamed?")
            % {"what": what, "slugs": ", ".join(missing)}
        )
    return [found[s] for s in slugs]


def towns_of(ref: ReferenceWorkshop, municipalities: list[Municipality]) -> list[Municipality]:
    """The werkplaats's region from the reference data: its named municipalities first, then the
    municipalities of its COROP regions. Read from the data files, not the (editable) region, so
    the demo plans the same units whatever editors changed since."""
    by_name = {m.name: m for m in municipalities}
    named = [by_name[name] for name in ref.named_municipalities]
    rest = [
        m for m in municipalities if COROP_TO_WORKSHOP.get(m.corop) == ref.slug and m not in named
    ]
    return named + rest


def real_units() -> list[tuple[ReferenceWorkshop, Unit]]:
    """One unit per real werkplaats, in the order of the data file."""
    municipalities = list(Municipality.objects.order_by("code"))
    refs = read_reference_workshops()
    workshops = Workshop.objects.in_bulk([r.slug for r in refs], field_name="slug")
    units = []
    for ref in refs:
        if ref.slug not in workshops:
            raise DemoError(
                _("The werkplaats %(slug)r is missing; was it renamed?") % {"slug": ref.slug}
            )
        towns = towns_of(ref, municipalities)
        gemeente_slugs = [
            municipality_organisation_slug(m) for m in towns[: len(ref.named_municipalities)]
        ]
        units.append(
            (
                ref,
                Unit(
                    key=ref.slug,
                    base_slug=ref.slug,
                    copy=1,
                    workshop=workshops[ref.slug],
                    towns=towns,
                    hogescholen=_by_slug(
                        Organisation.objects.select_related("kind"),
                        [slugify(n) for n in ref.lead_institutions],
                        _("organisation"),
                    ),
                    gemeenten=_by_slug(
                        Organisation.objects.select_related("kind"),
                        gemeente_slugs,
                        _("organisation"),
                    ),
                    research_groups=_by_slug(
                        ResearchGroup.objects.select_related("organisation__kind"),
                        [slugify(n) for n in ref.research_groups],
                        _("research group"),
                    ),
                    theme_slugs=themes_for_agenda(ref.agenda),
                ),
            )
        )
    return units

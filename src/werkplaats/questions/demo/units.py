"""The werkplaatsen the demo fills with questions: the 15 real ones, and their copies at scale N."""

from collections import defaultdict

from django.utils.translation import gettext as _

from werkplaats.network.demo.scale import synthetic_slug
from werkplaats.network.demo.units import DemoError
from werkplaats.network.models import Municipality, Partnership, Workshop
from werkplaats.network.reference import read_reference_workshops

from .plan import NEIGHBOURS, Unit


def load_units(scale: int) -> list[Unit]:
    """One unit per werkplaats (copies 1..scale), with its region and partner organisations."""
    refs = read_reference_workshops()
    slugs = {
        (ref.slug, copy): ref.slug if copy == 1 else synthetic_slug(ref.slug, copy)
        for copy in range(1, scale + 1)
        for ref in refs
    }
    workshops = Workshop.objects.in_bulk(list(slugs.values()), field_name="slug")
    missing = [ref.slug for ref in refs if ref.slug not in workshops]
    if missing:
        raise DemoError(
            _("The werkplaats %(slug)r is missing; was it renamed?") % {"slug": missing[0]}
        )
    ids = [w.pk for w in workshops.values()]
    municipalities = Municipality.objects.in_bulk()
    regions = defaultdict(list)
    links = Workshop.municipalities.through.objects.filter(workshop_id__in=ids).order_by(
        "municipality__code"
    )
    for workshop_id, municipality_id in links.values_list("workshop_id", "municipality_id"):
        regions[workshop_id].append(municipalities[municipality_id])
    partners = defaultdict(lambda: defaultdict(list))
    for partnership in (
        Partnership.objects.filter(workshop_id__in=ids)
        .select_related("organisation__kind")
        .order_by("organisation__slug")
    ):
        organisation = partnership.organisation
        partners[partnership.workshop_id][organisation.kind.slug].append(organisation)

    units = []
    for copy in range(1, scale + 1):
        for ref in refs:
            workshop = workshops.get(slugs[(ref.slug, copy)])
            towns = regions.get(workshop.pk) if workshop else None
            if not towns:
                continue  # a copy the network demo did not build, or a werkplaats without region
            named = [m for m in towns if m.name in ref.named_municipalities] or towns
            neighbour = workshops.get(slugs.get((NEIGHBOURS.get(ref.slug, ""), copy), ""))
            units.append(
                Unit(
                    key=workshop.slug,
                    base_slug=ref.slug,
                    workshop=workshop,
                    towns=towns,
                    named_towns=named,
                    organisations=partners[workshop.pk],
                    neighbour=neighbour or workshops[refs[0].slug],
                )
            )
    return units

"""``--scale N``: synthetic copies of the 15 werkplaatsen for benchmarks.

Copy k (2..N) of werkplaats ``twente`` is a new werkplaats ``twente-s<k>`` over the same region,
with the same lead hogescholen and municipalities as partners, a synthetic lectoraat of its own and
its own fictional organisations and people. Scale N has N×15 werkplaatsen and about N times the
rows.
"""

from ..constants import PartnershipRole
from ..models import ResearchGroup, Workshop
from ..reference import FUNDING_PERIOD, ReferenceWorkshop
from . import names
from .plan import Unit

SYNTHETIC_SOURCE = "werkplaats demo --scale (synthetic)"


def synthetic_slug(slug: str, copy: int) -> str:
    return f"{slug}-s{copy}"


def synthetic_unit(ref: ReferenceWorkshop, real: Unit, copy: int) -> Unit:
    """Copy ``copy`` of a real werkplaats's unit, as new (unsaved) rows."""
    region = names.REGION_WORDS[ref.slug]
    workshop = Workshop(
        slug=synthetic_slug(ref.slug, copy),
        name=f"{ref.name} (synthetisch {copy})",
        description=f"Synthetische kopie {copy} van {ref.name}, gemaakt voor prestatietests.",
        description_en=f"Synthetic copy {copy} of {ref.name}, made for benchmarks.",
        source=SYNTHETIC_SOURCE,
        agenda=list(ref.agenda),
    )
    subject = names.RESEARCH_SUBJECTS[(copy + len(ref.slug)) % len(names.RESEARCH_SUBJECTS)]
    group_name = f"Lectoraat {subject} ({region} {copy})"
    group = ResearchGroup(
        name=group_name,
        slug=synthetic_slug(f"lectoraat-{ref.slug}", copy),
        organisation=real.hogescholen[0],
    )
    start, end = FUNDING_PERIOD
    leads = [(h, PartnershipRole.LEAD, start, end) for h in real.hogescholen]
    leads += [
        (g, PartnershipRole.LEAD if i == 0 else PartnershipRole.PARTNER, start, end)
        for i, g in enumerate(real.gemeenten)
    ]
    return Unit(
        key=workshop.slug,
        base_slug=ref.slug,
        copy=copy,
        workshop=workshop,
        towns=real.towns,
        hogescholen=real.hogescholen,
        gemeenten=real.gemeenten,
        research_groups=[],
        theme_slugs=list(real.theme_slugs),
        region_ids=[m.pk for m in real.towns],
        lead_partnerships=leads,
        new_research_groups=[group],
    )

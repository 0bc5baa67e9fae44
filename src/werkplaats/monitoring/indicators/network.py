"""The network of relations (line of force "relations", attention point "stronger connections").

Every figure here reads one ``NetworkAnalysis`` (``monitoring.network``), built once per scope, so
computing all of them builds the networks once. Organisations and werkplaatsen are public entities
and are named; people never appear.
"""

from django.utils.translation import gettext_lazy as _

from werkplaats.library.models import Product
from werkplaats.network.models import Organisation, Workshop
from werkplaats.projects.constants import LearningLevel
from werkplaats.questions.constants import EventKind
from werkplaats.questions.models import PracticeQuestion

from ..constants import AttentionPoint, LineOfForce, Unit
from ..network import WorkshopTieKind, analyse
from ..network.sources import joint_projects, read_sources
from ..scope import Scope
from .base import Result, Row, indicator

SOURCES_TEXT = _(
    "Organisations are tied when they work in the same project (partners and participants' "
    "organisations), have members in the same learning community (through the members' "
    "affiliations), or are partners of the same werkplaats. Projects running in the period, "
    "communities that met in it, partnerships that touch it; in public only published projects, "
    "open communities and members who consented to be listed. With a theme, partnerships (which "
    "have no theme) are left out."
)


@indicator(
    key="network-structure",
    name=_("Structure of the network of organisations"),
    definition=_(
        "The organisations in the network of the period and the ties between them; density is the "
        "share of all possible ties that exist (0 to 1); a component is a group of organisations "
        "that reach each other through ties; the last row is the percentage of organisations in "
        "the largest component. For a werkplaats: its partners and the organisations of its "
        "projects and communities."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    overview=None,
    attention=AttentionPoint.CONNECTIONS,
    chart="none",
)
def network_structure(scope: Scope) -> Result:
    shape = analyse(scope).organisation_structure
    rows = [
        Row("organisations", _("Organisations"), shape.nodes),
        Row("ties", _("Ties between organisations"), shape.ties),
        Row("density", _("Density (0 to 1)"), round(shape.density, 3)),
        Row("components", _("Components"), shape.components),
        Row(
            "largest",
            _("Organisations in the largest component (percent)"),
            round(100 * shape.largest_share, 1),
        ),
    ]
    return Result(rows=rows, total=None, note=SOURCES_TEXT)


@network_structure.records
def _network_structure_records(scope: Scope, row_key: str):
    return Organisation.objects.filter(pk__in=list(analyse(scope).organisations)).select_related(
        "kind"
    )


@indicator(
    key="ties-between-werkplaatsen",
    name=_("Ties between werkplaatsen"),
    definition=_(
        "Pairs of werkplaatsen tied in the period, by kind of tie: projects run together (lead "
        "and participating werkplaatsen), questions referred from one to the other, organisations "
        "that are partner of both, and products that build on a product of the other. A pair "
        "tied in several ways counts once under each; the total counts each pair once. For a "
        "werkplaats: its own ties to others."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.PRACTICES, LearningLevel.ORGANISATIONS),
    attention=AttentionPoint.CONNECTIONS,
)
def ties_between_werkplaatsen(scope: Scope) -> Result:
    analysis = analyse(scope)
    counts = analysis.ties_by_kind()
    rows = [Row(kind.value, kind.label, counts[kind.value]) for kind in WorkshopTieKind]
    return Result(rows=rows, total=analysis.werkplaats_structure.ties)


@ties_between_werkplaatsen.records
def _ties_between_werkplaatsen_records(scope: Scope, row_key: str):
    """Joint projects; for the other kinds, the organisations, products or questions behind."""
    if row_key in ("", WorkshopTieKind.JOINT_PROJECT):
        return joint_projects(scope).select_related("lead_workshop")
    if row_key == WorkshopTieKind.SHARED_PARTNER:
        return _shared_partners(scope)
    if row_key == WorkshopTieKind.BUILDS_ON:
        return _building_products(scope)
    if row_key == WorkshopTieKind.REFERRAL:
        return _referred_questions(scope)
    return joint_projects(scope).none()


def _shared_partners(scope: Scope):
    analysis = analyse(scope)
    partners = read_sources(scope, scope.period).partners
    shared = set()
    for tie in analysis.werkplaats_ties:
        shared |= partners.get(tie.a.pk, set()) & partners.get(tie.b.pk, set())
    return Organisation.objects.filter(pk__in=shared)


def _building_products(scope: Scope):
    products = Product.objects.filter(
        date__gte=scope.period.start,
        date__lte=scope.period.end,
        builds_on__isnull=False,
    )
    if not scope.internal:
        products = products.filter(is_published=True, builds_on__source__is_published=True)
    if scope.theme:
        products = products.filter(themes=scope.theme)
    if scope.workshop:
        products = products.filter(workshops=scope.workshop) | products.filter(
            builds_on__source__workshops=scope.workshop
        )
    return products.distinct()


def _referred_questions(scope: Scope):
    """Referred questions the viewer may list: published ones in public; internally those of the
    werkplaats (or, for network editors, all)."""
    questions = PracticeQuestion.objects.filter(
        events__kind=EventKind.REFERRED,
        events__created_at__gte=scope.period.start_datetime(),
        events__created_at__lt=scope.period.end_datetime(),
    )
    if scope.theme:
        questions = questions.filter(themes=scope.theme)
    if not scope.internal:
        questions = questions.filter(is_published=True)
    if scope.workshop:
        questions = questions.filter(workshop=scope.workshop)
    return questions.distinct()


CHANGES = [
    ("organisations", "new", _("Between organisations: new")),
    ("organisations", "kept", _("Between organisations: kept")),
    ("organisations", "lost", _("Between organisations: lost")),
    ("werkplaatsen", "new", _("Between werkplaatsen: new")),
    ("werkplaatsen", "kept", _("Between werkplaatsen: kept")),
    ("werkplaatsen", "lost", _("Between werkplaatsen: lost")),
]


@indicator(
    key="ties-over-time",
    name=_("New, kept and lost ties"),
    definition=_(
        "Ties of the period compared with the previous period (the subsidy period before, or as "
        "many years before): new ties did not exist then, kept ties did, lost ties existed then "
        "but not now. Ties between organisations and between werkplaatsen as in the two figures "
        "above."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS,),
    attention=AttentionPoint.CONNECTIONS,
)
def ties_over_time(scope: Scope) -> Result:
    analysis = analyse(scope)
    changes = {
        "organisations": analysis.organisation_changes,
        "werkplaatsen": analysis.werkplaats_changes,
    }
    rows = [
        Row(f"{network}-{change}", label, len(getattr(changes[network], change)))
        for network, change, label in CHANGES
    ]
    note = _("Compared with %(period)s.") % {"period": analysis.previous_period.label}
    return Result(rows=rows, total=None, note=note)


@ties_over_time.records
def _ties_over_time_records(scope: Scope, row_key: str):
    """The organisations or werkplaatsen with a tie of that row."""
    analysis = analyse(scope)
    network, _sep, change = row_key.partition("-")
    if network not in ("organisations", "werkplaatsen") or change not in ("new", "kept", "lost"):
        network, change = "organisations", ""
    changes = (
        analysis.organisation_changes if network == "organisations" else analysis.werkplaats_changes
    )
    ties = getattr(changes, change) if change else changes.new | changes.kept | changes.lost
    nodes = {node for tie in ties for node in tie}
    model = Organisation if network == "organisations" else Workshop
    return model.objects.filter(pk__in=nodes)


@indicator(
    key="bridge-organisations",
    name=_("Bridge organisations"),
    definition=_(
        "The ten organisations with the highest betweenness in the network of organisations: the "
        "share of shortest paths between two other organisations that run through them (0 to 1), "
        "counting steps, not how often a tie occurred. Bridges connect parts of the network that "
        "would otherwise be further apart. Above 400 organisations betweenness is estimated from "
        "the shortest paths out of 100 organisations drawn with a fixed seed, so the same data "
        "gives the same figures."
    ),
    line=LineOfForce.RELATIONS,
    levels=(LearningLevel.ORGANISATIONS, LearningLevel.MUNICIPALITIES),
    attention=AttentionPoint.CONNECTIONS,
    unit=Unit.RATIO,
)
def bridge_organisations(scope: Scope) -> Result:
    bridges = analyse(scope).bridges
    rows = [Row(bridge.slug, bridge.name, round(bridge.betweenness, 4)) for bridge in bridges]
    return Result(rows=rows, total=None)


@bridge_organisations.records
def _bridge_organisations_records(scope: Scope, row_key: str):
    slugs = [bridge.slug for bridge in analyse(scope).bridges]
    if row_key:
        slugs = [slug for slug in slugs if slug == row_key]
    return Organisation.objects.filter(slug__in=slugs).select_related("kind")

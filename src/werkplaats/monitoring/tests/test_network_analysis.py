"""The network analysis on a small constructed network: which ties it finds, what a public scope
leaves out, new and lost ties across periods, and that it stays within a fixed number of queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
)
from werkplaats.library.models import BuildsOn
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.monitoring import indicators
from werkplaats.monitoring.network import analyse, drawing_svg
from werkplaats.monitoring.periods import Period
from werkplaats.monitoring.scope import Scope
from werkplaats.network.models import Affiliation, Partnership
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
    WorkshopFactory,
)
from werkplaats.projects.models import Participant, ProjectPartner
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.constants import EventKind
from werkplaats.questions.models import QuestionEvent
from werkplaats.questions.tests.factories import submit

NOW = Period(2023, 2026)
BEFORE = Period(2020, 2022)


def project(lead, *, partners=(), joint=(), start=datetime.date(2024, 1, 1), **fields):
    item = ProjectFactory(
        lead_workshop=lead,
        start_date=start,
        end_date=start + datetime.timedelta(days=300),
        **fields,
    )
    item.workshops.set(joint)
    for organisation in partners:
        ProjectPartner.objects.create(project=item, organisation=organisation)
    return item


def pair(analysis, a, b) -> frozenset:
    return frozenset((a.pk, b.pk))


@pytest.fixture
def orgs(db):
    return {
        name: OrganisationFactory(name=name) for name in ("Gemeente Enschede", "Saxion", "Avedan")
    }


def test_a_shared_project_ties_its_organisations_and_its_werkplaatsen(twente, zeeland, orgs):
    project(twente, partners=[orgs["Saxion"], orgs["Avedan"]], joint=[zeeland])
    analysis = analyse(Scope(period=NOW))
    assert analysis.organisations.has_edge(orgs["Saxion"].pk, orgs["Avedan"].pk)
    assert analysis.organisations.edges[orgs["Saxion"].pk, orgs["Avedan"].pk]["kinds"] == {
        "project": 1
    }
    [tie] = analysis.werkplaats_ties
    assert {tie.a.slug, tie.b.slug} == {"twente", "zeeland"}
    assert [(kind.kind, kind.count) for kind in tie.kinds] == [("joint_project", 1)]


def test_participants_organisations_count_as_organisations_of_the_project(twente, orgs):
    item = project(twente, partners=[orgs["Saxion"]])
    person = PersonFactory()
    Participant.objects.create(
        project=item, person=person, role_id=_role().pk, organisation=orgs["Avedan"]
    )
    analysis = analyse(Scope(period=NOW))
    assert analysis.organisations.has_edge(orgs["Saxion"].pk, orgs["Avedan"].pk)


def test_a_learning_community_ties_the_organisations_of_its_members(twente, orgs):
    community = CommunityFactory(workshop=twente)
    MeetingFactory(community=community)  # meets in 2026
    for name in ("Saxion", "Avedan"):
        member = MembershipFactory(community=community).person
        Affiliation.objects.create(person=member, organisation=orgs[name])
    analysis = analyse(Scope(period=NOW))
    assert analysis.organisations.edges[orgs["Saxion"].pk, orgs["Avedan"].pk]["kinds"] == {
        "community": 1
    }


def test_partners_of_the_same_werkplaats_are_tied_and_a_shared_partner_ties_werkplaatsen(
    twente, zeeland, orgs
):
    for name in ("Saxion", "Gemeente Enschede"):
        PartnershipFactory(workshop=twente, organisation=orgs[name])
    PartnershipFactory(workshop=zeeland, organisation=orgs["Saxion"])
    analysis = analyse(Scope(period=NOW))
    assert analysis.organisations.has_edge(orgs["Saxion"].pk, orgs["Gemeente Enschede"].pk)
    [tie] = analysis.werkplaats_ties
    assert [(kind.kind, kind.count) for kind in tie.kinds] == [("shared_partner", 1)]


def test_referrals_and_products_that_build_on_each_other_tie_werkplaatsen(twente, zeeland):
    question, _token = submit(workshop=twente)
    QuestionEvent.objects.create(
        question=question,
        kind=EventKind.REFERRED,
        from_workshop=twente,
        to_workshop=zeeland,
        created_at=timezone.make_aware(datetime.datetime(2024, 3, 1, 10)),
    )
    earlier = ProductFactory(workshops=[zeeland], date=datetime.date(2021, 5, 1))
    later = ProductFactory(workshops=[twente], date=datetime.date(2024, 5, 1))
    BuildsOn.objects.create(product=later, source=earlier)
    [tie] = analyse(Scope(period=NOW)).werkplaats_ties
    assert {kind.kind: kind.count for kind in tie.kinds} == {"referral": 1, "builds_on": 1}
    assert tie.weight == 2


def test_it_finds_new_lost_and_kept_ties_against_the_previous_period(twente, zeeland, orgs):
    enschede, saxion, avedan = orgs["Gemeente Enschede"], orgs["Saxion"], orgs["Avedan"]
    project(twente, partners=[enschede, saxion], start=datetime.date(2021, 1, 1))
    project(twente, partners=[enschede, avedan], start=datetime.date(2021, 1, 1), joint=[zeeland])
    project(twente, partners=[enschede, avedan], start=datetime.date(2024, 1, 1))
    project(twente, partners=[saxion, avedan], start=datetime.date(2024, 1, 1))
    analysis = analyse(Scope(period=NOW))
    assert analysis.previous_period == BEFORE
    changes = analysis.organisation_changes
    assert changes.new == {frozenset((saxion.pk, avedan.pk))}
    assert changes.lost == {frozenset((enschede.pk, saxion.pk))}
    assert changes.kept == {frozenset((enschede.pk, avedan.pk))}
    assert analysis.werkplaats_changes.lost == {pair(analysis, twente, zeeland)}
    figure = indicators.get("ties-over-time").compute(Scope(period=NOW))
    assert figure.value_of("organisations-new") == 1
    assert figure.value_of("organisations-lost") == 1
    assert figure.value_of("werkplaatsen-lost") == 1


def test_a_werkplaats_sees_its_own_network_and_its_ties_to_others(twente, zeeland, orgs):
    elsewhere = WorkshopFactory(slug="noord")
    outsider = OrganisationFactory(name="Hanzehogeschool")
    project(twente, partners=[orgs["Saxion"], orgs["Avedan"]], joint=[zeeland])
    project(zeeland, partners=[outsider, orgs["Gemeente Enschede"]], joint=[elsewhere])
    analysis = analyse(Scope(period=NOW, workshop=twente))
    assert set(analysis.organisations) == {orgs["Saxion"].pk, orgs["Avedan"].pk}
    assert [{tie.a.slug, tie.b.slug} for tie in analysis.werkplaats_ties] == [{"twente", "zeeland"}]


def test_the_public_network_leaves_out_drafts_and_closed_communities(twente, zeeland, orgs):
    marker = OrganisationFactory(name="Markeerorganisatie Concept")
    closed_marker = OrganisationFactory(name="Markeerorganisatie Gesloten")
    project(twente, partners=[orgs["Saxion"], orgs["Avedan"]])
    project(twente, partners=[orgs["Saxion"], marker], joint=[zeeland], is_published=False)
    community = CommunityFactory(workshop=twente, is_open=False)
    MeetingFactory(community=community)
    for organisation in (orgs["Saxion"], closed_marker):
        member = MembershipFactory(community=community).person
        Affiliation.objects.create(person=member, organisation=organisation)

    internal = analyse(Scope(period=NOW, internal=True))
    assert {marker.pk, closed_marker.pk} <= set(internal.organisations)
    assert internal.werkplaats_ties

    public_scope = Scope(period=NOW)
    public = analyse(public_scope)
    assert marker.pk not in public.organisations
    assert closed_marker.pk not in public.organisations
    assert not public.werkplaats_ties
    html = render_to_string("monitoring/components/network.html", {"analysis": public})
    assert "Markeerorganisatie" not in html
    records = indicators.get("network-structure").records_for(public_scope, "")
    assert marker not in records and orgs["Saxion"] in records
    joint = indicators.get("ties-between-werkplaatsen").records_for(public_scope, "joint_project")
    assert not joint.exists()


def test_the_public_network_leaves_out_members_without_consent(twente, orgs):
    community = CommunityFactory(workshop=twente)
    MeetingFactory(community=community)
    hidden = MembershipFactory(community=community, person=PersonFactory(is_public=False)).person
    shown = MembershipFactory(community=community).person
    Affiliation.objects.create(person=hidden, organisation=orgs["Avedan"])
    Affiliation.objects.create(person=shown, organisation=orgs["Saxion"])
    assert orgs["Avedan"].pk not in analyse(Scope(period=NOW)).organisations
    assert orgs["Avedan"].pk in analyse(Scope(period=NOW, internal=True)).organisations


def test_several_network_figures_build_the_network_once(
    twente, zeeland, orgs, django_assert_num_queries
):
    project(twente, partners=[orgs["Saxion"], orgs["Avedan"]], joint=[zeeland])
    scope = Scope(period=NOW)
    first = analyse(scope)
    with django_assert_num_queries(0):
        assert analyse(scope) is first


def test_a_new_tie_shows_up_on_the_next_request(twente, zeeland, orgs):
    keys = ["ties-between-werkplaatsen"]
    assert indicators.compute(Scope(period=NOW), keys)[0].total == 0
    project(twente, partners=[orgs["Saxion"]], joint=[zeeland])
    [figure] = indicators.compute(Scope(period=NOW), keys)
    assert figure.total == 1
    assert figure.value_of("joint_project") == 1


def _build(size: int, workshops, organisations):
    for n in range(size):
        lead, other = workshops[n % len(workshops)], workshops[(n + 1) % len(workshops)]
        partners = [
            organisations[n % len(organisations)],
            organisations[(n + 3) % len(organisations)],
        ]
        project(lead, partners=partners, joint=[other])
        Partnership.objects.get_or_create(
            workshop=lead, organisation=organisations[(n + 5) % len(organisations)]
        )
        community = CommunityFactory(workshop=lead)
        MeetingFactory(community=community)
        member = MembershipFactory(community=community).person
        Affiliation.objects.create(
            person=member, organisation=organisations[n % len(organisations)]
        )


@pytest.mark.parametrize("size", [2, 12])
def test_the_analysis_runs_a_fixed_number_of_queries(size, db, django_assert_max_num_queries):
    workshops = [WorkshopFactory() for _n in range(4)]
    organisations = [OrganisationFactory() for _n in range(8)]
    _build(size, workshops, organisations)
    with django_assert_max_num_queries(20):
        analysis = analyse(Scope(period=NOW, internal=True))
        bridges = analysis.bridges
        ties = analysis.werkplaats_ties
        figures = indicators.compute(analysis.scope, NETWORK_KEYS)
    assert len(figures) == len(NETWORK_KEYS) and ties
    assert analysis.organisation_structure.nodes == (8 if size > 8 else 6)
    assert bridges or size < 8


NETWORK_KEYS = (
    "network-structure",
    "ties-between-werkplaatsen",
    "ties-over-time",
    "bridge-organisations",
)


def test_every_network_indicator_is_on_the_line_of_relations_and_public():
    for key in NETWORK_KEYS:
        item = indicators.get(key)
        assert item.line == "relations"
        assert item.attention == "connections"
        assert not item.internal


def test_the_bridges_are_named_organisations_ranked_by_betweenness(twente, zeeland, orgs):
    enschede, saxion, avedan = orgs["Gemeente Enschede"], orgs["Saxion"], orgs["Avedan"]
    project(twente, partners=[enschede, saxion])
    project(zeeland, partners=[saxion, avedan])
    figure = indicators.get("bridge-organisations").compute(Scope(period=NOW))
    assert [(row.key, row.label, row.value) for row in figure.rows] == [
        (saxion.slug, "Saxion", 1.0)
    ]


def test_the_drawing_is_well_formed_svg_with_a_title_and_escaped_names(twente, orgs):
    odd = WorkshopFactory(name="Werkplaats <Zorg> & Welzijn", slug="zorg-welzijn")
    project(twente, partners=[orgs["Saxion"]], joint=[odd])
    analysis = analyse(Scope(period=NOW))
    svg = drawing_svg(analysis)
    root = ET.fromstring(svg)
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{namespace}svg"
    assert root.get("role") == "img"
    title = root.find(f"{namespace}title")
    assert title is not None and "2023-26" in title.text
    assert root.find(f"{namespace}desc") is not None
    assert (
        root.get("aria-labelledby")
        == f"{title.get('id')} {root.find(f'{namespace}desc').get('id')}"
    )
    labels = [text.text for text in root.iter(f"{namespace}text")]
    assert "<Zorg> & Welzijn" in labels and "Twente" in labels  # short names, escaped
    assert "class=" not in svg


def test_the_drawing_of_an_empty_network_says_so(db):
    root = ET.fromstring(drawing_svg(analyse(Scope(period=NOW))))
    assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_the_component_shows_the_ties_table_and_the_bridges(twente, zeeland, orgs):
    project(twente, partners=[orgs["Gemeente Enschede"], orgs["Saxion"]], joint=[zeeland])
    project(zeeland, partners=[orgs["Saxion"], orgs["Avedan"]])
    html = render_to_string(
        "monitoring/components/network.html", {"analysis": analyse(Scope(period=NOW))}
    )
    assert "<svg" in html and 'role="img"' in html
    assert "Werkplaats Sociaal Domein Zeeland" in html  # in the ties table
    assert f'href="{orgs["Saxion"].get_absolute_url()}"' in html  # the bridge, linked


def _role():
    from werkplaats.network.models import ParticipantRole

    return ParticipantRole.objects.first()

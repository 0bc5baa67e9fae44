"""The demo communities: realistic, deterministic, loaded once, private where they must be."""

import datetime

import pytest
from django.db.models import Count

from werkplaats.communities.demo import load_demo_communities
from werkplaats.communities.models import LearningCommunity, Meeting, Reflection
from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def network(twente, zeeland):
    for workshop in (twente, zeeland, WorkshopFactory(name="Werkplaats Sociaal Domein Utrecht")):
        for number in range(12):
            PersonFactory(slug=f"{workshop.slug}-{number}").workshops.add(workshop)
    femke = PersonFactory(slug="femke-de-wit", given_name="Femke")
    return femke


def _snapshot():
    return list(LearningCommunity.objects.order_by("slug").values_list("slug", "is_open"))


def test_every_werkplaats_gets_open_and_closed_communities_with_meetings(network):
    result = load_demo_communities(now=NOW)

    assert result.communities == 9
    per_workshop = LearningCommunity.objects.values("workshop").annotate(n=Count("pk"))
    assert {row["n"] for row in per_workshop} == {3}
    assert LearningCommunity.objects.filter(is_open=False).exists()
    assert all(
        c.memberships.filter(is_facilitator=True).exists() for c in LearningCommunity.objects.all()
    )
    offsets = {m.starts_at.utcoffset() for m in Meeting.objects.all() if m.starts_at.tzinfo}
    assert Meeting.objects.filter(starts_at__lt=NOW).exists()
    assert Meeting.objects.filter(starts_at__gt=NOW).exists()
    months = {m.starts_at.astimezone(datetime.UTC).month for m in Meeting.objects.all()}
    assert months & {6, 7, 8} and months & {12, 1, 2}, "meetings in summer and in winter time"
    assert offsets


def test_closed_communities_never_have_a_published_reflection_and_open_ones_do(network):
    load_demo_communities(now=NOW)

    assert not Reflection.objects.filter(
        meeting__community__is_open=False, is_published=True
    ).exists()
    assert Reflection.objects.filter(meeting__community__is_open=True, is_published=True).exists()
    assert Reflection.objects.filter(is_published=False).exists()
    assert all(r.authors.exists() for r in Reflection.objects.all())


def test_the_demo_member_facilitates_a_community_of_twente(network):
    load_demo_communities(now=NOW)

    assert network.community_memberships.filter(
        is_facilitator=True, community__workshop__slug="twente"
    ).exists()


def test_a_second_run_changes_nothing_and_the_plan_is_deterministic(network):
    first = load_demo_communities(now=NOW)
    snapshot = _snapshot()
    again = load_demo_communities(now=NOW)

    assert first.changed and not again.changed
    assert _snapshot() == snapshot
    LearningCommunity.objects.all().delete()
    load_demo_communities(now=NOW)
    assert _snapshot() == snapshot

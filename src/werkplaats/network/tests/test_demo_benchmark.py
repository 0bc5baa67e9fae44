"""``werkplaats demo --scale benchmark``: the demo multiplied, copies that keep what is private."""

import argparse
import dataclasses
import datetime

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from werkplaats.communities.models import LearningCommunity, Meeting
from werkplaats.network.demo import benchmark
from werkplaats.network.demo.multiply import Multiplier
from werkplaats.network.management.commands.demo import _scale
from werkplaats.network.models import Organisation, Person
from werkplaats.projects.models import Participant, Project
from werkplaats.publications.models import Publication
from werkplaats.questions.models import PracticeQuestion

pytestmark = pytest.mark.django_db

EXTRA = 40


def _extra(model) -> int:
    """Every person is copied once (so copied projects meet copied people); EXTRA of the rest."""
    return Person.objects.count() if model is Person else EXTRA


@pytest.fixture(scope="module")
def multiplied(django_db_setup, django_db_blocker):
    """The demo, then copies: (multiplier, rows before, rows made, families)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", verbosity=0)
        families = [
            dataclasses.replace(f, target=f.model.objects.count() + _extra(f.model))
            for f in benchmark.families()
        ]
        before = {f.model: set(f.model.objects.values_list("pk", flat=True)) for f in families}
        multiplier = Multiplier()
        made = {f.model: multiplier.run(f) for f in families}
        yield multiplier, before, made, families
        transaction.set_rollback(True)


def _copies(multiplier, model):
    """(template pk, copy pk) for every copy made."""
    return [(pks[0], pk) for pks in multiplier.copies[model].values() for pk in pks[1:]]


def test_every_family_gets_exactly_the_rows_it_misses(multiplied, django_db_blocker):
    _multiplier, before, made, families = multiplied
    with django_db_blocker.unblock():
        for family in families:
            wanted = len(before[Person]) if family.model is Person else EXTRA
            assert made[family.model] == wanted, family.label
            assert family.model.objects.count() == family.target
        assert Multiplier().run(families[0]) == 0  # reached: a second run adds nothing


def test_copies_keep_their_children_links_and_what_is_private(multiplied, django_db_blocker):
    multiplier, *_ = multiplied
    with django_db_blocker.unblock():
        for old, new in _copies(multiplier, PracticeQuestion):
            template, copy = (
                PracticeQuestion.objects.get(pk=old),
                PracticeQuestion.objects.get(pk=new),
            )
            assert copy.events.count() == template.events.count()
            assert set(copy.themes.all()) == set(template.themes.all())
            assert (copy.is_published, copy.state, copy.workshop_id) == (
                template.is_published,
                template.state,
                template.workshop_id,
            )
            assert copy.reference != template.reference
            assert copy.tracking_token_hash != template.tracking_token_hash
            years = template.submitted_at.year - copy.submitted_at.year
            assert 1 <= years <= 5
        for old, new in _copies(multiplier, Person):
            template, copy = Person.objects.get(pk=old), Person.objects.get(pk=new)
            assert copy.user_id is None  # no copy of anybody's account
            assert copy.is_public == template.is_public
            assert copy.affiliations.count() == template.affiliations.count()
            assert copy.slug != template.slug and copy.uuid != template.uuid
        for old, new in _copies(multiplier, LearningCommunity):
            template, copy = (
                LearningCommunity.objects.get(pk=old),
                LearningCommunity.objects.get(pk=new),
            )
            assert copy.is_open == template.is_open
            assert copy.memberships.count() == template.memberships.count()
        for old, new in _copies(multiplier, Publication):
            template, copy = Publication.objects.get(pk=old), Publication.objects.get(pk=new)
            assert copy.is_published == template.is_published
            assert copy.authorships.count() == template.authorships.count()


def test_copies_point_to_copies_of_what_was_copied_before(multiplied, django_db_blocker):
    multiplier, before, *_ = multiplied
    people = multiplier.copies[Person]
    with django_db_blocker.unblock():
        pointed = 0
        for old, new in _copies(multiplier, Project):
            template = Participant.objects.filter(project=old, person__isnull=False)
            copied = Participant.objects.filter(project=new, person__isnull=False)
            wanted = sorted(
                people[p][1 % len(people[p])] for p in template.values_list("person", flat=True)
            )
            assert sorted(copied.values_list("person", flat=True)) == wanted
            pointed += len([p for p in wanted if p not in before[Person]])
        assert pointed  # some participants of copied projects are copied people
        community_copies = {new for _old, new in _copies(multiplier, LearningCommunity)}
        meetings = Meeting.objects.filter(pk__in=[new for _o, new in _copies(multiplier, Meeting)])
        assert community_copies & set(meetings.values_list("community", flat=True))
        reference = Organisation.objects.filter(kind__slug__in=benchmark.REFERENCE_KINDS)
        assert not reference.exclude(pk__in=before[Organisation]).exists()


def test_copies_move_back_in_time_with_their_timelines(multiplied, django_db_blocker):
    multiplier, *_ = multiplied
    with django_db_blocker.unblock():
        for _old, new in _copies(multiplier, PracticeQuestion):
            question = PracticeQuestion.objects.get(pk=new)
            first = question.events.order_by("created_at").first()
            assert first.created_at - question.submitted_at < datetime.timedelta(days=1)


def test_the_scale_is_a_number_or_the_word_benchmark():
    assert _scale("benchmark") == "benchmark"
    assert _scale("3") == 3
    with translation.override("en"), pytest.raises(argparse.ArgumentTypeError, match="benchmark"):
        _scale("huge")

"""Retention: old audit entries and people who left with no role go; nothing younger does."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from werkplaats.communities.tests.factories import MembershipFactory
from werkplaats.network.models import Affiliation, Person
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.privacy import tasks
from werkplaats.privacy.models import AuditEntry
from werkplaats.privacy.retention import delete_old_audit_entries, remove_inactive_people

pytestmark = pytest.mark.django_db
NOW = timezone.now()


def aged(model, obj, **fields):
    model.objects.filter(pk=obj.pk).update(**fields)


@override_settings(AUDIT_RETENTION_DAYS=30)
def test_audit_entries_older_than_the_retention_period_are_deleted_and_younger_ones_kept():
    PersonFactory.create_batch(3)
    old, edge, young = AuditEntry.objects.order_by("pk")
    aged(AuditEntry, old, created_at=NOW - datetime.timedelta(days=31))
    aged(AuditEntry, edge, created_at=NOW - datetime.timedelta(days=29, hours=23))

    assert delete_old_audit_entries(NOW) == 1
    assert set(AuditEntry.objects.values_list("pk", flat=True)) >= {edge.pk, young.pk}
    assert delete_old_audit_entries(NOW) == 0


@override_settings(INACTIVE_PERSON_RETENTION_MONTHS=24)
def test_people_who_left_without_a_role_are_removed_and_everyone_else_stays(mila):
    long_ago = NOW - datetime.timedelta(days=800)
    left = PersonFactory()
    Affiliation.objects.create(
        person=left, organisation=OrganisationFactory(), end_date=datetime.date(2020, 1, 1)
    )
    never_anything = PersonFactory()
    still_working = PersonFactory()
    Affiliation.objects.create(person=still_working, organisation=OrganisationFactory())
    member = MembershipFactory().person
    recently_changed = PersonFactory()
    for person in (left, never_anything, still_working, member, mila.person):
        aged(Person, person, updated_at=long_ago)

    removed = remove_inactive_people(NOW)

    assert removed == 2
    remaining = set(Person.objects.values_list("pk", flat=True))
    assert left.pk not in remaining and never_anything.pk not in remaining
    assert {still_working.pk, member.pk, mila.person.pk, recently_changed.pk} <= remaining
    assert AuditEntry.objects.filter(action="delete", actor_name="retention").count() >= 2
    assert remove_inactive_people(NOW) == 0


def test_the_daily_tasks_are_scheduled_and_run(settings):
    assert "werkplaats.privacy.tasks.delete_old_audit_entries" in settings.DAILY_TASKS
    assert "werkplaats.privacy.tasks.remove_inactive_people" in settings.DAILY_TASKS
    PersonFactory()

    assert tasks.delete_old_audit_entries.call() == 0
    assert tasks.remove_inactive_people.call() == 0

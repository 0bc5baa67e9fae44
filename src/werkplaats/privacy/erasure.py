"""Erasure (Art. 17 AVG): anonymise a person, or a submitter, everywhere, keeping every count.

A person's record stays as an anonymous shell (so memberships and attendance still count, see
``monitoring``): no name, e-mail address, ORCID, biography, profile, account or slug made of their
name. Around it:

- the account is deactivated and scrubbed (username, names, e-mail, password, roles, sessions);
- affiliations are deleted; participants keep role and organisation but lose the person;
  reflections and products keep their text but lose the person as author or maker; articles and
  research groups lose them as author or lector; registry authorships stay with the shell;
- questions they submitted (by e-mail address) are erased by the questions retention service;
  a newsletter subscription with their address is deleted;
- texts that quote their name or address (timeline notes, admin history, import files) are scrubbed.

The audit log records that the erasure happened (action "erase"), never what was erased.
"""

import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext

from werkplaats.imports.models import ImportJob
from werkplaats.network.models import Person
from werkplaats.newsletter.models import Subscriber
from werkplaats.questions.models import PracticeQuestion, QuestionEvent
from werkplaats.questions.services.retention import erase_personal_data, erased_marker

from . import audit


@dataclass
class ErasureReport:
    """What one erasure touched, as counts (never the data)."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        if n:
            self.counts[key] = self.counts.get(key, 0) + n


def erased_name() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Erased person")


def _texts_of(person: Person) -> list[str]:
    user = person.user
    texts = {person.full_name, person.email}
    if user is not None:
        texts |= {user.email, user.get_full_name(), user.username}
    return [t for t in texts if t and len(t) >= 3]


def erase_submitter(email: str, report: ErasureReport | None = None) -> ErasureReport:
    """Erases every question submitted with this address and its newsletter subscription."""
    report = report or ErasureReport()
    email = (email or "").strip()
    if not email:
        return report
    with transaction.atomic():
        for question in PracticeQuestion.objects.filter(submitter_email__iexact=email):
            report.add("questions", int(erase_personal_data(question)))
        for subscriber in Subscriber.objects.filter(email__iexact=email):
            subscriber.delete()
            report.add("subscribers")
    return report


def _scrub_texts(texts: list[str], report: ErasureReport) -> None:
    if not texts:
        return
    mention = Q()
    for text in texts:
        mention |= Q(text__icontains=text)
    marker = erased_marker()
    for event in QuestionEvent.objects.filter(mention).exclude(text=marker):
        event.text = marker
        event.save(update_fields=["text"])
        report.add("question_event_texts")
    repr_mention, message_mention = Q(), Q()
    for text in texts:
        repr_mention |= Q(object_repr__icontains=text)
        message_mention |= Q(change_message__icontains=text)
    report.add(
        "admin_history", LogEntry.objects.filter(repr_mention).update(object_repr=erased_name())
    )
    report.add("admin_history", LogEntry.objects.filter(message_mention).update(change_message=""))
    needles = [t.lower().encode() for t in texts]
    for job in ImportJob.objects.all().iterator():
        blob = bytes(job.content or b"") + repr((job.errors, job.summary)).encode()
        if any(needle in blob.lower() for needle in needles):
            ImportJob.objects.filter(pk=job.pk).update(content=b"", errors=[], summary={})
            report.add("import_files")


def _scrub_user(user, report: ErasureReport) -> None:
    from werkplaats.accounts.lockout import forget

    report.add("failed_logins", forget(user))
    user.username = f"erased-{user.pk}-{secrets.token_hex(4)}"
    user.first_name = user.last_name = user.email = ""
    user.set_unusable_password()
    user.is_active = user.is_staff = user.is_superuser = False
    user.is_network_editor = False
    user.save()
    user.coordinated_workshops.clear()
    user.programmes_taught.clear()
    report.add(
        "students",
        user.student_memberships.update(display_name=erased_name(), named_publicly=False),
    )
    user.groups.clear()
    user.user_permissions.clear()
    sessions = [
        s.pk
        for s in Session.objects.all().iterator()
        if str(s.get_decoded().get("_auth_user_id")) == str(user.pk)
    ]
    Session.objects.filter(pk__in=sessions).delete()
    report.add("accounts")
    report.add("sessions", len(sessions))


def _detach(person: Person, report: ErasureReport) -> None:
    from werkplaats.search.index import reindex_object

    for participant in person.project_participations.all():
        participant.person = None
        participant.save(update_fields=["person"])
        reindex_object(participant.project)
        report.add("participants")
    for reflection in person.reflections.all():
        reflection.authors.remove(person)
        report.add("reflections")
    for product in person.products.all():
        product.makers.remove(person)
        reindex_object(product)
        report.add("products")
    for group in person.led_research_groups.all():
        group.lector = None
        group.save(update_fields=["lector"])
        report.add("research_groups")
    for article in person.dossier_articles.all():
        article.author = None
        article.save()
        report.add("articles")
    for authorship in person.authorships.all():
        authorship.given_name = authorship.family_name = authorship.orcid = ""
        authorship.save()
        report.add("authorships")
    for affiliation in person.affiliations.all():
        affiliation.delete()
        report.add("affiliations")
    report.add("memberships", person.community_memberships.count())
    report.add("attendance", person.meeting_attendances.count())


def erase_person(person: Person) -> ErasureReport:
    """Anonymises ``person`` everywhere (see the module's docstring); returns what it touched."""
    report = ErasureReport()
    with transaction.atomic():
        person = (
            Person.objects.select_for_update(of=("self",)).select_related("user").get(pk=person.pk)
        )
        texts = _texts_of(person)
        user = person.user
        emails = {e for e in (person.email, user.email if user else "") if e}
        for email in emails:
            erase_submitter(email, report)
        _detach(person, report)
        person.given_name = erased_name()
        person.family_name_prefix = person.family_name = ""
        person.email = person.orcid = person.bio = ""
        person.is_public = False
        person.consent_changed_at = None
        person.slug = f"erased-{person.uuid.hex[:12]}"
        person.user = None
        person.save()
        for name in ("roles", "competences", "themes", "workshops"):
            getattr(person, name).clear()
        if user is not None:
            _scrub_user(user, report)
        _scrub_texts(texts, report)
        audit.record(person, "erase", sorted(report.counts), {})
        report.add("people")
    _compact_search_index()
    return report


def _compact_search_index() -> None:
    """SQLite's full-text index keeps the words of removed rows in its segments until they are
    merged: merge them now, so the erased name is gone from the file too. (PostgreSQL keeps its
    tsvector in the row itself, which was rewritten; VACUUM reclaims the old row version.)"""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'search_fts'")
        if cursor.fetchone():
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")

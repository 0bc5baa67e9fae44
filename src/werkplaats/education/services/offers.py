"""Making an offer for education from a practice question or a part of a project."""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Municipality, Organisation, Person, Theme, Workshop
from werkplaats.utils.slugs import unique_slug

from ..constants import EventKind, Level, OfferKind, OfferState
from ..models import AssignmentOffer, OfferLevel, Programme
from .journey import _record, _tell_question

#: Addresses under the board that an offer's slug must not take.
FEED_SLUGS = frozenset({"rss", "atom"})


@dataclass
class OfferDraft:
    """What an offer says. The summary is the offerer's own public text."""

    title: str
    summary: str
    kind: str
    levels: list[str]
    starts_on: date
    ends_on: date
    expected_product: str
    workshop: Workshop
    students: int = 2
    programmes: list[Programme] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    municipality: Municipality | None = None
    practice_organisation: Organisation | None = None
    practice_supervisor: Person | None = None
    question: object = None
    project: object = None


def check(draft: OfferDraft, today: date | None = None) -> None:
    """Raises a ValidationError naming every field that is wrong, in the user's language."""
    today = today or timezone.localdate()
    errors = {}
    if not (draft.title or "").strip():
        errors["title"] = _("Give the offer a title students understand.")
    if not (draft.summary or "").strip():
        errors["summary"] = _("Describe the assignment for students, in your own words.")
    if not (draft.expected_product or "").strip():
        errors["expected_product"] = _("Say what the students should deliver.")
    if draft.kind not in OfferKind.values:
        errors["kind"] = _("Choose the kind of assignment.")
    if not draft.levels or any(level not in Level.values for level in draft.levels):
        errors["levels"] = _("Choose at least one level of education the assignment suits.")
    if draft.starts_on and draft.ends_on:
        if draft.ends_on < today:
            errors["ends_on"] = _("This period has already passed: choose dates from today on.")
        elif draft.ends_on < draft.starts_on:
            errors["ends_on"] = _("The period must end after it starts.")
    if not 1 <= (draft.students or 0) <= 50:
        errors["students"] = _("Ask for between 1 and 50 students.")
    if draft.question is not None and draft.question.workshop_id != draft.workshop.pk:
        errors["__all__"] = _("Offer a question from the werkplaats that holds it.")
    if errors:
        raise ValidationError(errors)


def create_offer(draft: OfferDraft, actor) -> AssignmentOffer:
    """Puts the offer on the public board and on the timeline of the question it came from."""
    check(draft)
    now = timezone.now()
    with transaction.atomic():
        offer = AssignmentOffer.objects.create(
            slug=unique_slug(AssignmentOffer, draft.title, reserved=FEED_SLUGS),
            title=draft.title.strip(),
            summary=draft.summary.strip(),
            kind=draft.kind,
            starts_on=draft.starts_on,
            ends_on=draft.ends_on,
            students=draft.students,
            expected_product=draft.expected_product.strip(),
            workshop=draft.workshop,
            municipality=draft.municipality
            or (draft.question.municipality if draft.question else None),
            practice_organisation=draft.practice_organisation,
            practice_supervisor=draft.practice_supervisor,
            question=draft.question,
            project=draft.project,
            state=OfferState.OFFERED,
            state_changed_at=now,
            created_by=actor if getattr(actor, "pk", None) else None,
            created_at=now,
        )
        OfferLevel.objects.bulk_create(
            [OfferLevel(offer=offer, level=level) for level in dict.fromkeys(draft.levels)]
        )
        offer.programmes.set(draft.programmes)
        offer.themes.set(draft.themes)
        _record(offer, EventKind.OFFERED, actor=actor, to_state=OfferState.OFFERED)
        _tell_question(offer, OfferState.OFFERED, actor)
    return offer


def draft_from_question(question) -> dict:
    """Starting values for an offer made from a question: its public title and themes, never the
    submitter's own words."""
    return {
        "title": question.public_title,
        "summary": question.public_summary,
        "themes": list(question.themes.all()),
        "municipality": question.municipality,
        "practice_organisation": question.organisation,
    }

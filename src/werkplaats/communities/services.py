"""What happens to learning communities: founding, members, meetings, attendance, reflections.

Services know nothing of HTTP; views, the API, the demo and imports call them. They raise
``ValidationError`` for what a person can fix and ``PermissionDenied`` for what they may not do.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import ParticipantRole, Person, Theme, Workshop
from werkplaats.utils.slugs import unique_slug

from .models import Attendance, LearningCommunity, Meeting, Membership, Reflection
from .permissions import can_publish_reflections, coordinates

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
DEFAULT_DURATION = datetime.timedelta(hours=2)
REFLECTION_FIELDS = ("what_we_saw", "what_we_learned", "what_we_will_try", "open_questions")


def create_community(
    *,
    workshop: Workshop,
    name: str,
    purpose: str = "",
    theme: Theme | None = None,
    is_open: bool = True,
    slug: str | None = None,
) -> LearningCommunity:
    """Founds a community of a werkplaats, with a readable unique slug made from its name."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the community a name.")})
    community = LearningCommunity(
        workshop=workshop,
        name=name,
        purpose=purpose.strip(),
        theme=theme,
        is_open=is_open,
        slug=slug or unique_slug(LearningCommunity, name),
    )
    community.save()
    return community


def add_member(
    community: LearningCommunity,
    person: Person,
    role: ParticipantRole,
    *,
    is_facilitator: bool = False,
    joined_on: datetime.date | None = None,
) -> Membership:
    """Adds a person with a role; adding someone again changes their role instead."""
    membership, _created = Membership.objects.update_or_create(
        community=community,
        person=person,
        defaults={
            "role": role,
            "is_facilitator": is_facilitator,
            "joined_on": joined_on or timezone.localdate(),
        },
    )
    return membership


def as_amsterdam(moment: datetime.datetime) -> datetime.datetime:
    """An aware datetime; a naive one is read as Amsterdam wall-clock time (summer or winter)."""
    if timezone.is_naive(moment):
        return moment.replace(tzinfo=AMSTERDAM)
    return moment


def schedule_meeting(
    community: LearningCommunity,
    *,
    title: str,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None = None,
    agenda: str = "",
    location: str = "",
    online_url: str = "",
) -> Meeting:
    """Plans a meeting. Naive times are Amsterdam time; without an end it lasts two hours."""
    starts_at = as_amsterdam(starts_at)
    ends_at = as_amsterdam(ends_at) if ends_at else starts_at + DEFAULT_DURATION
    if not title.strip():
        raise ValidationError({"title": _("Give the meeting a title.")})
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": _("Let the meeting end after it starts.")})
    return Meeting.objects.create(
        community=community,
        title=title.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        agenda=agenda.strip(),
        location=location.strip(),
        online_url=online_url.strip(),
    )


@transaction.atomic
def record_attendance(meeting: Meeting, presence: Mapping[Person, bool]) -> list[Attendance]:
    """Records who was there and who was not. Only members of the community can attend."""
    members = set(meeting.community.memberships.values_list("person_id", flat=True))
    strangers = [str(person) for person in presence if person.pk not in members]
    if strangers:
        raise ValidationError(
            _("Only members attend a meeting; not a member: %(names)s.")
            % {"names": ", ".join(sorted(strangers))}
        )
    records = []
    for person, present in presence.items():
        attendance, _created = Attendance.objects.update_or_create(
            meeting=meeting, person=person, defaults={"present": bool(present)}
        )
        records.append(attendance)
    return records


@transaction.atomic
def write_reflection(meeting: Meeting, author: Person, **fields: str) -> Reflection:
    """Writes or edits the meeting's reflection; every member who writes becomes an author.

    A reflection is written jointly: any member may edit the draft. A published reflection is
    first unpublished by the community, so nobody changes public text behind its back.
    """
    unknown = set(fields) - set(REFLECTION_FIELDS)
    if unknown:
        raise TypeError(f"unknown reflection fields: {sorted(unknown)}")
    if not meeting.community.memberships.filter(person=author).exists():
        raise PermissionDenied(_("Only members of the community write its reflections."))
    reflection = Reflection.objects.select_for_update().filter(meeting=meeting).first()
    if reflection is None:
        reflection = Reflection(meeting=meeting)
    elif reflection.is_published:
        raise ValidationError(
            _("This reflection is published. Ask a facilitator to unpublish it before editing.")
        )
    for name, value in fields.items():
        setattr(reflection, name, (value or "").strip())
    if not any(getattr(reflection, name) for name in REFLECTION_FIELDS):
        raise ValidationError(_("Write at least one of the four parts of the reflection."))
    reflection.save()
    reflection.authors.add(author)
    return reflection


def _may_decide(user, community: LearningCommunity) -> None:
    if not community.is_open:
        raise ValidationError(
            _("Reflections of a closed community stay within the community: they are never public.")
        )
    if not can_publish_reflections(user, community):
        raise PermissionDenied(
            _("The community's facilitators or the werkplaats's coordinators decide this.")
        )


def publish_reflection(reflection: Reflection, by) -> Reflection:
    """Makes a reflection public: the community's decision (facilitators or coordinators)."""
    _may_decide(by, reflection.meeting.community)
    if not reflection.is_published:
        reflection.is_published = True
        reflection.published_at = timezone.now()
        reflection.save(update_fields=["is_published", "published_at", "updated_at"])
    return reflection


def unpublish_reflection(reflection: Reflection, by) -> Reflection:
    community = reflection.meeting.community
    if not (can_publish_reflections(by, community) or coordinates(by, community)):
        raise PermissionDenied(
            _("The community's facilitators or the werkplaats's coordinators decide this.")
        )
    if reflection.is_published:
        reflection.is_published = False
        reflection.published_at = None
        reflection.save(update_fields=["is_published", "published_at", "updated_at"])
    return reflection


def link_project(community: LearningCommunity, project) -> None:
    """Links a project the community learns with (joint projects of other werkplaatsen too)."""
    community.projects.add(project)


def carry_insight_to_project(reflection: Reflection, project, *, by, text: str = ""):
    """Records what a reflection taught as a learning outcome of a linked project.

    Only a published reflection (so of an open community) is carried: a project page is public, and
    a draft or a closed community's reflection must not become public through it. Without ``text``
    the reflection's "what we learned" is carried.
    """
    from werkplaats.projects.permissions import can_edit_project
    from werkplaats.projects.services import record_learning_outcome

    community = reflection.meeting.community
    if not (reflection.is_published and community.is_open):
        raise ValidationError(
            _(
                "Only a published reflection of an open community is carried into a project; "
                "write the insight in the project in your own words instead."
            )
        )
    if not community.projects.filter(pk=project.pk).exists():
        raise ValidationError(_("Link the project to the community first."))
    if not can_edit_project(by, project):
        raise PermissionDenied(_("Only those who edit the project add its learning outcomes."))
    insight = (text or reflection.what_we_learned).strip()
    if not insight:
        raise ValidationError(_("The reflection says nothing about what was learned yet."))
    when = reflection.meeting.starts_at.astimezone(AMSTERDAM).date().isoformat()
    source = _("Reflection of %(community)s, %(date)s") % {
        "community": community.name,
        "date": when,
    }
    return record_learning_outcome(project, insight, source=source[:200])


def update_community(community: LearningCommunity, *, projects=None, **fields) -> LearningCommunity:
    """Changes name, theme, purpose or openness, and the linked projects when given."""
    allowed = {"name", "theme", "purpose", "is_open"}
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"unknown community fields: {sorted(unknown)}")
    if "name" in fields and not (fields["name"] or "").strip():
        raise ValidationError({"name": _("Give the community a name.")})
    for name, value in fields.items():
        setattr(community, name, value.strip() if isinstance(value, str) else value)
    community.save()
    if projects is not None:
        community.projects.set(projects)
    return community


def remove_member(community: LearningCommunity, person: Person) -> None:
    """Ends a membership; their earlier attendance and authorship stay on record."""
    community.memberships.filter(person=person).delete()


def reschedule_meeting(meeting: Meeting, **fields) -> Meeting:
    """Changes a meeting; naive times are Amsterdam time."""
    for name in ("starts_at", "ends_at"):
        if fields.get(name):
            fields[name] = as_amsterdam(fields[name])
    for name, value in fields.items():
        setattr(meeting, name, value.strip() if isinstance(value, str) else value)
    if not meeting.title:
        raise ValidationError({"title": _("Give the meeting a title.")})
    if meeting.ends_at <= meeting.starts_at:
        raise ValidationError({"ends_at": _("Let the meeting end after it starts.")})
    meeting.save()
    return meeting


def cancel_meeting(meeting: Meeting) -> None:
    """Calls a meeting off. One with a reflection took place and is kept."""
    if Reflection.objects.filter(meeting=meeting).exists():
        raise ValidationError(
            _("This meeting has a reflection: it took place and cannot be cancelled.")
        )
    meeting.delete()

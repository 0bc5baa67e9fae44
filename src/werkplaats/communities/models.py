"""Learning communities: standing groups that learn together, their meetings and reflections.

Times are stored as aware datetimes and shown in Europe/Amsterdam. A community is open or closed:
both are listed publicly by name and purpose, but a closed community's members (by name),
agendas and reflections never appear in public output.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import ParticipantRole, Person, Theme, Workshop
from werkplaats.utils.models import PublicIdentity, Searchable


class LearningCommunity(PublicIdentity, Searchable):
    """A leergemeenschap: professionals, municipal staff, researchers and others who learn together."""

    name = models.CharField(_("name"), max_length=200)
    workshop = models.ForeignKey(
        Workshop,
        on_delete=models.PROTECT,
        related_name="communities",
        verbose_name=_("werkplaats"),
    )
    theme = models.ForeignKey(
        Theme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="communities",
        verbose_name=_("theme"),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    is_open = models.BooleanField(
        _("open community"),
        default=True,
        help_text=_(
            "An open community shows its members who consented and the reflections it "
            "publishes. A closed one is listed by name and purpose only."
        ),
    )
    projects = models.ManyToManyField(
        "projects.Project",
        blank=True,
        related_name="communities",
        verbose_name=_("projects"),
        help_text=_("Projects this community learns with; its insights can be carried into them."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("learning community")
        verbose_name_plural = _("learning communities")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("communities:detail", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.name, self.purpose]


class Membership(models.Model):
    """A person in a community, with the role they bring (professional, researcher, student...)."""

    community = models.ForeignKey(
        LearningCommunity,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("learning community"),
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="community_memberships",
        verbose_name=_("person"),
    )
    role = models.ForeignKey(
        ParticipantRole,
        on_delete=models.PROTECT,
        related_name="community_memberships",
        verbose_name=_("role"),
    )
    is_facilitator = models.BooleanField(
        _("facilitator"),
        default=False,
        help_text=_(
            "Facilitators lead the community: they record attendance and decide, with the "
            "werkplaats's coordinators, which reflections are published."
        ),
    )
    joined_on = models.DateField(_("member since"), null=True, blank=True)

    class Meta:
        ordering = ["community", "person__family_name", "person__given_name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["community", "person"], name="unique_membership")
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.community}"


class Meeting(models.Model):
    """One session of a community: agenda, place or link, start and end."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    community = models.ForeignKey(
        LearningCommunity,
        on_delete=models.CASCADE,
        related_name="meetings",
        verbose_name=_("learning community"),
    )
    title = models.CharField(_("title"), max_length=200)
    agenda = models.TextField(_("agenda"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "communities:meeting", kwargs={"slug": self.community.slug, "uuid": self.uuid}
        )

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Let the meeting end after it starts.")})


class Attendance(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("meeting")
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="meeting_attendances",
        verbose_name=_("person"),
    )
    present = models.BooleanField(_("present"), default=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.meeting}"


class Reflection(models.Model):
    """What the group learned at one meeting, written jointly by its members.

    Visible to the members; public only when the community publishes it and the community is open.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="reflection", verbose_name=_("meeting")
    )
    what_we_saw = models.TextField(_("what we saw"), blank=True)
    what_we_learned = models.TextField(_("what we learned"), blank=True)
    what_we_will_try = models.TextField(_("what we will try"), blank=True)
    open_questions = models.TextField(_("open questions"), blank=True)
    authors = models.ManyToManyField(
        Person, blank=True, related_name="reflections", verbose_name=_("authors")
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-meeting__starts_at"]
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")

    def __str__(self) -> str:
        return str(self.meeting)

    @property
    def community(self) -> LearningCommunity:
        return self.meeting.community

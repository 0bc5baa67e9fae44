"""Programmes of hogescholen and ROCs, the assignments practice offers them, the student groups
that take them, and the teaching cases practice gives back.

What is public: programmes, offers that are not withdrawn (their own public text, written by who
made the offer, never the submitter's words), a student's name only with their consent
(``GroupMember.named_publicly``), published teaching cases. The question an offer or a case came
from, the group's join link, the assessment and the feedback stay with those involved.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Municipality, Organisation, Person, Theme, Workshop
from werkplaats.projects.constants import EDUCATION_INSTITUTION_KINDS
from werkplaats.questions.constants import QuestionType
from werkplaats.utils.models import PublicIdentity, Searchable

from .constants import EventKind, Level, OfferKind, OfferState, Usefulness


def hash_code(code: str) -> str:
    """Join codes are stored only as their SHA-256; the code lives in the lecturer's link."""
    return hashlib.sha256(code.encode()).hexdigest()


class Programme(PublicIdentity):
    """A programme of a hogeschool or ROC that can take on work from practice."""

    institution = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="programmes",
        verbose_name=_("institution"),
        limit_choices_to={"kind__slug__in": EDUCATION_INSTITUTION_KINDS},
    )
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    location = models.CharField(_("location"), max_length=120, blank=True)
    contact_lecturer = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_for_programmes",
        verbose_name=_("contact lecturer"),
        help_text=_("Named publicly only when this person consented to be listed."),
    )
    lecturers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="programmes_taught",
        verbose_name=_("lecturers"),
        help_text=_("Accounts that may claim offers for this programme."),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="programmes", verbose_name=_("themes")
    )
    is_active = models.BooleanField(_("takes on work"), default=True)

    class Meta:
        ordering = ["name", "institution__name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return f"{self.name} ({self.institution.name})"

    def get_absolute_url(self) -> str:
        return reverse("education:programme", kwargs={"slug": self.slug})


class ProgrammePeriod(models.Model):
    """A semester or block in which a programme can take on work."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="periods")
    name = models.CharField(_("name"), max_length=80, help_text=_("For example: semester 2."))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("period")
        verbose_name_plural = _("periods")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="programme_period_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_on:%d-%m-%Y} – {self.ends_on:%d-%m-%Y})"


class AssignmentOfferQuerySet(models.QuerySet):
    def public(self):
        from .constants import PUBLIC_STATES

        return self.filter(state__in=PUBLIC_STATES)


class AssignmentOffer(PublicIdentity, Searchable):
    """A practice question, or part of a project, offered to education."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("description for students"),
        help_text=_("Public. Write it yourself: never paste the submitter's words or name."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=OfferKind.choices)
    programmes = models.ManyToManyField(
        Programme,
        blank=True,
        related_name="offers",
        verbose_name=_("suitable programmes"),
        help_text=_("None: every programme of a suitable level."),
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    students = models.PositiveSmallIntegerField(_("number of students"), default=2)
    expected_product = models.CharField(_("expected product"), max_length=200)
    workshop = models.ForeignKey(
        Workshop, on_delete=models.PROTECT, related_name="offers", verbose_name=_("werkplaats")
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("municipality"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="offers", verbose_name=_("themes")
    )
    practice_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("practice partner"),
    )
    practice_supervisor = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supervised_offers",
        verbose_name=_("practice supervisor"),
        help_text=_("Named publicly only when this person consented to be listed."),
    )
    question = models.ForeignKey(
        "questions.PracticeQuestion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("practice question"),
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("project"),
    )
    product = models.OneToOneField(
        "library.Product",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignment",
        verbose_name=_("product in the library"),
    )
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=OfferState.choices,
        default=OfferState.OFFERED,
        db_index=True,
    )
    state_changed_at = models.DateTimeField(_("state changed"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers_made",
    )
    created_at = models.DateTimeField(_("offered"), db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AssignmentOfferQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("assignment offer")
        verbose_name_plural = _("assignment offers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="offer_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("education:offer", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.title, self.summary, self.expected_product]

    @property
    def level_values(self) -> list[str]:
        return [row.level for row in self.levels.all()]


class OfferLevel(models.Model):
    """A level of education an offer suits."""

    offer = models.ForeignKey(AssignmentOffer, on_delete=models.CASCADE, related_name="levels")
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, db_index=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["offer", "level"], name="offer_level_once")]

    def __str__(self) -> str:
        return self.get_level_display()


class StudentGroup(models.Model):
    """The students of one programme who took an offer, with their lecturer.

    One group per offer, held by the database (``offer`` is unique): of two lecturers claiming
    at once, exactly one gets it.
    """

    offer = models.OneToOneField(
        AssignmentOffer, on_delete=models.CASCADE, related_name="group", verbose_name=_("offer")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="groups", verbose_name=_("programme")
    )
    lecturer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="student_groups_supervised",
        verbose_name=_("lecturer"),
    )
    join_code_hash = models.CharField(max_length=64, unique=True, editable=False)
    matched_at = models.DateTimeField(_("matched"))
    # The work that came back.
    work_title = models.CharField(_("title of the work"), max_length=200, blank=True)
    work_summary = models.TextField(_("summary of the work"), blank=True)
    work_link = models.URLField(_("link to the work"), max_length=500, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    assessment = models.TextField(_("assessment"), blank=True)
    assessed_at = models.DateTimeField(_("assessed"), null=True, blank=True)
    licence = models.CharField(_("licence"), max_length=24, blank=True)
    lecturer_agreed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-matched_at", "pk"]
        verbose_name = _("student group")
        verbose_name_plural = _("student groups")

    def __str__(self) -> str:
        return f"{self.programme.name}: {self.offer.title}"


class GroupMember(models.Model):
    """A student in a group, with their own consents."""

    group = models.ForeignKey(StudentGroup, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="student_memberships"
    )
    display_name = models.CharField(_("name"), max_length=150)
    named_publicly = models.BooleanField(
        _("name me publicly"),
        default=False,
        help_text=_("Your name appears with the work on the public site only if you tick this."),
    )
    agreed_to_publish_at = models.DateTimeField(null=True, blank=True)
    joined_at = models.DateTimeField(_("joined"))

    class Meta:
        ordering = ["joined_at", "pk"]
        verbose_name = _("student")
        verbose_name_plural = _("students")
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="group_member_once")]

    def __str__(self) -> str:
        return self.display_name


class AssignmentEvent(models.Model):
    """One entry of an offer's timeline: who did what, when."""

    offer = models.ForeignKey(AssignmentOffer, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    from_state = models.CharField(max_length=10, choices=OfferState.choices, blank=True)
    to_state = models.CharField(max_length=10, choices=OfferState.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignment_events",
    )
    text = models.TextField(blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("assignment event")
        verbose_name_plural = _("assignment events")

    def __str__(self) -> str:
        return f"{self.offer}: {self.get_kind_display()}"


class PracticeFeedback(models.Model):
    """What the practice partner says of the student work; when they use it, it also counts as an
    adoption of the product (``library.Adoption``)."""

    offer = models.OneToOneField(AssignmentOffer, on_delete=models.CASCADE, related_name="feedback")
    usefulness = models.PositiveSmallIntegerField(_("usefulness"), choices=Usefulness.choices)
    comment = models.TextField(_("comment"), blank=True)
    in_use = models.BooleanField(_("we use it in our work"), default=False)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    adoption = models.OneToOneField(
        "library.Adoption", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    given_at = models.DateTimeField()

    class Meta:
        verbose_name = _("feedback from practice")
        verbose_name_plural = _("feedback from practice")

    def __str__(self) -> str:
        return f"{self.offer}: {self.get_usefulness_display()}"


class TeachingCase(PublicIdentity, Searchable):
    """A case for class, written by a coordinator from a closed question: never the submitter's
    words or identity (``services.cases`` checks), never a link back to the question in public."""

    title = models.CharField(_("title"), max_length=200)
    situation = models.TextField(_("the situation"))
    discussion = models.TextField(_("questions for discussion"))
    question_type = models.CharField(
        _("question type"), max_length=16, choices=QuestionType.choices, blank=True
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="teaching_cases", verbose_name=_("themes")
    )
    levels = models.CharField(
        _("levels"), max_length=60, blank=True, help_text="Comma-separated Level values."
    )
    workshop = models.ForeignKey(
        Workshop,
        on_delete=models.PROTECT,
        related_name="teaching_cases",
        verbose_name=_("werkplaats"),
    )
    source_question = models.ForeignKey(
        "questions.PracticeQuestion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teaching_cases",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("teaching case")
        verbose_name_plural = _("teaching cases")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("education:case", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.title, self.situation, self.discussion] if self.is_published else []

"""What a project records besides its summary: people, partners, money, education, learning."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Organisation, ParticipantRole, Person

from ..constants import (
    EDUCATION_INSTITUTION_KINDS,
    EducationForm,
    LearningLevel,
    OutcomeKind,
    PartnerRole,
)
from .projects import Project
from .vocabularies import FundingKind

ACADEMIC_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def validate_academic_year(value: str):
    match = ACADEMIC_YEAR.match(value or "")
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError(
            _("Write the academic year as two following years, for example 2025-2026."),
            code="academic_year",
        )


def _period_error(start, end):
    if start and end and end < start:
        return {"end_date": _("The end lies before the start. Choose a later end date.")}
    return None


class Participant(models.Model):
    """Someone who takes part, in a role. Without ``person`` it is one unnamed participant, counted
    by role; a person without consent is also only counted in public."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participants", verbose_name=_("project")
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="project_participations",
        verbose_name=_("person"),
    )
    role = models.ForeignKey(
        ParticipantRole,
        on_delete=models.PROTECT,
        related_name="project_participants",
        verbose_name=_("role"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="project_participants",
        verbose_name=_("organisation"),
    )

    class Meta:
        ordering = ["role__position", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "person", "role"], name="unique_project_participant_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person or _('unnamed participant')} ({self.role})"


class ProjectPartner(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="partners", verbose_name=_("project")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="project_partnerships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"), max_length=12, choices=PartnerRole.choices, default=PartnerRole.PRACTICE
    )

    class Meta:
        ordering = ["organisation__name", "role"]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation", "role"], name="unique_project_partner_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class FundingSource(models.Model):
    """Who pays, under which scheme, how much, when. A project has several, often mixed."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="funding_sources", verbose_name=_("project")
    )
    kind = models.ForeignKey(
        FundingKind, on_delete=models.PROTECT, related_name="sources", verbose_name=_("kind")
    )
    funder = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="funded_projects",
        verbose_name=_("funder"),
    )
    funder_name = models.CharField(
        _("funder (name)"),
        max_length=200,
        blank=True,
        help_text=_("When the funder is not a registered organisation."),
    )
    scheme = models.CharField(_("scheme"), max_length=200, blank=True)
    amount = models.DecimalField(
        _("amount (euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["kind__position", "pk"]
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")

    def __str__(self) -> str:
        return f"{self.kind}: {self.funder_label}"

    @property
    def funder_label(self) -> str:
        return self.funder.name if self.funder_id else self.funder_name

    def clean(self):
        error = _period_error(self.start_date, self.end_date)
        if error:
            raise ValidationError(error)


class EducationLink(models.Model):
    """A programme of a hogeschool or ROC whose students work in the project."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="education_links", verbose_name=_("project")
    )
    institution = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="education_links",
        verbose_name=_("institution"),
        limit_choices_to={"kind__slug__in": EDUCATION_INSTITUTION_KINDS},
    )
    programme = models.CharField(_("programme"), max_length=200)
    form = models.CharField(
        _("form"), max_length=12, choices=EducationForm.choices, default=EducationForm.COURSE
    )
    students = models.PositiveIntegerField(_("number of students"), default=0)
    academic_year = models.CharField(
        _("academic year"),
        max_length=9,
        validators=[validate_academic_year],
        help_text=_("For example 2025-2026."),
    )

    class Meta:
        ordering = ["-academic_year", "pk"]
        verbose_name = _("education link")
        verbose_name_plural = _("education links")

    def __str__(self) -> str:
        return f"{self.programme} ({self.academic_year})"

    def clean(self):
        if self.institution_id and self.institution.kind.slug not in EDUCATION_INSTITUTION_KINDS:
            raise ValidationError(
                {"institution": _("Choose a hogeschool or an ROC as the institution.")}
            )


class LearningLevelClaim(models.Model):
    """Which of the four learning levels the project serves, and why."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="learning_levels", verbose_name=_("project")
    )
    level = models.CharField(_("learning level"), max_length=16, choices=LearningLevel.choices)
    substantiation = models.TextField(
        _("substantiation"), help_text=_("In a few sentences: how the project serves this level.")
    )

    class Meta:
        ordering = ["level"]
        verbose_name = _("learning level")
        verbose_name_plural = _("learning levels")
        constraints = [
            models.UniqueConstraint(fields=["project", "level"], name="unique_project_level"),
        ]

    def __str__(self) -> str:
        return self.get_level_display()


class Outcome(models.Model):
    """A learning outcome or a result; the page shows both side by side."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="outcomes", verbose_name=_("project")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=OutcomeKind.choices)
    text = models.TextField(_("text"))
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where it comes from, e.g. a reflection of a learning community."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "created_at", "pk"]
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType
from werkplaats.utils.models import PublicIdentity, Searchable

from ..constants import ProjectStatus
from .vocabularies import BeneficiaryGroup, LearningForm


class ProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def involving(self, workshop):
        """Projects a werkplaats leads or takes part in."""
        return self.filter(
            models.Q(lead_workshop=workshop)
            | models.Q(
                pk__in=Project.workshops.through.objects.filter(workshop=workshop).values(
                    "project_id"
                )
            )
        )

    def running_in(self, year: int):
        """Projects whose period touches the year (a project without an end is still running)."""
        return self.filter(
            models.Q(start_date__isnull=True)
            | models.Q(start_date__lte=datetime.date(year, 12, 31)),
            models.Q(end_date__isnull=True) | models.Q(end_date__gte=datetime.date(year, 1, 1)),
        )


def validate_question_types(value):
    if not isinstance(value, list) or any(item not in QuestionType.values for item in value):
        raise ValidationError(
            _("Choose question types from the four the evaluation names."), code="question_types"
        )


class Project(PublicIdentity, Searchable):
    """Work on one or more practice questions, recorded as the evaluation needs it.

    ``lead_workshop`` leads; ``workshops`` are the *other* werkplaatsen that take part, so a
    project with any is a joint project. Drafts (``is_published=False``) are private to the
    coordinators of those werkplaatsen and network editors (see ``permissions``).
    """

    title = models.CharField(_("title"), max_length=200)
    background = models.TextField(
        _("background"), blank=True, help_text=_("Why this project: the question from practice.")
    )
    goal = models.TextField(_("goal"), blank=True, help_text=_("What the project wants to reach."))
    approach = models.TextField(
        _("approach"), blank=True, help_text=_("How the project works, in plain language.")
    )
    result = models.TextField(
        _("result"), blank=True, help_text=_("What came out of it, in plain language.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PLANNED,
        db_index=True,
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    lead_workshop = models.ForeignKey(
        Workshop,
        on_delete=models.PROTECT,
        related_name="led_projects",
        verbose_name=_("lead werkplaats"),
    )
    workshops = models.ManyToManyField(
        Workshop,
        blank=True,
        related_name="projects",
        verbose_name=_("participating werkplaatsen"),
        help_text=_("Other werkplaatsen that take part: a joint project."),
    )
    questions = models.ManyToManyField(
        "questions.PracticeQuestion",
        blank=True,
        related_name="projects",
        verbose_name=_("practice questions"),
    )
    question_types = models.JSONField(
        _("question types"), default=list, blank=True, validators=[validate_question_types]
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="projects", verbose_name=_("themes")
    )
    learning_forms = models.ManyToManyField(
        LearningForm, blank=True, related_name="projects", verbose_name=_("learning forms")
    )
    beneficiary_groups = models.ManyToManyField(
        BeneficiaryGroup,
        blank=True,
        related_name="projects",
        verbose_name=_("beneficiary groups"),
    )
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [  # the published list in its order, and the newest published projects
            models.Index(
                fields=["-start_date", "title", "id"],
                condition=models.Q(is_published=True),
                name="project_published_list",
            ),
            models.Index(
                fields=["-published_at", "-id"],
                condition=models.Q(is_published=True),
                name="project_published_newest",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="project_period_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.title, self.background, self.goal, self.approach, self.result]

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end lies before the start. Choose a later end date.")}
            )

    @property
    def question_type_labels(self) -> list[str]:
        return [QuestionType(value).label for value in self.question_types or []]

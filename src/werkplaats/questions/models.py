import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Municipality, Organisation, ParticipantRole, Theme, Workshop
from werkplaats.utils.models import Searchable

from .constants import EventKind, QuestionType, State, TimeFrame


def hash_token(token: str) -> str:
    """Tracking tokens are stored only as their SHA-256; the token lives in the submitter's mail."""
    return hashlib.sha256(token.encode()).hexdigest()


class PracticeQuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PracticeQuestion(Searchable):
    """A question from practice brought to a werkplaats.

    The submitter's words, name and e-mail are private, always. What the public sees is only the
    ``public_title`` and ``public_summary`` a coordinator writes, and only once published.
    """

    uuid = models.UUIDField(unique=True, editable=False)
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    tracking_token_hash = models.CharField(max_length=64, unique=True, editable=False)

    # What the submitter wrote (private).
    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(_("the question in your own words"))
    context = models.TextField(_("context"), blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("municipality"),
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("organisation"),
    )
    submitter_role = models.ForeignKey(
        ParticipantRole,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("your role"),
    )
    actors = models.TextField(_("who is involved"), blank=True)
    hoped_result = models.TextField(_("what you hope for"), blank=True)
    time_frame = models.CharField(
        _("time frame"), max_length=10, choices=TimeFrame.choices, default=TimeFrame.OPEN
    )
    submitter_name = models.CharField(_("name"), max_length=150, blank=True)
    submitter_email = models.EmailField(_("e-mail address"), blank=True)
    privacy_agreed_at = models.DateTimeField(null=True, editable=False)
    # The language the submitter used, so their e-mails speak it too.
    language = models.CharField(max_length=8, blank=True, editable=False)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Handling.
    workshop = models.ForeignKey(
        Workshop, on_delete=models.PROTECT, related_name="questions", verbose_name=_("werkplaats")
    )
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.SUBMITTED, db_index=True
    )
    question_type = models.CharField(
        _("question type"), max_length=16, choices=QuestionType.choices, blank=True
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="questions", verbose_name=_("themes")
    )
    classification_confirmed = models.BooleanField(_("classification confirmed"), default=False)
    suggestion = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="Suggested type and themes with their reasons, as the classifier gave them.",
    )

    # The public question board.
    is_published = models.BooleanField(_("published"), default=False)
    public_title = models.CharField(_("public title"), max_length=200, blank=True)
    public_summary = models.TextField(_("public summary"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    submitted_at = models.DateTimeField(_("submitted"), db_index=True)
    state_changed_at = models.DateTimeField(_("state changed"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PracticeQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("practice question")
        verbose_name_plural = _("practice questions")
        indexes = [  # the newest published questions (home page), without sorting them all
            models.Index(
                fields=["-published_at"],
                condition=models.Q(is_published=True),
                name="question_published_newest",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(is_published=True) | ~models.Q(public_title=""),
                name="published_question_has_public_title",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    def search_parts(self) -> list[str]:
        # Only what may be public is searchable; the private text is matched by the matcher, never
        # through the public search.
        return [self.public_title, self.public_summary] if self.is_published else []

    def get_absolute_url(self) -> str:
        return reverse("questions:public_detail", kwargs={"uuid": self.uuid})


class QuestionEvent(models.Model):
    """One entry of a question's timeline: who did what, when."""

    question = models.ForeignKey(PracticeQuestion, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=24, choices=EventKind.choices)
    from_state = models.CharField(max_length=12, choices=State.choices, blank=True)
    to_state = models.CharField(max_length=12, choices=State.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="question_events",
    )
    by_submitter = models.BooleanField(default=False)
    text = models.TextField(blank=True)
    visible_to_submitter = models.BooleanField(default=False)
    from_workshop = models.ForeignKey(
        Workshop, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    to_workshop = models.ForeignKey(
        Workshop, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("question event")
        verbose_name_plural = _("question events")

    def __str__(self) -> str:
        return f"{self.question.reference}: {self.get_kind_display()}"


class IntakeAttempt(models.Model):
    """One submission from one network address, counted for the rate limit.

    Web processes are stateless, so the count lives in the database. The address itself is never
    stored: only an HMAC of it, and rows older than a day are pruned (``services.spam``).
    """

    address_hash = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("intake attempt")
        verbose_name_plural = _("intake attempts")

    def __str__(self) -> str:
        return f"{self.address_hash[:8]}… {self.created_at:%Y-%m-%d %H:%M}"

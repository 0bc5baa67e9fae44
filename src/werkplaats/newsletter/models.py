"""The newsletter: subscribers (double opt-in, preferences), issues and their deliveries.

A subscriber's e-mail address is private, always: it is shown on no page, in no API and no
export; the editors see counts only. An unsubscribed (or bounced, or never confirmed) subscriber
is erased after a retention period (``services.subscriptions.erase_expired_subscribers``).

An issue holds a selection of published items (``IssueItem``); whether an item is public is read
from its own app's queryset whenever it is shown or sent, so an item withdrawn later disappears
from the archive too. ``Delivery`` is one subscriber's copy of one issue (see
``services.sending`` for why it exists).
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.models import PublicIdentity

from .constants import DeliveryState, IssueState, ItemKind, SubscriberStatus


def normalise_email(address: str) -> str:
    """One spelling per address, so signing up twice finds the same subscriber."""
    return (address or "").strip().lower()


class Subscriber(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=8, default="nl")
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        db_index=True,
    )
    workshops = models.ManyToManyField(
        Workshop, blank=True, related_name="+", verbose_name=_("werkplaatsen")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="+", verbose_name=_("themes"))
    created_at = models.DateTimeField(auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    hard_bounces = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self) -> str:
        # Never the address: a subscriber may be printed in a log or an error page.
        return f"subscriber {self.uuid}"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == SubscriberStatus.ACTIVE


class SignupAttempt(models.Model):
    """One sign-up from one network address, counted for the rate limit. Only an HMAC of the
    address is kept, and rows older than a day are pruned (as ``questions.IntakeAttempt``)."""

    address_hash = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"sign-up at {self.created_at:%Y-%m-%d %H:%M}"


class Issue(PublicIdentity):
    subject = models.CharField(_("subject"), max_length=200)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Plain text. An empty line starts a new paragraph."),
    )
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=IssueState.choices,
        default=IssueState.DRAFT,
        db_index=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # What was published up to this moment was offered for this issue; the next one starts here.
    sending_started_at = models.DateTimeField(null=True, blank=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-sent_at", "-created_at"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("newsletter:archive_detail", kwargs={"slug": self.slug})

    @property
    def is_draft(self) -> bool:
        return self.state == IssueState.DRAFT


class IssueItem(models.Model):
    """One published thing in an issue's selection: exactly one of the three links is set."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=12, choices=ItemKind.choices)
    article = models.ForeignKey(
        "dossier.Article", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    publication = models.ForeignKey(
        "publications.Publication",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    product = models.ForeignKey(
        "library.Product", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="article", article__isnull=False, publication=None, product=None)
                    | Q(kind="publication", publication__isnull=False, article=None, product=None)
                    | Q(kind="product", product__isnull=False, article=None, publication=None)
                ),
                name="issue_item_links_one_thing",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.target_id} in issue {self.issue_id}"

    @property
    def target_id(self) -> int:
        return getattr(self, f"{self.kind}_id")


class Delivery(models.Model):
    """One subscriber's copy of one issue. Created for every active subscriber in the
    transaction that starts the sending; ``services.sending`` moves it from pending to sent."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    # Kept (without a subscriber) when an unsubscribed subscriber is erased: the counts stay.
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries"
    )
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    message_id = models.CharField(max_length=250, blank=True, db_index=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="delivery_once_per_subscriber"
            ),
        ]
        indexes = [models.Index(fields=["issue", "state"], name="delivery_issue_state")]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.subscriber_id}: {self.state}"

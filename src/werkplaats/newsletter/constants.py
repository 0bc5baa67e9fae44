from django.db import models
from django.utils.translation import gettext_lazy as _


class SubscriberStatus(models.TextChoices):
    """Only ``active`` subscribers receive issues."""

    PENDING = "pending", _("Waiting for confirmation")
    ACTIVE = "active", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    BOUNCED = "bounced", _("Stopped after bounces")


class IssueState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")


class DeliveryState(models.TextChoices):
    """One subscriber's copy of an issue; see ``services.sending`` for how it moves."""

    PENDING = "pending", _("Waiting")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Not sent")
    FAILED = "failed", _("Refused by the mail server")


class ItemKind(models.TextChoices):
    ARTICLE = "article", _("Dossier article")
    PUBLICATION = "publication", _("Publication")
    PRODUCT = "product", _("Library product")

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    CREATE = "create", _("created")
    UPDATE = "update", _("changed")
    DELETE = "delete", _("deleted")
    ERASE = "erase", _("personal data erased")


class AuditEntry(models.Model):
    """One change to one audited object: who, when, what.

    Never holds personal data itself: personal fields are recorded by name only (see
    ``register``), the object by UUID or database id (a slug may hold a name), and the actor by
    account (so erasing the account erases the name) or by a system name ("system", a command).
    """

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    actor_name = models.CharField(
        _("system actor"),
        max_length=100,
        blank=True,
        help_text=_("'system', 'anonymous' or a command's name when no account acted."),
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    object_type = models.CharField(_("object type"), max_length=100)
    object_id = models.CharField(_("object id"), max_length=64)
    person_id = models.BigIntegerField(
        _("person"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The registry person the object is about, when there is one."),
    )
    fields = models.JSONField(_("changed fields"), default=list, blank=True)
    changes = models.JSONField(
        _("old and new values"),
        default=dict,
        blank=True,
        help_text=_("Only fields without personal data: {field: [old, new]}."),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"])]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"

    @property
    def actor_label(self) -> str:
        if self.actor_id is not None:
            return self.actor.get_username() if self.actor else str(self.actor_id)
        return self.actor_name

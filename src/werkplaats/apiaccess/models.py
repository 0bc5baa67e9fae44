"""API keys ("tokens") with which partner systems read and write a werkplaats's records.

Only the SHA-256 of a key is stored; the key itself is shown once, when it is made. A key starts
with ``wpt_`` so that secret scanners and people recognise it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.accounts.models import User


class Access(models.TextChoices):
    READ = "read", _("Read")
    WRITE = "write", _("Read and write")


class ApiTokenQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Which system uses this key, e.g. 'CRM gemeente'.")
    )
    workshop = models.ForeignKey(
        "network.Workshop",
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("werkplaats"),
    )
    access = models.CharField(_("access"), max_length=10, choices=Access.choices)
    prefix = models.CharField(
        _("prefix"), max_length=12, editable=False, help_text=_("The first characters of the key.")
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="api_tokens",
        verbose_name=_("made by"),
    )
    created_at = models.DateTimeField(_("made at"), default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def can_write(self) -> bool:
        return self.access == Access.WRITE

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > now


class TokenUser(User):
    """Who a request with an API key acts as: the key's maker, held to the key's werkplaats.

    Built in memory for each request (``authentication.principal_for``): never a network editor
    or administrator, coordinator of the key's werkplaats only (``accounts.roles`` asks
    ``api_token``). It refuses to be saved, so the maker's account can never take its flags.
    """

    api_token: ApiToken

    class Meta:
        proxy = True

    def save(self, *args, **kwargs):
        raise TypeError("An API key's user is not saved.")

    def delete(self, *args, **kwargs):
        raise TypeError("An API key's user is not deleted.")

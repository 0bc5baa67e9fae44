from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An account. Roles: administrator (superuser), network editor, coordinator of werkplaatsen
    (``coordinated_workshops``), member (everyone else who logs in). See ``roles.py``."""

    is_network_editor = models.BooleanField(
        _("network editor"),
        default=False,
        help_text=_(
            "Maintains the dossier, newsletter and vocabularies for the whole network; "
            "has access to the admin."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        # Network editors and administrators work in the admin too.
        if self.is_network_editor or self.is_superuser:
            self.is_staff = True
        super().save(*args, **kwargs)

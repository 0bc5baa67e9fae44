"""What OAI-PMH keeps of its own: tombstones of library products.

Publications keep theirs in ``publications.DeletedPublication``; the library has none, so a product
that was public and is unpublished or deleted leaves a ``DeletedProduct`` here (``services``). The
repository reports it as ``deleted`` for ever (``deletedRecord=persistent``); publishing the product
again removes the tombstone.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeletedProduct(models.Model):
    uuid = models.UUIDField(unique=True, editable=False)
    slug = models.SlugField(max_length=120)
    kind = models.SlugField(max_length=80, help_text="Slug of its product kind (OAI set).")
    workshops = models.JSONField(default=list, help_text="Slugs of its werkplaatsen (OAI sets).")
    deleted_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-deleted_at"]
        verbose_name = _("withdrawn product")
        verbose_name_plural = _("withdrawn products")

    def __str__(self) -> str:
        return f"{self.slug} ({self.deleted_at:%Y-%m-%d})"

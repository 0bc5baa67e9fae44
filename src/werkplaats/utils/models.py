"""Abstract models that more than one domain builds on."""

import uuid

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .text import fold


class PublicIdentity(models.Model):
    """Objects are addressed from outside by slug or UUID, never by database id."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        abstract = True


class Searchable(models.Model):
    """Keeps a folded copy of the text that search matches, updated on every save."""

    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join(part for part in self.search_parts() if part))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def search_parts(self) -> list[str]:
        raise NotImplementedError


class VocabularyTerm(models.Model):
    """A term of a controlled vocabulary: data that network editors maintain, in Dutch and English."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language, Dutch when there is no English name."""
        if (get_language() or "nl").startswith("en") and self.name_en:
            return self.name_en
        return self.name

"""The search index: one row per public item, with its Dutch stems for the full-text side.

The full-text index itself is kept by the database: on SQLite an FTS5 table ``search_fts`` with
external content (kept in step by triggers, see the migration), on PostgreSQL a generated
``tsvector`` column ``search_vector`` with a GIN index. Both are built from the same stems that
Python makes (``text.stems``), so matching means the same on both databases.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    object_uuid = models.UUIDField(null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=32, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(max_length=300)
    language = models.CharField(max_length=8, default="nl")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    is_public = models.BooleanField(default=True)
    stems_title = models.TextField(blank=True, editable=False)
    stems_body = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    #: The index revision that last wrote this entry (see ``IndexRevision``).
    revision = models.BigIntegerField(default=0, db_index=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_one_per_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"


class SearchFacet(models.Model):
    """One facet value of an entry: werkplaats, theme, year or province (``kind`` is a column)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=16)
    value = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(fields=["name", "value", "entry"], name="search_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


class IndexRevision(models.Model):
    """One row counting writes to the index. Every write takes the next number in its own
    transaction (the row stays locked until it commits), so numbers are committed in order and
    a process holding facets in memory (``facets.py``) reads only entries of a newer revision."""

    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)

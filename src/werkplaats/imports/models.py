"""An import job: one uploaded file, checked in a preview and committed by a task."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("Uploaded")
    PREVIEWED = "previewed", _("Checked")
    RUNNING = "running", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Failed")


class ImportJob(models.Model):
    """The file is kept in the database, not on one web server's disk, so any task worker can run
    the job; it is emptied once the job is done, since it may hold personal data."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    spec = models.CharField(_("what is imported"), max_length=40)
    workshop = models.ForeignKey(
        "network.Workshop",
        on_delete=models.CASCADE,
        related_name="import_jobs",
        verbose_name=_("werkplaats"),
    )
    filename = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("file"), editable=False, default=bytes)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_jobs",
        verbose_name=_("uploaded by"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    processed_count = models.PositiveIntegerField(_("rows processed"), default=0)
    created_count = models.PositiveIntegerField(_("rows imported"), default=0)
    errors = models.JSONField(_("error report"), default=list, blank=True)
    summary = models.JSONField(
        _("preview"), default=dict, blank=True, help_text=_("Counts per action and the first rows.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return f"{self.spec}: {self.filename}"

    def get_absolute_url(self) -> str:
        return reverse("imports:job", kwargs={"slug": self.workshop.slug, "job": self.uuid})

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.FAILED)

    @property
    def can_run(self) -> bool:
        return self.status == ImportStatus.PREVIEWED and not self.errors and self.row_count > 0

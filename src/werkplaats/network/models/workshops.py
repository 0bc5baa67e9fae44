from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import PublicIdentity, Searchable

from ..constants import PartnershipRole
from .organisations import Organisation, ResearchGroup
from .places import Municipality
from .vocabularies import Theme


class Workshop(PublicIdentity, Searchable):
    """A werkplaats: a regional collaboration rooted in one or more lectoraten."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    website = models.URLField(_("website"), blank=True)
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where the public facts were read.")
    )
    agenda = models.JSONField(
        _("agenda themes"),
        default=list,
        blank=True,
        help_text=_("The werkplaats's own wording of its agenda."),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="workshops", verbose_name=_("themes")
    )
    research_groups = models.ManyToManyField(
        ResearchGroup, blank=True, related_name="workshops", verbose_name=_("research groups")
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="workshops", verbose_name=_("region")
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coordinated_workshops",
        verbose_name=_("coordinators"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("werkplaats")
        verbose_name_plural = _("werkplaatsen")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:workshop", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.name, self.description, " ".join(self.agenda or [])]


class PartnershipQuerySet(models.QuerySet):
    def current(self, on=None):
        from django.utils import timezone

        day = on or timezone.localdate()
        return self.filter(
            models.Q(start_date__isnull=True) | models.Q(start_date__lte=day),
            models.Q(end_date__isnull=True) | models.Q(end_date__gte=day),
        )


class Partnership(models.Model):
    """An organisation's role in a werkplaats over a period."""

    workshop = models.ForeignKey(
        Workshop,
        on_delete=models.CASCADE,
        related_name="partnerships",
        verbose_name=_("werkplaats"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="partnerships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnershipRole.choices, default=PartnershipRole.PARTNER
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["workshop", "organisation__name"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "organisation", "role"], name="unique_partnership_role"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="partnership_period_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.workshop} ({self.get_role_display()})"

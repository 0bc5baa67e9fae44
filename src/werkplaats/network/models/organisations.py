from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import PublicIdentity, Searchable

from ..validators import validate_kvk, validate_municipality_code, validate_ror
from .places import Municipality
from .vocabularies import Competence, OrganisationKind, Theme


class Organisation(PublicIdentity, Searchable):
    """Any participating body: hogeschool, municipality, care or welfare organisation, ..."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.ForeignKey(
        OrganisationKind,
        on_delete=models.PROTECT,
        related_name="organisations",
        verbose_name=_("kind"),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    location = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("location"),
    )
    kvk_number = models.CharField(
        _("KvK number"), max_length=8, blank=True, validators=[validate_kvk]
    )
    ror_id = models.CharField(_("ROR ID"), max_length=9, blank=True, validators=[validate_ror])
    municipality_code = models.CharField(
        _("municipality code"),
        max_length=6,
        blank=True,
        validators=[validate_municipality_code],
        help_text=_("Only for a municipality: its CBS code, e.g. GM0363."),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="organisations", verbose_name=_("themes")
    )
    competences = models.ManyToManyField(
        Competence, blank=True, related_name="organisations", verbose_name=_("competences")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:organisation", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.name, self.description, self.location.name if self.location_id else ""]


class ResearchGroup(PublicIdentity, Searchable):
    """A lectoraat: research group of a hogeschool, led by a lector."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="research_groups",
        verbose_name=_("hogeschool"),
    )
    lector = models.ForeignKey(
        "network.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_research_groups",
        verbose_name=_("lector"),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="research_groups", verbose_name=_("themes")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("research group (lectoraat)")
        verbose_name_plural = _("research groups (lectoraten)")

    def __str__(self) -> str:
        return self.name

    def search_parts(self) -> list[str]:
        return [self.name, self.description]

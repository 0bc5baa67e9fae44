from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import PublicIdentity, Searchable

from ..validators import validate_orcid
from .organisations import Organisation
from .vocabularies import Competence, ParticipantRole, Theme


class PersonQuerySet(models.QuerySet):
    def public(self):
        """Only people who consented to be listed publicly."""
        return self.filter(is_public=True)


class Person(PublicIdentity, Searchable):
    """Anyone in the network. Listed publicly only with consent; the e-mail address never is."""

    given_name = models.CharField(_("given name"), max_length=100)
    family_name_prefix = models.CharField(
        _("prefix"), max_length=30, blank=True, help_text=_("For example: van, de, van der.")
    )
    family_name = models.CharField(_("family name"), max_length=100)
    email = models.EmailField(_("e-mail address"), blank=True, help_text=_("Never shown publicly."))
    orcid = models.CharField(_("ORCID iD"), max_length=19, blank=True, validators=[validate_orcid])
    bio = models.TextField(_("about"), blank=True)
    is_public = models.BooleanField(
        _("listed publicly"),
        default=False,
        help_text=_(
            "Only with this person's consent: their name, roles, expertise and themes "
            "appear on the public site and in the API."
        ),
    )
    consent_changed_at = models.DateTimeField(_("consent last changed"), null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
        verbose_name=_("account"),
    )
    roles = models.ManyToManyField(
        ParticipantRole, blank=True, related_name="people", verbose_name=_("roles")
    )
    competences = models.ManyToManyField(
        Competence, blank=True, related_name="people", verbose_name=_("competences")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="people", verbose_name=_("themes")
    )
    workshops = models.ManyToManyField(
        "network.Workshop", blank=True, related_name="people", verbose_name=_("werkplaatsen")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [  # the public directory by name, and the newest public profiles
            models.Index(
                fields=["family_name", "given_name"],
                condition=models.Q(is_public=True),
                name="person_public_by_name",
            ),
            models.Index(
                fields=["-updated_at"],
                condition=models.Q(is_public=True),
                name="person_public_newest",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(
            p for p in (self.given_name, self.family_name_prefix, self.family_name) if p
        )

    def get_absolute_url(self) -> str:
        return reverse("network:person", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        # The e-mail address is deliberately left out: search must never reveal it.
        return [self.full_name, self.bio]


class Affiliation(models.Model):
    """Where a person works, in which function, over which period."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="affiliations", verbose_name=_("person")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="affiliations",
        verbose_name=_("organisation"),
    )
    function = models.CharField(_("function"), max_length=150, blank=True)
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")

    def __str__(self) -> str:
        return f"{self.person} — {self.organisation}"

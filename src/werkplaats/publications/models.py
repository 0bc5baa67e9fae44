"""Publications of the werkplaatsen: articles, reports, books, chapters, lectures and more.

A publication is published or a draft (``is_published``); drafts are private to the coordinators
of its werkplaatsen and network editors (``permissions``). Its authors come in order: a person of
the registry (named in public only with their consent, ``Person.is_public``) or an external name.
A public record that is withdrawn or deleted leaves a ``DeletedPublication`` behind, so harvesters
(OAI-PMH, ``deletedRecord=persistent``) learn that it is gone.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.library.constants import Licence
from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.network.validators import normalise_orcid, validate_orcid
from werkplaats.utils.models import PublicIdentity, Searchable
from werkplaats.utils.text import fold

from .constants import AccessRights, PublicationType, semantics_uri
from .validators import (
    normalise_doi,
    normalise_issn,
    validate_doi,
    validate_isbn,
    validate_issn,
    validate_language,
)


def title_key(title: str) -> str:
    """The title as duplicates are recognised: folded, letters and digits only."""
    return re.sub(r"[^0-9a-z]+", " ", fold(title)).strip()


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Publication(PublicIdentity, Searchable):
    publication_type = models.CharField(
        _("type"),
        max_length=32,
        choices=PublicationType.choices,
        default=PublicationType.ARTICLE,
        db_index=True,
    )
    title = models.CharField(_("title"), max_length=500)
    title_key = models.CharField(max_length=500, editable=False, db_index=True, default="")
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    date = models.DateField(_("date"), null=True, blank=True)
    abstract = models.TextField(_("abstract"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        default="nl",
        validators=[validate_language],
        help_text=_("Two-letter ISO 639-1 code: nl, en, fy, …"),
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    journal = models.CharField(
        _("journal or book"),
        max_length=300,
        blank=True,
        help_text=_("The journal, periodical, book or proceedings this appeared in."),
    )
    volume = models.CharField(_("volume"), max_length=30, blank=True)
    issue = models.CharField(_("issue"), max_length=30, blank=True)
    pages = models.CharField(_("pages"), max_length=30, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    issn = models.CharField(_("ISSN"), max_length=9, blank=True, validators=[validate_issn])
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[validate_doi],
        help_text=_("10.NNNN/…, with or without https://doi.org/."),
    )
    url = models.URLField(_("web address"), max_length=500, blank=True)
    access_rights = models.CharField(
        _("access"), max_length=20, choices=AccessRights.choices, default=AccessRights.OPEN
    )
    embargo_until = models.DateField(_("embargo until"), null=True, blank=True)
    licence = models.CharField(_("licence"), max_length=24, choices=Licence.choices, blank=True)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="publications", verbose_name=_("themes")
    )
    workshops = models.ManyToManyField(
        Workshop, blank=True, related_name="publications", verbose_name=_("werkplaatsen")
    )
    projects = models.ManyToManyField(
        "projects.Project", blank=True, related_name="publications", verbose_name=_("projects")
    )
    products = models.ManyToManyField(
        "library.Product", blank=True, related_name="publications", verbose_name=_("products")
    )
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("first published at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [  # the published list in its order, and its years
            models.Index(
                fields=["-year", "-date", "title", "id"],
                condition=models.Q(is_published=True),
                name="publication_published_list",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["doi"], condition=~models.Q(doi=""), name="publication_doi_once"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("publications:detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        self.doi = normalise_doi(self.doi)
        self.issn = normalise_issn(self.issn) if self.issn else ""
        self.title_key = title_key(self.title)[:500]
        if self.date and not self.year:
            self.year = self.date.year
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "title_key", "doi", "issn"}
        super().save(*args, **kwargs)

    def clean(self):
        self.doi = normalise_doi(self.doi)
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"year": _("The year differs from the year of the date.")})
        if self.embargo_until and self.access_rights != AccessRights.EMBARGOED:
            raise ValidationError(
                {"embargo_until": _("Only an embargoed publication has an embargo end date.")}
            )

    def search_parts(self) -> list[str]:
        # External authors only: the names of registry people are never stored here, since search
        # would otherwise find a publication by the name of someone who did not consent.
        return [
            self.title,
            self.abstract,
            self.journal,
            self.publisher,
            self.doi,
            *(a.display_name for a in self._external_authors()),
        ]

    def _external_authors(self):
        if not self.pk:
            return []
        return [a for a in self.authorships.all() if a.person_id is None]

    @property
    def type_uri(self) -> str:
        return semantics_uri(self.publication_type)

    @property
    def access_rights_uri(self) -> str:
        return semantics_uri(self.access_rights)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


class Authorship(models.Model):
    """One author of a publication in its place: a registry person, or an external name.

    A registry person's name is read from the registry when shown, and only with their consent;
    it is never copied into ``family_name``/``given_name`` (see ``services.author_from_person``).
    """

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="authorships"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="authorships",
        verbose_name=_("person in the registry"),
    )
    family_name = models.CharField(_("family name"), max_length=150, blank=True)
    given_name = models.CharField(_("given name"), max_length=150, blank=True)
    orcid = models.CharField(_("ORCID iD"), max_length=19, blank=True, validators=[validate_orcid])

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "position"], name="authorship_position_once"
            ),
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | ~models.Q(family_name=""),
                name="authorship_person_or_name",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name or str(_("author not listed by name"))

    def save(self, *args, **kwargs):
        if self.person_id is not None:
            # The registry holds the name; a copy here could outlive a withdrawn consent.
            self.family_name = self.given_name = self.orcid = ""
        self.orcid = normalise_orcid(self.orcid) if self.orcid else ""
        super().save(*args, **kwargs)

    def clean(self):
        if self.person_id is None and not self.family_name.strip():
            raise ValidationError(
                _("Choose a person from the registry or enter the author's family name.")
            )

    @property
    def is_named(self) -> bool:
        """Whether this author may be named in public."""
        return self.person_id is None or self.person.is_public

    @property
    def display_name(self) -> str:
        """The name to show in public, or "" for a registry person who did not consent."""
        if self.person_id is not None:
            return self.person.full_name if self.person.is_public else ""
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def public_orcid(self) -> str:
        if self.person_id is not None:
            return self.person.orcid if self.person.is_public else ""
        return self.orcid


class DeletedPublication(models.Model):
    """The tombstone of a once-public publication that was withdrawn or deleted.

    OAI-PMH reports it as ``deleted`` for ever (``deletedRecord=persistent``); publishing the
    publication again removes the tombstone.
    """

    uuid = models.UUIDField(unique=True, editable=False)
    slug = models.SlugField(max_length=120)
    publication_type = models.CharField(max_length=32, choices=PublicationType.choices)
    workshops = models.JSONField(default=list, help_text="Slugs of its werkplaatsen (OAI sets).")
    deleted_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-deleted_at"]
        verbose_name = _("withdrawn publication")
        verbose_name_plural = _("withdrawn publications")

    def __str__(self) -> str:
        return f"{self.slug} ({self.deleted_at:%Y-%m-%d})"

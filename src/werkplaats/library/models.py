"""Products of the library, the links between them and who adopted them.

A product is published or a draft (``is_published``); drafts are private to the coordinators
of its werkplaatsen and network editors (``permissions``). Its makers are people of the
registry: only those who consented (``Person.is_public``) are ever named in public. Its files
are kept outside the web root (``files``) and served only by the download view.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Municipality, Organisation, Person, Theme, Workshop
from werkplaats.projects.models import BeneficiaryGroup
from werkplaats.utils.models import PublicIdentity, Searchable, VocabularyTerm

from .constants import METHOD_KIND, Licence, RecognitionLevel
from .files import private_storage, stored_name, type_of


class ProductKind(VocabularyTerm):
    """What a product is, after the Dutch "beroepsproduct" types: method, guide, report, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("product kind")
        verbose_name_plural = _("product kinds")


class ProductQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Product(PublicIdentity, Searchable):
    """Something a project made that others can use."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("In plain language (B1), for professionals and residents."),
    )
    kind = models.ForeignKey(
        ProductKind, on_delete=models.PROTECT, related_name="products", verbose_name=_("kind")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="products", verbose_name=_("themes")
    )
    beneficiary_groups = models.ManyToManyField(
        BeneficiaryGroup, blank=True, related_name="products", verbose_name=_("beneficiary groups")
    )
    workshops = models.ManyToManyField(
        Workshop, blank=True, related_name="products", verbose_name=_("werkplaatsen")
    )
    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="products",
        verbose_name=_("project"),
    )
    makers = models.ManyToManyField(
        Person, blank=True, related_name="products", verbose_name=_("makers")
    )
    date = models.DateField(_("date"), null=True, blank=True)
    licence = models.CharField(
        _("licence"), max_length=24, choices=Licence.choices, default=Licence.CC_BY
    )
    # The fields of the Dutch intervention databanks, for methods and interventions.
    goal = models.TextField(_("goal"), blank=True)
    target_group_final = models.TextField(_("target group (final)"), blank=True)
    target_group_intermediate = models.TextField(_("target group (intermediate)"), blank=True)
    approach = models.TextField(_("approach"), blank=True)
    working_elements = models.TextField(_("working elements"), blank=True)
    conditions = models.TextField(_("conditions for use"), blank=True)
    substantiation = models.TextField(_("substantiation"), blank=True)
    recognition_level = models.CharField(
        _("recognition level"),
        max_length=24,
        choices=RecognitionLevel.choices,
        default=RecognitionLevel.NOT_ASSESSED,
        db_index=True,
    )
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProductQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("product")
        verbose_name_plural = _("products")
        indexes = [  # the published library in its order
            models.Index(
                fields=["-date", "title", "id"],
                condition=models.Q(is_published=True),
                name="product_published_list",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:detail", kwargs={"slug": self.slug})

    def search_parts(self) -> list[str]:
        return [self.title, self.summary, self.goal, self.approach, self.working_elements]

    @property
    def is_method(self) -> bool:
        return self.kind.slug == METHOD_KIND


class ProductLink(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("address"), max_length=500)
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        ordering = ["label"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self) -> str:
        return self.label


class BuildsOn(models.Model):
    """``product`` builds on the earlier ``source``, also across werkplaatsen."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="builds_on")
    source = models.ForeignKey(
        Product,
        on_delete=models.CASCADE,
        related_name="built_upon_by",
        verbose_name=_("builds on"),
    )
    note = models.TextField(_("how"), blank=True)

    class Meta:
        verbose_name = _("builds on")
        verbose_name_plural = _("builds on")
        constraints = [
            models.UniqueConstraint(fields=["product", "source"], name="builds_on_once"),
            models.CheckConstraint(
                condition=~models.Q(product=models.F("source")), name="builds_on_not_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product} → {self.source}"

    def clean(self):
        if self.product_id and self.product_id == self.source_id:
            raise ValidationError({"source": _("A product cannot build on itself.")})


class Adoption(models.Model):
    """An organisation uses a product: the evidence of lasting impact."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="adoptions")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("organisation"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adoptions",
        verbose_name=_("municipality"),
    )
    since = models.DateField(_("since"), null=True, blank=True)
    experience = models.TextField(_("experience"), blank=True)

    class Meta:
        ordering = ["-since", "pk"]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")

    def __str__(self) -> str:
        return f"{self.organisation} — {self.product}"


class ProductFile(models.Model):
    """An uploaded file of a product, addressed by UUID; its type was read from its content."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=stored_name, max_length=200
    )
    title = models.CharField(_("title"), max_length=200)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=120)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["title", "uploaded_at", "pk"]
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:file", kwargs={"slug": self.product.slug, "file_uuid": self.uuid})

    @property
    def type_label(self) -> str:
        found = type_of(self.content_type)
        return found.label if found else self.content_type

    @property
    def is_inline(self) -> bool:
        """PDF and images open in the browser; everything else is downloaded."""
        found = type_of(self.content_type)
        return bool(found and found.inline)


@receiver(post_delete, sender=ProductFile)
def _remove_stored_file(sender, instance, **kwargs):
    # Also runs when a product's deletion cascades to its files. The stored file goes only once
    # the deletion is committed: a rolled-back deletion keeps its file.
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))

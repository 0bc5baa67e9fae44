"""The dossier: editorial articles on practice examples, written by network editors.

An article is a draft, scheduled or published (``state``). It is public when it is scheduled or
published *and* its ``published_at`` has passed: ``Article.objects.published()`` is the one
definition every page, the API, search, feeds and the newsletter use, so a scheduled article
appears by itself when its time comes. Its author is a person of the registry (named only while
they consent to be public) or a free author line. The body is kept as the editor wrote it
(``body``) and as sanitised HTML (``body_html``, see ``richtext``), which is all that is shown.
"""

from uuid import uuid4

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.utils.models import PublicIdentity, Searchable

from . import richtext
from .constants import ArticleState
from .images import dossier_storage, stored_name


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Articles anyone may read: published or scheduled, and their time has come."""
        return self.filter(
            state__in=[ArticleState.PUBLISHED, ArticleState.SCHEDULED],
            published_at__isnull=False,
            published_at__lte=now or timezone.now(),
        )

    def due(self, now=None):
        """Scheduled articles whose time has come but that were not yet marked published."""
        return self.filter(state=ArticleState.SCHEDULED, published_at__lte=now or timezone.now())


class Article(PublicIdentity, Searchable):
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("lead"), help_text=_("Two or three sentences in plain text that open the article.")
    )
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "Markdown or simple HTML: paragraphs, ## and ### headings, lists, links, bold, "
            "italics, quotes and this article's uploaded images. Anything else is removed."
        ),
    )
    body_html = models.TextField(editable=False, blank=True, default="")
    author = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dossier_articles",
        verbose_name=_("author in the registry"),
        help_text=_("Named only while they agree to be public."),
    )
    author_name = models.CharField(
        _("author line"),
        max_length=200,
        blank=True,
        help_text=_("For an author who is not in the registry, e.g. “Redactie WSD”."),
    )
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=ArticleState.choices,
        default=ArticleState.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("For a scheduled article: the moment it becomes public."),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="dossier_articles", verbose_name=_("themes")
    )
    workshops = models.ManyToManyField(
        Workshop, blank=True, related_name="dossier_articles", verbose_name=_("werkplaatsen")
    )
    projects = models.ManyToManyField(
        "projects.Project", blank=True, related_name="dossier_articles", verbose_name=_("projects")
    )
    products = models.ManyToManyField(
        "library.Product",
        blank=True,
        related_name="dossier_articles",
        verbose_name=_("library products"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("dossier article")
        verbose_name_plural = _("dossier articles")
        constraints = [
            models.CheckConstraint(
                condition=Q(state="draft") | Q(published_at__isnull=False),
                name="article_public_states_have_a_date",
                violation_error_message=_(
                    "A published or scheduled article needs the moment it is published."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("dossier:detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        self.body_html = richtext.render(self.body, self.image_alts()).html
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html"}
        super().save(*args, **kwargs)

    def clean(self):
        if self.author_id and self.author_name.strip():
            raise ValidationError(
                {"author_name": _("Choose a person from the registry or write an author line.")}
            )

    def image_alts(self) -> dict[str, str]:
        """The article's uploaded images by UUID, with their alt text."""
        if not self.pk:
            return {}
        return {str(image.uuid): image.alt for image in self.images.all()}

    def search_parts(self) -> list[str]:
        # The free author line only: a registry person's name is never stored here, since search
        # would otherwise find the article by the name of someone who withdrew their consent.
        return [self.title, self.lead, richtext.plain_text(self.body_html), self.author_name]

    @property
    def is_public(self) -> bool:
        return (
            self.state != ArticleState.DRAFT
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        """Scheduled and still waiting for its time."""
        return self.state != ArticleState.DRAFT and not self.is_public

    @property
    def public_author(self) -> dict | None:
        """``{"name", "person"}`` as the public may see it: a registry person only while they
        consent (never replaced by another name), else the free author line, else None."""
        if self.author_id:
            person = self.author
            return {"name": person.full_name, "person": person} if person.is_public else None
        if self.author_name.strip():
            return {"name": self.author_name.strip(), "person": None}
        return None


class ArticleImage(models.Model):
    """An uploaded image of an article, addressed by UUID; its type was read from its content."""

    uuid = models.UUIDField(default=uuid4, unique=True, editable=False)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="images")
    file = models.FileField(
        _("image"), storage=dossier_storage, upload_to=stored_name, max_length=200
    )
    alt = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the image shows, for people who cannot see it. Not a file name."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    content_type = models.CharField(_("content type"), max_length=40)
    size = models.PositiveIntegerField(_("size in bytes"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["position", "uploaded_at", "pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.alt

    def get_absolute_url(self) -> str:
        return self.url

    @property
    def url(self) -> str:
        return richtext.image_url(self.uuid)

    @property
    def markdown(self) -> str:
        """How to show it in the body."""
        return f"![{self.alt}]({self.url})"


@receiver(post_delete, sender=ArticleImage)
def _remove_stored_image(sender, instance, **kwargs):
    # The stored file goes only once the deletion is committed: a rollback keeps it.
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))

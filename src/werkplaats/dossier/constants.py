from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleState(models.TextChoices):
    """What the editor chose. Whether an article is public is computed from the state *and* the
    time (``ArticleQuerySet.published``): a scheduled article becomes public by itself once its
    ``published_at`` has passed, without any save."""

    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")


#: Slugs that are pages of the dossier, never articles.
RESERVED_SLUGS = {"nieuw", "afbeeldingen", "new"}

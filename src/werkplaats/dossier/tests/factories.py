import datetime

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.demo import tiny_png
from werkplaats.dossier.models import Article


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article; ``state=ArticleState.DRAFT`` for a draft, or ``scheduled_in=`` a
    timedelta for an article scheduled that far ahead."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    class Params:
        scheduled_in = None

    title = factory.Sequence(lambda n: f"Hoe de wijk eenzaamheid aanpakt, deel {n}")
    slug = factory.Sequence(lambda n: f"artikel-{n}")
    lead = "Professionals en bewoners zoeken samen naar wat werkt."
    body = "## Wat werkt\n\nSamen koffie drinken in het **buurthuis**."
    author_name = "Redactie WSD"
    state = factory.LazyAttribute(
        lambda o: ArticleState.SCHEDULED if o.scheduled_in else ArticleState.PUBLISHED
    )
    published_at = factory.LazyAttribute(
        lambda o: (
            timezone.now() + o.scheduled_in
            if o.scheduled_in
            else timezone.now() - datetime.timedelta(days=1)
        )
    )

    @factory.post_generation
    def workshops(self, create, extracted, **kwargs):
        if create and extracted:
            self.workshops.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


def png_bytes() -> bytes:
    return tiny_png(2, 2)


def png_upload(name: str = "wijkteam.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")

import factory
from django.utils import timezone

from werkplaats.publications.constants import PublicationType
from werkplaats.publications.models import Authorship, Publication


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Eenzaamheid onder ouderen in de wijk, deel {n}")
    slug = factory.Sequence(lambda n: f"publicatie-{n}")
    publication_type = PublicationType.ARTICLE
    year = 2024
    abstract = "Een actieonderzoek met wijkcoaches en ouderen."
    journal = "Journal of Social Intervention: Theory and Practice"
    volume = "33"
    issue = "2"
    pages = "45-67"
    is_published = True
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def workshops(self, create, extracted, **kwargs):
        if create and extracted:
            self.workshops.set(extracted)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        """``authors=[person, ("Bakker", "An"), ...]``: registry people or external names."""
        if not (create and extracted):
            return
        for position, author in enumerate(extracted, start=1):
            if isinstance(author, tuple):
                Authorship.objects.create(
                    publication=self, position=position, family_name=author[0], given_name=author[1]
                )
            else:
                Authorship.objects.create(publication=self, position=position, person=author)
        self.save()

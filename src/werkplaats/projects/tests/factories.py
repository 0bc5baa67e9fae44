import factory
from django.utils.text import slugify

from werkplaats.network.tests.factories import WorkshopFactory
from werkplaats.projects.models import Project


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    title = factory.Sequence(lambda n: f"Samen tegen eenzaamheid in de wijk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    lead_workshop = factory.SubFactory(WorkshopFactory)
    background = "Professionals zien steeds meer eenzame ouderen."
    goal = "Een werkwijze om eenzame ouderen eerder te bereiken."
    is_published = True

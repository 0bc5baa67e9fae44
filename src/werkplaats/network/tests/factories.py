import factory
from django.utils.text import slugify

from werkplaats.network import models


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation

    name = factory.Sequence(lambda n: f"Stichting Welzijn Voorbeeld {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = factory.LazyFunction(
        lambda: models.OrganisationKind.objects.get(slug="welzijnsorganisatie")
    )


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Workshop

    name = factory.Sequence(lambda n: f"Werkplaats Sociaal Domein Proef {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Person

    given_name = factory.Sequence(lambda n: f"Fenna{n}")
    family_name = "Visser"
    slug = factory.LazyAttribute(lambda o: slugify(f"{o.given_name} {o.family_name}"))
    email = factory.LazyAttribute(lambda o: f"{o.slug}@example.org")
    is_public = True


class ResearchGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ResearchGroup

    name = factory.Sequence(lambda n: f"Lectoraat Proef {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    organisation = factory.SubFactory(
        OrganisationFactory,
        kind=factory.LazyFunction(lambda: models.OrganisationKind.objects.get(slug="hogeschool")),
    )


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Partnership

    workshop = factory.SubFactory(WorkshopFactory)
    organisation = factory.SubFactory(OrganisationFactory)

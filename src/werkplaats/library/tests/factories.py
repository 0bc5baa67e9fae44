import factory

from werkplaats.library.models import Product, ProductKind


def kind(slug: str = "handreiking") -> ProductKind:
    return ProductKind.objects.get_or_create(slug=slug, defaults={"name": slug})[0]


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Handreiking buurtwerk {n}")
    slug = factory.Sequence(lambda n: f"product-{n}")
    summary = "Een korte uitleg voor de wijk."
    kind = factory.LazyFunction(kind)
    is_published = True

    @factory.post_generation
    def workshops(self, create, extracted, **kwargs):
        if create and extracted:
            self.workshops.set(extracted)

"""Business rules of the library: creating and publishing products, linking what builds on
what (never on itself, never in a circle) and recording adoptions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.utils.slugs import unique_slug

from .models import Adoption, BuildsOn, Product


@transaction.atomic
def create_product(
    *, title: str, kind, workshops=(), themes=(), makers=(), beneficiary_groups=(), **fields
) -> Product:
    """A new product, a draft until ``publish``."""
    product = Product(title=title, kind=kind, **fields)
    product.slug = fields.get("slug") or unique_slug(Product, title)
    product.full_clean(exclude=["slug"])
    product.save()
    product.workshops.set(workshops)
    product.themes.set(themes)
    product.makers.set(makers)
    product.beneficiary_groups.set(beneficiary_groups)
    return product


def publish(product: Product) -> Product:
    if not product.is_published:
        product.is_published = True
        product.published_at = timezone.now()
        product.save(update_fields=["is_published", "published_at", "updated_at"])
    return product


def unpublish(product: Product) -> Product:
    if product.is_published:
        product.is_published = False
        product.save(update_fields=["is_published", "updated_at"])
    return product


def _reaches(start_id: int, target_id: int) -> bool:
    """Whether ``start`` already builds on ``target``, directly or through others."""
    seen, frontier = {start_id}, {start_id}
    while frontier:
        following = set(
            BuildsOn.objects.filter(product_id__in=frontier).values_list("source_id", flat=True)
        )
        if target_id in following:
            return True
        frontier = following - seen
        seen |= frontier
    return False


@transaction.atomic
def add_builds_on(product: Product, source: Product, note: str = "") -> BuildsOn:
    """Records that ``product`` builds on the earlier ``source``; refuses itself and circles."""
    if product.pk == source.pk:
        raise ValidationError(_("A product cannot build on itself."), code="self")
    if _reaches(source.pk, product.pk):
        raise ValidationError(
            _("%(source)s already builds on %(product)s: that would make a circle.")
            % {"source": source.title, "product": product.title},
            code="cycle",
        )
    link, created = BuildsOn.objects.get_or_create(
        product=product, source=source, defaults={"note": note}
    )
    if not created and note and link.note != note:
        link.note = note
        link.save(update_fields=["note"])
    return link


def record_adoption(
    product: Product, organisation, *, municipality=None, since=None, experience: str = ""
) -> Adoption:
    """An organisation (somewhere, since some date) uses the product."""
    adoption = Adoption(
        product=product,
        organisation=organisation,
        municipality=municipality,
        since=since,
        experience=experience,
    )
    adoption.full_clean()
    adoption.save()
    return adoption

"""Business rules of the library: creating, editing and publishing products, linking what builds
on what (never on itself, never in a circle), recording adoptions and keeping files."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.utils.slugs import unique_slug

from . import files
from .models import Adoption, BuildsOn, Product, ProductFile

#: Addresses under /bibliotheek/ that are pages, not products.
RESERVED_SLUGS = {"nieuw"}


@transaction.atomic
def create_product(
    *, title: str, kind, workshops=(), themes=(), makers=(), beneficiary_groups=(), **fields
) -> Product:
    """A new product, a draft until ``publish``."""
    product = Product(title=title, kind=kind, **fields)
    product.slug = fields.get("slug") or unique_slug(Product, title)
    if product.slug in RESERVED_SLUGS:  # would be taken for the page at that address
        product.slug = unique_slug(Product, f"{product.slug} product")
    product.full_clean(exclude=["slug"])
    product.save()
    product.workshops.set(workshops)
    product.themes.set(themes)
    product.makers.set(makers)
    product.beneficiary_groups.set(beneficiary_groups)
    return product


@transaction.atomic
def update_product(
    product: Product, *, workshops=None, themes=None, makers=None, beneficiary_groups=None, **fields
) -> Product:
    """Changes a product's fields; relations given as None stay as they are."""
    for name, value in fields.items():
        setattr(product, name, value)
    product.full_clean()
    product.save()
    for relation, values in (
        ("workshops", workshops),
        ("themes", themes),
        ("makers", makers),
        ("beneficiary_groups", beneficiary_groups),
    ):
        if values is not None:
            getattr(product, relation).set(values)
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


def check_builds_on(product: Product, source: Product) -> None:
    """Refuses ``product`` building on itself, or on a source that (through others) already
    builds on it. A product not saved yet has nothing building on it, so it is always fine."""
    if product.pk is None:
        return
    if product.pk == source.pk:
        raise ValidationError(_("A product cannot build on itself."), code="self")
    if _reaches(source.pk, product.pk):
        raise ValidationError(
            _("%(source)s already builds on %(product)s: that would make a circle.")
            % {"source": source.title, "product": product.title},
            code="cycle",
        )


@transaction.atomic
def add_builds_on(product: Product, source: Product, note: str = "") -> BuildsOn:
    """Records that ``product`` builds on the earlier ``source``; refuses itself and circles."""
    check_builds_on(product, source)
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


@transaction.atomic
def set_builds_on(product: Product, links: list[tuple[Product, str]]) -> None:
    """Makes ``links`` (source, note) exactly what ``product`` builds on."""
    sources = [source.pk for source, _note in links]
    product.builds_on.exclude(source_id__in=sources).delete()
    for source, note in links:
        link = add_builds_on(product, source, note)
        if link.note != note:
            link.note = note
            link.save(update_fields=["note"])


def attach_file(product: Product, upload, title: str = "") -> ProductFile:
    """Keeps an uploaded file with the product, under a random name outside the web root.

    Its type is read from the content (``files.detect``); a file that is too large, of a kind
    the library does not take, or not what its name says is refused with a ValidationError.
    The caller removes the stored file again when its transaction fails (``discard_stored``).
    """
    detected = files.detect(upload, upload.name)
    item = ProductFile(
        product=product,
        title=(title or "").strip() or Path(files.safe_filename(upload.name)).stem,
        filename=files.safe_filename(upload.name),
        content_type=detected.content_type,
        size=upload.size,
        sha256=files.sha256_of(upload),
    )
    item.file.save(upload.name, upload, save=False)
    item.save()
    return item


def discard_stored(items: list[ProductFile]) -> None:
    """Removes the stored files of records whose transaction was rolled back."""
    for item in items:
        if item.file.name:
            item.file.storage.delete(item.file.name)


def remove_file(item: ProductFile) -> None:
    """Deletes a product's file; the stored file goes once the deletion is committed."""
    item.delete()

"""Saves planned demo products with bulk inserts: a few statements for the whole library.

``bulk_create`` skips ``save()``, so the folded ``search_text`` is computed here; the search
index is rebuilt by ``werkplaats demo`` after every loader.
"""

from werkplaats.utils.text import fold

from ..models import Adoption, BuildsOn, Product, ProductLink
from .plan import PlannedProduct

BATCH_SIZE = 500


def with_search_text(products: list[Product]) -> list[Product]:
    for product in products:
        product.search_text = fold(" ".join(part for part in product.search_parts() if part))
    return products


def write_products(planned: list[PlannedProduct], present: dict) -> dict[str, int]:
    """Writes the planned products not yet ``present`` (uuid -> pk of those that are), with
    their relations; a builds-on link to an earlier product that is present uses that one."""
    todo = [plan for plan in planned if plan.product.uuid not in present]
    Product.objects.bulk_create(with_search_text([p.product for p in todo]), batch_size=BATCH_SIZE)
    relations = {
        "workshops": ("workshop_id", lambda plan: [plan.workshop.pk]),
        "themes": ("theme_id", lambda plan: [t.pk for t in plan.themes]),
        "beneficiary_groups": ("beneficiarygroup_id", lambda plan: [g.pk for g in plan.groups]),
        "makers": ("person_id", lambda plan: plan.makers),
    }
    for name, (column, values) in relations.items():
        through = getattr(Product, name).through
        through.objects.bulk_create(
            [
                through(product_id=plan.product.pk, **{column: pk})
                for plan in todo
                for pk in dict.fromkeys(values(plan))
            ],
            batch_size=BATCH_SIZE,
        )
    links = []
    for plan in todo:
        if plan.source is None:
            continue
        source_id = present.get(plan.source.product.uuid) or plan.source.product.pk
        links.append(BuildsOn(product_id=plan.product.pk, source_id=source_id, note=plan.note))
    BuildsOn.objects.bulk_create(links, batch_size=BATCH_SIZE)
    adoptions, product_links = [], []
    for plan in todo:
        for adoption in plan.adoptions:
            adoption.product_id = plan.product.pk
            adoptions.append(adoption)
        for link in plan.links:
            link.product_id = plan.product.pk
            product_links.append(link)
    Adoption.objects.bulk_create(adoptions, batch_size=BATCH_SIZE)
    ProductLink.objects.bulk_create(product_links, batch_size=BATCH_SIZE)
    return {
        "products": len(todo),
        "methods": sum(1 for plan in todo if plan.product.is_method),
        "builds_on": len(links),
        "adoptions": len(adoptions),
    }


def write_synthetic(rows: list[tuple]) -> int:
    """Writes synthetic products (Product, workshop pk, theme pk) for benchmarks."""
    products = with_search_text([product for product, _w, _t in rows])
    Product.objects.bulk_create(products, batch_size=BATCH_SIZE)
    workshops = Product.workshops.through
    workshops.objects.bulk_create(
        [workshops(product_id=p.pk, workshop_id=w) for p, w, _t in rows], batch_size=BATCH_SIZE
    )
    themes = Product.themes.through
    themes.objects.bulk_create(
        [themes(product_id=p.pk, theme_id=t) for p, _w, t in rows if t], batch_size=BATCH_SIZE
    )
    return len(products)

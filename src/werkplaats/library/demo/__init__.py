"""The demo library: about 150 products over the 15 real werkplaatsen, run by ``werkplaats demo``
after the projects.

Products hang on real demo projects, themes, beneficiary groups and makers (demo people with and
without consent: the latter are never named in public). Every product kind occurs; about thirty
are methods with the fields of the intervention databanks and a spread of recognition levels.
Thirteen chains of work build on work of other werkplaatsen (a Twente method against loneliness
among older people taken up in Friesland and then in Zeeland), and organisations of the demo
network record that they use products (adoptions).

Deterministic (one generator from the seed; every product's UUID is derived from its place in
the plan) and idempotent: only products whose UUID is missing are written, so a second run
changes nothing. ``scale=N`` adds (N-1) × the library as cheap synthetic products for
benchmarks, spread over every werkplaats (also the synthetic copies of ``--scale``).
"""

import datetime
import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Theme, Workshop

from ..models import Product, ProductKind
from .plan import Context, product_uuid, synthetic_products
from .writer import write_products, write_synthetic

SEED = 2026

__all__ = ["SEED", "DemoLibraryResult", "load_demo_library"]


@dataclass
class DemoLibraryResult:
    created: int = 0
    methods: int = 0
    builds_on: int = 0
    adoptions: int = 0
    synthetic: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.synthetic)


def _seed_kinds() -> None:
    # A test that flushed the database leaves the seeded product kinds empty: seed them again.
    if not ProductKind.objects.exists():
        importlib.import_module("werkplaats.library.migrations.0002_seed_product_kinds").seed(
            apps, None
        )


def _synthetic(scale: int, base: int, seed: int, today) -> int:
    wanted = (scale - 1) * base
    if wanted <= 0:
        return 0
    existing = set(
        Product.objects.filter(slug__startswith="synthetisch-product-").values_list(
            "uuid", flat=True
        )
    )
    numbers = [n for n in range(wanted) if product_uuid(f"synthetic:{n}") not in existing]
    if not numbers:
        return 0
    rows = synthetic_products(
        random.Random(f"{seed}:library:synthetic"),
        numbers,
        {k.slug: k for k in ProductKind.objects.all()},
        {t.slug: t for t in Theme.objects.all()},
        list(Workshop.objects.order_by("slug").values_list("pk", flat=True)),
        today,
    )
    return write_synthetic(rows)


@transaction.atomic
def load_demo_library(
    scale: int = 1,
    seed: int = SEED,
    today: datetime.date | None = None,
    report: Callable[[str], None] | None = None,
) -> DemoLibraryResult:
    """Plans the demo library and writes what is not there yet."""
    say = report or (lambda line: None)
    _seed_kinds()
    today = today or timezone.localdate()
    context = Context.load(today)
    planned = context.plan(random.Random(f"{seed}:library"))
    present = dict(
        Product.objects.filter(uuid__in=[p.product.uuid for p in planned]).values_list("uuid", "pk")
    )
    result = DemoLibraryResult()
    counts = write_products(planned, present)
    result.created, result.methods = counts["products"], counts["methods"]
    result.builds_on, result.adoptions = counts["builds_on"], counts["adoptions"]
    result.synthetic = _synthetic(scale, len(planned), seed, today)
    if result.changed:
        say(
            _(
                "Library: %(n)d products created (%(m)d methods, %(s)d synthetic), %(b)d "
                "builds-on links, %(a)d adoptions."
            )
            % {
                "n": result.created,
                "m": result.methods,
                "s": result.synthetic,
                "b": result.builds_on,
                "a": result.adoptions,
            }
        )
    else:
        say(_("Library: already loaded (%(n)d products).") % {"n": Product.objects.count()})
    return result

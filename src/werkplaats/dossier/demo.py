"""The demo dossier: 25 practice-example articles over the real werkplaatsen, run by
``werkplaats demo`` after the projects and the library.

Each article hangs on its werkplaatsen and themes, and links up to two published demo projects
and library products of those werkplaatsen that share a theme. Authors are demo people of the
werkplaats who consented to be public, a few who did not (never named in public: the pages show
no author) or the editorial line. Two articles are drafts, one is scheduled for next week; one
carries a small generated PNG with alt text and a caption.

Deterministic (each article's UUID is derived from its key; choices follow from the key) and
idempotent: only articles whose UUID is missing are written, so a second run changes nothing.
``scale`` is accepted like the other loaders; editorial content does not grow with the network.
"""

from __future__ import annotations

import datetime
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Person, Theme, Workshop

from .constants import ArticleState
from .demo_texts import ARTICLES, IMAGE_ALT, IMAGE_ARTICLE, IMAGE_CAPTION, DemoArticle
from .models import Article, ArticleImage
from .services import article_slug

NAMESPACE = uuid.UUID("3f0c2b7e-9a41-4d55-8b1e-5d2f0a6c9e13")
EDITORIAL_LINE = "Redactie Werkplaatsen Sociaal Domein"
#: Every so many articles is written by a demo person without consent (never named).
HIDDEN_AUTHOR_EVERY = 6
RELATED_PER_KIND = 2

__all__ = ["DemoDossierResult", "article_uuid", "load_demo_dossier", "tiny_png"]


@dataclass
class DemoDossierResult:
    created: int = 0
    drafts: int = 0
    scheduled: int = 0
    images: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created)


def article_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"dossier:{key}")


def tiny_png(
    width: int = 48, height: int = 48, rgb: tuple[int, int, int] = (214, 106, 32)
) -> bytes:
    """A small one-colour PNG, written by hand so the demo needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def body(item: DemoArticle) -> str:
    steps = "\n".join(f"* {step}" for step in item.steps)
    return (
        f"## De vraag\n\n{item.question}\n\n## De aanpak\n\n{steps}\n\n"
        f"## Wat het oplevert\n\n{item.result}\n\n> {item.quote}\n"
    )


def _moment(item: DemoArticle, now: datetime.datetime) -> tuple[str, datetime.datetime | None]:
    local = timezone.localtime(now)
    if item.age is None:
        return ArticleState.DRAFT, None
    if item.age < 0:
        day = local + datetime.timedelta(days=-item.age)
        return ArticleState.SCHEDULED, day.replace(hour=9, minute=0, second=0, microsecond=0)
    day = local - datetime.timedelta(days=item.age)
    return ArticleState.PUBLISHED, day.replace(hour=10, minute=0, second=0, microsecond=0)


def _pick(rows: list, key: str, count: int = 1) -> list:
    if not rows:
        return []
    start = zlib.crc32(key.encode()) % len(rows)
    return [rows[(start + n) % len(rows)] for n in range(min(count, len(rows)))]


class _Network:
    """What the demo network offers an article: people, projects and products per werkplaats."""

    def __init__(self):
        from werkplaats.library.models import Product
        from werkplaats.projects.models import Project

        self.workshops = {w.slug: w for w in Workshop.objects.all()}
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.people = {True: {}, False: {}}
        for person in Person.objects.prefetch_related("workshops").order_by("slug"):
            for workshop in person.workshops.all():
                self.people[person.is_public].setdefault(workshop.slug, []).append(person)
        self.projects = {}
        for project in (
            Project.objects.filter(is_published=True)
            .select_related("lead_workshop")
            .prefetch_related("themes")
            .order_by("slug")
        ):
            self.projects.setdefault(project.lead_workshop.slug, []).append(project)
        self.products = {}
        for product in (
            Product.objects.filter(is_published=True)
            .prefetch_related("themes", "workshops")
            .order_by("slug")
        ):
            for workshop in product.workshops.all():
                self.products.setdefault(workshop.slug, []).append(product)

    def related(self, rows_by_workshop: dict, item: DemoArticle) -> list:
        wanted = set(item.themes)
        found = []
        for slug in item.workshops:
            rows = rows_by_workshop.get(slug, [])
            matching = [r for r in rows if wanted & {t.slug for t in r.themes.all()}] or rows
            found += [r for r in _pick(matching, item.key, RELATED_PER_KIND) if r not in found]
        return found[:RELATED_PER_KIND]

    def author(self, item: DemoArticle, position: int) -> Person | None:
        first = item.workshops[0]
        hidden = position % HIDDEN_AUTHOR_EVERY == HIDDEN_AUTHOR_EVERY - 1
        return next(iter(_pick(self.people[not hidden].get(first, []), item.key)), None)


def _write(item: DemoArticle, position: int, network: _Network, now) -> Article:
    state, published_at = _moment(item, now)
    author = network.author(item, position) if position % 3 else None
    article = Article(
        uuid=article_uuid(item.key),
        slug=article_slug(item.key),
        title=item.title,
        lead=item.lead,
        body=body(item),
        author=author,
        author_name="" if author else EDITORIAL_LINE,
        state=state,
        published_at=published_at,
    )
    article.save()
    article.workshops.set([network.workshops[s] for s in item.workshops if s in network.workshops])
    article.themes.set([network.themes[s] for s in item.themes if s in network.themes])
    article.projects.set(network.related(network.projects, item))
    article.products.set(network.related(network.products, item))
    return article


def _add_image(article: Article) -> None:
    image = ArticleImage(
        article=article,
        alt=IMAGE_ALT,
        caption=IMAGE_CAPTION,
        content_type="image/png",
        size=0,
    )
    data = tiny_png()
    image.size = len(data)
    image.file.save("demo.png", ContentFile(data), save=False)
    image.save()
    article.body = f"{article.body}\n{image.markdown}\n"
    article.save()


@transaction.atomic
def load_demo_dossier(
    scale: int = 1,
    report: Callable[[str], None] | None = None,
    now: datetime.datetime | None = None,
) -> DemoDossierResult:
    """Writes the demo articles that are not there yet."""
    say = report or (lambda line: None)
    now = now or timezone.now()
    present = set(
        Article.objects.filter(uuid__in=[article_uuid(a.key) for a in ARTICLES]).values_list(
            "uuid", flat=True
        )
    )
    result = DemoDossierResult()
    missing = [(n, a) for n, a in enumerate(ARTICLES) if article_uuid(a.key) not in present]
    network = _Network() if missing else None
    for position, item in missing:
        article = _write(item, position, network, now)
        result.created += 1
        result.drafts += article.state == ArticleState.DRAFT
        result.scheduled += article.state == ArticleState.SCHEDULED
        if item.key == IMAGE_ARTICLE:
            _add_image(article)
            result.images += 1
    if result.changed:
        say(
            _(
                "Dossier: %(n)d articles created (%(d)d drafts, %(s)d scheduled, %(i)d with an image)."
            )
            % {"n": result.created, "d": result.drafts, "s": result.scheduled, "i": result.images}
        )
    else:
        say(_("Dossier: already loaded (%(n)d articles).") % {"n": Article.objects.count()})
    return result

"""Plans the demo library from what the demo network and projects hold, read in a fixed number
of queries: the chains of work that builds on work elsewhere first, then each werkplaats's own
products, then who adopted what."""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import slugify

from werkplaats.network.models import Municipality, Partnership, Person, Theme, Workshop
from werkplaats.projects.models import BeneficiaryGroup, Project

from ..constants import Licence, RecognitionLevel
from ..models import Adoption, Product, ProductKind, ProductLink
from . import phrases
from .topics import BY_KEY, REGION_NAMES, WORKSHOP_TOPICS, Topic

NAMESPACE = uuid.UUID("3c9e5d1a-7b2f-4e8a-9a41-5d0c2b6f2026")
PER_WORKSHOP = 10
METHODS_PER_WORKSHOP = 2
LICENCES = [Licence.CC_BY] * 5 + [Licence.CC_BY_SA, Licence.CC_BY_NC, Licence.CC0]
LEVELS = RecognitionLevel.values


def product_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, key)


def fill(text: str, **values) -> str:
    values = {**values, **{k.capitalize(): v[:1].upper() + v[1:] for k, v in values.items()}}
    return text.format(**values)


@dataclass
class PlannedProduct:
    product: Product
    workshop: Workshop
    topic: Topic
    themes: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    makers: list[int] = field(default_factory=list)
    source: PlannedProduct | None = None
    note: str = ""
    adoptions: list[Adoption] = field(default_factory=list)
    links: list[ProductLink] = field(default_factory=list)


@dataclass
class Context:
    """Everything the planner needs, read once."""

    today: datetime.date
    workshops: dict  # slug -> Workshop
    kinds: dict
    themes: dict
    groups: dict
    towns: dict = field(default_factory=dict)  # workshop pk -> [Municipality]
    organisations: dict = field(default_factory=dict)  # workshop pk -> [Organisation]
    people: dict = field(default_factory=dict)  # workshop pk -> [person pk]
    projects: dict = field(default_factory=dict)  # workshop pk -> [(pk, published, themes)]
    slugs: set = field(default_factory=set)
    titles: set = field(default_factory=set)

    @classmethod
    def load(cls, today: datetime.date) -> Context:
        workshops = {w.slug: w for w in Workshop.objects.filter(slug__in=list(REGION_NAMES))}
        ids = [w.pk for w in workshops.values()]
        context = cls(
            today=today,
            workshops=workshops,
            kinds={k.slug: k for k in ProductKind.objects.all()},
            themes={t.slug: t for t in Theme.objects.all()},
            groups={g.slug: g for g in BeneficiaryGroup.objects.all()},
            slugs=set(Product.objects.values_list("slug", flat=True)),
        )
        names = {}
        for workshop_id, municipality_id in (
            Workshop.municipalities.through.objects.filter(workshop_id__in=ids)
            .order_by("municipality__code")
            .values_list("workshop_id", "municipality_id")
        ):
            names.setdefault(workshop_id, []).append(municipality_id)
        municipalities = Municipality.objects.in_bulk([m for ms in names.values() for m in ms])
        context.towns = {w: [municipalities[m] for m in ms[:8]] for w, ms in names.items()}
        organisations = defaultdict(list)
        for partnership in (
            Partnership.objects.filter(
                workshop_id__in=ids, organisation__kind__slug__in=phrases.ADOPTING_KINDS
            )
            .select_related("organisation__location")
            .order_by("organisation__slug")
        ):
            if partnership.organisation not in organisations[partnership.workshop_id]:
                organisations[partnership.workshop_id].append(partnership.organisation)
        context.organisations = organisations
        people = defaultdict(list)
        for workshop_id, person_id in (
            Person.workshops.through.objects.filter(workshop_id__in=ids, person__user__isnull=True)
            .order_by("person_id")
            .values_list("workshop_id", "person_id")
        ):
            people[workshop_id].append(person_id)
        context.people = people
        themes = defaultdict(set)
        for project_id, slug in Project.themes.through.objects.filter(
            project__lead_workshop_id__in=ids
        ).values_list("project_id", "theme__slug"):
            themes[project_id].add(slug)
        projects = defaultdict(list)
        for pk, workshop_id, published in (
            Project.objects.filter(lead_workshop_id__in=ids)
            .order_by("pk")
            .values_list("pk", "lead_workshop_id", "is_published")
        ):
            projects[workshop_id].append((pk, published, themes[pk]))
        context.projects = projects
        return context

    # --- helpers -------------------------------------------------------------------------------

    def _slug(self, title: str) -> str:
        base = slugify(title)[:110].strip("-") or "product"
        slug, number = base, 2
        while slug in self.slugs:
            slug, number = f"{base}-{number}", number + 1
        self.slugs.add(slug)
        return slug

    def _words(self, rng, workshop, topic: Topic) -> dict:
        towns = self.towns.get(workshop.pk) or []
        return {
            "subject": topic.subject,
            "who": topic.who,
            "problem": topic.problem,
            "method": topic.method,
            "region": REGION_NAMES.get(workshop.slug, workshop.name),
            "town": rng.choice(towns).name if towns else workshop.name,
        }

    def _title(self, rng, kind: str, words: dict, adapted: bool) -> str:
        patterns = list(phrases.KINDS[kind][0])
        if adapted and kind == phrases.METHOD:
            patterns = ["{method} in {region}"]
        rng.shuffle(patterns)
        for pattern in patterns:
            title = fill(pattern, **words)
            if title not in self.titles:
                break
        else:
            title = f"{title} ({words['region']})"
        self.titles.add(title)
        return title

    def _project(self, rng, workshop, topic: Topic, published: bool):
        options = [p for p in self.projects.get(workshop.pk, []) if p[1] or not published]
        fitting = [p for p in options if topic.theme in p[2]]
        if not options or rng.random() < 0.2:
            return None
        return rng.choice(fitting or options)[0]

    # --- one product ---------------------------------------------------------------------------

    def product(
        self,
        rng,
        key,
        workshop,
        topic,
        kind,
        *,
        day,
        published=True,
        hard=False,
        level=None,
        source=None,
    ) -> PlannedProduct:
        adapted = source is not None
        words = self._words(rng, workshop, topic)
        title = self._title(rng, kind, words, adapted)
        summary_pattern = rng.choice(phrases.HARD_SUMMARIES if hard else phrases.KINDS[kind][1])
        product = Product(
            uuid=product_uuid(key),
            slug=self._slug(title),
            title=title,
            summary=fill(summary_pattern, **words),
            kind=self.kinds[kind],
            project_id=self._project(rng, workshop, topic, published),
            date=day,
            licence=rng.choice(LICENCES),
            is_published=published,
            published_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
            if published
            else None,
        )
        if kind == phrases.METHOD:
            level = level or rng.choice(LEVELS)
            product.goal = topic.goal
            product.target_group_final = topic.who[:1].upper() + topic.who[1:]
            product.target_group_intermediate = topic.intermediate
            product.approach = topic.approach
            product.working_elements = topic.elements
            product.conditions = topic.conditions
            product.substantiation = fill(phrases.SUBSTANTIATION[level], **words)
            product.recognition_level = level
        plan = PlannedProduct(product=product, workshop=workshop, topic=topic, source=source)
        plan.themes = [self.themes[s] for s in (topic.theme, *topic.also) if s in self.themes]
        plan.groups = [self.groups[s] for s in topic.groups if s in self.groups]
        people = self.people.get(workshop.pk, [])
        plan.makers = rng.sample(people, min(len(people), rng.randint(1, 3)))
        if adapted:
            plan.note = fill(rng.choice(phrases.ADAPTATIONS), **words)
        if kind in ("video", "podcast"):
            plan.links.append(
                ProductLink(
                    url=f"https://media.werkplaatsen.example/{product.slug}",
                    label="Bekijk de video" if kind == "video" else "Beluister de aflevering",
                )
            )
        return plan

    def _day(self, rng, start_year: int) -> datetime.date:
        first = datetime.date(start_year, 1, 1)
        last = self.today - datetime.timedelta(days=30)
        if first >= last:
            return last
        return first + datetime.timedelta(days=rng.randrange((last - first).days))

    # --- the whole library ---------------------------------------------------------------------

    def plan(self, rng) -> list[PlannedProduct]:
        planned: list[PlannedProduct] = []
        for number, chain in enumerate(phrases.CHAINS):
            topic = BY_KEY[chain.topic]
            previous, day = None, self._day(rng, 2017)
            for step, (slug, kind) in enumerate(chain.steps):
                workshop = self.workshops.get(slug)
                if workshop is None:
                    continue
                if previous is not None:
                    day = min(day + datetime.timedelta(days=rng.randint(300, 700)), self.today)
                level = LEVELS[(number + step) % len(LEVELS)]
                plan = self.product(
                    rng,
                    f"chain:{number}:{step}",
                    workshop,
                    topic,
                    kind,
                    day=day,
                    level=level,
                    source=previous,
                )
                planned.append(plan)
                previous = plan
        kinds = list(phrases.KINDS)
        turn = 0
        for slug, workshop in sorted(self.workshops.items()):
            own = [p for p in planned if p.workshop is workshop]
            methods = sum(1 for p in own if p.product.kind.slug == phrases.METHOD)
            topics = WORKSHOP_TOPICS.get(slug) or list(BY_KEY)
            for number in range(PER_WORKSHOP - len(own)):
                if methods < METHODS_PER_WORKSHOP:
                    kind, methods = phrases.METHOD, methods + 1
                else:
                    kind = kinds[1 + turn % (len(kinds) - 1)]
                turn += 1
                topic = BY_KEY[topics[number % len(topics)]]
                plan = self.product(
                    rng,
                    f"own:{slug}:{number}",
                    workshop,
                    topic,
                    kind,
                    day=self._day(rng, 2018),
                    published=turn % 17 != 9,
                    hard=turn % 20 == 3,
                )
                planned.append(plan)
        self._adoptions(rng, planned)
        return planned

    def _adoptions(self, rng, planned: list[PlannedProduct]) -> None:
        slugs = sorted(self.workshops)
        for plan in planned:
            product = plan.product
            if not product.is_published or product.kind.slug not in phrases.ADOPTABLE:
                continue
            wanted = 1 + (rng.random() < 0.5) if product.kind.slug == phrases.METHOD else 0
            if not wanted and rng.random() < 0.45:
                wanted = 1
            if plan.source is None and any(p.source is plan for p in planned):
                wanted += 1  # work that others built on is used more widely
            used = set()
            for _turn in range(wanted):
                where = plan.workshop
                if rng.random() < 0.3:
                    where = self.workshops[rng.choice(slugs)]
                options = [o for o in self.organisations.get(where.pk, []) if o.pk not in used]
                if not options:
                    continue
                organisation = rng.choice(options)
                used.add(organisation.pk)
                towns = self.towns.get(where.pk) or [None]
                since = product.date + datetime.timedelta(days=rng.randint(60, 500))
                plan.adoptions.append(
                    Adoption(
                        organisation=organisation,
                        municipality=organisation.location or rng.choice(towns),
                        since=min(since, self.today),
                        experience=rng.choice(phrases.EXPERIENCES),
                    )
                )


def synthetic_products(rng, numbers, kinds, themes, workshops, today) -> list[tuple]:
    """Cheap products for benchmarks: (Product, workshop pk, theme pk) for each number."""
    rows = []
    topics = list(BY_KEY.values())
    kind_slugs = list(phrases.KINDS)
    for number in numbers:
        topic = topics[number % len(topics)]
        kind = kind_slugs[number % len(kind_slugs)]
        title = f"{fill(phrases.KINDS[kind][0][0], **_plain(topic))} {number}"
        day = today - datetime.timedelta(days=number % 3000)
        product = Product(
            uuid=product_uuid(f"synthetic:{number}"),
            slug=f"synthetisch-product-{number}",
            title=title,
            summary=fill(phrases.KINDS[kind][1][0], **_plain(topic)),
            kind=kinds[kind],
            date=day,
            is_published=True,
            published_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))),
        )
        theme = themes.get(topic.theme)
        rows.append((product, workshops[number % len(workshops)], theme.pk if theme else None))
    return rows


def _plain(topic: Topic) -> dict:
    return {
        "subject": topic.subject,
        "who": topic.who,
        "problem": topic.problem,
        "method": topic.method,
        "region": "de regio",
        "town": "de stad",
    }

"""Demo publications: eight per werkplaats, by its lectoraten and demo people, run by
``werkplaats demo`` after the projects and the library.

Deterministic (one generator per werkplaats from the seed; each publication's UUID is derived
from its werkplaats and number) and idempotent: a werkplaats whose demo publications exist is
left alone, so a second run changes nothing. Several werkplaatsen write about loneliness among
older people (eenzaamheid ouderen), so search and the theme pages have something to compare.
DOIs use the prefix 10.99999, which no registration agency has issued: they are fictional, as
are the ISSNs and ISBNs (with valid check digits). A few publications stay drafts. Authors are
registry people (named in public only with their consent) and some external co-authors.
"""

from __future__ import annotations

import datetime
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from werkplaats.library.constants import Licence
from werkplaats.network.models import Person, ResearchGroup, Theme, Workshop
from werkplaats.utils.text import fold

from . import demo_texts as texts
from .constants import AccessRights, PublicationType
from .models import Authorship, Publication, title_key
from .validators import isbn13_check_digit, issn_check_digit

SEED = 6061
PER_WORKSHOP = 8
NAMESPACE = uuid.UUID("6d2b1f0e-4f61-4b8e-9d3c-3c1c5a0b7e21")
DOI_PREFIX = "10.99999"
T = PublicationType
#: The kinds of the eight publications of a werkplaats, in order (the first is about
#: loneliness for every third werkplaats).
KINDS = [T.ARTICLE, T.REPORT, T.ARTICLE, T.BOOK_PART, T.CONFERENCE_OBJECT, T.LECTURE]
EXTRA_KINDS = [
    T.ARTICLE,
    T.REPORT,
    T.CONTRIBUTION_TO_PERIODICAL,
    T.WORKING_PAPER,
    T.BACHELOR_THESIS,
    T.MASTER_THESIS,
    T.BOOK,
    T.REVIEW,
    T.DOCTORAL_THESIS,
]


@dataclass
class DemoPublicationsResult:
    created: int = 0
    drafts: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created)


def publication_uuid(workshop_slug: str, number: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{workshop_slug}:{number}")


def _place(workshop: Workshop) -> str:
    from werkplaats.communities.demo import CITIES

    cities = CITIES.get(workshop.slug)
    if cities:
        return cities[0]
    return workshop.name.removeprefix("Werkplaats Sociaal Domein ").strip()


def _issn(base: str) -> str:
    return f"{base[:4]}-{base[4:]}{issn_check_digit(base)}"


def _isbn(rng) -> str:
    body = "97894" + "99999" + f"{rng.randrange(100):02d}"
    return f"{body[:3]}-{body[3:5]}-{body[5:10]}-{body[10:]}-{isbn13_check_digit(body)}"


class _Workshop:
    """What one werkplaats brings: its lectoraten, lectors, researchers and publishers."""

    def __init__(self, workshop, themes):
        self.workshop = workshop
        groups = list(
            ResearchGroup.objects.filter(workshops=workshop)
            .select_related("lector", "organisation")
            .order_by("slug")
        )
        self.lectors = [g.lector for g in groups if g.lector_id]
        self.publishers = [g.organisation.name for g in groups] or [workshop.name]
        people = list(
            Person.objects.filter(workshops=workshop).prefetch_related("roles").order_by("slug")
        )
        self.researchers = [
            p
            for p in people
            if {r.slug for r in p.roles.all()} & {"onderzoeker", "docent", "student"}
            and p not in self.lectors
        ] or people
        self.themes = [t for t in workshop.themes.all()] or themes[:2]
        from werkplaats.library.models import Product
        from werkplaats.projects.models import Project

        self.projects = list(
            Project.objects.filter(lead_workshop=workshop, is_published=True).order_by("slug")[:6]
        )
        self.products = list(
            Product.objects.filter(workshops=workshop, is_published=True).order_by("slug")[:4]
        )


def _authors(rng, source: _Workshop) -> list:
    authors = []
    if source.lectors:
        authors.append(rng.choice(source.lectors))
    count = rng.randint(1, 3)
    if source.researchers:
        authors += rng.sample(source.researchers, min(count, len(source.researchers)))
    if rng.random() < 0.35:
        authors.insert(rng.randint(0, len(authors)), rng.choice(texts.EXTERNAL_AUTHORS))
    if rng.random() < 0.5:
        rng.shuffle(authors)
    return list(dict.fromkeys(authors)) or [rng.choice(texts.EXTERNAL_AUTHORS)]


def _plan(rng, index: int, number: int, source: _Workshop, themes: dict, taken: set):
    workshop = source.workshop
    kind = KINDS[number] if number < len(KINDS) else rng.choice(EXTRA_KINDS)
    lonely = number == 0 and index % 3 == 0
    subject = (
        texts.SUBJECTS[index % 3]
        if lonely
        else texts.SUBJECTS[(index * 5 + number * 3) % len(texts.SUBJECTS)]
    )
    theme_slug, dutch, english, sentence = subject
    english_title = bool(english) and rng.random() < 0.2
    title = (english if english_title else dutch).format(place=_place(workshop))
    if kind == T.LECTURE:
        title = rng.choice(texts.LECTURE_TITLES)
    year = rng.randint(2016, 2025)
    date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    abstract = " ".join(
        [sentence, rng.choice(texts.METHOD_SENTENCES), rng.choice(texts.CONCLUSION_SENTENCES)]
    )
    fields = {
        "publication_type": kind,
        "title": title,
        "year": year,
        "abstract": abstract,
        "language": "en" if english_title else "nl",
        "access_rights": AccessRights.OPEN,
        "licence": Licence.CC_BY,
    }
    publisher = rng.choice(source.publishers)
    if kind in (T.ARTICLE, T.REVIEW):
        journal, base, _language = rng.choice(texts.JOURNALS)
        fields |= {
            "journal": journal,
            "issn": _issn(base),
            "volume": str(year - 1990),
            "issue": str(rng.randint(1, 4)),
            "pages": f"{(first := rng.randint(1, 180))}-{first + rng.randint(8, 24)}",
            "date": date,
        }
        if rng.random() < 0.2:
            fields["access_rights"] = AccessRights.EMBARGOED
            fields["embargo_until"] = datetime.date(2026, rng.randint(1, 12), 1)
    elif kind == T.CONTRIBUTION_TO_PERIODICAL:
        journal, base = rng.choice(texts.PERIODICALS)
        fields |= {"journal": journal, "issn": _issn(base), "issue": str(rng.randint(1, 8))}
    elif kind == T.BOOK_PART:
        fields |= {
            "journal": rng.choice(texts.BOOKS),
            "publisher": rng.choice(texts.BOOK_PUBLISHERS),
            "pages": f"{(first := rng.randint(10, 200))}-{first + rng.randint(12, 30)}",
            "isbn": _isbn(rng),
        }
    elif kind == T.BOOK:
        fields |= {
            "publisher": rng.choice(texts.BOOK_PUBLISHERS),
            "isbn": _isbn(rng),
            "access_rights": AccessRights.CLOSED,
            "licence": Licence.ALL_RIGHTS_RESERVED,
        }
    elif kind == T.CONFERENCE_OBJECT:
        fields |= {"journal": rng.choice(texts.CONFERENCES), "date": date}
    else:  # reports, lectures, theses, working papers
        fields["publisher"] = publisher
        if kind == T.LECTURE:
            fields["isbn"] = _isbn(rng)
    if kind not in (T.BOOK, T.BACHELOR_THESIS, T.MASTER_THESIS) and rng.random() < 0.8:
        fields["doi"] = f"{DOI_PREFIX}/wsd.{year}.{index + 1:02d}{number + 1:02d}"
    fields["url"] = f"https://repository.example.org/{workshop.slug}/{year}/{number + 1}"
    slug = base = slugify(title)[:100]
    counter = 2
    while slug in taken:
        slug, counter = f"{base}-{counter}", counter + 1
    taken.add(slug)
    topic = themes.get(theme_slug)
    links = {
        "themes": list(dict.fromkeys([*([topic] if topic else []), *source.themes[:1]])),
        "projects": rng.sample(source.projects, 1)
        if source.projects and rng.random() < 0.5
        else [],
        "products": rng.sample(source.products, 1)
        if source.products and rng.random() < 0.4
        else [],
    }
    return fields, slug, links, _authors(rng, source)


@transaction.atomic
def load_demo_publications(
    scale: int = 1,
    seed: int = SEED,
    report: Callable[[str], None] | None = None,
) -> DemoPublicationsResult:
    """Plans and writes the demo publications of every werkplaats that has none yet.

    ``scale`` is accepted for symmetry with the other loaders; the synthetic copies of
    ``--scale N`` are werkplaatsen too and get theirs the same way.
    """
    say = report or (lambda line: None)
    workshops = list(Workshop.objects.order_by("slug").prefetch_related("themes"))
    present = set(Publication.objects.values_list("uuid", flat=True))
    result = DemoPublicationsResult()
    themes = {t.slug: t for t in Theme.objects.all()}
    taken = set(Publication.objects.values_list("slug", flat=True))
    now = timezone.now()
    planned = []
    for index, workshop in enumerate(workshops):
        if publication_uuid(workshop.slug, 0) in present:
            continue
        rng = random.Random(f"{seed}:{workshop.slug}")
        source = _Workshop(workshop, list(themes.values()))
        for number in range(PER_WORKSHOP):
            fields, slug, links, authors = _plan(rng, index, number, source, themes, taken)
            draft = number == PER_WORKSHOP - 1 and index % 3 == 1
            publication = Publication(
                uuid=publication_uuid(workshop.slug, number),
                slug=slug,
                is_published=not draft,
                published_at=None if draft else now,
                title_key=title_key(fields["title"]),
                **fields,
            )
            external = " ".join(f"{a[1]} {a[0]}" for a in authors if isinstance(a, tuple))
            publication.search_text = fold(
                " ".join(
                    x
                    for x in (
                        fields["title"],
                        fields["abstract"],
                        fields.get("journal", ""),
                        fields.get("publisher", ""),
                        fields.get("doi", ""),
                        external,
                    )
                    if x
                )
            )
            planned.append((publication, workshop, links, authors))
    if not planned:
        say(_("Publications: already loaded (%(n)d).") % {"n": Publication.objects.count()})
        return result
    Publication.objects.bulk_create([p for p, _w, _l, _a in planned])
    _write_links(planned)
    result = DemoPublicationsResult(
        created=len(planned), drafts=sum(1 for p, *_ in planned if not p.is_published)
    )
    say(
        _("Publications: %(n)d, of which %(d)d drafts.") % {"n": result.created, "d": result.drafts}
    )
    return result


def _write_links(planned) -> None:
    through = {
        name: getattr(Publication, name).through for name in ("themes", "projects", "products")
    }
    rows = {name: [] for name in through}
    workshop_rows, authorships = [], []
    Workshops = Publication.workshops.through
    for publication, workshop, links, authors in planned:
        workshop_rows.append(Workshops(publication_id=publication.pk, workshop_id=workshop.pk))
        for name, model in through.items():
            field = model._meta.get_field(name[:-1]).attname
            rows[name] += [
                model(publication_id=publication.pk, **{field: item.pk}) for item in links[name]
            ]
        for position, author in enumerate(authors, start=1):
            if isinstance(author, tuple):
                authorships.append(
                    Authorship(
                        publication=publication,
                        position=position,
                        family_name=author[0],
                        given_name=author[1],
                    )
                )
            else:
                authorships.append(
                    Authorship(publication=publication, position=position, person=author)
                )
    Workshops.objects.bulk_create(workshop_rows)
    for name, model in through.items():
        model.objects.bulk_create(rows[name])
    Authorship.objects.bulk_create(authorships)

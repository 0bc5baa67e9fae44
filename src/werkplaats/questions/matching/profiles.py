"""The profiles suggestions are drawn from, built in a constant number of queries and cached.

Each profile holds only what matching needs: theme and competence slugs, werkplaatsen, and the
stems of its free text for BM25. Objects to show are fetched afterwards, only for the winners.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from werkplaats.network.models import Affiliation, Organisation, Partnership, Person, Workshop

from ..models import PracticeQuestion
from .index import Watch, corpus
from .lexical import BM25Index
from .text import content_stems

PRIVATE_FIELDS = ("title", "question", "context", "actors", "hoped_result")


@dataclass
class Profile:
    pk: int
    sort_key: str
    themes: frozenset = frozenset()
    competences: frozenset = frozenset()
    workshops: frozenset = frozenset()


@dataclass
class ProfileSet:
    profiles: dict[int, Profile]
    bm25: BM25Index
    by_theme: dict[str, set[int]] = field(default_factory=dict)
    by_competence: dict[str, set[int]] = field(default_factory=dict)

    def __post_init__(self):
        for profile in self.profiles.values():
            for slug in profile.themes:
                self.by_theme.setdefault(slug, set()).add(profile.pk)
            for slug in profile.competences:
                self.by_competence.setdefault(slug, set()).add(profile.pk)

    def candidates(self, theme_slugs, competence_slugs, text_hits) -> set[int]:
        """Profiles sharing a theme, a competence or a word with the question."""
        found = set(text_hits)
        for slug in theme_slugs:
            found |= self.by_theme.get(slug, set())
        for slug in competence_slugs:
            found |= self.by_competence.get(slug, set())
        return found


@dataclass
class WorkshopProfile:
    pk: int
    slug: str
    themes: tuple[str, ...]
    agenda: tuple[str, ...]
    competences: Counter = field(default_factory=Counter)


@dataclass
class QuestionProfile:
    pk: int
    workshop_id: int
    is_published: bool
    question_type: str
    themes: frozenset


@dataclass
class QuestionSet:
    profiles: dict[int, QuestionProfile]
    private: BM25Index  # the submitter's words: only for those who handle the question
    public: BM25Index  # the coordinator's public title and summary: published questions only
    by_theme: dict[str, set[int]] = field(default_factory=dict)

    def __post_init__(self):
        for profile in self.profiles.values():
            for slug in profile.themes:
                self.by_theme.setdefault(slug, set()).add(profile.pk)


def _pairs(rows) -> dict[int, set]:
    grouped = defaultdict(set)
    for key, value in rows:
        if value is not None:
            grouped[key].add(value)
    return grouped


def _people_watches():
    return [
        Watch(Person, "updated_at"),
        Watch(Person.themes.through),
        Watch(Person.competences.through),
        Watch(Person.workshops.through),
        Watch(Affiliation),
    ]


@corpus("people", _people_watches)
def people_profiles() -> ProfileSet:
    themes = _pairs(Person.themes.through.objects.values_list("person_id", "theme__slug"))
    competences = _pairs(
        Person.competences.through.objects.values_list("person_id", "competence__slug")
    )
    workshops = _pairs(Person.workshops.through.objects.values_list("person_id", "workshop_id"))
    functions = defaultdict(list)
    for person_id, function in Affiliation.objects.values_list("person_id", "function"):
        functions[person_id].append(function)
    profiles, documents = {}, {}
    for pk, slug, bio in Person.objects.values_list("pk", "slug", "bio"):
        profiles[pk] = Profile(
            pk, slug, frozenset(themes[pk]), frozenset(competences[pk]), frozenset(workshops[pk])
        )
        documents[pk] = content_stems(" ".join([bio, *functions[pk]]))
    return ProfileSet(profiles, BM25Index(documents))


def _organisation_watches():
    return [
        Watch(Organisation, "updated_at"),
        Watch(Organisation.themes.through),
        Watch(Organisation.competences.through),
        Watch(Partnership),
    ]


@corpus("organisations", _organisation_watches)
def organisation_profiles() -> ProfileSet:
    themes = _pairs(
        Organisation.themes.through.objects.values_list("organisation_id", "theme__slug")
    )
    competences = _pairs(
        Organisation.competences.through.objects.values_list("organisation_id", "competence__slug")
    )
    workshops = _pairs(Partnership.objects.values_list("organisation_id", "workshop_id"))
    profiles, documents = {}, {}
    rows = Organisation.objects.values_list("pk", "slug", "name", "description", "kind__name")
    for pk, slug, name, description, kind in rows:
        profiles[pk] = Profile(
            pk, slug, frozenset(themes[pk]), frozenset(competences[pk]), frozenset(workshops[pk])
        )
        documents[pk] = content_stems(f"{name} {kind} {description}")
    return ProfileSet(profiles, BM25Index(documents))


def _workshop_watches():
    return [
        Watch(Workshop, "updated_at"),
        Watch(Workshop.themes.through),
        Watch(Person.workshops.through),
        Watch(Person.competences.through),
        Watch(Partnership),
        Watch(Organisation.competences.through),
    ]


@corpus("workshops", _workshop_watches)
def workshop_profiles() -> dict[int, WorkshopProfile]:
    themes = defaultdict(list)
    for workshop_id, slug in Workshop.themes.through.objects.values_list(
        "workshop_id", "theme__slug"
    ).order_by("theme__position", "theme__slug"):
        themes[workshop_id].append(slug)
    profiles = {
        pk: WorkshopProfile(pk, slug, tuple(themes[pk]), tuple(agenda or ()))
        for pk, slug, agenda in Workshop.objects.values_list("pk", "slug", "agenda")
    }
    # What the werkplaats's people and partner organisations know, counted.
    people = Person.workshops.through.objects.filter(person__competences__isnull=False)
    partners = Partnership.objects.filter(organisation__competences__isnull=False)
    for rows in (
        people.values_list("workshop_id", "person__competences__slug"),
        partners.values_list("workshop_id", "organisation__competences__slug"),
    ):
        for workshop_id, slug in rows:
            if workshop_id in profiles:
                profiles[workshop_id].competences[slug] += 1
    return profiles


def _question_watches():
    return [Watch(PracticeQuestion, "updated_at"), Watch(PracticeQuestion.themes.through)]


@corpus("questions", _question_watches)
def question_profiles() -> QuestionSet:
    themes = _pairs(
        PracticeQuestion.themes.through.objects.values_list("practicequestion_id", "theme__slug")
    )
    profiles, private, public = {}, {}, {}
    fields = (
        "pk",
        "workshop_id",
        "is_published",
        "question_type",
        "public_title",
        "public_summary",
        *PRIVATE_FIELDS,
    )
    for row in PracticeQuestion.objects.values_list(*fields).iterator(chunk_size=2000):
        pk, workshop_id, is_published, question_type, public_title, public_summary = row[:6]
        profiles[pk] = QuestionProfile(
            pk, workshop_id, is_published, question_type, frozenset(themes[pk])
        )
        private[pk] = content_stems(" ".join(part for part in row[6:] if part))
        if is_published:
            public[pk] = content_stems(f"{public_title} {public_summary}")
    return QuestionSet(profiles, BM25Index(private), BM25Index(public))

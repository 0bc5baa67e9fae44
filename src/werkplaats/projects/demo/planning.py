"""Plans the demo projects of one werkplaats from what the demo network holds."""

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from werkplaats.network.models import (
    Organisation,
    ParticipantRole,
    Partnership,
    Person,
    Theme,
    Workshop,
)
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.models import QuestionEvent

from ..constants import EducationForm, LearningLevel, OutcomeKind, PartnerRole, ProjectStatus
from ..models import (
    BeneficiaryGroup,
    EducationLink,
    FundingKind,
    FundingSource,
    LearningForm,
    LearningLevelClaim,
    Outcome,
    Participant,
    Project,
    ProjectPartner,
)
from . import texts
from .writer import PlannedProject

PER_WORKSHOP = 20
NAMESPACE = uuid.UUID("8f0b6a52-6a55-4c36-9d2e-2f6c3b0e2026")
UNNAMED_ROLES = ("student", "bewoner-client", "vrijwilliger", "ervaringsdeskundige")
ANSWERED_STATES = {State.ANSWERED, State.CLOSED}


def project_uuid(workshop_slug: str, number: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{workshop_slug}:{number}")


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    return datetime.date(day.year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)


def _fill(text: str, **values) -> str:
    values = {**values, **{k.capitalize(): v[:1].upper() + v[1:] for k, v in values.items()}}
    return text.format(**values)


@dataclass
class Context:
    """Everything the planner needs, read in a fixed number of queries."""

    today: datetime.date
    workshops: list
    themes: dict
    forms: list
    groups: list
    kinds: dict
    roles: dict
    provinces: dict = field(default_factory=dict)
    towns: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    institutions: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    person_roles: dict = field(default_factory=dict)
    slugs: set = field(default_factory=set)

    @classmethod
    def load(cls, workshops, today):
        ids = [w.pk for w in workshops]
        context = cls(
            today=today,
            workshops=workshops,
            themes={t.slug: t for t in Theme.objects.all()},
            forms=list(LearningForm.objects.all()),
            groups=list(BeneficiaryGroup.objects.all()),
            kinds={k.slug: k for k in FundingKind.objects.all()},
            roles={r.slug: r for r in ParticipantRole.objects.all()},
            slugs=set(Project.objects.values_list("slug", flat=True)),
        )
        provinces, towns = defaultdict(set), defaultdict(list)
        through = Workshop.municipalities.through
        rows = through.objects.filter(workshop_id__in=ids).order_by("municipality__code")
        for workshop_id, province, name in rows.values_list(
            "workshop_id", "municipality__province", "municipality__name"
        ):
            provinces[workshop_id].add(province)
            if len(towns[workshop_id]) < 8:
                towns[workshop_id].append(name)
        context.provinces, context.towns = provinces, towns
        organisations = defaultdict(lambda: defaultdict(list))
        for partnership in Partnership.objects.filter(workshop_id__in=ids).select_related(
            "organisation__kind"
        ):
            organisation = partnership.organisation
            kind = organisation.kind.slug
            if organisation not in organisations[partnership.workshop_id][kind]:
                organisations[partnership.workshop_id][kind].append(organisation)
        context.organisations = organisations
        for kind in ("hogeschool", "roc"):
            context.institutions[kind] = list(
                Organisation.objects.filter(kind__slug=kind).order_by("slug")
            )
        people = defaultdict(list)
        for workshop_id, person_id in (
            Person.workshops.through.objects.filter(workshop_id__in=ids)
            .order_by("person_id")
            .values_list("workshop_id", "person_id")
        ):
            people[workshop_id].append(person_id)
        context.people = people
        person_roles = defaultdict(list)
        for person_id, role_id in Person.roles.through.objects.values_list(
            "person_id", "participantrole_id"
        ):
            person_roles[person_id].append(role_id)
        context.person_roles = person_roles
        return context

    # --- one werkplaats ---------------------------------------------------------------------

    def plan_workshop(self, rng, workshop, offset: int) -> list[PlannedProject]:
        own_themes = [t.slug for t in workshop.themes.all() if t.slug in texts.SUBJECTS]
        return [
            self._plan_project(rng, workshop, number, offset + number, own_themes)
            for number in range(PER_WORKSHOP)
        ]

    def _slug(self, title: str) -> str:
        base = slugify(title)[:110].strip("-") or "project"
        slug, number = base, 2
        while slug in self.slugs:
            slug, number = f"{base}-{number}", number + 1
        self.slugs.add(slug)
        return slug

    def _period(self, rng, number):
        if number % 7 == 6:
            start = datetime.date(self.today.year + 1, rng.choice([1, 2, 9]), 1)
        else:
            start = datetime.date(
                rng.randint(2019, self.today.year), rng.choice([1, 2, 3, 4, 9, 10]), 1
            )
        end = _add_months(start, rng.choice([12, 18, 24, 36]))
        if end < self.today:
            status = ProjectStatus.FINISHED
        elif start > self.today:
            status = ProjectStatus.PLANNED
        else:
            status = ProjectStatus.RUNNING
        return start, end, status

    def _plan_project(self, rng, workshop, number, index, own_themes) -> PlannedProject:
        all_themes = list(texts.SUBJECTS)
        theme = all_themes[index % len(all_themes)]
        if own_themes and number % 3:
            theme = rng.choice(own_themes)
        subject, who, problem = rng.choice(texts.SUBJECTS[theme])
        form = self.forms[index % len(self.forms)]
        town = rng.choice(self.towns.get(workshop.pk) or [workshop.name])
        words = {
            "subject": subject,
            "who": who,
            "problem": problem,
            "town": town,
            "form": form.name.lower(),
        }
        title = _fill(rng.choice(texts.TITLE_PATTERNS), **words)
        start, end, status = self._period(rng, number)
        published = number % 8 != 3
        project = Project(
            uuid=project_uuid(workshop.slug, number),
            slug=self._slug(title),
            title=title,
            background=_fill(rng.choice(texts.BACKGROUNDS), **words),
            goal=_fill(rng.choice(texts.GOALS), **words),
            approach=_fill(rng.choice(texts.APPROACHES), **words),
            result=_fill(rng.choice(texts.RESULTS), **words)
            if status == ProjectStatus.FINISHED
            else "",
            status=status,
            start_date=start,
            end_date=end,
            lead_workshop=workshop,
            question_types=sorted(
                {
                    QuestionType.values[index % 4],
                    *([rng.choice(QuestionType.values)] if rng.random() < 0.4 else []),
                }
            ),
            is_published=published,
            published_at=timezone.make_aware(
                datetime.datetime.combine(min(start, self.today), datetime.time(10))
            )
            if published
            else None,
        )
        plan = PlannedProject(project=project)
        plan.themes = [self.themes[theme]] + (
            [self.themes[rng.choice(all_themes)]] if rng.random() < 0.5 else []
        )
        plan.learning_forms = [form] + ([rng.choice(self.forms)] if rng.random() < 0.4 else [])
        plan.beneficiary_groups = [self.groups[index % len(self.groups)]] + (
            [rng.choice(self.groups)] if rng.random() < 0.3 else []
        )
        if number % 5 == 0:
            plan.others = self._partner_workshops(rng, workshop)
        plan.records = [
            *self._participants(rng, workshop, index),
            *self._partners(rng, workshop, index),
            *self._funding(rng, workshop, number, index, start, end),
            *self._education(rng, workshop, number, index, start),
            *self._levels(rng, index, words),
            *self._outcomes(rng, status, words),
        ]
        return plan

    def _partner_workshops(self, rng, workshop):
        mine = self.provinces.get(workshop.pk, set())
        elsewhere = [
            w
            for w in self.workshops
            if w.pk != workshop.pk and not (self.provinces.get(w.pk, set()) & mine)
        ]
        return [rng.choice(elsewhere)] if elsewhere else []

    def _organisations(self, workshop, *kinds):
        by_kind = self.organisations.get(workshop.pk, {})
        return [o for kind in (kinds or by_kind) for o in by_kind.get(kind, [])]

    def _participants(self, rng, workshop, index):
        rows, seen = [], set()
        organisations = self._organisations(workshop)
        people = self.people.get(workshop.pk, [])
        roles = list(self.roles.values())
        for person_id in rng.sample(people, min(len(people), rng.randint(2, 5))):
            own = self.person_roles.get(person_id) or [roles[index % len(roles)].pk]
            role_id = rng.choice(own)
            if (person_id, role_id) in seen:
                continue
            seen.add((person_id, role_id))
            rows.append(
                Participant(
                    person_id=person_id,
                    role_id=role_id,
                    organisation=rng.choice(organisations) if organisations else None,
                )
            )
        for offset in range(rng.randint(1, 3)):
            role = self.roles.get(UNNAMED_ROLES[(index + offset) % len(UNNAMED_ROLES)])
            if role is not None:
                rows.append(Participant(role=role))
        rows.append(Participant(role=roles[index % len(roles)]))  # every role at least once
        return rows

    def _partners(self, rng, workshop, index):
        candidates = self._organisations(workshop)
        chosen = rng.sample(candidates, min(len(candidates), rng.randint(1, 3)))
        roles = PartnerRole.values
        return [
            ProjectPartner(organisation=o, role=roles[(index + k) % len(roles)])
            for k, o in enumerate(chosen)
        ]

    def _funding(self, rng, workshop, number, index, start, end):
        slugs = []
        if number % 2 == 0:
            slugs.append("basissubsidie-vws")
        if number % 3 == 0:
            slugs.append("gemeente")
        if number % 4 == 1:
            slugs.append("regieorgaan-sia")
        slugs.append(list(texts.FUNDING)[index % len(texts.FUNDING)])
        rows = []
        for slug in dict.fromkeys(slugs):
            if slug not in self.kinds:
                continue
            funder_name, scheme = texts.FUNDING[slug]
            funder = None
            if slug == "gemeente":
                gemeenten = self._organisations(workshop, "gemeente")
                funder = rng.choice(gemeenten) if gemeenten else None
                funder_name = "" if funder else "Gemeente"
            elif slug == "eigen-bijdrage-hogeschool":
                hogescholen = self._organisations(workshop, "hogeschool")
                funder = hogescholen[0] if hogescholen else None
                funder_name = "" if funder else "Hogeschool"
            elif slug == "eigen-bijdrage-partner":
                funder_name = "Partners van de werkplaats"
            rows.append(
                FundingSource(
                    kind=self.kinds[slug],
                    funder=funder,
                    funder_name=funder_name,
                    scheme=scheme,
                    amount=Decimal(rng.randint(2, 60) * 2500),
                    start_date=start,
                    end_date=end,
                )
            )
        return rows

    def _education(self, rng, workshop, number, index, start):
        rows = []
        year = start.year if start.month >= 9 else start.year - 1
        academic_year = f"{year}-{year + 1}"
        forms = EducationForm.values
        for kind, wanted in (("hogeschool", number % 5 < 3), ("roc", number % 4 == 0)):
            if not wanted:
                continue
            own = self._organisations(workshop, kind) or self.institutions.get(kind) or []
            if not own:
                continue
            rows.append(
                EducationLink(
                    institution=own[index % len(own)],
                    programme=rng.choice(texts.PROGRAMMES[kind]),
                    form=forms[(index + len(rows)) % len(forms)],
                    students=rng.randint(3, 30),
                    academic_year=academic_year,
                )
            )
        return rows

    def _levels(self, rng, index, words):
        levels = {
            LearningLevel.values[index % 4],
            *rng.sample(LearningLevel.values, rng.randint(0, 2)),
        }
        return [
            LearningLevelClaim(
                level=level, substantiation=_fill(texts.SUBSTANTIATIONS[level], **words)
            )
            for level in sorted(levels)
        ]

    def _outcomes(self, rng, status, words):
        if status == ProjectStatus.PLANNED:
            return []
        rows = [
            Outcome(kind=OutcomeKind.LEARNING, text=text)
            for text in rng.sample(texts.LEARNING_OUTCOMES, rng.randint(1, 2))
        ]
        results = rng.randint(1, 2) if status == ProjectStatus.FINISHED else rng.randint(0, 1)
        rows += [
            Outcome(kind=OutcomeKind.RESULT, text=_fill(text, **words))
            for text in rng.sample(texts.RESULT_ITEMS, results)
        ]
        return rows

    # --- practice questions -------------------------------------------------------------------

    def link_questions(self, planned: list[PlannedProject], workshop_ids: set[int]) -> None:
        """Links every question that went into a project to a project of its werkplaats."""
        already = set(
            Project.questions.through.objects.values_list("practicequestion_id", flat=True)
        )
        rows = (
            QuestionEvent.objects.filter(
                to_state=State.IN_PROJECT, question__workshop_id__in=workshop_ids
            )
            .order_by("question_id")
            .values_list("question_id", "question__state", "question__workshop_id")
            .distinct()
        )
        by_workshop = defaultdict(lambda: defaultdict(list))
        for plan in planned:
            by_workshop[plan.project.lead_workshop.pk][plan.project.status].append(plan)
        turns = defaultdict(int)
        for question_id, state, workshop_id in rows:
            if question_id in already or state == State.WITHDRAWN:
                continue
            status = ProjectStatus.FINISHED if state in ANSWERED_STATES else ProjectStatus.RUNNING
            options = by_workshop[workshop_id][status] or [
                p for plans in by_workshop[workshop_id].values() for p in plans
            ]
            if not options:
                continue
            plan = options[turns[(workshop_id, status)] % len(options)]
            turns[(workshop_id, status)] += 1
            plan.questions.append(question_id)

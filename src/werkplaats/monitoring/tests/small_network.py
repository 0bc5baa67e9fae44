"""A small network with known counts, for the indicator, trace list and API tests.

Twente leads three projects that run in 2020-2022 (one of them a draft) and one from before;
Zeeland leads one. Private text is marked ``GEHEIM`` so tests can check it never leaks.
"""

import datetime
import zoneinfo
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from werkplaats.communities.models import Attendance
from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
)
from werkplaats.library.models import Adoption
from werkplaats.library.tests.factories import ProductFactory, kind
from werkplaats.network.models import OrganisationKind, ParticipantRole, Theme
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
)
from werkplaats.projects.models import (
    BeneficiaryGroup,
    EducationLink,
    FundingKind,
    FundingSource,
    LearningForm,
    LearningLevelClaim,
    Outcome,
    Participant,
)
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.questions.constants import EventKind, State
from werkplaats.questions.models import QuestionEvent
from werkplaats.questions.tests.factories import submit

from ..periods import Period
from ..scope import Scope

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
PERIOD = Period(2020, 2022)
SECRET = "GEHEIM"


def moment(year, month, day, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=AMSTERDAM)


def org(kind_slug, name):
    return OrganisationFactory(kind=OrganisationKind.objects.get(slug=kind_slug), name=name)


@dataclass
class Network:
    twente: object
    zeeland: object
    projects: dict
    questions: dict

    def scope(self, workshop="twente", internal=True, theme=None, period=PERIOD):
        return Scope(
            period=period,
            workshop=getattr(self, workshop) if workshop else None,
            theme=theme,
            internal=internal,
        )


def build(twente, zeeland, cor, suffix="") -> Network:
    """``suffix`` makes names unique, to build the same network again (bounded-query tests)."""
    loneliness = Theme.objects.get(slug="eenzaamheid")
    p1 = ProjectFactory(
        title=f"Buurtkamers tegen eenzaamheid{suffix}",
        lead_workshop=twente,
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2021, 6, 30),
        status="finished",
        question_types=["action"],
    )
    p1.workshops.add(zeeland)
    p1.themes.add(loneliness)
    p1.learning_forms.add(LearningForm.objects.get(slug="actieonderzoek"))
    p1.beneficiary_groups.add(BeneficiaryGroup.objects.get(slug="ouderen"))
    p2 = ProjectFactory(
        title=f"{SECRET} concept project",
        slug=f"concept-project{suffix.replace(' ', '-')}",
        lead_workshop=twente,
        start_date=datetime.date(2021, 1, 1),
        end_date=None,
        status="running",
        question_types=["multi_actor"],
        is_published=False,
    )
    p2.learning_forms.add(LearningForm.objects.get(slug="actieonderzoek"))
    p3 = ProjectFactory(
        lead_workshop=zeeland, start_date=datetime.date(2022, 1, 1), status="running"
    )
    p4 = ProjectFactory(
        lead_workshop=twente,
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2018, 12, 31),
        status="finished",
    )

    municipality = org("gemeente", f"Gemeente Enschede{suffix}")
    college = org("hogeschool", f"Saxion{suffix}")
    roc = org("roc", f"ROC van Twente{suffix}")
    worker = ParticipantRole.objects.get(slug="sociaal-professional")
    researcher = ParticipantRole.objects.get(slug="onderzoeker")
    hidden = PersonFactory(given_name=SECRET, family_name=f"Verborgen{suffix}", is_public=False)
    Participant.objects.create(project=p1, role=worker, organisation=municipality, person=hidden)
    Participant.objects.create(project=p1, role=worker, organisation=municipality)
    Participant.objects.create(project=p1, role=researcher)
    Participant.objects.create(project=p2, role=researcher, organisation=college)
    Participant.objects.create(project=p4, role=worker)

    vws, gemeente, fonds = (
        FundingKind.objects.get(slug=slug) for slug in ("basissubsidie-vws", "gemeente", "fonds")
    )
    FundingSource.objects.create(project=p1, kind=vws, amount=Decimal("60000"))
    FundingSource.objects.create(project=p1, kind=gemeente, amount=Decimal("40000"))
    FundingSource.objects.create(project=p1, kind=gemeente, amount=Decimal("20000"))
    FundingSource.objects.create(project=p2, kind=fonds, amount=Decimal("30000"))

    EducationLink.objects.create(
        project=p1,
        institution=college,
        programme="Social Work",
        students=10,
        academic_year="2020-2021",
    )
    EducationLink.objects.create(
        project=p1,
        institution=roc,
        programme="Sociaal werk",
        students=4,
        form="graduation",
        academic_year="2019-2020",
    )
    EducationLink.objects.create(
        project=p1, institution=college, programme="Old", students=99, academic_year="2015-2016"
    )
    LearningLevelClaim.objects.create(project=p1, level="practices", substantiation="x")
    LearningLevelClaim.objects.create(project=p2, level="practices", substantiation="y")
    Outcome.objects.create(project=p1, kind="learning", text="Samen leren")
    Outcome.objects.create(project=p1, kind="result", text="Een werkwijze")
    Outcome.objects.create(project=p2, kind="learning", text=f"{SECRET} inzicht")

    method = ProductFactory(
        title=f"Methodiek buurtkamer{suffix}",
        kind=kind("methodiek-interventie"),
        recognition_level="well_described",
        date=datetime.date(2021, 5, 1),
        project=p1,
        workshops=[twente],
    )
    ProductFactory(
        title=f"{SECRET} concept handreiking",
        date=datetime.date(2020, 6, 1),
        is_published=False,
        workshops=[twente],
    )
    ProductFactory(date=datetime.date(2019, 6, 1), workshops=[twente])
    Adoption.objects.create(product=method, organisation=roc, since=datetime.date(2022, 3, 1))
    Adoption.objects.create(
        product=method, organisation=municipality, since=datetime.date(2021, 2, 1)
    )

    PublicationFactory(year=2021, access_rights="openAccess", workshops=[twente])
    PublicationFactory(
        title=f"{SECRET} concept rapport",
        year=2022,
        publication_type="report",
        access_rights="closedAccess",
        is_published=False,
        workshops=[twente],
    )
    PublicationFactory(year=2021, workshops=[zeeland])

    open_community = CommunityFactory(workshop=twente, name=f"Leergemeenschap Open{suffix}")
    closed = CommunityFactory(workshop=twente, name=f"{SECRET} gesloten{suffix}", is_open=False)
    first = MeetingFactory(community=open_community, starts_at=moment(2021, 3, 1))
    second = MeetingFactory(community=open_community, starts_at=moment(2021, 4, 1))
    MeetingFactory(community=closed, starts_at=moment(2021, 5, 1))
    MeetingFactory(community=open_community, starts_at=moment(2023, 5, 1))
    members = [MembershipFactory(community=open_community) for _ in range(2)]
    MembershipFactory(community=closed)
    for membership in members:
        Attendance.objects.create(meeting=first, person=membership.person)
    Attendance.objects.create(meeting=second, person=members[0].person)
    Attendance.objects.create(meeting=second, person=members[1].person, present=False)

    PartnershipFactory(
        workshop=twente, organisation=municipality, start_date=datetime.date(2021, 1, 1)
    )
    PartnershipFactory(workshop=twente, organisation=college, start_date=datetime.date(2015, 1, 1))
    PartnershipFactory(
        workshop=twente,
        organisation=org("welzijnsorganisatie", f"Oud Welzijn{suffix}"),
        start_date=datetime.date(2010, 1, 1),
        end_date=datetime.date(2015, 1, 1),
    )
    PartnershipFactory(workshop=zeeland, organisation=college, start_date=datetime.date(2020, 5, 1))

    q1, _token = submit(workshop=twente, question_type="action")
    q1.is_published, q1.public_title = True, "Hoe bereiken we ouderen?"
    q1.state = State.ACCEPTED
    q1.submitted_at = moment(2021, 3, 1)
    q1.save()
    q1.themes.add(loneliness)
    q1.events.update(created_at=moment(2021, 3, 1))
    QuestionEvent.objects.create(
        question=q1, kind=EventKind.STATE_CHANGED, actor=cor, created_at=moment(2021, 3, 3)
    )
    q2, _token = submit(
        workshop=zeeland,
        title=f"{SECRET} vraag",
        question=f"{SECRET} tekst",
        submitter_name=f"{SECRET} Naam",
        question_type="multi_actor",
    )
    q2.submitted_at = moment(2022, 2, 1)
    q2.save()
    q2.events.update(created_at=moment(2022, 2, 1))
    QuestionEvent.objects.create(
        question=q2,
        kind=EventKind.REFERRED,
        actor=cor,
        from_workshop=twente,
        to_workshop=zeeland,
        created_at=moment(2022, 2, 5),
    )
    q3, _token = submit(workshop=twente)
    q3.submitted_at = moment(2019, 3, 1)
    q3.save()
    q4, _token = submit(workshop=twente, title=f"{SECRET} onbeantwoord")
    q4.submitted_at = moment(2022, 6, 1)
    q4.save()
    assert timezone.is_aware(q1.submitted_at)
    return Network(
        twente=twente,
        zeeland=zeeland,
        projects={"p1": p1, "p2": p2, "p3": p3, "p4": p4},
        questions={"q1": q1, "q2": q2, "q3": q3, "q4": q4},
    )

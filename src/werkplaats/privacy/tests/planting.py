"""One person planted in every place personal data can be, with unique markers to search for."""

import datetime

from django.utils import timezone

from werkplaats.communities.models import Attendance
from werkplaats.communities.tests.factories import (
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
    role,
)
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.education.services import journey
from werkplaats.education.tests.factories import ProgrammeFactory, offer_for
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Affiliation
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    ResearchGroupFactory,
)
from werkplaats.newsletter.models import Subscriber, SubscriberStatus
from werkplaats.projects.models import Participant
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.models import Authorship
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.questions.models import QuestionEvent
from werkplaats.questions.tests.factories import submit

GIVEN = "Wobbelina"
FAMILY = "Quazzelmans"
EMAIL = "wobbelina.quazzelmans@example.org"
USERNAME = "wquazzel"
BIO = "Bio-marker-Zorblat"
MARKERS = [GIVEN, FAMILY, EMAIL, USERNAME, BIO]


def plant(workshop, django_user_model):
    """Returns (person, places): the planted person and the objects they appear in."""
    user = django_user_model.objects.create_user(
        USERNAME, EMAIL, "proef-wachtwoord-2026", first_name=GIVEN, last_name=FAMILY
    )
    person = PersonFactory(
        given_name=GIVEN,
        family_name=FAMILY,
        email=EMAIL,
        bio=BIO,
        orcid="0000-0002-1825-0097",
        slug=f"{GIVEN}-{FAMILY}".lower(),
        user=user,
        is_public=True,
    )
    person.workshops.add(workshop)
    organisation = OrganisationFactory()
    Affiliation.objects.create(person=person, organisation=organisation, function="Wijkcoach")
    project = ProjectFactory(lead_workshop=workshop)
    project.workshops.add(workshop)
    participant = Participant.objects.create(
        project=project, person=person, role=role(), organisation=organisation
    )
    membership = MembershipFactory(community__workshop=workshop, person=person)
    meeting = MeetingFactory(community=membership.community)
    attendance = Attendance.objects.create(meeting=meeting, person=person, present=True)
    reflection = ReflectionFactory(meeting=meeting)
    reflection.authors.add(person)
    product = ProductFactory()
    product.makers.add(person)
    publication = PublicationFactory()
    authorship = Authorship.objects.create(publication=publication, position=1, person=person)
    group = ResearchGroupFactory(lector=person)
    article = ArticleFactory(author=person, author_name="")
    question, _token = submit(
        workshop,
        submitter_name=f"{GIVEN} {FAMILY}",
        submitter_email=EMAIL,
        question=f"Vraag van {GIVEN} {FAMILY}",
    )
    QuestionEvent.objects.create(
        question=question,
        kind="note",
        text=f"Gebeld met {GIVEN} {FAMILY}",
        created_at=timezone.now(),
    )
    subscriber = Subscriber.objects.create(
        email=EMAIL, status=SubscriberStatus.ACTIVE, confirmed_at=timezone.now()
    )
    student_group = _student_and_lecturer(workshop, user, django_user_model)
    workshop.coordinators.add(user)
    return person, {
        "student_group": student_group,
        "participant": participant,
        "membership": membership,
        "attendance": attendance,
        "reflection": reflection,
        "product": product,
        "authorship": authorship,
        "group": group,
        "article": article,
        "question": question,
        "subscriber": subscriber,
        "project": project,
        "since": datetime.date(2024, 1, 1),
    }


def _student_and_lecturer(workshop, user, django_user_model):
    """The person's account in a student group under their full name, and teaching a programme."""
    programme = ProgrammeFactory()
    programme.lecturers.add(user)
    lecturer = django_user_model.objects.create_user("docent-plant", "docent-plant@example.org")
    other = ProgrammeFactory(name="hbo Pedagogiek")
    offer = offer_for(workshop, lecturer, programmes=[other])
    group, _code = journey.claim_offer(offer, lecturer, other)
    journey.join_group(group, user, display_name=f"{GIVEN} {FAMILY}", named_publicly=True)
    return group

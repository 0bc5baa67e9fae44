"""A fully recorded project for page, API and privacy tests."""

import datetime
from decimal import Decimal

from django.utils.text import slugify

from werkplaats.network.models import OrganisationKind, ParticipantRole, Theme
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects import services
from werkplaats.projects.models import BeneficiaryGroup, FundingKind, LearningForm

HIDDEN_NAME = "Verborgenvan Geheimhouder"


def full_project(lead, *, others=(), title="Wijkteams leren van ervaringsdeskundigen", **fields):
    hogeschool = OrganisationFactory(
        name=f"Hogeschool {title[:20]}", kind=OrganisationKind.objects.get(slug="hogeschool")
    )
    roc = OrganisationFactory(
        name=f"ROC {title[:20]}", kind=OrganisationKind.objects.get(slug="roc")
    )
    values = {
        "background": "Wijkteams missen de stem van ervaringsdeskundigen.",
        "goal": "Samen een werkwijze ontwikkelen.",
        "approach": "Een leeratelier met professionals en ervaringsdeskundigen.",
        "result": "Een handreiking voor wijkteams.",
        "status": "running",
        "start_date": datetime.date(2025, 2, 1),
        "end_date": datetime.date(2026, 6, 30),
        "question_types": ["multi_actor"],
        "themes": [Theme.objects.get(slug="wijkteams")],
        "learning_forms": [LearningForm.objects.get(slug="leeratelier")],
        "beneficiary_groups": [BeneficiaryGroup.objects.get(slug="bewoners-van-een-wijk")],
        "is_published": True,
    }
    values.update(fields)
    project = services.create_project(
        lead_workshop=lead, title=title, workshops=[lead, *others], **values
    )
    professional = ParticipantRole.objects.get(slug="sociaal-professional")
    student = ParticipantRole.objects.get(slug="student")
    public = PersonFactory(
        given_name="Openbare",
        family_name="Deelneemster",
        slug=slugify(f"openbare-deelneemster-{title}")[:100],
        is_public=True,
    )
    given, family = HIDDEN_NAME.split(" ")
    hidden = PersonFactory(
        given_name=given,
        family_name=family,
        slug=slugify(f"{HIDDEN_NAME}-{title}")[:100],
        is_public=False,
    )
    services.add_participant(project, role=professional, person=public, organisation=hogeschool)
    services.add_participant(project, role=professional, person=hidden)
    services.add_participant(project, role=student, organisation=roc)
    services.add_partner(project, hogeschool, "research")
    services.add_funding_source(
        project,
        kind=FundingKind.objects.get(slug="basissubsidie-vws"),
        funder_name="Ministerie van VWS",
        scheme="Werkplaatsen Sociaal Domein 2023-2026",
        amount=Decimal("40000"),
    )
    services.add_funding_source(
        project, kind=FundingKind.objects.get(slug="gemeente"), funder_name="Gemeente Enschede"
    )
    services.add_education_link(
        project,
        institution=roc,
        programme="Sociaal Werk (mbo 4)",
        form="course",
        students=14,
        academic_year="2025-2026",
    )
    services.claim_learning_level(project, "professionals", "Professionals oefenen samen.")
    services.record_learning_outcome(project, "Luisteren voor oplossen.")
    services.record_result(project, "Handreiking ervaringskennis in het wijkteam.")
    return project

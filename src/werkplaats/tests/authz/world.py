"""The fixture network every row of the authorisation matrix asks about.

Twente (coordinated by cor) holds one published and one private thing of every kind: a question
in intake and a published one, a project and a draft, an open and a closed community with a
meeting and a reflection, a product (with a file) and a draft, a publication and a draft, evaluation
reports (public and internal, with files), an import job. Zeeland (coordinated by otto, the
outsider) holds a question of its own. The network holds articles (published, draft, with an
image), a newsletter (a subscriber, a sent issue and a draft). One object of every model the admin
shows exists, so every admin page has something to open.

``build`` runs once per test module (``tests/authz/conftest.py``); every request of a test then
runs in a savepoint that is rolled back, so each role meets the same world.
"""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    MembershipFactory,
    ReflectionFactory,
)
from werkplaats.dossier import services as dossier_services
from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory, png_upload
from werkplaats.education import notifications
from werkplaats.education.services import journey
from werkplaats.education.services.cases import derive_case
from werkplaats.education.tests.factories import ProgrammeFactory, hogeschool, offer_for
from werkplaats.imports.models import ImportJob, ImportStatus
from werkplaats.library import services as library_services
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.monitoring.models import Audience, EvaluationReport, ReportStatus
from werkplaats.network.models import Competence, Municipality, ResearchGroup, Theme
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
    ResearchGroupFactory,
    WorkshopFactory,
)
from werkplaats.newsletter.models import Subscriber
from werkplaats.newsletter.services import composing
from werkplaats.newsletter.tests.factories import plant_sent_issue
from werkplaats.newsletter.tokens import Purpose, make_token
from werkplaats.projects.tests.builders import full_project
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.tests.factories import PublicationFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

PASSWORD = "proef-wachtwoord-2026"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def _users():
    """The named users of ``conftest.py``, made here once for the module."""
    users = get_user_model().objects

    def user(username, **extra):
        return users.create_user(
            username=username, email=f"{username}@example.org", password=PASSWORD, **extra
        )

    mila = user("mila")
    PersonFactory(user=mila, given_name="Mila", family_name="Jansen", slug="mila-jansen")
    return SimpleNamespace(
        mila=mila,
        cor=user("cor"),
        otto=user("otto"),
        noor=user("noor", is_network_editor=True),
        ada=users.create_superuser(username="ada", email="ada@example.org", password=PASSWORD),
    )


def build():
    w = SimpleNamespace(**vars(_users()))
    w.twente = WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")
    w.zeeland = WorkshopFactory(slug="zeeland", name="Werkplaats Sociaal Domein Zeeland")
    w.twente.coordinators.add(w.cor)
    w.zeeland.coordinators.add(w.otto)
    w.municipality = Municipality.objects.get(code="GM0153")
    w.twente.municipalities.add(w.municipality)
    w.zeeland.municipalities.add(Municipality.objects.get(code="GM0687"))
    w.theme = Theme.objects.get(slug="wijkteams")
    w.competence_slug = Competence.objects.order_by("slug").first().slug
    w.twente.themes.add(w.theme)
    _registry(w)
    _questions(w)
    _projects_and_communities(w)
    _library_and_publications(w)
    _dossier_and_newsletter(w)
    _monitoring_and_imports(w)
    _api_access(w)
    _education(w)
    w.group = Group.objects.create(name="Proefgroep")
    w.reset_uid = urlsafe_base64_encode(force_bytes(w.mila.pk))
    w.reset_token = default_token_generator.make_token(w.mila)
    return w


def _registry(w):
    w.partner = PartnershipFactory(
        workshop=w.twente,
        role="partner",
        organisation=OrganisationFactory(name="Saxion", slug="saxion"),
    )
    PartnershipFactory(workshop=w.zeeland, role="partner", organisation=w.partner.organisation)
    w.spare = OrganisationFactory(name="Wijkracht", slug="wijkracht")
    w.public = PersonFactory(
        given_name="Petra", family_name="Open", slug="petra-open", is_public=True
    )
    w.private = PersonFactory(
        given_name="Pim", family_name="Dicht", slug="pim-dicht", is_public=False
    )
    w.elsewhere = PersonFactory(given_name="Els", family_name="Ander", slug="els-ander")
    w.public.workshops.add(w.twente)
    w.private.workshops.add(w.twente)
    w.elsewhere.workshops.add(w.zeeland)
    w.group_ = ResearchGroupFactory(organisation=w.partner.organisation, lector=w.public)
    assert ResearchGroup.objects.exists()


def _questions(w):
    w.question, w.token = submit(workshop=w.twente, municipality="GM0153")
    workflow.start_intake(w.question, w.cor)
    w.new_question, _ = submit(workshop=w.twente, municipality="GM0153")
    w.published, w.published_token = submit(workshop=w.twente, municipality="GM0153")
    workflow.publish_question(w.published, None, "Eenzaamheid in de wijk", "Hoe vind je ze?")
    w.zeeland_question, _ = submit(workshop=w.zeeland, municipality="GM0687")


def _projects_and_communities(w):
    w.project = full_project(w.twente, title="Samen in de wijk")
    w.draft = ProjectFactory(lead_workshop=w.twente, slug="concept-twente", is_published=False)
    w.community = CommunityFactory(workshop=w.twente, slug="kring-twente")
    w.closed = CommunityFactory(workshop=w.twente, slug="besloten-kring", is_open=False)
    soon = timezone.now() + datetime.timedelta(days=30)
    w.meeting = MeetingFactory(community=w.community, starts_at=soon)
    w.closed_meeting = MeetingFactory(community=w.closed)
    w.reflection = ReflectionFactory(meeting=w.meeting)
    w.membership = MembershipFactory(community=w.community, person=w.elsewhere)
    MembershipFactory(community=w.community, person=w.mila.person)
    w.community.projects.add(w.project)


def _library_and_publications(w):
    w.product = ProductFactory(slug="handreiking-wijk", workshops=[w.twente])
    w.draft_product = ProductFactory(
        slug="concept-handreiking", workshops=[w.twente], is_published=False
    )
    w.file = library_services.attach_file(w.product, SimpleUploadedFile("a.pdf", PDF), "Uitleg")
    w.draft_file = library_services.attach_file(
        w.draft_product, SimpleUploadedFile("b.pdf", PDF), "Concept"
    )
    w.publication = PublicationFactory(slug="eenzaamheid-wijk", workshops=[w.twente])
    w.draft_publication = PublicationFactory(
        slug="concept-publicatie", workshops=[w.twente], is_published=False
    )


def _dossier_and_newsletter(w):
    w.article = ArticleFactory(slug="wijk-artikel", workshops=[w.twente])
    w.draft_article = ArticleFactory(slug="concept-artikel", state=ArticleState.DRAFT)
    w.image = dossier_services.attach_image(w.article, png_upload(), alt="Een wijkteam")
    w.draft_image = dossier_services.attach_image(w.draft_article, png_upload(), alt="Concept")
    w.issue = plant_sent_issue(["abonnee@example.org"], [w.twente])
    w.subscriber = Subscriber.objects.get()
    w.draft_issue = composing.save_issue(
        subject="Concept nieuwsbrief", introduction="", chosen=composing.candidates()
    )
    w.confirm_token = make_token(w.subscriber, Purpose.CONFIRM)
    w.preferences_token = make_token(w.subscriber, Purpose.PREFERENCES)
    w.unsubscribe_token = make_token(w.subscriber, Purpose.UNSUBSCRIBE)


#: A teaching case in the coordinator's own words: nothing of the submitter's text in it.
SITUATION = (
    "In een dorp merkt een wijkteam dat een deel van de bewoners boven de tachtig nauwelijks nog "
    "buiten komt. Buren maken zich zorgen maar weten niet bij wie ze terecht kunnen."
)
DISCUSSION = "Wie is hier aan zet?\nHoe leg je als professional het eerste contact?"


def _education(w):
    """Offers of Twente made and moved through the journey's services, as the pages do; each step
    mutes its mails (nothing is sent from the world)."""
    users = get_user_model().objects
    w.lecturer = users.create_user(
        username="lotte", email="lotte@example.org", password=PASSWORD, first_name="Lotte"
    )
    w.student = users.create_user(username="sem", email="sem@example.org", password=PASSWORD)
    w.programme = ProgrammeFactory(
        institution=hogeschool("Windesheim"), name="hbo Social Work", slug="social-work-windesheim"
    )
    w.programme.lecturers.add(w.lecturer)

    def claimed(title):
        offer = offer_for(w.twente, w.cor, title=title)
        _group, code = journey.claim_offer(offer, w.lecturer, w.programme)
        offer.refresh_from_db()
        return offer, code

    def joined(offer, user, name):
        journey.join_group(offer.group, user, display_name=name, named_publicly=False)

    with notifications.muted():
        w.offered_question, _ = submit(workshop=w.twente, municipality="GM0153")
        w.offer = offer_for(
            w.twente, w.cor, title="Schulden bij jongeren", question=w.offered_question
        )
        w.withdrawn_offer, w.withdrawn_code = claimed("Ingetrokken opdracht")
        journey.withdraw_offer(w.withdrawn_offer, w.cor, "De vraag is elders beantwoord.")
        w.matched_offer, w.join_code = claimed("Gekoppelde opdracht")
        joined(w.matched_offer, w.student, "Sem de Student")
        w.running_offer, _code = claimed("Lopende opdracht")
        joined(w.running_offer, w.mila, "Mila Jansen")
        journey.start_work(w.running_offer, w.lecturer)
        w.delivered_offer, _code = claimed("Opgeleverde opdracht")
        joined(w.delivered_offer, w.mila, "Mila Jansen")
        journey.start_work(w.delivered_offer, w.lecturer)
        journey.deliver_work(
            w.delivered_offer, w.mila, title="Ons advies", summary="Wat we vonden en wat werkt."
        )
    w.closed_question, _ = submit(workshop=w.twente, municipality="GM0153")
    workflow.start_intake(w.closed_question, w.cor)
    workflow.decline_question(w.closed_question, w.cor, "Past niet bij de werkplaats.")
    workflow.close_question(w.closed_question, w.cor)
    w.case, w.draft_case = (
        derive_case(
            w.closed_question,
            w.cor,
            title=title,
            situation=SITUATION,
            discussion=DISCUSSION,
            publish=publish,
        )
        for title, publish in (("Niemand belt aan", True), ("Concept casus", False))
    )


def _api_access(w):
    from werkplaats.apiaccess import services as api_services

    w.api_token, w.api_key = api_services.issue_token(
        workshop=w.twente, name="Koppeling Twente", access="write", created_by=w.cor
    )


def _report(w, audience):
    report = EvaluationReport.objects.create(
        workshop=w.twente,
        first_year=2023,
        last_year=2026,
        audience=audience,
        status=ReportStatus.DONE,
        requested_by=w.cor,
        finished_at=timezone.now(),
    )
    report.html_file.save("rapport.html", ContentFile(b"<p>rapport</p>"), save=False)
    report.pdf_file.save("rapport.pdf", ContentFile(PDF), save=False)
    report.xlsx_file.save("rapport.xlsx", ContentFile(b"PK"), save=False)
    report.save()
    return report


def _monitoring_and_imports(w):
    w.report = _report(w, Audience.PUBLIC)
    w.internal_report = _report(w, Audience.INTERNAL)
    w.failed_report = EvaluationReport.objects.create(
        workshop=w.twente,
        first_year=2023,
        last_year=2026,
        audience=Audience.INTERNAL,
        status=ReportStatus.FAILED,
        error="Proef",
        requested_by=w.cor,
    )
    w.job = ImportJob.objects.create(
        spec="organisaties",
        workshop=w.twente,
        filename="organisaties.csv",
        content=b"naam\nProef\n",
        created_by=w.cor,
        status=ImportStatus.PREVIEWED,
        row_count=1,
    )
    _admin_only_objects(w)


def _admin_only_objects(w):
    """What only the admin shows: a withdrawn product (kept for harvesters)."""
    import uuid

    from werkplaats.oai.models import DeletedProduct

    DeletedProduct.objects.create(
        uuid=uuid.uuid4(), slug="weg-product", kind="handreiking", deleted_at=timezone.now()
    )

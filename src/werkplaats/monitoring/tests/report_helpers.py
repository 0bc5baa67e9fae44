"""A small network for the evaluation report tests, with private markers planted where a public
report must never look."""

import datetime
import io
import zoneinfo

import pypdf
from openpyxl import load_workbook

from werkplaats.communities.tests.factories import (
    CommunityFactory,
    MeetingFactory,
    ReflectionFactory,
    role,
)
from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.monitoring.periods import Period
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects.models import Participant
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.tests.factories import submit

PERIOD = Period(2023, 2026)
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
#: Strings planted in private fields: none may appear in a public report.
MARKERS = [
    "GEHEIMCONCEPTPROJECT",
    "GEHEIMEVRAAGTITEL",
    "GEHEIMEVRAAGTEKST",
    "GEHEIMINDIENER",
    "GEHEIMPERSOON",
    "GEHEIMEREFLECTIE",
    "GEHEIMCONCEPTARTIKEL",
    "GEHEIMNIETGEPUBLICEERD",
]
#: Text that would break naive typst markup.
HOSTILE = 'Kracht #set page(width: 1cm) *vet* _schuin_ $x^2$ <label> @ref \\ "aan" ]) [ ` ~ // /* ='


def build_network(twente, zeeland):
    """Published and private records of Twente (and one of Zeeland) in 2023-2026."""
    organisation = OrganisationFactory(name="Saxion Hogeschool")
    for number in range(2):
        project = ProjectFactory(
            title=f"Openbaar project {number}",
            lead_workshop=twente,
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2025, 12, 31),
        )
    draft = ProjectFactory(
        title="GEHEIMCONCEPTPROJECT",
        lead_workshop=twente,
        is_published=False,
        start_date=datetime.date(2024, 3, 1),
    )
    hidden = PersonFactory(given_name="GEHEIMPERSOON", family_name="Verborgen", is_public=False)
    Participant.objects.create(project=draft, person=hidden, organisation=organisation, role=role())
    Participant.objects.create(
        project=project, person=hidden, organisation=organisation, role=role()
    )
    submit(
        workshop=twente,
        title="GEHEIMEVRAAGTITEL",
        question="GEHEIMEVRAAGTEKST komt nooit openbaar",
        submitter_name="GEHEIMINDIENER",
    )
    ProjectFactory(
        title="Zeeuws project", lead_workshop=zeeland, start_date=datetime.date(2024, 1, 1)
    )

    ArticleFactory(title=HOSTILE, lead="Wat werkt in de wijk.", workshops=[twente])
    ArticleFactory(
        title="GEHEIMCONCEPTARTIKEL",
        state=ArticleState.DRAFT,
        published_at=None,
        workshops=[twente],
    )
    starts = datetime.datetime(2025, 3, 4, 19, 30, tzinfo=AMSTERDAM)
    open_community = CommunityFactory(workshop=twente, name="Open leergemeenschap")
    ReflectionFactory(
        meeting=MeetingFactory(community=open_community, starts_at=starts, title="Maart"),
        what_we_learned="Vaste momenten helpen bewoners.",
        is_published=True,
    )
    ReflectionFactory(
        meeting=MeetingFactory(community=open_community, starts_at=starts, title="April"),
        what_we_learned="GEHEIMNIETGEPUBLICEERD",
        is_published=False,
    )
    closed = CommunityFactory(workshop=twente, name="Gesloten kring", is_open=False)
    ReflectionFactory(
        meeting=MeetingFactory(community=closed, starts_at=starts),
        what_we_learned="GEHEIMEREFLECTIE",
        is_published=True,
    )
    return draft


def pdf_text(data: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def workbook_text(data: bytes) -> tuple[object, str]:
    book = load_workbook(io.BytesIO(data))
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    return book, "\n".join(cells)

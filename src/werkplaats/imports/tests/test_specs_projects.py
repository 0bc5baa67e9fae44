"""Projects, participants and meetings: import, errors, and exports that import again."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.communities.models import Meeting
from werkplaats.communities.tests.factories import CommunityFactory, MeetingFactory
from werkplaats.conftest import PASSWORD
from werkplaats.imports import engine
from werkplaats.imports.engine import ImportContext
from werkplaats.imports.registry import get_spec
from werkplaats.imports.tables import read_table
from werkplaats.network.models import ParticipantRole
from werkplaats.network.tests.factories import OrganisationFactory, PersonFactory
from werkplaats.projects.models import Participant, Project
from werkplaats.projects.tests.factories import ProjectFactory

from .helpers import csv_file, xlsx_file

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PROJECT_HEADERS = [
    "Titel",
    "Deelnemende werkplaatsen",
    "Status",
    "Startdatum",
    "Einddatum",
    "Thema's",
    "Leervormen",
    "Doel",
]


@pytest.fixture
def twente_context(twente, cor):
    return ImportContext(workshop=twente, user=cor)


def run(spec_name, rows, context, maker=csv_file):
    return engine.run(get_spec(spec_name), read_table(maker(rows)), context)


def test_projects_are_imported_as_drafts_with_their_themes_forms_and_partners(
    twente_context, twente, zeeland
):
    rows = [
        PROJECT_HEADERS,
        [
            "Samen tegen eenzaamheid",
            "zeeland; Werkplaats Sociaal Domein Twente",
            "lopend",
            "01-09-2025",
            "2026-08-31",
            "eenzaamheid; Armoede en schulden",
            "Actieonderzoek",
            "Eerder bereiken",
        ],
        ["Tweede project", "", "", "", "", "", "", ""],
    ]
    with translation.override("en"):
        rows[1][2] = "Running"
        checked, created = run("projecten", rows, twente_context)
    assert checked.ok and created == 2
    project = Project.objects.get(title="Samen tegen eenzaamheid")
    assert project.lead_workshop == twente and not project.is_published
    assert project.status == "running" and project.start_date == dt.date(2025, 9, 1)
    assert list(project.workshops.all()) == [zeeland]  # the lead is not also a participant
    assert sorted(project.themes.values_list("slug", flat=True)) == [
        "armoede-en-schulden",
        "eenzaamheid",
    ]
    assert list(project.learning_forms.values_list("slug", flat=True)) == ["actieonderzoek"]
    assert project.search_text.startswith("samen tegen eenzaamheid")
    assert Project.objects.get(title="Tweede project").status == "planned"


def test_project_rows_with_errors_commit_nothing_and_say_what_is_wrong(twente_context, zeeland):
    rows = [
        [*PROJECT_HEADERS, "Penvoerende werkplaats"],
        ["Goed project", "", "", "", "", "", "", "", ""],
        ["Slecht", "", "bezig", "31-02-2025", "", "eenzaam", "", "", ""],
        ["Omgekeerd", "", "", "01-01-2026", "01-01-2025", "", "", "", ""],
        ["Elders geleid", "", "", "", "", "", "", "", "zeeland"],
    ]
    with translation.override("en"):
        checked, created = run("projecten", rows, twente_context)
        texts = [str(problem) for problem in checked.problems]
    assert created is None and not Project.objects.exists()
    assert texts[0].startswith("Row 3, column 'Status': 'bezig' is not one of the choices")
    assert texts[1] == (
        "Row 3, column 'Startdatum': '31-02-2025' is not a valid date. Write it as dd-mm-yyyy, "
        "for example 31-01-2025."
    )
    assert texts[2].startswith("Row 3, column 'Thema's': 'eenzaam' contains 'eenzaam'")
    assert "Separate several with a semicolon" in texts[2]
    assert texts[4].startswith(
        "Row 5, column 'Penvoerende werkplaats': 'zeeland' is not the werkplaats"
    )
    assert (
        texts[3]
        == "Row 4, column 'Einddatum': '01-01-2025' The end lies before the start. Choose a later end date."
    )


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_project_export_imports_again_without_duplicates(
    twente_context, twente, zeeland, file_format
):
    project = ProjectFactory(lead_workshop=twente, start_date=dt.date(2025, 1, 6))
    project.workshops.add(zeeland)
    spec = get_spec("projecten")
    content = engine.export(spec, spec.export_queryset(twente), file_format)
    checked, created = engine.run(spec, read_table(content), twente_context)
    assert checked.ok and [row.action for row in checked.rows] == ["unchanged"] and created == 0
    Project.objects.all().delete()
    checked, created = engine.run(spec, read_table(content), ImportContext(workshop=twente))
    assert created == 1
    again = Project.objects.get()
    assert again.title == project.title and again.start_date == dt.date(2025, 1, 6)
    assert list(again.workshops.all()) == [zeeland]


PARTICIPANT_HEADERS = ["Project", "Naam", "ORCID", "E-mail", "Rol", "Organisatie"]


def test_participants_are_found_by_orcid_email_or_name_or_counted_unnamed(twente_context, twente):
    project = ProjectFactory(lead_workshop=twente, title="Wijkkracht")
    by_orcid = PersonFactory(orcid="0000-0002-1825-0097")
    by_email = PersonFactory(email="fenna@example.org")
    by_name = PersonFactory(given_name="Joris", family_name="Bakker")
    organisation = OrganisationFactory(name="Wijkteam Oost")
    rows = [
        PARTICIPANT_HEADERS,
        ["wijkkracht", "", "https://orcid.org/0000-0002-1825-0097", "", "onderzoeker", ""],
        ["Wijkkracht", "", "", "FENNA@example.org", "Docent", "Wijkteam Oost"],
        ["Wijkkracht", "joris bakker", "", "", "Student (hbo/mbo)", ""],
        ["Wijkkracht", "", "", "", "Ervaringsdeskundige", ""],
    ]
    checked, created = run("deelnemers", rows, twente_context, maker=xlsx_file)
    assert checked.ok, [str(p) for p in checked.problems]
    assert created == 4
    people = list(
        Participant.objects.filter(project=project).order_by("pk").values_list("person", flat=True)
    )
    assert people == [by_orcid.pk, by_email.pk, by_name.pk, None]
    assert Participant.objects.get(person=by_email).organisation == organisation


def test_a_participant_of_another_werkplaats_project_or_an_unknown_person_is_refused(
    twente_context, zeeland
):
    ProjectFactory(lead_workshop=zeeland, title="Zeeuws project")
    ProjectFactory(lead_workshop=twente_context.workshop, title="Twents project")
    rows = [
        PARTICIPANT_HEADERS,
        ["Zeeuws project", "", "", "", "onderzoeker", ""],
        ["Twents project", "Niemand Bekend", "", "", "onderzoeker", ""],
    ]
    with translation.override("en"):
        checked, created = run("deelnemers", rows, twente_context)
        texts = [str(problem) for problem in checked.problems]
    assert created is None and not Participant.objects.exists()
    assert texts[0].startswith(
        "Row 2, column 'Project': 'Zeeuws project' contains 'Zeeuws project'"
    )
    assert texts[1].startswith("Row 3, column 'Naam': 'Niemand Bekend' is nobody registered")


def test_the_participant_export_names_only_people_the_werkplaats_may_see(
    twente_context, twente, zeeland
):
    project = ProjectFactory(lead_workshop=twente, title="Gezamenlijk")
    project.workshops.add(zeeland)
    role = ParticipantRole.objects.get(slug="onderzoeker")
    own = PersonFactory(given_name="Eigen", is_public=False, email="eigen@example.org")
    own.workshops.add(twente)
    public = PersonFactory(given_name="Openbaar", is_public=True, email="open@example.org")
    hidden = PersonFactory(given_name="Verborgen", is_public=False, email="verborgen@example.org")
    hidden.workshops.add(zeeland)
    for person in (own, public, hidden):
        Participant.objects.create(project=project, person=person, role=role)
    spec = get_spec("deelnemers")
    text = engine.export(spec, spec.export_queryset(twente), "csv").decode("utf-8-sig")
    assert "Eigen" in text and "eigen@example.org" in text
    assert "Openbaar" in text and "open@example.org" not in text
    assert "Verborgen" not in text and "verborgen@example.org" not in text


MEETING_HEADERS = ["Leergemeenschap", "Titel", "Begin", "Einde", "Plaats", "Agenda"]


def test_meetings_are_imported_in_amsterdam_time_in_summer_and_winter(twente_context, twente):
    community = CommunityFactory(workshop=twente, name="Leren in de wijk")
    rows = [
        MEETING_HEADERS,
        ["Leren in de wijk", "Zomer", "02-07-2026 19:30", "02-07-2026 21:30", "De Bron", "Casus"],
        ["leren-in-de-wijk", "Winter", "2026-12-03T19:30", "2026-12-03 21:30", "", ""],
    ]
    checked, created = run("bijeenkomsten", rows, twente_context)
    assert checked.ok and created == 2
    summer, winter = Meeting.objects.filter(community=community).order_by("starts_at")
    assert summer.starts_at == dt.datetime(2026, 7, 2, 17, 30, tzinfo=dt.UTC)
    assert winter.starts_at == dt.datetime(2026, 12, 3, 18, 30, tzinfo=dt.UTC)


def test_a_meeting_that_ends_before_it_starts_or_of_another_werkplaats_is_refused(
    twente_context, zeeland
):
    CommunityFactory(workshop=twente_context.workshop, name="Twentse kring")
    CommunityFactory(workshop=zeeland, name="Zeeuwse kring")
    rows = [
        MEETING_HEADERS,
        ["Twentse kring", "Achterstevoren", "02-07-2026 21:00", "02-07-2026 19:00", "", ""],
        ["Zeeuwse kring", "Elders", "02-07-2026 19:00", "02-07-2026 21:00", "", ""],
    ]
    with translation.override("en"):
        checked, created = run("bijeenkomsten", rows, twente_context)
        texts = [str(problem) for problem in checked.problems]
    assert created is None and not Meeting.objects.exists()
    assert (
        texts[0] == "Row 2, column 'Einde': '02-07-2026 19:00' Let the meeting end after it starts."
    )
    assert texts[1].startswith("Row 3, column 'Leergemeenschap': 'Zeeuwse kring' contains")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_meeting_export_imports_again_with_the_same_times(twente_context, twente, file_format):
    community = CommunityFactory(workshop=twente)
    MeetingFactory(community=community, starts_at=dt.datetime(2026, 1, 8, 19, 30, tzinfo=AMSTERDAM))
    MeetingFactory(community=community, starts_at=dt.datetime(2026, 7, 2, 19, 30, tzinfo=AMSTERDAM))
    spec = get_spec("bijeenkomsten")
    content = engine.export(spec, spec.export_queryset(twente), file_format)
    checked, created = engine.run(spec, read_table(content), twente_context)
    assert [row.action for row in checked.rows] == ["unchanged", "unchanged"] and created == 0
    before = list(
        Meeting.objects.values_list("title", "starts_at", "ends_at").order_by("starts_at")
    )
    Meeting.objects.all().delete()
    checked, created = engine.run(spec, read_table(content), ImportContext(workshop=twente))
    assert created == 2
    assert (
        list(Meeting.objects.values_list("title", "starts_at", "ends_at").order_by("starts_at"))
        == before
    )


@pytest.mark.parametrize("spec_name", ["projecten", "deelnemers", "bijeenkomsten"])
def test_each_export_takes_a_constant_number_of_queries(
    client, cor, twente, spec_name, django_assert_max_num_queries
):
    role = ParticipantRole.objects.get(slug="onderzoeker")
    for index in range(8):
        project = ProjectFactory(lead_workshop=twente)
        Participant.objects.create(project=project, person=PersonFactory(), role=role)
        MeetingFactory(community=CommunityFactory(workshop=twente), title=f"B{index}")
    client.login(username="cor", password=PASSWORD)
    url = reverse(
        "imports:export", kwargs={"slug": "twente", "spec": spec_name, "file_format": "xlsx"}
    )
    with django_assert_max_num_queries(16):
        response = client.get(url)
    assert response.status_code == 200

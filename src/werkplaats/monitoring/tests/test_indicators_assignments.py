"""The education indicators on a small constructed set of offers with known counts: offers made,
taken and delivered by hbo and mbo, programmes and institutions, students, products from student
work and the median time from question to delivered work; in public, never a withdrawn offer and
never a question."""

import datetime
import tempfile
import zoneinfo
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from werkplaats.education.constants import Level
from werkplaats.education.models import AssignmentOffer, StudentGroup
from werkplaats.education.services import journey, returns
from werkplaats.education.tests.factories import ProgrammeFactory, offer_for, roc
from werkplaats.library.models import Product
from werkplaats.monitoring.indicators import compute, get
from werkplaats.monitoring.periods import Period
from werkplaats.monitoring.reports import content as report_content
from werkplaats.monitoring.reports.html import render_body
from werkplaats.monitoring.reports.pdf import compile_pdf, write_charts
from werkplaats.monitoring.reports.workbook import build_workbook
from werkplaats.monitoring.scope import Scope
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.tests.factories import submit

from .report_helpers import pdf_text, workbook_text

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
PERIOD = Period(2021, 2022)
SECRET = "GEHEIMEVRAAG"
KEYS = [
    "assignments-journey",
    "assignments-programmes",
    "assignments-students",
    "assignments-products",
    "assignments-time-to-delivery",
]


def moment(year, month, day):
    return datetime.datetime(year, month, day, 12, tzinfo=AMSTERDAM)


class Fixture:
    def __init__(self, twente, zeeland, cor, otto, users):
        self.twente, self.zeeland = twente, zeeland
        self.cor, self.otto, self.users = cor, otto, users
        self.hbo = ProgrammeFactory(name="hbo Social Work", level=Level.BACHELOR)
        self.mbo = ProgrammeFactory(
            name="mbo Maatschappelijke Zorg", level=Level.MBO_4, institution=roc()
        )
        for programme in (self.hbo, self.mbo):
            programme.lecturers.add(self.lecturer)

    @property
    def lecturer(self):
        return self.users("lotte")

    def question(self, workshop, submitted):
        question, _token = submit(
            workshop=workshop, title=f"{SECRET} titel", question=f"{SECRET} tekst van de vrager"
        )
        PracticeQuestion.objects.filter(pk=question.pk).update(submitted_at=submitted)
        return question

    def offer(self, levels, created, workshop=None, question=None, title="Opdracht"):
        workshop = workshop or self.twente
        actor = self.cor if workshop == self.twente else self.otto
        offer = offer_for(workshop, actor, levels=levels, question=question, title=title)
        AssignmentOffer.objects.filter(pk=offer.pk).update(created_at=created)
        return offer

    def deliver(self, offer, programme, matched, delivered, students=1, publish=False):
        journey.claim_offer(offer, self.lecturer, programme)
        group = StudentGroup.objects.get(offer=offer)
        members = [
            journey.join_group(
                group, self.users(f"student-{offer.pk}-{n}"), display_name="S", named_publicly=False
            )
            for n in range(students)
        ]
        journey.start_work(offer, self.lecturer)
        if delivered is not None:
            journey.deliver_work(offer, members[0].user, title=f"Werk {offer.title}", summary="x")
        StudentGroup.objects.filter(pk=group.pk).update(matched_at=matched, delivered_at=delivered)
        if publish:
            for member in members:
                returns.agree_as_student(member)
            returns.agree_as_lecturer(offer, "CC-BY-4.0")
            Product.objects.filter(assignment=offer).update(date=delivered.date())
        return offer


@pytest.fixture
def users(django_user_model):
    def user(name):
        found = django_user_model.objects.filter(username=name).first()
        return found or django_user_model.objects.create_user(name, f"{name}@example.org")

    return user


@pytest.fixture
def made(twente, zeeland, cor, otto, users):
    """In Twente, 2021-2022: an hbo offer from a question (submitted 1 January 2021), taken by hbo
    with two students and delivered 100 days later, in the library; an mbo offer from a question
    taken by mbo with one student and delivered 60 days after its question; an offer for hbo and
    mbo not taken; a withdrawn hbo offer; and an offer of 2019. In Zeeland one delivered hbo offer
    (not counted for Twente)."""
    made = Fixture(twente, zeeland, cor, otto, users)
    start = moment(2021, 1, 1)
    made.hbo_offer = made.deliver(
        made.offer([Level.BACHELOR], moment(2021, 1, 10), question=made.question(twente, start)),
        made.hbo,
        moment(2021, 2, 1),
        start + datetime.timedelta(days=100),
        students=2,
        publish=True,
    )
    made.mbo_offer = made.deliver(
        made.offer([Level.MBO_4], moment(2021, 1, 10), question=made.question(twente, start)),
        made.mbo,
        moment(2021, 1, 20),
        start + datetime.timedelta(days=60),
    )
    made.open_offer = made.offer([Level.BACHELOR, Level.MBO_3], moment(2022, 5, 1), title="Open")
    withdrawn = made.offer([Level.BACHELOR], moment(2022, 6, 1), title="Ingetrokken opdracht")
    journey.withdraw_offer(withdrawn, cor, "Niet meer nodig")
    made.offer([Level.BACHELOR], moment(2019, 6, 1), title="Oud")
    made.deliver(
        made.offer([Level.BACHELOR], moment(2021, 3, 1), workshop=zeeland, title="Zeeuws"),
        made.hbo,
        moment(2021, 3, 1),
        moment(2021, 9, 1),
    )
    return made


def scope(made, internal=True, workshop="twente"):
    return Scope(
        period=PERIOD, workshop=getattr(made, workshop) if workshop else None, internal=internal
    )


def values(figure):
    return {(row.key, row.series) if row.series else row.key: row.value for row in figure.rows}


def test_it_counts_offers_made_taken_and_delivered_by_hbo_and_mbo(made):
    figure = get("assignments-journey").compute(scope(made))
    assert values(figure) == {
        ("offered", "hbo"): 2,  # the withdrawn one counts internally
        ("offered", "mbo"): 1,
        ("offered", "both"): 1,
        ("matched", "hbo"): 1,
        ("matched", "mbo"): 1,
        ("delivered", "hbo"): 1,
        ("delivered", "mbo"): 1,
    }
    assert figure.total == 4


def test_a_public_figure_never_counts_a_withdrawn_offer(made):
    figure = get("assignments-journey").compute(scope(made, internal=False))
    assert values(figure)[("offered", "hbo")] == 1
    assert figure.total == 3


def test_the_network_counts_every_werkplaats(made):
    figure = get("assignments-journey").compute(scope(made, workshop=None))
    assert values(figure)[("delivered", "hbo")] == 2


def test_it_counts_programmes_and_institutions_by_hbo_and_mbo(made):
    with translation.override("en"):
        figure = get("assignments-programmes").compute(scope(made))
        note = str(figure.note)
    assert values(figure) == {
        ("hbo", "programmes"): 1,
        ("hbo", "institutions"): 1,
        ("mbo", "programmes"): 1,
        ("mbo", "institutions"): 1,
    }
    assert figure.total == 2
    assert "2 programmes of 2 institutions" in note


def test_it_counts_students_by_hbo_and_mbo(made):
    figure = get("assignments-students").compute(scope(made, internal=False))
    assert values(figure) == {"hbo": 2, "mbo": 1}
    assert figure.total == 3


def test_it_counts_products_from_student_work(made):
    figure = get("assignments-products").compute(scope(made, internal=False))
    assert values(figure) == {"hbo": 1, "mbo": 0}


def test_it_measures_the_median_days_from_question_to_delivered_work(made):
    figure = get("assignments-time-to-delivery").compute(scope(made))
    assert values(figure) == {"hbo": 100.0, "mbo": 60.0}
    assert figure.total == 80.0


def test_in_public_a_median_of_fewer_than_three_deliveries_is_not_shown(made):
    with translation.override("en"):
        figure = get("assignments-time-to-delivery").compute(scope(made, internal=False))
        note = str(figure.note)
    assert figure.rows == [] and figure.total is None
    assert "2 deliveries" in note
    start = moment(2021, 1, 1)
    for days in (20, 200):
        question = made.question(made.twente, start)
        offer = made.offer([Level.BACHELOR], moment(2021, 1, 5), question=question, title="Nog")
        made.deliver(offer, made.hbo, start, start + datetime.timedelta(days=days))
    with translation.override("en"):
        figure = get("assignments-time-to-delivery").compute(scope(made, internal=False))
        note = str(figure.note)
    assert values(figure) == {"hbo": 100.0}
    assert figure.total == 80.0  # 20, 60, 100, 200
    assert "1 delivery" in note


def test_the_figures_join_the_dashboard_and_the_report(client, made, noor):
    with translation.override("en"):
        url = reverse("monitoring:workshop", kwargs={"slug": "twente"})
        page = client.get(url, {"period": PERIOD.key}).content.decode()
        assert "Student assignments offered, taken and delivered" in page
        assert "Products from student work" in page
        content = report_content.build(scope(made, internal=False), "Rapport")
    placed = {
        group.key: [figure.key for figure in group.figures]
        for section in content.sections
        for group in section.groups
    }
    assert "assignments-products" in placed["overview-products"]
    assert "assignments-programmes" in placed["overview-partners"]
    assert "assignments-students" in placed["overview-participants"]
    assert "assignments-journey" in placed["overview-forms"]
    shown = {key for keys in placed.values() for key in keys}
    assert set(KEYS) <= shown


def test_the_report_shows_them_as_a_web_page_pdf_and_spreadsheet_without_a_question(made):
    with translation.override("en"):
        content = report_content.build(scope(made, internal=False), "Rapport")
        html = render_body(content)
        with tempfile.TemporaryDirectory() as folder:
            charts = write_charts(content, Path(folder))
            _reader, pdf = pdf_text(compile_pdf(content, Path(folder), charts))
        _book, sheets = workbook_text(build_workbook(content))
    for text in (html, pdf, sheets):
        assert "Products from student work" in text
        assert "Time from practice question to student work" in text
        assert SECRET not in text and "Ingetrokken opdracht" not in text


def trace(client, key, **query):
    with translation.override("en"):
        url = reverse("monitoring:records", kwargs={"key": key})
    return client.get(f"{url}?{urlencode({'period': PERIOD.key, **query})}")


@pytest.mark.parametrize("viewer", ["visitor", "otto"])
def test_the_records_list_public_offers_never_a_question_or_a_withdrawn_offer(
    client, made, request, viewer
):
    if viewer != "visitor":
        client.force_login(request.getfixturevalue(viewer))
    for key in KEYS:
        for werkplaats in ("twente", ""):
            response = trace(client, key, werkplaats=werkplaats)
            page = response.content.decode()
            assert response.status_code == 200, key
            assert SECRET not in page, key
            assert "Ingetrokken opdracht" not in page, key
            assert "/vragen/" + str(made.hbo_offer.question.uuid) not in page, key
    page = trace(client, "assignments-journey", werkplaats="twente", row="delivered")
    assert made.hbo_offer.get_absolute_url() in page.content.decode()


def test_the_records_count_what_the_figures_count(client, made, cor):
    client.force_login(cor)
    for key, row, listed in (
        ("assignments-journey", "", 4),
        ("assignments-journey", "matched", 2),
        ("assignments-programmes", "mbo", 1),
        ("assignments-students", "hbo", 1),  # offers whose groups have hbo students
        ("assignments-products", "", 1),
        ("assignments-time-to-delivery", "", 2),
    ):
        response = trace(client, key, werkplaats="twente", row=row)
        assert response.context["listed"] == listed, (key, row)


def test_all_figures_run_a_bounded_number_of_queries(made, django_assert_max_num_queries):
    with django_assert_max_num_queries(60) as few:
        compute(scope(made), keys=KEYS)
    for number in range(3):
        start = moment(2022, 1, 1)
        question = made.question(made.twente, start)
        offer = made.offer([Level.MBO_4], start, question=question, title=f"Meer {number}")
        made.deliver(offer, made.mbo, start, start + datetime.timedelta(days=30), students=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        compute(scope(made), keys=KEYS)

"""The education bridge in Chromium: every new page passes axe-core, and the issue's walkthrough
works as a new user would try it.

A coordinator of Twente offers an accepted practice question to education as a graduation
assignment for hbo Social Work; the demo lecturer (``docent``) finds it on the board filtered by
level and semester and claims it; the demo student joins with the link; the lecturer starts the
work, the student delivers a report; both agree and the lecturer chooses a licence; the work is in
the library with where it came from, and the submitter's tracking page and the question's timeline
show each step.
"""

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.utils import timezone
from playwright.sync_api import expect

from .login import log_in
from .test_accessibility import LANGUAGES, WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR, LECTURER, STUDENT = "coordinator-twente", "docent", "student"
TITLE = "Browsertest: wat helpt buurtbewoners die vastlopen in regels?"
SUMMARY = (
    "Onderzoek met een wijkteam waar inwoners vastlopen in regels en formulieren, en ontwerp met "
    "hen een betere route. Browsertest, geschreven door de coördinator."
)
RAW_TEXT = "Browsertest eigen woorden van de indiener, nooit openbaar bij de opdracht."
WORK_TITLE = "Browsertest: vast in de regels"
WORK_SUMMARY = "Inwoners lopen vast op drie plekken; het rapport doet vijf voorstellen."

axe = Axe()


def model(label: str):
    return apps.get_model(*label.split("."))


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


def assert_accessible(page, url: str, status: int = 200):
    response = page.goto(url)
    assert response is not None and response.status == status, f"{url} answered {response.status}"
    assert_no_violations(page)


def coming_semester():
    from werkplaats.education.matching import semesters_around

    today = timezone.localdate()
    return next(s for s in semesters_around(today) if s.starts_on > today)


@pytest.fixture(scope="module")
def demo_facts(site, django_db_blocker):
    """Slugs and addresses of the education demo that the pages are checked on."""
    from werkplaats.education.constants import OfferKind, OfferState

    offers = model("education.AssignmentOffer").objects
    with django_db_blocker.unblock():
        docent = model("accounts.User").objects.get(username=LECTURER)
        programme = model("education.Programme").objects.get(lecturers=docent)
        open_offer = offers.filter(
            workshop__slug="twente",
            state=OfferState.OFFERED,
            kind=OfferKind.GRADUATION,
            programmes=programme,
        ).first()
        followed = offers.filter(
            workshop__slug="twente", group__lecturer=docent, state=OfferState.DELIVERED
        ).first()
        case = model("education.TeachingCase").objects.filter(is_published=True).first()
        accepted = (
            model("questions.PracticeQuestion")
            .objects.filter(workshop__slug="twente", state="accepted", offers__isnull=True)
            .order_by("reference")
            .first()
        )
    assert open_offer and followed and case and accepted, "the education demo is not loaded"
    return {
        "programme": programme.slug,
        "open_offer": open_offer.slug,
        "followed": followed.slug,
        "case": case.slug,
        "question": accepted.uuid,
        "semester": coming_semester().value,
    }


def public_pages(site, facts, language: str) -> dict[str, str]:
    address = site.address
    board = address("education:board", language)
    return {
        "board": board,
        "board filtered": f"{board}?level=bachelor&period={facts['semester']}&kind=graduation",
        "offer": address("education:offer", language, slug=facts["open_offer"]),
        "programmes": address("education:programmes", language) + "?sector=hbo",
        "programme": address("education:programme", language, slug=facts["programme"]),
        "cases": address("education:cases", language),
        "case": address("education:case", language, slug=facts["case"]),
        "practice asks": address("education:practice_asks", language),
        "suggestions": address("education:for_me", language),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    [
        "board",
        "board filtered",
        "offer",
        "programmes",
        "programme",
        "cases",
        "case",
        "practice asks",
        "suggestions",
    ],
)
def test_the_public_education_page_has_no_wcag_violations(page, site, demo_facts, name, language):
    assert_accessible(page, public_pages(site, demo_facts, language)[name])

    assert page.locator("html").get_attribute("lang") == language


def test_the_coordinators_pages_have_no_wcag_violations(page, site, demo_facts):
    log_in(page, site, COORDINATOR)

    assert_accessible(page, site.address("education:offer", slug=demo_facts["followed"]))
    expect(page.locator("#steps")).to_be_visible()  # withdraw, feedback: a coordinator's steps
    assert_accessible(
        page,
        site.address("education:offer_create", slug="twente", uuid=demo_facts["question"]),
    )
    page.locator("main form button[type='submit']").click()  # nothing filled in: the errors
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_violations(page)


def test_the_lecturers_pages_have_no_wcag_violations(page, site, demo_facts):
    log_in(page, site, LECTURER)

    assert_accessible(page, site.address("education:for_me"))
    expect(page.locator("main")).to_contain_text("hbo Social Work")
    assert_accessible(page, site.address("education:mine"))
    assert_accessible(page, site.address("education:offer", slug=demo_facts["open_offer"]))
    expect(page.locator("form:has(input[name='action'][value='claim'])")).to_be_visible()
    assert_accessible(page, site.address("education:offer", slug=demo_facts["followed"]))


def test_the_students_pages_have_no_wcag_violations(page, site, demo_facts):
    log_in(page, site, STUDENT)

    assert_accessible(page, site.address("education:mine"))
    assert_accessible(page, site.address("education:offer", slug=demo_facts["followed"]))
    expect(page.locator("form:has(input[name='action'][value='agree'])")).to_be_visible()


@pytest.fixture
def join_link(site, django_db_blocker):
    """A fresh offer of Twente claimed by the demo lecturer: the join link of its group."""
    from werkplaats.education.services import journey
    from werkplaats.education.tests.factories import offer_for

    with django_db_blocker.unblock():
        twente = model("network.Workshop").objects.get(slug="twente")
        coordinator = model("accounts.User").objects.get(username=COORDINATOR)
        docent = model("accounts.User").objects.get(username=LECTURER)
        offer = offer_for(twente, coordinator, title="Browsertest: een groep om bij aan te sluiten")
        _group, code = journey.claim_offer(
            offer, docent, model("education.Programme").objects.get(lecturers=docent)
        )
    yield site.address("education:join", code=code)
    with django_db_blocker.unblock():
        type(offer).objects.filter(pk=offer.pk).delete()


def test_the_join_page_has_no_wcag_violations(page, site, join_link):
    assert_accessible(page, join_link)
    expect(
        page.locator("input[name='account-username']")
    ).to_be_visible()  # a visitor makes an account

    page.locator("main form button[type='submit']").last.click()  # nothing filled in
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_violations(page)

    assert_accessible(page, site.address("education:join", code="no-such-code"), status=404)


# --- the walkthrough --------------------------------------------------------------------------


@pytest.fixture
def question(site, django_db_blocker):
    """A question from Enschede, accepted by Twente, with its submitter's tracking token."""
    from werkplaats.questions.services import workflow
    from werkplaats.questions.tests.factories import submit

    with django_db_blocker.unblock():
        twente = model("network.Workshop").objects.get(slug="twente")
        coordinator = model("accounts.User").objects.get(username=COORDINATOR)
        question, token = submit(
            workshop=twente,
            municipality="GM0153",
            title="Browsertest: vast in de regels",
            question=RAW_TEXT,
            submitter_name="Browser Indiener",
            submitter_email="browser-indiener@example.org",
        )
        workflow.start_intake(question, coordinator)
        workflow.accept_question(question, coordinator)
    yield question, token
    with django_db_blocker.unblock():
        offers = model("education.AssignmentOffer").objects.filter(question=question)
        model("library.Product").objects.filter(assignment__in=offers).delete()
        offers.delete()
        type(question).objects.filter(pk=question.pk).delete()


def action(page, key: str):
    """The form of one step on an offer's page."""
    return page.locator(f"form:has(input[name='action'][value='{key}'])")


def test_a_question_becomes_student_work_in_the_library(browser, site, question, django_db_blocker):
    question, token = question
    contexts = []

    def tab():
        context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    try:
        _walk(tab, site, question, token, django_db_blocker)
    finally:
        for context in contexts:
            context.close()


def _walk(tab, site, question, token, django_db_blocker):
    semester = coming_semester()
    with django_db_blocker.unblock():
        docent = model("accounts.User").objects.get(username=LECTURER)
        programme = model("education.Programme").objects.get(lecturers=docent)
    offers = model("education.AssignmentOffer").objects.filter(question=question)

    # 1. The coordinator offers the question as a graduation assignment for hbo Social Work.
    coordinator = tab()
    log_in(coordinator, site, COORDINATOR)
    coordinator.goto(site.address("questions:detail", slug="twente", uuid=question.uuid))
    coordinator.locator("#education a.button").click()
    form = coordinator.locator("main form")
    form.locator("input[name='title']").fill(TITLE)
    form.locator("textarea[name='summary']").fill(SUMMARY)
    form.locator("select[name='kind']").select_option("graduation")
    form.locator("input[name='levels'][value='bachelor']").check()
    form.locator(f"input[name='programmes'][value='{programme.pk}']").check()
    form.locator("input[name='expected_product']").fill("Een adviesrapport voor het wijkteam")
    form.locator("input[name='students']").fill("2")
    past = timezone.localdate() - datetime.timedelta(days=30)
    form.locator("input[name='starts_on']").fill((past - datetime.timedelta(days=60)).isoformat())
    form.locator("input[name='ends_on']").fill(past.isoformat())
    form.locator("button[type='submit']").click()
    expect(coordinator.locator(".error-summary")).to_be_visible()  # a period that has passed
    assert_no_violations(coordinator)
    with django_db_blocker.unblock():
        assert not offers.exists()
    form.locator("input[name='starts_on']").fill(semester.starts_on.isoformat())
    form.locator("input[name='ends_on']").fill(semester.ends_on.isoformat())
    form.locator("button[type='submit']").click()
    coordinator.wait_for_url(re.compile(r"/onderwijs/opdrachten/[\w-]+/$"))
    expect(coordinator.locator("h1")).to_have_text(TITLE)
    with django_db_blocker.unblock():
        offer = offers.get()
    assert RAW_TEXT not in coordinator.content()

    # 2. The lecturer finds it on the board, filtered by level and period, and claims it.
    lecturer = tab()
    log_in(lecturer, site, LECTURER)
    lecturer.goto(site.address("education:board"))
    filters = lecturer.locator("form.filters")
    filters.locator("select[name='level']").select_option("bachelor")
    filters.locator("select[name='period']").select_option(semester.value)
    filters.locator("button[type='submit']").click()
    lecturer.wait_for_url(re.compile(rf"period={semester.value}"))
    assert "level=bachelor" in lecturer.url
    lecturer.locator(".results").get_by_role("link", name=TITLE).click()
    lecturer.wait_for_url(re.compile(re.escape(offer.get_absolute_url()) + "$"))
    claim = action(lecturer, "claim")
    claim.locator("button[type='submit']").click()
    join_url = lecturer.locator("#join-link").input_value()
    assert "/onderwijs/aansluiten/" in join_url
    assert_no_violations(lecturer)

    # 3. The student opens the link, logs in and joins without being named publicly.
    student = tab()
    student.goto(join_url)
    student.locator(f"main a[href*='{site.address('accounts:login')[len(site.url) :]}']").click()
    student.locator("input[name='username']").fill(STUDENT)
    student.locator("input[name='password']").fill("werkplaats-demo")
    student.locator("main form button[type='submit']").click()
    student.wait_for_url(join_url)
    student.locator("input[name='join-display_name']").fill("Lieke Wolbers")
    assert_no_violations(student)
    student.locator("main form button[type='submit']").click()
    student.wait_for_url(re.compile(re.escape(offer.get_absolute_url()) + "$"))

    # 4. The lecturer starts the work; the student delivers the report.
    lecturer.goto(site.url + offer.get_absolute_url())
    action(lecturer, "start").locator("button[type='submit']").click()
    expect(action(lecturer, "start")).to_have_count(0)
    student.goto(site.url + offer.get_absolute_url())
    deliver = action(student, "deliver")
    deliver.locator("input[name='deliver-title']").fill(WORK_TITLE)
    deliver.locator("textarea[name='deliver-summary']").fill(WORK_SUMMARY)
    deliver.locator("input[name='deliver-link']").fill("https://example.org/browsertest.pdf")
    assert_no_violations(student)
    deliver.locator("button[type='submit']").click()
    expect(action(student, "agree")).to_be_visible()

    # 5. Both agree, the lecturer with a licence: the work is in the library.
    action(student, "agree").locator("button[type='submit']").click()
    expect(action(student, "agree")).to_have_count(0)
    lecturer.goto(site.url + offer.get_absolute_url())
    agree = action(lecturer, "agree_lecturer")
    agree.locator("select[name='agree_lecturer-licence']").select_option("CC-BY-4.0")
    agree.locator("button[type='submit']").click()
    expect(lecturer.locator("#library a")).to_have_text(WORK_TITLE)

    visitor = tab()
    visitor.goto(site.url + offer.get_absolute_url())
    visitor.locator("#library a").click()
    expect(visitor.locator("h1")).to_have_text(WORK_TITLE)
    provenance = visitor.locator("dl.facts")
    expect(provenance).to_contain_text(programme.name)
    expect(provenance).to_contain_text(programme.institution.name)
    expect(visitor.get_by_role("link", name=TITLE)).to_be_visible()
    assert "Lieke Wolbers" not in visitor.content()  # she did not consent to be named
    assert RAW_TEXT not in visitor.content()

    # Each step is on the submitter's tracking page and on the question's timeline.
    with django_db_blocker.unblock():
        told = list(
            question.events.filter(kind="education", visible_to_submitter=True)
            .order_by("created_at", "pk")
            .values_list("text", flat=True)
        )
    assert len(told) == 4  # offered, matched, running, delivered
    visitor.goto(site.address("questions:track", token=token))
    for text in told:
        expect(visitor.locator("main")).to_contain_text(text)
    coordinator.goto(site.address("questions:detail", slug="twente", uuid=question.uuid))
    for text in told:
        expect(coordinator.locator("main")).to_contain_text(text)

"""Projects in Chromium: the public list and a project page pass axe-core in Dutch and English,
and the demo's coordinator of Twente turns an accepted question into a joint project, adds a new
partner organisation in the partner rows, and the question follows into the project."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
TITLE = "Browsertest: samen met Zeeland tegen eenzaamheid"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def joint_project(site, django_db_blocker):
    with django_db_blocker.unblock():
        Project = apps.get_model("projects", "Project")
        return (
            Project.objects.filter(is_published=True, workshops__isnull=False)
            .filter(participants__isnull=False, education_links__isnull=False)
            .order_by("slug")
            .first()
        )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_project_list_and_a_project_page_pass_axe(page, site, joint_project, language):
    page.goto(site.address("projects:list", language))
    assert page.locator("main .cards > li").count() > 0
    assert_no_violations(page)

    page.goto(site.address("projects:list", language) + "?status=running&learning_form=living-lab")
    assert_no_violations(page)

    page.goto(site.address("projects:detail", language, slug=joint_project.slug))
    assert page.locator("h1").inner_text() == joint_project.title
    assert_no_violations(page)


@pytest.fixture
def accepted_question(site, django_db_blocker):
    with django_db_blocker.unblock():
        Question = apps.get_model("questions", "PracticeQuestion")
        question = Question.objects.filter(workshop__slug="twente", state="accepted").first()
    yield question
    with django_db_blocker.unblock():
        Project = apps.get_model("projects", "Project")
        Project.objects.filter(title=TITLE).delete()
        apps.get_model("network", "Organisation").objects.filter(
            name="Browsertest Buurtplatform"
        ).delete()
        Question.objects.filter(pk=question.pk).update(state="accepted")


def test_a_coordinator_turns_a_question_into_a_joint_project(page, site, accepted_question):
    log_in(page, site, COORDINATOR)

    page.goto(site.address("questions:detail", slug="twente", uuid=accepted_question.uuid))
    page.locator(f"a[href*='?question={accepted_question.uuid}']").click()
    assert_no_violations(page)
    page.locator("input[name='title']").fill(TITLE)
    page.get_by_label("Werkplaats Sociaal Domein Zeeland").check()
    page.locator("main form button[type='submit']").first.click()
    assert TITLE in page.locator("h1").inner_text()
    assert_no_violations(page)

    page.locator("nav.on-this-page a", has_text="Partners").click()
    page.locator("input[name='partners-0-new_organisation_name']").fill("Browsertest Buurtplatform")
    page.locator("main form button[type='submit']").click()  # the kind is missing
    assert page.locator("input[name='partners-0-new_organisation_name']").input_value() == (
        "Browsertest Buurtplatform"
    )
    assert_no_violations(page)
    page.locator("select[name='partners-0-new_organisation_kind']").select_option(index=1)
    page.locator("main form button[type='submit']").click()
    assert page.locator(".message").count() == 1

    accepted_question.refresh_from_db()
    assert accepted_question.state == "in_project"

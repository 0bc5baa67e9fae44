"""The Content-Security-Policy holds in Chromium: the main pages, the dashboards with their charts,
the question form and the newsletter preview (as an editor) cause no ``securitypolicyviolation``.

A listener is installed before any script of the page runs; a control step proves it hears a
violation when one happens."""

import pytest
from django.apps import apps

from werkplaats.newsletter.demo import load_demo_newsletter

from .login import log_in

pytestmark = pytest.mark.browser

EDITOR = "redacteur"

LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || document.location.pathname}:${event.lineNumber}`
    + (event.sample ? ` (${event.sample})` : "")
  );
});
"""


@pytest.fixture
def watched(page):
    """The page with the listener, and every console message about the policy (any frame)."""
    page.add_init_script(LISTENER)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.csp_console = console
    return page


def violations(page) -> list[str]:
    page.wait_for_load_state("load")
    found = page.evaluate("window.__cspViolations || []")
    return found + page.csp_console


@pytest.fixture
def demo_objects(site, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo_newsletter()  # until the demo command loads it too (idempotent)
        project = (
            apps.get_model("projects", "Project")
            .objects.filter(is_published=True, workshops__slug="twente")
            .order_by("slug")
            .first()
        )
        product = (
            apps.get_model("library", "Product")
            .objects.filter(is_published=True)
            .order_by("slug")
            .first()
        )
        issue = apps.get_model("newsletter", "Issue").objects.order_by("created_at").first()
    assert project and product and issue, "the demo has no project, product or newsletter issue"
    return {"project": project.slug, "product": product.slug, "issue": issue.slug}


def test_the_listener_hears_a_violation(watched, site):
    watched.goto(site.address("network:home"))
    watched.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')"
    )
    watched.wait_for_function("window.__cspViolations.length > 0")

    assert any("style-src" in found for found in violations(watched))


def test_public_pages_cause_no_policy_violation(watched, site, demo_objects):
    pages = [
        site.address("network:home"),
        site.address("network:workshop_list"),
        site.address("network:workshop", slug="twente"),
        site.address("network:organisation_list"),
        site.address("network:person_list"),
        site.address("network:person", slug=site.person),
        site.address("projects:list"),
        site.address("projects:detail", slug=demo_objects["project"]),
        site.address("library:list"),
        site.address("library:detail", slug=demo_objects["product"]),
        site.address("search:results") + "?q=jongeren",
        site.address("accounts:login"),
        site.address("questions:submit"),
        site.address("newsletter:signup"),
        site.url + "/api/v1/docs/",
    ]
    found = {}
    for url in pages:
        response = watched.goto(url)
        assert response is not None and response.status == 200, url
        assert "default-src 'self'" in response.headers["content-security-policy"], url
        if problems := violations(watched):
            found[url] = problems

    assert found == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dashboards_draw_their_charts_without_policy_violations(watched, site, language):
    for url in (
        site.address("monitoring:network", language),
        site.address("monitoring:workshop", language, slug="twente"),
    ):
        watched.goto(url)
        watched.wait_for_selector(".chart-canvas svg")
        watched.wait_for_function(
            "document.querySelectorAll('figure[data-chart]').length"
            " === document.querySelectorAll('figure.chart-drawn').length"
        )
        # Hovering a mark shows vega's tooltip, which styles itself from JavaScript.
        watched.locator(".chart-canvas svg path, .chart-canvas svg rect").first.hover()

        assert violations(watched) == [], url


def test_the_question_form_submits_without_policy_violations(watched, site, settings):
    settings.QUESTION_INTAKE_MIN_SECONDS = 0
    watched.goto(site.address("questions:submit"))
    form = watched.locator("main form[method='post']").first
    assert form.count() == 1
    form.locator("button[type='submit']").last.click()
    watched.wait_for_load_state("load")

    assert violations(watched) == []


def test_the_newsletter_preview_causes_no_policy_violation(watched, site, demo_objects):
    log_in(watched, site, EDITOR)

    watched.goto(site.address("newsletter:manage_preview", slug=demo_objects["issue"]))
    frame = watched.frame_locator("iframe.newsletter-preview")
    frame.locator("h1").wait_for()
    # The e-mail's own inline styles apply inside its sandbox.
    assert frame.locator("body").evaluate("body => getComputedStyle(body).marginTop") == "0px"

    assert violations(watched) == []
    watched.goto(site.address("newsletter:manage_new"))
    assert violations(watched) == []

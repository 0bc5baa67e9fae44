"""The library in Chromium: the demo's coordinator of Twente creates a method with a PDF, sees
the readability warning for a hard summary, publishes it; a visitor opens it and downloads the
file. The list, the product page and the edit page pass axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from werkplaats.library.constants import METHOD_KIND

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
TITLE = "Browsertest: buurtcirkels tegen eenzaamheid"
HARD = (
    "De implementatie van interdisciplinaire samenwerkingsverbanden vereist organisatorische "
    "randvoorwaarden, professionaliseringsactiviteiten en intersectorale afstemmingsprocessen."
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def twente(site, django_db_blocker, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    with django_db_blocker.unblock():
        workshop = apps.get_model("network", "Workshop").objects.get(slug="twente")
    yield workshop
    with django_db_blocker.unblock():
        apps.get_model("library", "Product").objects.filter(title=TITLE).delete()


def test_a_coordinator_publishes_a_method_with_a_pdf_that_a_visitor_downloads(
    browser, page, site, twente, django_db_blocker
):
    log_in(page, site, COORDINATOR)

    page.goto(site.address("library:list"))
    assert_no_violations(page)
    page.locator(f"main a[href='{site.address('library:create').removeprefix(site.url)}']").click()
    page.wait_for_url(site.address("library:create"))
    assert not page.locator("#section-method").is_visible()
    assert_no_violations(page)

    page.locator("input[name='title']").fill(TITLE)
    page.locator("textarea[name='summary']").fill(HARD)
    page.locator("select[name='kind']").select_option(METHOD_KIND)
    assert page.locator("#section-method").is_visible()
    page.locator(f"input[name='workshops'][value='{twente.pk}']").check()
    page.locator("textarea[name='goal']").fill("Minder eenzaamheid bij ouderen in de wijk.")
    page.locator("textarea[name='target_group_final']").fill("Ouderen die alleen wonen.")
    page.locator("textarea[name='approach']").fill("Elke week een buurtcirkel.")
    page.locator("input[name='uploads-0-file']").set_input_files(
        files=[{"name": "Werkwijze buurtcirkels.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.locator("form.product-form button[type='submit']").click()

    assert TITLE in page.locator("h1").inner_text()
    assert page.locator(".readability-warning").is_visible()
    assert page.locator("#section-method").is_visible()
    assert_no_violations(page)
    page.locator("form[action$='/publiceren/'] button[type='submit']").click()
    assert page.locator(".message").count() == 1

    with django_db_blocker.unblock():
        product = apps.get_model("library", "Product").objects.get(title=TITLE)
        assert product.is_published
        address = site.url + product.get_absolute_url()

    visitor = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    try:
        tab = visitor.new_page()
        tab.goto(address)
        assert tab.locator("h1").inner_text() == TITLE
        assert tab.locator("#readability-title, .readability").count() == 0
        link = tab.locator("#files a", has_text="Werkwijze buurtcirkels")
        assert_no_violations(tab)
        response = tab.request.get(site.url + link.get_attribute("href"))
        assert response.status == 200
        assert response.body() == PDF
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["x-content-type-options"] == "nosniff"
    finally:
        visitor.close()

"""The dossier in Chromium: the demo's network editor writes an article with an image and alt
text, publishes it and is told that unsafe markup was removed; a visitor reads it with its image.
The list, the article page and the edit page pass axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from werkplaats.dossier.demo import load_demo_dossier, tiny_png

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

EDITOR = "redacteur"
TITLE = "Browsertest: buurtkamers in Enschede"
ALT = "Bewoners drinken koffie aan een lange tafel in de buurtkamer"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def dossier(site, django_db_blocker, settings, tmp_path):
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    with django_db_blocker.unblock():
        load_demo_dossier()  # until the demo command loads it too (idempotent)
        workshop = apps.get_model("network", "Workshop").objects.get(slug="twente")
    yield workshop
    with django_db_blocker.unblock():
        apps.get_model("dossier", "Article").objects.filter(title=TITLE).delete()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dossier_list_and_an_article_pass_axe(page, site, dossier, language):
    page.goto(site.address("dossier:list", language))
    assert page.locator("main .cards > li").count() > 0
    assert page.locator("nav.main-nav a[aria-current='page']").count() == 1
    assert_no_violations(page)

    page.goto(site.address("dossier:list", language) + "?theme=eenzaamheid&werkplaats=twente")
    assert_no_violations(page)

    page.goto(site.address("dossier:detail", language, slug="twente-eenzaamheid"))
    assert page.locator("h1").inner_text().startswith("Hoe Twente")
    assert page.locator("main img[alt]").count() >= 1
    assert_no_violations(page)


def test_an_editor_publishes_an_article_with_an_image_that_a_visitor_reads(
    browser, page, site, dossier, django_db_blocker
):
    log_in(page, site, EDITOR)

    page.goto(site.address("dossier:list"))
    page.locator(f"main a[href='{site.address('dossier:create').removeprefix(site.url)}']").click()
    page.wait_for_url(site.address("dossier:create"))
    assert_no_violations(page)

    page.locator("input[name='title']").fill(TITLE)
    page.locator("textarea[name='lead']").fill("In Enschede openen bewoners hun eigen buurtkamer.")
    page.locator("textarea[name='body']").fill(
        "## De aanpak\n\nBewoners ontvangen elkaar **zelf**. "
        "[Meer](javascript:alert(1))<script>alert(2)</script>"
    )
    page.locator(f"input[name='workshops'][value='{dossier.pk}']").check()
    page.locator("input[name='uploads-0-file']").set_input_files(
        files=[{"name": "buurtkamer.png", "mimeType": "image/png", "buffer": tiny_png()}]
    )
    page.locator("input[name='uploads-0-alt']").fill("buurtkamer.png")
    page.locator("input[name='state'][value='published']").check()
    page.locator("form.article-form button[type='submit']").click()

    # A file name is no alt text: the form comes back, nothing saved, and says so.
    assert page.locator(".error-summary").is_visible()
    assert page.locator("input[name='title']").input_value() == TITLE
    assert_no_violations(page)
    page.locator("input[name='uploads-0-file']").set_input_files(
        files=[{"name": "buurtkamer.png", "mimeType": "image/png", "buffer": tiny_png()}]
    )
    page.locator("input[name='uploads-0-alt']").fill(ALT)
    page.locator("form.article-form button[type='submit']").click()

    assert page.locator(".message").count() == 2  # saved, and unsafe markup removed
    assert page.locator(".message-warning").is_visible()
    assert page.locator("main img[alt]").first.get_attribute("alt") == ALT
    assert_no_violations(page)

    with django_db_blocker.unblock():
        article = apps.get_model("dossier", "Article").objects.get(title=TITLE)
        assert article.is_public
        address = site.url + article.get_absolute_url()

    visitor = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    try:
        tab = visitor.new_page()
        tab.goto(address)
        assert tab.locator("h1").inner_text() == TITLE
        image = tab.locator(f"main img[alt='{ALT}']")
        assert image.count() == 1
        assert tab.locator("main script").count() == 0
        assert "javascript:" not in tab.content()
        assert_no_violations(tab)
        response = tab.request.get(site.url + image.get_attribute("src"))
        assert response.status == 200
        assert response.headers["content-type"] == "image/png"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.body().startswith(b"\x89PNG")
    finally:
        visitor.close()

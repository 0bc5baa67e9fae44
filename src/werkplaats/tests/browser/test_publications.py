"""Publications in Chromium: the list (also filtered) and a publication's page pass axe-core in
Dutch and English, and the demo's coordinator of Twente imports a RIS file on the import page."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
IMPORTED = "Browsertest: eenzaamheid onder ouderen in Hengelo"
RIS = f"TY  - RPRT\nTI  - {IMPORTED}\nAU  - Smit, Karin\nPY  - 2025\nER  -\n"

axe = Axe()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def publication(site, django_db_blocker):
    """The demo publications (the lead's demo command loads them too; loading twice is a no-op)
    and a published one with a DOI, authors and a project."""
    from werkplaats.publications.demo import load_demo_publications

    with django_db_blocker.unblock():
        load_demo_publications()
        Publication = apps.get_model("publications", "Publication")
        return (
            Publication.objects.filter(is_published=True, projects__isnull=False)
            .exclude(doi="")
            .order_by("slug")
            .first()
        )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_publication_list_and_a_publication_page_pass_axe(page, site, publication, language):
    page.goto(site.address("publications:list", language))
    assert page.locator("main .cards > li").count() > 0
    assert_no_violations(page)

    page.goto(site.address("publications:list", language) + "?type=article&theme=eenzaamheid")
    assert_no_violations(page)

    page.goto(site.address("publications:detail", language, slug=publication.slug))
    assert page.locator("h1").inner_text() == publication.title
    assert page.locator(f"main a[href='https://doi.org/{publication.doi}']").count() == 1
    assert_no_violations(page)


@pytest.fixture
def cleanup(site, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        apps.get_model("publications", "Publication").objects.filter(title=IMPORTED).delete()


def test_a_coordinator_imports_a_ris_file(page, site, publication, cleanup, tmp_path):
    log_in(page, site, COORDINATOR)

    page.goto(site.address("publications:import"))
    assert_no_violations(page)
    path = tmp_path / "lijst.ris"
    path.write_text(RIS)
    page.locator("input[name='file']").set_input_files(str(path))
    page.locator("select[name='workshop']").select_option("twente")
    page.locator("main form button[type='submit']").click()

    assert page.locator(f"main a:has-text('{IMPORTED}')").count() == 1
    assert_no_violations(page)

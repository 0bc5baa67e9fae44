"""A coordinator imports partner organisations from a spreadsheet in Chromium; every page on the way
passes axe-core. A file with a bad row is refused whole; the corrected file imports every row."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from .login import log_in
from .test_accessibility import WCAG_21_AA, violations_report

pytestmark = pytest.mark.browser

COORDINATOR = "coordinator-twente"
HEADERS = ["Naam", "Soort", "KvK-nummer", "Vestigingsplaats", "Rol"]
NAMES = ["Browserimport Buurtkracht", "Browserimport Wijkteam Noord"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

axe = Axe()


def xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def assert_no_violations(page):
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(page.url, results)


@pytest.fixture
def cleanup(site, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        apps.get_model("network", "Organisation").objects.filter(name__in=NAMES).delete()
        apps.get_model("imports", "ImportJob").objects.filter(
            filename__startswith="partners"
        ).delete()


def upload(page, site, name: str, rows) -> None:
    page.goto(site.address("imports:start", slug="twente"))
    page.locator("input[name='spec'][value='organisaties']").check()
    page.locator("input[type='file']").set_input_files(
        files=[{"name": name, "mimeType": XLSX, "buffer": xlsx(rows)}]
    )
    page.locator("main form button[type='submit']").click()


def test_a_coordinator_imports_partners_from_a_spreadsheet(page, site, cleanup, django_db_blocker):
    log_in(page, site, COORDINATOR)

    page.goto(site.address("imports:start", slug="twente"))
    assert_no_violations(page)

    good = [NAMES[0], "welzijnsorganisatie", "", "Enschede", "partner"]
    upload(page, site, "partners-fout.xlsx", [HEADERS, good, [NAMES[1], "bakkerij", "", "", ""]])
    assert page.locator("main .cell-error").count() == 1
    assert page.locator("main form button[type='submit'][disabled]").count() == 1
    assert "bakkerij" in page.locator("main [role='alert'] + p + h2 + ul").inner_text()
    assert_no_violations(page)

    upload(page, site, "partners-goed.xlsx", [HEADERS, good, [NAMES[1], "gemeente", "", "", ""]])
    assert page.locator("main .cell-error").count() == 0
    page.locator("main form button[type='submit']:not([disabled])").click()
    page.wait_for_url("**/voortgang/")
    assert page.locator("main progress").count() == 1
    assert "2" in page.locator("main [role='status']").inner_text()
    assert_no_violations(page)
    Organisation = apps.get_model("network", "Organisation")
    assert (
        Organisation.objects.filter(name__in=NAMES, partnerships__workshop__slug="twente").count()
        == 2
    )

"""Every public page of the registry, in Dutch and in English, has no WCAG 2.1 A/AA violations.

axe-core checks what a machine can: contrast, names and labels, landmarks, ARIA, language. It runs
on the rendered page in Chromium, with the real stylesheet, over the demo network.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # Only violations are reported; axe skips collecting passes, which halves its time.
    "resultTypes": ["violations"],
}
LANGUAGES = ["nl", "en"]
PAGES = [
    "network:home",
    "network:workshop_list",
    "network:workshop",
    "network:organisation_list",
    "network:organisation",
    "network:person_list",
    "network:person",
    "network:municipality_lookup",
    "network:municipality",
    "accounts:login",
    "accounts:password_reset",
]

axe = Axe()


def violations_report(url: str, results) -> str:
    lines = [f"{results.violations_count} accessibility violation(s) on {url}:"]
    for violation in results.response["violations"]:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"  at {', '.join(map(str, node['target']))}: {node['html'][:160]}")
            lines.append(f"     {node['failureSummary']}".replace("\n", " "))
        if len(violation["nodes"]) > 5:
            lines.append(f"  ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def assert_accessible(page, url: str):
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url} answered {response.status}"
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, violations_report(url, results)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_the_page_has_no_wcag_violations(page, site, name, language):
    url = site.address(name, language, **site.public_pages()[name])

    assert_accessible(page, url)

    assert page.locator("html").get_attribute("lang") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_municipality_lookup_with_results_has_no_wcag_violations(page, site, language):
    assert_accessible(page, site.address("network:municipality_lookup", language) + "?q=Súdwest")

    assert page.locator("table").count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_people_directory_filtered_has_no_wcag_violations(page, site, language):
    assert_accessible(page, site.address("network:person_list", language) + "?workshop=twente")


def test_every_public_page_of_the_registry_is_checked(site):
    assert set(PAGES) == set(site.public_pages())

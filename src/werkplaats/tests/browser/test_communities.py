"""Learning communities in Chromium over the demo network: the list, an open and a closed
community and a meeting page pass axe-core (WCAG 2.1 A/AA) in both languages, and the demo
member finds their community and next meeting in "my work"."""

import pytest
from django.apps import apps

from .test_accessibility import assert_accessible

pytestmark = pytest.mark.browser


def _community(is_open: bool):
    LearningCommunity = apps.get_model("communities", "LearningCommunity")
    return (
        LearningCommunity.objects.filter(is_open=is_open, meetings__reflection__isnull=False)
        .order_by("slug")
        .first()
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_community_pages_have_no_wcag_violations(page, site, language):
    open_community, closed_community = _community(True), _community(False)
    assert open_community and closed_community, "the demo has open and closed communities"
    meeting = open_community.meetings.filter(reflection__is_published=True).first()

    assert_accessible(page, site.address("communities:list", language))
    assert_accessible(page, site.address("communities:list", language) + "?openness=closed")
    for community in (open_community, closed_community):
        assert_accessible(page, site.address("communities:detail", language, slug=community.slug))
    assert_accessible(
        page,
        site.address(
            "communities:meeting", language, slug=open_community.slug, uuid=str(meeting.uuid)
        ),
    )
    assert page.locator("#reflection").count() == 1


def test_the_demo_member_finds_their_community_and_writes_a_reflection(page, site):
    page.goto(site.address("accounts:login"))
    page.fill("input[name=username]", "lid")
    page.fill("input[name=password]", "werkplaats-demo")
    page.locator("main button[type=submit]").click()
    page.goto(site.address("communities:mine"))
    results = page.locator("main")
    assert "Twente" in results.inner_text() or results.locator("a").count() > 0

    Membership = apps.get_model("communities", "Membership")
    membership = Membership.objects.filter(person__slug="femke-de-wit").first()
    meeting = membership.community.meetings.filter(reflection__isnull=True).first()
    address = site.address(
        "communities:reflection_edit", slug=membership.community.slug, uuid=str(meeting.uuid)
    )
    assert_accessible(page, address)
    page.fill("textarea[name=what_we_saw]", "Veel nieuwe gezichten in de wijk.")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/{meeting.uuid}/")
    assert "Veel nieuwe gezichten in de wijk." in page.locator("#reflection").inner_text()

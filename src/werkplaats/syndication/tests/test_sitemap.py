"""The sitemap lists every public page in both languages, and nothing private; robots.txt names it."""

from urllib.parse import urlsplit

import pytest
from lxml import etree

from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.syndication.sitemaps import SITEMAPS

from .conftest import PRIVATE

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def xml(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    assert response["Content-Type"].startswith("application/xml")
    return response, etree.fromstring(response.content)


def every_location(client) -> tuple[list[str], str]:
    """All <loc> of every section of the index, and all the sections' text together."""
    _response, index = xml(client, "/sitemap.xml")
    locations, bodies = [], []
    for section in index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS):
        response, tree = xml(client, urlsplit(section).path)
        bodies.append(response.content.decode())
        locations += tree.xpath("//sm:url/sm:loc/text()", namespaces=NS)
    return locations, "\n".join(bodies)


def test_the_sitemap_is_an_index_of_one_sitemap_per_section(client, network):
    _response, index = xml(client, "/sitemap.xml")

    sections = index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS)
    assert sections == [f"http://testserver/sitemap-{name}.xml" for name in SITEMAPS]


def test_the_sitemap_lists_public_pages_in_dutch_and_english(client, network, twente, theme):
    locations, _body = every_location(client)

    for path in [
        "/",
        "/werkplaatsen/twente/",
        network.article.get_absolute_url(),
        network.due_article.get_absolute_url(),
        network.publication.get_absolute_url(),
        network.product.get_absolute_url(),
        network.project.get_absolute_url(),
        network.community.get_absolute_url(),
        network.closed.get_absolute_url(),
        network.meeting.get_absolute_url(),
        network.public_person.get_absolute_url(),
        f"/themas/{theme.slug}/",
        "/gemeenten/enschede/",
        "/feeds/",
    ]:
        assert f"http://testserver{path}" in locations, path
        assert f"http://testserver/en{path}" in locations, path


def test_every_entry_names_its_other_language_with_hreflang(client, network):
    _response, tree = xml(client, "/sitemap-dossier.xml")

    entry = tree.xpath(
        "//sm:url[sm:loc='http://testserver" + network.article.get_absolute_url() + "']",
        namespaces=NS,
    )[0]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.xpath("xhtml:link[@rel='alternate']", namespaces=NS)
    }
    path = network.article.get_absolute_url()
    assert alternates == {
        "nl": f"http://testserver{path}",
        "en": f"http://testserver/en{path}",
        "x-default": f"http://testserver{path}",
    }
    assert entry.xpath("sm:lastmod/text()", namespaces=NS)


def test_the_sitemap_never_lists_drafts_private_people_or_closed_meetings(client, network):
    locations, body = every_location(client)

    assert [marker for marker in PRIVATE if marker in body] == []
    assert network.hidden_person.slug not in body
    assert network.closed_meeting.get_absolute_url() not in [urlsplit(a).path for a in locations]
    assert "DRAFTMARKER" not in body


@pytest.mark.parametrize("section", ["dossier", "bibliotheek"])
def test_a_section_reads_the_same_number_of_queries_for_few_or_many_items(
    client, twente, section, django_assert_max_num_queries
):
    ArticleFactory()
    ProductFactory()
    with django_assert_max_num_queries(4) as few:
        client.get(f"/sitemap-{section}.xml")
    for _ in range(30):
        ArticleFactory()
        ProductFactory()

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/sitemap-{section}.xml")
    assert response.content.decode().count("<url>") == 62


def test_the_index_reads_a_bounded_number_of_queries(
    client, network, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3 * len(SITEMAPS)):
        client.get("/sitemap.xml")


def test_an_unknown_section_is_not_found(client, db):
    assert client.get("/sitemap-geheim.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap_and_keeps_private_links_out(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /vragen/volg/" in lines
    assert "Disallow: /en/vragen/volg/" in lines

"""Every public page's schema.org block parses as JSON-LD and says only what the page may say.

JSON-LD is expanded with pyld, whose document loader here serves the schema.org context from a
small local copy (``schemaorg_context.jsonld``: ``@vocab`` and the terms that take an IRI, as the
published context has them) and refuses every other address: the tests never touch the network,
and a block that named another context would fail.
"""

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from django.urls import reverse
from pyld import jsonld

from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import OrganisationKind
from werkplaats.network.tests.factories import OrganisationFactory

from .conftest import PRIVATE

pytestmark = pytest.mark.django_db

SCHEMA = "http://schema.org/"
CONTEXT = json.loads((Path(__file__).parent / "schemaorg_context.jsonld").read_text())
BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def offline_loader(url, options=None):
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise jsonld.JsonLdError(f"No network in tests: {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def blocks(client, address) -> list:
    response = client.get(address)
    assert response.status_code == 200, address
    return [json.loads(text) for text in BLOCK.findall(response.content.decode())]


def expanded(client, address) -> list[dict]:
    """Every node of every JSON-LD block of a page, expanded (full schema.org IRIs)."""
    nodes = []
    for block in blocks(client, address):
        nodes += jsonld.expand(block, {"documentLoader": offline_loader})
    graph = []
    for node in nodes:
        graph += node.get("@graph", [node])
    return graph


def value(node, term):
    values = node.get(SCHEMA + term, [])
    return [v.get("@value", v.get("@id", v)) for v in values]


def of_type(nodes, kind) -> dict:
    found = [node for node in nodes if SCHEMA + kind in node.get("@type", [])]
    assert found, f"no {kind} in {nodes}"
    return found[0]


def names(nodes) -> list[str]:
    return [name for node in nodes for name in value(node, "name")]


def test_the_home_page_describes_the_website_and_how_to_search_it(client, network):
    website = of_type(expanded(client, reverse("network:home")), "WebSite")

    action = website[SCHEMA + "potentialAction"][0]
    assert SCHEMA + "SearchAction" in action["@type"]
    template = value(action[SCHEMA + "target"][0], "urlTemplate")[0]
    assert template == "http://testserver/zoeken/?q={search_term_string}"
    assert value(website, "url") == ["http://testserver/"]


def test_a_werkplaats_page_describes_an_organization(client, network, twente):
    workshop = of_type(expanded(client, twente.get_absolute_url()), "Organization")

    assert value(workshop, "name") == [twente.name]
    assert value(workshop, "url") == ["http://testserver/werkplaatsen/twente/"]


def test_an_organisation_page_describes_an_organization_with_its_identifiers(client, db):
    organisation = OrganisationFactory(
        name="Hogeschool Proef",
        kind=OrganisationKind.objects.get(slug="hogeschool"),
        kvk_number="41027731",
        website="https://hogeschool.example.org/",
    )

    node = of_type(expanded(client, organisation.get_absolute_url()), "CollegeOrUniversity")

    assert value(node, "name") == ["Hogeschool Proef"]
    assert "https://hogeschool.example.org/" in value(node, "sameAs")
    assert value(node[SCHEMA + "identifier"][0], "value") == ["41027731"]


def test_a_project_page_describes_a_research_project(client, network, twente):
    node = of_type(expanded(client, network.project.get_absolute_url()), "ResearchProject")

    assert value(node, "name") == ["Buurt in beweging"]
    assert value(node[SCHEMA + "parentOrganization"][0], "name") == [twente.name]


def test_a_product_page_describes_a_creative_work_by_consenting_makers(client, network):
    node = of_type(expanded(client, network.product.get_absolute_url()), "CreativeWork")

    assert value(node, "name") == ["Handreiking buurtkamer"]
    creators = node[SCHEMA + "creator"]
    assert "Open Zichtbaar" in names(creators)
    assert "Verborgen HIDDENPERSONMARKER" not in names(creators)
    assert value(node, "license") == ["https://creativecommons.org/licenses/by/4.0/"]


def test_a_publication_page_describes_a_scholarly_article_with_named_authors_and_doi(
    client, network
):
    node = of_type(expanded(client, network.publication.get_absolute_url()), "ScholarlyArticle")

    assert value(node, "name") == ["Eenzaamheid in Twente"]
    assert names(node[SCHEMA + "author"]) == ["Open Zichtbaar", "Eva Extern"]
    assert value(node[SCHEMA + "identifier"][0], "value") == ["10.99999/wsd.1"]
    assert value(node, "sameAs") == ["https://doi.org/10.99999/wsd.1"]
    orcids = value(node[SCHEMA + "author"][0], "sameAs")
    assert orcids == ["https://orcid.org/0000-0002-1825-0097"]


def test_a_dossier_article_page_describes_an_article(client, network):
    node = of_type(expanded(client, network.article.get_absolute_url()), "Article")

    assert value(node, "headline") == ["Buurtkamer werkt"]
    assert names(node[SCHEMA + "author"]) == ["Open Zichtbaar"]
    # The page gives the moment in the site's time zone (an hour or two ahead of UTC).
    published = datetime.fromisoformat(value(node, "datePublished")[0])
    assert published == network.article.published_at


def test_an_article_by_a_person_without_consent_names_no_author(client, network):
    node = of_type(expanded(client, network.hidden_author_article.get_absolute_url()), "Article")

    assert SCHEMA + "author" not in node


def test_an_open_communitys_page_and_meeting_page_describe_its_coming_events(client, network):
    on_community_page = expanded(client, network.community.get_absolute_url())
    on_meeting_page = expanded(client, network.meeting.get_absolute_url())

    for nodes in (on_community_page, on_meeting_page):
        event = of_type(nodes, "Event")
        assert value(event, "name") == ["Buurtavond"]
        assert value(event, "eventAttendanceMode") == [
            "https://schema.org/MixedEventAttendanceMode"
        ]
        assert value(event[SCHEMA + "organizer"][0], "name") == ["Leergemeenschap Buurt"]
    # Only coming meetings on the community's page.
    assert names(on_community_page) == ["Buurtavond"]


def test_a_closed_communitys_meetings_have_no_structured_data(client, network):
    assert blocks(client, network.closed.get_absolute_url()) == []
    assert blocks(client, network.closed_meeting.get_absolute_url()) == []


def test_structured_data_never_carries_private_markers_or_email_addresses(client, network):
    addresses = [
        reverse("network:home"),
        network.article.get_absolute_url(),
        network.hidden_author_article.get_absolute_url(),
        network.publication.get_absolute_url(),
        network.product.get_absolute_url(),
        network.project.get_absolute_url(),
        network.community.get_absolute_url(),
        network.closed.get_absolute_url(),
        network.closed_meeting.get_absolute_url(),
    ]
    for address in addresses:
        text = json.dumps(blocks(client, address), ensure_ascii=False)
        assert [marker for marker in PRIVATE if marker in text] == [], address
        assert "@" not in text.replace('"@context"', "").replace('"@type"', "").replace(
            '"@id"', ""
        ).replace('"@graph"', ""), address


def test_text_that_would_close_the_script_element_stays_inside_it(client, network):
    title = '</script><script>alert("x")</script> & <!-- co'
    product = ProductFactory(title=title, summary="1 < 2 && 3 > 2")

    body = client.get(product.get_absolute_url()).content.decode()

    found = BLOCK.findall(body)
    assert len(found) == 1
    assert "</" not in found[0] and "<!--" not in found[0]
    data = json.loads(found[0])
    assert data["name"] == title
    assert data["description"] == "1 < 2 && 3 > 2"

"""Asking ``/oai`` and reading the answer: every response is checked against the OAI-PMH 2.0
schema (with the ``oai_dc`` and oai-identifier schemas it carries), read from ``schemas/`` only."""

from functools import cache
from pathlib import Path

from lxml import etree

from werkplaats.oai import constants as c

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"oai": c.OAI, "dc": c.DC, "oai_dc": c.OAI_DC, "id": c.OAI_IDENTIFIER}
URL = "/oai"


@cache
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "oai-pmh-with-dc.xsd"), parser))


def validated(content: bytes):
    root = etree.fromstring(content, etree.XMLParser(no_network=True))
    schema().assertValid(root)
    return root


def oai(client, method: str = "get", **params):
    """The parsed, schema-valid response to a request with these arguments."""
    response = getattr(client, method)(URL, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    return validated(response.content)


def oai_raw(client, query: str):
    """For requests a dict cannot express (repeated arguments)."""
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    return validated(response.content)


def errors(root) -> list[str]:
    return [e.get("code") for e in root.findall("oai:error", NS)]


def identifiers(root) -> list[str]:
    return [e.text for e in root.iterfind(".//oai:header/oai:identifier", NS)]


def deleted_identifiers(root) -> list[str]:
    return [
        h.findtext("oai:identifier", namespaces=NS)
        for h in root.iterfind(".//oai:header[@status='deleted']", NS)
    ]


def token(root):
    return root.find(".//oai:resumptionToken", NS)


def dc(root, name: str) -> list[str]:
    return [e.text for e in root.iterfind(f".//dc:{name}", NS)]

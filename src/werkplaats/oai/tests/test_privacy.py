"""Nothing private reaches /oai: no draft publication, product or project, no person without
consent (name or link), no person's e-mail address, in any verb, set, page or error.

The markers are planted in ``conftest``; a consenting author is the positive control (finding
her proves the check reads where names are written)."""

import re

import pytest
from lxml import etree

from .conftest import MARKERS
from .helpers import NS, URL, identifiers, token, validated

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def _without_request_echo(content: bytes) -> str:
    """The body less its request element, which repeats what the harvester asked for."""
    root = validated(content)
    root.remove(root.find("oai:request", NS))
    return etree.tostring(root, encoding="unicode")


def _every_response(client, repository, settings) -> dict[str, str]:
    settings.OAI_PAGE_SIZE = 2
    queries = [
        {"verb": "Identify"},
        {"verb": "ListSets"},
        {"verb": "ListMetadataFormats"},
        *(
            {"verb": "ListMetadataFormats", "identifier": i}
            for i in repository.public + repository.deleted + repository.never_public
        ),
        *(
            {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": i}
            for i in repository.public + repository.deleted + repository.never_public
        ),
    ]
    for verb in ("ListRecords", "ListIdentifiers"):
        for spec in (
            "",
            "publications",
            "products",
            "workshop:twente",
            "kind:video",
            "type:article",
        ):
            queries.append(
                {"verb": verb, "metadataPrefix": "oai_dc", **({"set": spec} if spec else {})}
            )
    bodies = {}
    for query in queries:
        while query:
            response = client.get(URL, query)
            bodies[str(query)] = _without_request_echo(response.content)
            found = token(validated(response.content))
            query = (
                {"verb": query["verb"], "resumptionToken": found.text}
                if found is not None and found.text
                else None
            )
    return bodies


def test_no_response_shows_a_draft_a_person_without_consent_or_an_email(
    client, repository, settings
):
    bodies = _every_response(client, repository, settings)
    assert len(bodies) > 40
    leaks = {
        query: [m for m in MARKERS if m.casefold() in body.casefold()]
        for query, body in bodies.items()
    }
    assert {q: found for q, found in leaks.items() if found} == {}
    addresses = {a.group(0) for body in bodies.values() for a in EMAIL.finditer(body)}
    assert addresses == {settings.OAI_ADMIN_EMAIL}
    # Positive control: the consenting author is named, and the checks read her.
    assert any("van den Berg, Anna" in body for body in bodies.values())


def test_no_list_names_a_record_that_never_was_public(client, repository, settings):
    settings.OAI_PAGE_SIZE = 100
    for verb in ("ListRecords", "ListIdentifiers"):
        root = validated(client.get(URL, {"verb": verb, "metadataPrefix": "oai_dc"}).content)
        assert not set(identifiers(root)) & set(repository.never_public)


def test_a_person_who_withdraws_consent_disappears_from_the_records(client, repository):
    visible = repository.items["visible"]
    visible.is_public = False
    visible.save()
    body = client.get(URL, {"verb": "ListRecords", "metadataPrefix": "oai_dc"}).content.decode()
    assert "Berg" not in body and "Bakker, Eva" in body


def test_withdrawing_consent_gives_the_records_naming_a_person_a_new_datestamp(client, repository):
    from datetime import UTC, datetime

    from werkplaats.library.models import Product
    from werkplaats.network.models import Person
    from werkplaats.oai.models import DeletedProduct
    from werkplaats.publications.models import DeletedPublication, Publication

    old = datetime(2020, 1, 1, tzinfo=UTC)
    Publication.objects.update(updated_at=old)
    Product.objects.update(updated_at=old)
    DeletedPublication.objects.update(deleted_at=old)
    DeletedProduct.objects.update(deleted_at=old)
    person = Person.objects.get(pk=repository.items["visible"].pk)
    person.bio = "Onderzoeker in de wijk."
    person.save()  # no change to what records say
    params = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2021-01-01"}
    assert "noRecordsMatch" in client.get(URL, params).content.decode()
    person.is_public = False
    person.save()
    root = validated(client.get(URL, params).content)
    items = repository.items
    # Her public publication (the draft stays out) and her product.
    assert set(identifiers(root)) == {
        f"oai:werkplaatsensociaaldomein.nl:publication/{items['article'].uuid}",
        f"oai:werkplaatsensociaaldomein.nl:product/{items['video'].uuid}",
    }

"""The six verbs and the protocol's error codes; every response validates against the schema."""

import uuid

import pytest

from werkplaats.oai import constants as c
from werkplaats.oai.protocol import oai_identifier

from .helpers import NS, URL, errors, identifiers, oai, oai_raw, validated

pytestmark = pytest.mark.django_db


def test_identify_describes_the_repository(client, repository, settings):
    root = oai(client, verb="Identify")
    identify = root.find("oai:Identify", NS)
    assert identify.findtext("oai:repositoryName", namespaces=NS) == c.REPOSITORY_NAME
    assert identify.findtext("oai:baseURL", namespaces=NS) == f"{settings.SITE_URL}/oai"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:adminEmail", namespaces=NS) == settings.OAI_ADMIN_EMAIL
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert identify.findtext(".//id:repositoryIdentifier", namespaces=NS) == (
        "werkplaatsensociaaldomein.nl"
    )
    assert root.find("oai:request", NS).get("verb") == "Identify"


def test_the_earliest_datestamp_is_that_of_the_oldest_record(client, repository):
    from werkplaats.publications.models import Publication

    Publication.objects.filter(pk=repository.items["report"].pk).update(
        updated_at="2019-03-04T05:06:07.5+00:00"
    )
    root = oai(client, verb="Identify")
    assert root.findtext(".//oai:earliestDatestamp", namespaces=NS) == "2019-03-04T05:06:07Z"


def test_the_admin_address_is_a_setting(client, db, settings):
    settings.OAI_ADMIN_EMAIL = "oai@voorbeeld.example"
    root = oai(client, verb="Identify")
    assert root.findtext(".//oai:adminEmail", namespaces=NS) == "oai@voorbeeld.example"


def test_it_answers_post_as_get(client, repository):
    got = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    posted = oai(client, "post", verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert identifiers(posted) == identifiers(got) and len(identifiers(got)) == 8


def test_it_answers_at_oai_without_a_redirect_or_a_language_prefix(client, db):
    response = client.get(URL, {"verb": "Identify"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert client.get("/en/oai").status_code == 404


def test_it_refuses_other_methods(client, db):
    assert client.put(URL).status_code == 405


def test_list_metadata_formats_offers_oai_dc(client, repository):
    root = oai(client, verb="ListMetadataFormats")
    assert [e.text for e in root.iterfind(".//oai:metadataPrefix", NS)] == ["oai_dc"]
    assert root.findtext(".//oai:metadataNamespace", namespaces=NS) == c.OAI_DC


def test_list_metadata_formats_for_a_record_and_a_deleted_record(client, repository):
    for identifier in (repository.public[0], repository.deleted[0]):
        root = oai(client, verb="ListMetadataFormats", identifier=identifier)
        assert errors(root) == []


def test_list_metadata_formats_of_an_unknown_identifier_is_id_does_not_exist(client, repository):
    for identifier in (
        oai_identifier(c.PUBLICATION, uuid.uuid4()),
        repository.never_public[0],
        "oai:elders.example:publication/1",
    ):
        root = oai(client, verb="ListMetadataFormats", identifier=identifier)
        assert errors(root) == ["idDoesNotExist"]


def test_list_sets_has_every_werkplaats_type_and_kind(client, repository):
    root = oai(client, verb="ListSets")
    specs = [e.text for e in root.iterfind(".//oai:setSpec", NS)]
    for spec in (
        "publications",
        "products",
        "workshop",
        "workshop:twente",
        "workshop:zeeland",
        "type:article",
        "type:report",
        "kind:video",
        "kind:handreiking",
    ):
        assert spec in specs
    assert len(specs) == len(set(specs))


def test_get_record_returns_one_record(client, repository):
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=repository.public[0])
    assert identifiers(root) == [repository.public[0]]
    assert root.find(".//oai_dc:dc", NS) is not None


@pytest.mark.parametrize(
    "query",
    ["", "verb=Frobnicate", "verb=Identify&verb=Identify", "verb=identify", "foo=bar"],
)
def test_a_missing_unknown_or_repeated_verb_is_bad_verb(client, db, query):
    root = oai_raw(client, query)
    assert errors(root) == ["badVerb"]
    assert root.find("oai:request", NS).attrib == {}


@pytest.mark.parametrize(
    "query",
    [
        "verb=Identify&foo=bar",
        "verb=Identify&metadataPrefix=oai_dc",
        "verb=ListRecords",
        "verb=ListIdentifiers&set=publications",
        "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
        "verb=ListRecords&metadataPrefix=oai_dc&from=",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-45",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00.5Z",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&set=a%20b",
        "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc",
        "verb=ListIdentifiers&metadataPrefix=a%20b",
        "verb=GetRecord&metadataPrefix=oai_dc",
        "verb=GetRecord&identifier=oai:x.example:publication/1",
        "verb=ListSets&set=publications",
        "verb=ListMetadataFormats&identifier=a&identifier=b",
    ],
)
def test_bad_arguments_are_bad_argument_and_not_echoed(client, db, query):
    root = oai_raw(client, query)
    assert set(errors(root)) == {"badArgument"}
    assert root.find("oai:request", NS).attrib == {}


def test_another_metadata_format_cannot_be_disseminated(client, repository):
    for params in (
        {"verb": "ListRecords", "metadataPrefix": "marc21"},
        {"verb": "ListIdentifiers", "metadataPrefix": "didl"},
        {"verb": "GetRecord", "metadataPrefix": "mods", "identifier": repository.public[0]},
    ):
        root = oai(client, **params)
        assert errors(root) == ["cannotDisseminateFormat"]
        assert root.find("oai:request", NS).attrib == params  # valid arguments are echoed


@pytest.mark.parametrize(
    "identifier",
    [
        "oai:werkplaatsensociaaldomein.nl:publication/not-a-uuid",
        "oai:werkplaatsensociaaldomein.nl:article/4f1c2b9e-8d3a-4c67-9b15-2e7a5d0c8f31",
        "oai:werkplaatsensociaaldomein.nl:publication/4F1C2B9E8D3A4C679B152E7A5D0C8F31",
        "een identifier met spaties",
    ],
)
def test_an_illegal_identifier_does_not_exist(client, repository, identifier):
    root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
    assert errors(root) == ["idDoesNotExist"]


def test_a_draft_does_not_exist(client, repository):
    for identifier in repository.never_public:
        root = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier)
        assert errors(root) == ["idDoesNotExist"]


def test_an_empty_selection_is_no_records_match(client, repository):
    for params in (
        {"from": "2999-01-01"},
        {"until": "1999-12-31T23:59:59Z"},
        {"set": "workshop:nergens"},
        {"set": "type:book"},
        {"set": "nothing:at:all"},
    ):
        for verb in ("ListRecords", "ListIdentifiers"):
            root = oai(client, verb=verb, metadataPrefix="oai_dc", **params)
            assert errors(root) == ["noRecordsMatch"]


def test_an_empty_repository_matches_no_records(client, db):
    root = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert errors(root) == ["noRecordsMatch"]


def test_the_response_date_is_utc_to_the_second(client, db):
    response = client.get(URL, {"verb": "Identify"})
    root = validated(response.content)
    assert root.findtext("oai:responseDate", namespaces=NS).endswith("Z")

"""OAI-PMH 2.0 responses: the envelope, the six verbs and their errors, built with lxml.

``respond`` takes the arguments of a request (GET or POST alike) and returns the XML document.
What a record says is in ``metadata``; which records exist and in what order is in ``records``.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from werkplaats.library.models import ProductKind
from werkplaats.network.models import Workshop
from werkplaats.publications.constants import PublicationType

from . import constants as c
from .metadata import record_metadata
from .protocol import (
    EXCLUSIVE,
    OAIError,
    Request,
    datestamp,
    oai_identifier,
    parse_datestamp,
    parse_identifier,
    parse_request,
    repository_identifier,
)
from .records import Record, Selection, earliest_datestamp, find_record, read_page
from .tokens import expiration, make_token, read_token

NSMAP = {None: c.OAI, "xsi": c.XSI}
# Values the request element may echo must fit its schema types (anyURI, metadataPrefixType).
ECHOABLE = re.compile(r"[^\s<>\"{}|\\^`\x00-\x1f]+")
METADATA_PREFIX = re.compile(r"[A-Za-z0-9\-_.!~*'()]+")


def _tag(name: str) -> str:
    return f"{{{c.OAI}}}{name}"


def _add(parent, name: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, _tag(name), {k: v for k, v in attributes.items() if v})
    if text is not None:
        element.text = text
    return element


def base_url() -> str:
    return f"{settings.SITE_URL}{reverse('oai:endpoint')}"


def respond(query) -> bytes:
    """The response to a request with these arguments (a ``QueryDict``)."""
    request = parse_request(query)
    root = etree.Element(
        _tag("OAI-PMH"), {f"{{{c.XSI}}}schemaLocation": f"{c.OAI} {c.OAI_SCHEMA}"}, nsmap=NSMAP
    )
    _add(root, "responseDate", datestamp(timezone.now()))
    echo = _add(root, "request", base_url())
    errors = request.errors
    body = None
    if not errors:
        try:
            body = VERBS[request.verb](request)
        except OAIError as error:
            errors = [error]
    if not any(e.code in ("badVerb", "badArgument") for e in errors):
        echo.set("verb", request.verb)
        for key, value in request.arguments.items():
            if ECHOABLE.fullmatch(value):
                echo.set(key, value)
    for error in errors:
        _add(root, "error", error.message, code=error.code)
    if body is not None:
        root.append(body)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)


def identify(request: Request):
    element = etree.Element(_tag("Identify"))
    earliest = earliest_datestamp() or timezone.now()
    _add(element, "repositoryName", c.REPOSITORY_NAME)
    _add(element, "baseURL", base_url())
    _add(element, "protocolVersion", c.PROTOCOL_VERSION)
    _add(element, "adminEmail", settings.OAI_ADMIN_EMAIL)
    _add(element, "earliestDatestamp", datestamp(earliest))
    _add(element, "deletedRecord", c.DELETED_RECORD)
    _add(element, "granularity", c.GRANULARITY)
    description = _add(element, "description")
    scheme = etree.SubElement(
        description,
        f"{{{c.OAI_IDENTIFIER}}}oai-identifier",
        {f"{{{c.XSI}}}schemaLocation": f"{c.OAI_IDENTIFIER} {c.OAI_IDENTIFIER_SCHEMA}"},
        nsmap={None: c.OAI_IDENTIFIER},
    )
    for name, text in (
        ("scheme", "oai"),
        ("repositoryIdentifier", repository_identifier()),
        ("delimiter", ":"),
        ("sampleIdentifier", oai_identifier(c.PUBLICATION, _SAMPLE_UUID)),
    ):
        etree.SubElement(scheme, f"{{{c.OAI_IDENTIFIER}}}{name}").text = text
    return element


_SAMPLE_UUID = "4f1c2b9e-8d3a-4c67-9b15-2e7a5d0c8f31"


def _check_prefix(prefix: str) -> None:
    if not METADATA_PREFIX.fullmatch(prefix):
        raise OAIError("badArgument", f"{prefix!r} is not a metadata prefix.")
    if prefix != c.METADATA_PREFIX:
        raise OAIError(
            "cannotDisseminateFormat", f"This repository offers {c.METADATA_PREFIX} only."
        )


def _find(identifier: str, *, full: bool) -> Record:
    kind, value = parse_identifier(identifier)
    record = find_record(kind, value, full=full)
    if record is None:
        raise OAIError("idDoesNotExist", f"{identifier!r} is not an identifier of this repository.")
    return record


def list_metadata_formats(request: Request):
    if "identifier" in request.arguments:
        _find(request.arguments["identifier"], full=False)
    element = etree.Element(_tag("ListMetadataFormats"))
    format_ = _add(element, "metadataFormat")
    _add(format_, "metadataPrefix", c.METADATA_PREFIX)
    _add(format_, "schema", c.OAI_DC_SCHEMA)
    _add(format_, "metadataNamespace", c.OAI_DC)
    return element


def list_sets(request: Request):
    if EXCLUSIVE in request.arguments:
        raise OAIError("badResumptionToken", "The list of sets is sent whole; no token applies.")
    element = etree.Element(_tag("ListSets"))

    def add_set(spec: str, name: str) -> None:
        entry = _add(element, "set")
        _add(entry, "setSpec", spec)
        _add(entry, "setName", str(name))

    add_set(c.SET_PUBLICATIONS, _("Publications"))
    add_set(c.SET_PRODUCTS, _("Library products"))
    add_set(c.SET_WORKSHOP, _("Werkplaatsen"))
    for workshop in Workshop.objects.order_by("name").only("slug", "name"):
        add_set(f"{c.SET_WORKSHOP}:{workshop.slug}", workshop.name)
    add_set(c.SET_TYPE, _("Publication types"))
    for value, label in PublicationType.choices:
        add_set(f"{c.SET_TYPE}:{value}", label)
    add_set(c.SET_KIND, _("Product kinds"))
    for kind in ProductKind.objects.order_by("position", "name"):
        add_set(f"{c.SET_KIND}:{kind.slug}", kind.name)
    return element


def _header(parent, record: Record):
    header = _add(parent, "header", status="deleted" if record.deleted else None)
    _add(header, "identifier", record.identifier)
    _add(header, "datestamp", datestamp(record.moment))
    for spec in record.set_specs:
        _add(header, "setSpec", spec)
    return header


def _record(parent, record: Record) -> None:
    entry = _add(parent, "record")
    _header(entry, record)
    if not record.deleted:
        _add(entry, "metadata").append(record_metadata(record.item))


def get_record(request: Request):
    _check_prefix(request.arguments["metadataPrefix"])
    record = _find(request.arguments["identifier"], full=True)
    element = etree.Element(_tag("GetRecord"))
    _record(element, record)
    return element


def _selection(arguments: dict[str, str]) -> Selection:
    start = end = None
    if "from" in arguments:
        start, _granularity = parse_datestamp(arguments["from"])
    if "until" in arguments:
        moment, granularity = parse_datestamp(arguments["until"])
        end = moment + granularity  # until is inclusive: the whole day or second
    return Selection(arguments.get("set", ""), start, end)


def _list(request: Request, *, full: bool):
    arguments, position = request.arguments, None
    if EXCLUSIVE in arguments:
        arguments, position = read_token(arguments[EXCLUSIVE], request.verb)
    _check_prefix(arguments.get("metadataPrefix", ""))
    page = read_page(_selection(arguments), position, settings.OAI_PAGE_SIZE, full=full)
    if not page.records:
        raise OAIError("noRecordsMatch", "No records match these arguments.")
    element = etree.Element(_tag(request.verb))
    for record in page.records:
        (_record if full else _header)(element, record)
    cursor = position.cursor if position else 0
    if page.has_more or position is not None:
        token = _add(
            element,
            "resumptionToken",
            completeListSize=str(page.complete_size),
            cursor=str(cursor),
        )
        if page.has_more:
            token.text = make_token(
                request.verb, arguments, page.last.position(cursor + len(page.records))
            )
            token.set("expirationDate", datestamp(expiration()))
    return element


VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": lambda request: _list(request, full=False),
    "ListRecords": lambda request: _list(request, full=True),
}

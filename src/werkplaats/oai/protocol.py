"""The arguments of an OAI-PMH request: which verb takes which, and what a legal value is.

Each rule answers with the error code the protocol prescribes (section 3.6 of the OAI-PMH 2.0
specification): ``badVerb`` for a missing, repeated or unknown verb, ``badArgument`` for unknown,
repeated, missing, empty or illegal arguments and a resumption token combined with others.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings

from .constants import PRODUCT, PUBLICATION

EXCLUSIVE = "resumptionToken"


@dataclass(frozen=True)
class Verb:
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    resumable: bool = False

    @property
    def arguments(self) -> set[str]:
        return {*self.required, *self.optional, *([EXCLUSIVE] if self.resumable else [])}


LIST = Verb(required=("metadataPrefix",), optional=("from", "until", "set"), resumable=True)
VERBS = {
    "Identify": Verb(),
    "ListMetadataFormats": Verb(optional=("identifier",)),
    "ListSets": Verb(resumable=True),
    "ListIdentifiers": LIST,
    "ListRecords": LIST,
    "GetRecord": Verb(required=("identifier", "metadataPrefix")),
}

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
SET_SPEC = re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")


class OAIError(Exception):
    """One error of the protocol: its code and a message for the harvester's operator."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Request:
    """A request whose verb and arguments passed the rules; ``errors`` when they did not."""

    verb: str = ""
    arguments: dict[str, str] = field(default_factory=dict)
    errors: list[OAIError] = field(default_factory=list)


def parse_request(query) -> Request:
    """Checks the verb and the arguments of a request (a ``QueryDict``)."""
    verbs = query.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        if len(verbs) > 1:
            message = "The verb argument is repeated."
        elif verbs:
            message = f"{verbs[0]!r} is not an OAI-PMH verb."
        else:
            message = "The verb argument is missing."
        return Request(errors=[OAIError("badVerb", message)])
    name = verbs[0]
    verb = VERBS[name]
    request = Request(verb=name)
    for key, values in query.lists():
        if key == "verb":
            continue
        if key not in verb.arguments:
            request.errors.append(OAIError("badArgument", f"{name} takes no argument {key!r}."))
        elif len(values) > 1:
            request.errors.append(OAIError("badArgument", f"The argument {key!r} is repeated."))
        elif not values[0].strip():
            request.errors.append(OAIError("badArgument", f"The argument {key!r} is empty."))
        else:
            request.arguments[key] = values[0]
    if request.errors:
        return request
    if EXCLUSIVE in request.arguments:
        if len(request.arguments) > 1:
            request.errors.append(
                OAIError("badArgument", "A resumptionToken is the only argument besides the verb.")
            )
        return request
    for key in verb.required:
        if key not in request.arguments:
            request.errors.append(OAIError("badArgument", f"{name} requires {key!r}."))
    request.errors.extend(check_list_arguments(request.arguments))
    return request


def check_list_arguments(arguments: dict[str, str]) -> list[OAIError]:
    """The values of ``from``, ``until`` and ``set``, together."""
    errors = []
    bounds = {}
    for key in ("from", "until"):
        if key in arguments:
            try:
                bounds[key] = parse_datestamp(arguments[key])
            except ValueError:
                errors.append(
                    OAIError(
                        "badArgument",
                        f"{key!r} must be a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ).",
                    )
                )
    if len(bounds) == 2:
        (start, start_granularity), (end, end_granularity) = bounds["from"], bounds["until"]
        if start_granularity != end_granularity:
            errors.append(OAIError("badArgument", "'from' and 'until' differ in granularity."))
        elif start > end:
            errors.append(OAIError("badArgument", "'from' is later than 'until'."))
    if "set" in arguments and not SET_SPEC.fullmatch(arguments["set"]):
        errors.append(OAIError("badArgument", f"{arguments['set']!r} is not a set spec."))
    return errors


def parse_datestamp(value: str) -> tuple[datetime, timedelta]:
    """The moment a datestamp names (UTC) and its granularity: one day or one second."""
    if DAY.fullmatch(value):
        moment, granularity = datetime.strptime(value, "%Y-%m-%d"), timedelta(days=1)
    elif SECOND.fullmatch(value):
        moment, granularity = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ"), timedelta(seconds=1)
    else:
        raise ValueError(value)
    return moment.replace(tzinfo=UTC), granularity


def datestamp(moment: datetime) -> str:
    """A datestamp of the repository: UTC to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def repository_identifier() -> str:
    return settings.OAI_REPOSITORY_IDENTIFIER


def oai_identifier(kind: str, value: uuid.UUID) -> str:
    """``oai:<repository>:publication/<uuid>`` (the oai-identifier scheme)."""
    return f"oai:{repository_identifier()}:{kind}/{value}"


def parse_identifier(value: str) -> tuple[str, uuid.UUID]:
    """The kind and UUID an identifier of this repository names; ``idDoesNotExist`` else."""
    prefix = f"oai:{repository_identifier()}:"
    kind, _, rest = value.removeprefix(prefix).partition("/")
    if value.startswith(prefix) and kind in (PUBLICATION, PRODUCT):
        try:
            parsed = uuid.UUID(rest)
        except ValueError:
            parsed = None
        if parsed is not None and str(parsed) == rest:
            return kind, parsed
    raise OAIError("idDoesNotExist", f"{value!r} is not an identifier of this repository.")

"""Schemathesis over every operation of /api/v1/schema/, against the WSGI app in this process:
anonymous, with a read key and with a write key. No answer is a 5xx, and every answer matches
the schema (status code documented, body as described).

Derandomised and limited per operation so it runs in about a minute; raise ``EXAMPLES`` locally
to search harder.
"""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from werkplaats.apiaccess import services
from werkplaats.communities.tests.factories import MeetingFactory
from werkplaats.education.tests.factories import ProgrammeFactory, offer_for
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.tests.factories import PartnershipFactory, PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.tests.factories import PublicationFactory

EXAMPLES = 6
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_schema(db, cor, twente, zeeland):
    from werkplaats.conf.wsgi import application

    # As Django's test client does: the WSGI handler must not close the test's connection at the end
    # of each request (on PostgreSQL that would end the test's transaction).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)

    # A little of everything, drafts included, so reads find records and writes have targets.
    ProjectFactory(lead_workshop=twente, slug="samen", is_published=True)
    ProjectFactory(lead_workshop=twente, is_published=False)
    ProjectFactory(lead_workshop=zeeland, is_published=False)
    PartnershipFactory(workshop=twente)
    PersonFactory(is_public=False)
    for factory in (ProductFactory, PublicationFactory, MeetingFactory, ProgrammeFactory):
        factory()
    offer_for(twente, cor)  # with its timeline, for the read and write keys of Twente
    yield schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _headers(cor, twente, access):
    _token, key = services.issue_token(workshop=twente, name=access, access=access, created_by=cor)
    return {"Authorization": f"Bearer {key}"}


SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def _failures(api_schema, headers) -> list[str]:
    """Runs every operation; returns one line per operation that failed (all, not the first)."""
    failures = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @SETTINGS
        def run(case):
            case.validate_response(case.call(headers=headers), checks=CHECKS)

        try:
            run()
        except BaseExceptionGroup as error:  # Schemathesis's failures: report every operation's
            failures.append(f"{operation.label}: {str(error)[:3000]}")
        except AssertionError as error:
            failures.append(f"{operation.label}: {str(error)[:3000]}")
    return failures


def test_no_operation_fails_or_breaks_its_schema_for_a_visitor(api_schema):
    failures = _failures(api_schema, {})
    assert not failures, "\n\n".join(failures)


def test_no_operation_fails_or_breaks_its_schema_with_a_read_key(api_schema, cor, twente):
    failures = _failures(api_schema, _headers(cor, twente, "read"))
    assert not failures, "\n\n".join(failures)


def test_no_operation_fails_or_breaks_its_schema_with_a_write_key(api_schema, cor, twente):
    failures = _failures(api_schema, _headers(cor, twente, "write"))
    assert not failures, "\n\n".join(failures)

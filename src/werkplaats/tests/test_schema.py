"""The OpenAPI schema: generated from code, valid, free of warnings, every operation documented."""

import pytest
import yaml
from django.core.management import call_command
from drf_spectacular.drainage import GENERATOR_STATS

OPERATIONS = {"get", "put", "patch", "post", "delete"}


@pytest.fixture
def schema(tmp_path):
    """The schema as CI checks it: ``spectacular --validate --fail-on-warn``."""
    GENERATOR_STATS.reset()
    path = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    return yaml.safe_load(path.read_text())


def _operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method in OPERATIONS:
                yield path, method, operation


def test_the_schema_validates_without_a_single_warning(schema):
    assert not GENERATOR_STATS
    assert schema["openapi"].startswith("3.")


def test_every_operation_has_a_summary_a_description_and_a_tag(schema):
    operations = list(_operations(schema))

    assert len(operations) >= 16
    for path, method, operation in operations:
        assert operation.get("summary"), f"{method} {path} has no summary"
        assert operation.get("description"), f"{method} {path} has no description"
        assert operation.get("tags"), f"{method} {path} has no tag"


#: Anyone submits a practice question; the rest is written by coordinators, editors and
#: werkplaatsen's write keys (werkplaats.apiaccess).
WRITES = {
    ("/api/v1/questions/", "post"),
    ("/api/v1/projects/", "post"),
    ("/api/v1/projects/{slug}/", "put"),
    ("/api/v1/projects/{slug}/", "patch"),
    ("/api/v1/products/", "post"),
    ("/api/v1/products/{slug}/", "put"),
    ("/api/v1/products/{slug}/", "patch"),
    ("/api/v1/publications/", "post"),
    ("/api/v1/publications/{identifier}/", "put"),
    ("/api/v1/publications/{identifier}/", "patch"),
    ("/api/v1/meetings/", "post"),
    ("/api/v1/meetings/{uuid}/", "patch"),
    ("/api/v1/meetings/{uuid}/", "delete"),
    ("/api/v1/workshops/{workshop_slug}/partners/", "post"),
    ("/api/v1/workshops/{workshop_slug}/partners/{organisation}/{role}/", "patch"),
    ("/api/v1/workshops/{workshop_slug}/partners/{organisation}/{role}/", "delete"),
}


def test_the_api_writes_only_what_it_means_to_and_documents_every_refusal(schema):
    writes = {(path, method) for path, method, _op in _operations(schema) if method != "get"}
    assert writes == WRITES
    for path, method, operation in _operations(schema):
        if (path, method) in WRITES - {("/api/v1/questions/", "post")}:
            assert {"400", "401", "403", "404"} <= set(operation["responses"]), (path, method)
            assert {"apiKey": []} in operation["security"], (path, method)
    assert schema["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"


# The submitter's address goes in (to get their tracking link), never out.
EMAIL_INPUTS = {"QuestionSubmissionRequest": {"submitter_email"}}


def test_no_schema_component_exposes_a_database_id_or_an_email_address(schema):
    for name, component in schema["components"]["schemas"].items():
        properties = component.get("properties", {})
        assert "id" not in properties, name
        mail = {p for p in properties if "mail" in p.lower()}
        assert mail == EMAIL_INPUTS.get(name, set()), name


#: Lists that are not paged, and why.
NOT_PAGED = {
    "/api/v1/indicators/": "the figures of one scope: about 35, always all of them, with the scope",
}


def test_every_list_is_paginated_with_count_and_results(schema):
    for path, method, operation in _operations(schema):
        if method == "get" and path.endswith("/") and "{" not in path and path not in NOT_PAGED:
            reference = operation["responses"]["200"]["content"]["application/json"]["schema"]
            page = schema["components"]["schemas"][reference["$ref"].rsplit("/", 1)[1]]
            assert {"count", "next", "previous", "results"} <= set(page["properties"]), path


@pytest.mark.django_db
def test_the_schema_is_served_to_visitors(client):
    response = client.get("/api/v1/schema/")

    assert response.status_code == 200
    assert b"/api/v1/workshops/" in response.content

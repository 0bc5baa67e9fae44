"""The register of personal data: complete, and shown on the public privacy page."""

import pytest
from django.apps import apps
from django.db import models
from django.test import override_settings

from werkplaats.privacy.register import REGISTER, personal_fields

pytestmark = pytest.mark.django_db

# Names that hold a person's data wherever they occur.
PERSONAL_NAMES = {
    "given_name", "family_name", "family_name_prefix", "first_name", "last_name", "username",
    "submitter_name", "submitter_email", "organisation_name", "author_name", "orcid", "bio",
    "address_hash", "password", "session_data",
}  # fmt: skip
# Internal tables whose fields the check skips: Django's own bookkeeping and the task queue.
SKIPPED_APPS = {"contenttypes", "auth", "django_tasks_database", "django_tasks_db"}


def _people_models():
    return {apps.get_model("network.Person"), apps.get_model("accounts.User")}


def personal_fields_in_the_models() -> set[str]:
    """Every e-mail field, every field with a personal name, every link to a person or account,
    and every free text of a model about people."""
    people = _people_models()
    found = set()
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or meta.app_label in SKIPPED_APPS:
            continue
        for f in meta.get_fields():
            if not f.concrete:
                continue
            dotted = f"{meta.label}.{f.name}"
            if meta.label == "privacy.AuditEntry" and f.name == "actor":
                found.add(dotted)
            if (
                isinstance(f, models.EmailField)
                or f.name in PERSONAL_NAMES
                or (f.is_relation and f.related_model in people)
                or (model in people and isinstance(f, models.TextField) and f.editable)
            ):
                found.add(dotted)
    return found


def test_every_field_that_holds_personal_data_is_in_the_register():
    missing = personal_fields_in_the_models() - personal_fields()
    assert not missing, f"Add these fields to privacy/register.py: {sorted(missing)}"


def test_the_register_names_only_fields_that_exist():
    for category in REGISTER:
        for name in category.fields:
            app_label, model_name, field_name = name.split(".")
            model = apps.get_model(app_label, model_name)
            model._meta.get_field(field_name)  # raises when misspelt


def test_every_category_says_why_on_what_basis_who_sees_how_long_and_how_erased():
    keys = [c.key for c in REGISTER]
    assert len(keys) == len(set(keys))
    for c in REGISTER:
        assert all([c.name, c.purpose, c.legal_basis, c.recipients, c.erasure, c.retention()])


@override_settings(
    QUESTION_RETENTION_MONTHS=7, AUDIT_RETENTION_DAYS=99, NEWSLETTER_RETENTION_DAYS=11
)
def test_the_privacy_page_shows_the_register_with_the_retention_settings(client):
    page = client.get("/en/privacy/")

    text = page.content.decode()
    assert page.status_code == 200
    for category in REGISTER:
        assert str(category.name) in text
    assert "Until 7 months after the question is closed" in text
    assert "99 days (AUDIT_RETENTION_DAYS)" in text
    assert "Until 11 days after unsubscribing" in text
    assert "network.Person.email" in text


def test_the_privacy_page_is_in_dutch_and_linked_from_every_footer(client):
    home = client.get("/")
    page = client.get("/privacy/")

    assert 'href="/privacy/"' in home.content.decode()
    assert page.status_code == 200
    assert '<html lang="nl"' in page.content.decode()

"""Erasure: a person anonymised everywhere, every count in monitoring the same, no trace left."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from werkplaats.monitoring.indicators import compute
from werkplaats.monitoring.scope import Scope
from werkplaats.privacy.context import acting_as
from werkplaats.privacy.erasure import erase_person
from werkplaats.privacy.models import AuditEntry

from .planting import MARKERS, plant

pytestmark = pytest.mark.django_db


def figures(workshop) -> list:
    scopes = [Scope(internal=True), Scope(workshop=workshop, internal=True), Scope()]
    return [
        (f.key, f.total, [(r.key, r.series, r.value) for r in f.rows])
        for scope in scopes
        for f in compute(scope)
    ]


def database_dump() -> str:
    """Every row of every table, as text: where a trace would hide."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                parts.append(
                    " ".join(
                        bytes(v).decode("utf-8", "replace")
                        if isinstance(v, (bytes, memoryview))
                        else str(v)
                        for v in row
                    )
                )
    return "\n".join(parts).lower()


def test_erasing_a_person_keeps_every_count_in_monitoring(twente, django_user_model):
    person, _places = plant(twente, django_user_model)
    before = figures(twente)

    erase_person(person)

    assert figures(twente) == before


def test_erasing_a_person_leaves_no_trace_of_them_anywhere_in_the_database(
    twente, django_user_model, ada
):
    person, _places = plant(twente, django_user_model)
    dump = database_dump()
    assert all(marker.lower() in dump for marker in MARKERS), "the markers were planted"

    with acting_as(user=ada):
        erase_person(person)

    dump = database_dump()
    found = [marker for marker in MARKERS if marker.lower() in dump]
    assert found == []


def test_what_stays_after_erasure_and_what_goes(twente, django_user_model):
    person, places = plant(twente, django_user_model)
    user = person.user

    erase_person(person)

    person.refresh_from_db()
    user.refresh_from_db()
    assert person.email == "" and person.user is None and not person.is_public
    assert person.slug.startswith("erased-")
    assert not user.is_active and not user.has_usable_password() and user.email == ""
    assert not twente.coordinators.filter(pk=user.pk).exists()
    participant = places["participant"]
    participant.refresh_from_db()
    assert participant.person is None and participant.role_id and participant.organisation_id
    places["attendance"].refresh_from_db()  # kept, for the count
    places["membership"].refresh_from_db()
    reflection = places["reflection"]
    reflection.refresh_from_db()
    assert reflection.what_we_saw and not reflection.authors.exists()
    assert not places["product"].makers.exists()
    assert not person.affiliations.exists()
    question = places["question"]
    question.refresh_from_db()
    assert question.personal_data_erased_at is not None and question.submitter_email == ""
    assert not type(places["subscriber"]).objects.filter(pk=places["subscriber"].pk).exists()


def test_the_erasure_is_in_the_audit_log_without_the_erased_data(twente, django_user_model, ada):
    person, _places = plant(twente, django_user_model)

    with acting_as(user=ada):
        erase_person(person)

    entry = AuditEntry.objects.get(action="erase")
    assert entry.actor == ada
    assert entry.object_id == str(person.uuid)
    assert "accounts" in entry.fields and entry.changes == {}


def test_the_command_erases_a_person_or_a_submitter_and_says_what_it_touched(
    twente, django_user_model
):
    person, _places = plant(twente, django_user_model)
    out = io.StringIO()

    call_command("erase", person=person.slug, stdout=out)

    assert out.getvalue().startswith("Erased.")
    assert "participants: 1" in out.getvalue()
    assert AuditEntry.objects.filter(action="erase", actor_name="erase").exists()
    with pytest.raises(CommandError, match="No person has the slug"):
        call_command("erase", person=person.slug.replace("erased", "gone"))


def test_the_admin_action_erases_the_selected_people(client, ada, twente, django_user_model):
    person, _places = plant(twente, django_user_model)
    client.force_login(ada)

    response = client.post(
        "/admin/network/person/",
        {"action": "erase_people", "_selected_action": [person.pk]},
        follow=True,
    )

    assert response.status_code == 200
    person.refresh_from_db()
    assert person.slug.startswith("erased-")
    assert AuditEntry.objects.get(action="erase").actor == ada

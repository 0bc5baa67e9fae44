"""The audit log: who changed what and when, through the site, the admin, the API and commands."""

import csv
import datetime
import io
import json
import uuid

import pytest
from django.core.management import call_command

from werkplaats.conftest import PASSWORD
from werkplaats.network.models import Person
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.privacy.context import acting_as
from werkplaats.privacy.models import AuditEntry
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

SECRET_NAME = "Quorindel"
SECRET_MAIL = "quorindel-audit@example.org"


def entries_for(obj):
    from werkplaats.privacy.audit import object_type, stable_id

    return AuditEntry.objects.filter(object_type=object_type(type(obj)), object_id=stable_id(obj))


def everything_logged() -> str:
    return json.dumps(list(AuditEntry.objects.values()), default=str)


def test_it_records_a_member_saving_their_profile_on_the_site_with_the_member_as_actor(
    client, mila
):
    person = mila.person
    client.force_login(mila)

    response = client.post(
        "/account/profile/",
        {"given_name": "Mila", "family_name": SECRET_NAME, "email": SECRET_MAIL, "bio": "Hallo"},
    )

    assert response.status_code == 302
    updates = entries_for(person).filter(action="update")
    assert {e.actor for e in updates} == {mila}
    assert {"family_name", "email", "bio"} <= {f for e in updates for f in e.fields}
    assert {e.person_id for e in updates} == {person.pk}
    assert SECRET_NAME not in everything_logged()
    assert SECRET_MAIL not in everything_logged()


def test_it_records_create_update_and_delete_in_the_admin_with_the_administrator(client, ada):
    client.force_login(ada)
    person = PersonFactory(given_name="Bram", family_name="Admin")
    url = f"/admin/network/person/{person.pk}/change/"

    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update({"given_name": "Bram", "family_name": SECRET_NAME, "is_public": "on"})
    for name in ("roles", "competences", "themes", "workshops"):
        data.pop(name, None)
    data.update(
        {
            "affiliations-TOTAL_FORMS": "0",
            "affiliations-INITIAL_FORMS": "0",
            "affiliations-MIN_NUM_FORMS": "0",
            "affiliations-MAX_NUM_FORMS": "1000",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:3000]
    response = client.post(f"/admin/network/person/{person.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302

    actions = list(entries_for(person).order_by("pk").values_list("action", "actor__username"))
    assert actions[0] == ("create", None)  # made by the factory, outside any request
    assert ("update", "ada") in actions
    assert actions[-1] == ("delete", "ada")
    update = entries_for(person).get(action="update")
    assert "family_name" in update.fields
    assert update.changes == {}  # every field of a person is personal: names only
    assert SECRET_NAME not in everything_logged()


def test_it_records_a_question_sent_through_the_api_without_the_submitters_words(client, twente):
    response = client.post(
        "/api/v1/questions/",
        json.dumps(
            {
                "title": f"Vraag van {SECRET_NAME}",
                "question": f"Ik ben {SECRET_NAME} en heb een vraag.",
                "municipality": "Enschede",
                "submitter_name": SECRET_NAME,
                "submitter_email": SECRET_MAIL,
                "privacy_agreed": True,
                "submission_key": uuid.uuid4().hex,
            }
        ),
        content_type="application/json",
    )

    assert response.status_code == 201
    entry = AuditEntry.objects.get(object_type="questions.practicequestion", action="create")
    assert entry.actor is None and entry.actor_name == "anonymous"
    assert {"submitter_name", "submitter_email", "title", "question"} <= set(entry.fields)
    assert entry.changes["state"] == [None, "submitted"]
    for personal in ("submitter_name", "submitter_email", "title", "question"):
        assert personal not in entry.changes
    assert SECRET_NAME not in everything_logged()
    assert SECRET_MAIL not in everything_logged()


def test_it_records_state_classification_publication_and_erasure_of_a_question(twente, cor):
    from werkplaats.questions.services.retention import erase_personal_data

    question, _token = submit(twente, submitter_name=SECRET_NAME, submitter_email=SECRET_MAIL)
    with acting_as(user=cor):
        question.state = "in_progress"
        question.is_published = True
        question.public_title = "Eenzaamheid in de wijk"
        question.save()
    erase_personal_data(question)

    changes = [e.changes for e in entries_for(question).filter(action="update").order_by("pk")]
    assert changes[0]["state"][1] == "in_progress"
    assert changes[0]["is_published"] == [False, True]
    [erased] = [e for e in entries_for(question) if "personal_data_erased_at" in e.fields]
    assert erased.actor_name == "system"
    assert SECRET_NAME not in everything_logged() and SECRET_MAIL not in everything_logged()


def test_a_command_is_recorded_under_its_name(twente):
    submit(twente, submitter_email=SECRET_MAIL)
    call_command("erase", email=SECRET_MAIL, stdout=io.StringIO())

    assert AuditEntry.objects.filter(actor_name="erase", action="update").exists()


def test_it_records_changes_of_many_to_many_roles_such_as_coordinators(twente, ada, mila):
    with acting_as(user=ada):
        twente.coordinators.add(mila)

    entry = entries_for(twente).latest("pk")
    assert entry.actor == ada
    assert entry.changes == {"coordinators": {"added": [mila.pk]}}


def test_only_administrators_see_the_audit_log(client, named_users):
    for role, user in named_users.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get("/privacy/audit/")
        expected = {"visitor": 302, "administrator": 200}.get(role, 403)
        assert response.status_code == expected, role
        assert client.get("/privacy/audit/export.json").status_code == expected, role


def test_the_administrator_filters_by_person_actor_object_and_date(client, ada, cor):
    one = PersonFactory()
    other = PersonFactory()
    with acting_as(user=cor):
        one.bio = "changed"
        one.save()
    client.force_login(ada)

    by_person = client.get("/privacy/audit/", {"person": one.slug}).context["page"]
    assert {e.person_id for e in by_person} == {one.pk}
    by_actor = client.get("/privacy/audit/", {"actor": "cor"}).context["page"]
    assert [(e.object_id, e.action) for e in by_actor] == [(str(one.uuid), "update")]
    by_object = client.get(
        "/privacy/audit/", {"object_type": "network.person", "object_id": str(other.uuid)}
    ).context["page"]
    assert [e.action for e in by_object] == ["create"]
    assert (
        client.get("/privacy/audit/", {"since": "2000-01-01", "until": "2000-01-02"})
        .context["page"]
        .paginator.count
        == 0
    )


def test_a_bad_filter_says_what_is_wrong_and_exports_nothing(client, ada):
    client.force_login(ada)

    page = client.get("/en/privacy/audit/", {"person": "nobody-here", "since": "gisteren"})
    export = client.get(
        "/en/privacy/audit/export.json", {"since": "2026-02-01", "until": "2026-01-01"}
    )

    assert page.status_code == 400
    assert "No person has this slug" in page.content.decode()
    assert export.status_code == 400
    assert "until" in export.json()["errors"]


def test_the_log_is_exported_as_csv_and_json_with_the_same_entries(client, ada, cor):
    from werkplaats.network.models import Affiliation
    from werkplaats.network.tests.factories import OrganisationFactory

    person = PersonFactory()
    with acting_as(user=cor):
        affiliation = Affiliation.objects.create(person=person, organisation=OrganisationFactory())
        affiliation.start_date = datetime.date(2024, 1, 1)
        affiliation.save()
    client.force_login(ada)

    as_json = client.get("/privacy/audit/export.json", {"person": person.slug})
    as_csv = client.get("/privacy/audit/export.csv", {"person": person.slug})

    assert as_json["Content-Type"].startswith("application/json")
    assert "attachment" in as_json["Content-Disposition"]
    rows = as_json.json()
    assert [(r["action"], r["actor"]) for r in rows] == [
        ("update", "cor"),
        ("create", "cor"),
        ("create", "system"),
    ]
    assert rows[0]["changes"] == {"start_date": [None, "2024-01-01"]}
    table = list(csv.DictReader(io.StringIO(as_csv.content.decode())))
    assert [(r["action"], r["actor"], r["object_id"]) for r in table] == [
        (r["action"], r["actor"], r["object_id"]) for r in rows
    ]


@pytest.mark.parametrize("rows", [2, 40])
def test_the_log_page_takes_the_same_number_of_queries_for_few_and_many_entries(
    client, ada, cor, rows, django_assert_max_num_queries
):
    with acting_as(user=cor):
        PersonFactory.create_batch(rows)
    client.force_login(ada)

    with django_assert_max_num_queries(8):
        response = client.get("/privacy/audit/")
    assert response.status_code == 200


def test_nobody_can_change_or_delete_entries_in_the_admin(client, ada):
    PersonFactory()
    entry = AuditEntry.objects.latest("pk")
    client.force_login(ada)

    assert client.get("/admin/privacy/auditentry/").status_code == 200
    client.post(f"/admin/privacy/auditentry/{entry.pk}/delete/", {"post": "yes"})
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_the_log_never_contains_a_password_or_its_hash(django_user_model):
    user = django_user_model.objects.create_user("pieter", "p@example.org", PASSWORD)
    user.set_password("een-ander-geheim-2026")
    user.save()

    logged = everything_logged()
    assert user.password not in logged and "pbkdf2" not in logged
    assert "password" in AuditEntry.objects.filter(action="update").latest("pk").fields
    assert Person.objects.count() == 0

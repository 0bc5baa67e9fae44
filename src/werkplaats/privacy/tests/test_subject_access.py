"""Subject access: everything about one person or submitter in one JSON document."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from .planting import EMAIL, FAMILY, GIVEN, plant

pytestmark = pytest.mark.django_db


def test_the_export_of_a_person_holds_every_place_they_appear(twente, django_user_model):
    from werkplaats.privacy.subject_access import export_person

    person, places = plant(twente, django_user_model)

    document = export_person(person)
    text = json.dumps(document)

    assert document["person"]["email"] == EMAIL
    assert document["person"]["family_name"] == FAMILY
    assert document["account"]["username"] == "wquazzel"
    assert "password" not in document["account"]
    assert [a["function"] for a in document["affiliations"]] == ["Wijkcoach"]
    assert len(document["project_participations"]) == 1
    assert len(document["community_memberships"]) == 1
    assert document["meeting_attendances"][0]["present"] is True
    assert document["reflections"][0]["id"] == str(places["reflection"].uuid)
    assert document["products"][0]["id"] == str(places["product"].uuid)
    assert len(document["authorships"]) == 1
    assert len(document["led_research_groups"]) == 1
    assert document["dossier_articles"][0]["id"] == str(places["article"].uuid)
    assert str(twente) in text  # coordinated werkplaats
    submitted = document["as_submitter"][0]
    assert submitted["questions"][0]["submitter_name"] == f"{GIVEN} {FAMILY}"
    assert any(GIVEN in e["text"] for e in submitted["questions"][0]["events"])
    assert submitted["newsletter_subscriptions"][0]["email"] == EMAIL
    assert "tracking_token_hash" not in text and "submission_key" not in text
    assert document["audit_log"], "the audit log about the person is part of the export"


def test_the_export_of_a_submitter_holds_their_questions_events_and_subscription(
    twente, django_user_model
):
    from werkplaats.privacy.subject_access import export_submitter

    plant(twente, django_user_model)

    document = export_submitter(EMAIL.upper())

    assert len(document["questions"]) == 1
    assert len(document["questions"][0]["events"]) >= 2
    assert document["newsletter_subscriptions"][0]["status"] == "active"


def test_the_command_writes_the_json_for_a_person_or_an_address(twente, django_user_model):
    person, _places = plant(twente, django_user_model)
    out = io.StringIO()

    call_command("subject_access", person=person.slug, stdout=out)
    assert json.loads(out.getvalue())["person"]["email"] == EMAIL
    out = io.StringIO()
    call_command("subject_access", email=EMAIL, stdout=out)
    assert json.loads(out.getvalue())["questions"]


def test_the_command_refuses_an_unknown_person_or_a_bad_address_in_one_line(db):
    with pytest.raises(CommandError, match="No person has the slug"):
        call_command("subject_access", person="niemand")
    with pytest.raises(CommandError, match="is not an e-mail address"):
        call_command("subject_access", email="geen-adres")


def test_an_administrator_downloads_the_json_from_the_site_and_nobody_else_may(
    client, twente, django_user_model, named_users
):
    person, _places = plant(twente, django_user_model)

    for role, user in named_users.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.post("/privacy/subject-access/", {"person": person.slug})
        if role == "administrator":
            assert response.status_code == 200
            assert "attachment" in response["Content-Disposition"]
            assert json.loads(response.content)["person"]["email"] == EMAIL
        else:
            assert response.status_code in (302, 403), role
            assert EMAIL not in response.content.decode()


def test_the_form_says_what_is_wrong_and_exports_nothing(client, ada):
    client.force_login(ada)

    both = client.post("/en/privacy/subject-access/", {"person": "x", "email": "a@example.org"})
    neither = client.post("/en/privacy/subject-access/", {})

    assert both.status_code == 400 and neither.status_code == 400
    assert "not both" in neither.content.decode()

"""The public intake form: a question without an account, with spam defences and no 500s."""

import time
import uuid

import pytest
from django.urls import reverse

from werkplaats.network.models import Municipality, ParticipantRole
from werkplaats.questions.models import IntakeAttempt, PracticeQuestion
from werkplaats.questions.services import spam

pytestmark = pytest.mark.django_db

SUBMIT = "/vragen/stel-een-vraag/"


def form_data(**overrides):
    """What a person sends after filling the form for a minute."""
    data = {
        "title": "Hoe bereiken we eenzame ouderen?",
        "question": "Wij zien steeds meer ouderen die alleen thuis zitten.",
        "context": "Wijkteam Sneek",
        "municipality": "Súdwest-Fryslân",
        "organisation_name": "Welzijn Súdwest",
        "submitter_role": "",
        "actors": "wijkteam, huisartsen",
        "hoped_result": "Een aanpak",
        "time_frame": "months",
        "submitter_name": "Sanne de Vries",
        "submitter_email": "sanne@example.org",
        "privacy_agreed": "on",
        "submission_key": uuid.uuid4().hex,
        "stamp": spam.form_stamp(time.time() - 60),
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def friesland(db):
    from werkplaats.network.tests.factories import WorkshopFactory

    workshop = WorkshopFactory(slug="friesland", name="Werkplaats Sociaal Domein Friesland")
    workshop.municipalities.add(Municipality.objects.get(code="GM1900"))
    return workshop


def test_the_form_offers_every_municipality_and_states_the_privacy_terms(client):
    response = client.get(SUBMIT)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<option value="') >= Municipality.objects.count()
    assert 'list="municipality-names"' in html
    assert '<datalist id="municipality-names">' in html
    assert 'name="submission_key"' in html and 'name="stamp"' in html
    assert "24" in html and 'name="privacy_agreed"' in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_visitor_submits_a_question_and_lands_on_its_tracking_page_with_a_confirmation(
    client, friesland, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, form_data(submitter_role="sociaal-professional"))

    question = PracticeQuestion.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith("/vragen/volg/")
    assert question.workshop == friesland
    assert question.municipality.code == "GM1900"
    assert question.submitter_role == ParticipantRole.objects.get(slug="sociaal-professional")
    assert question.time_frame == "months"
    assert question.language == "nl"
    assert question.privacy_agreed_at is not None
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b'id="confirmation"' in page.content
    assert friesland.name.encode() in page.content
    assert question.reference.encode() in page.content
    assert b'id="confirmation"' not in client.get(response["Location"]).content
    tracking_mail = [m for m in mailoutbox if m.to == ["sanne@example.org"]]
    assert len(tracking_mail) == 1
    assert "http://127.0.0.1:8000" + response["Location"] in tracking_mail[0].body


def test_a_double_submit_creates_one_question_and_both_land_on_the_same_page(client, friesland):
    data = form_data()

    first = client.post(SUBMIT, data)
    second = client.post(SUBMIT, data)

    assert PracticeQuestion.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert IntakeAttempt.objects.count() == 1


def test_a_reused_key_with_another_question_gets_no_tracking_link(client, friesland):
    data = form_data()
    client.post(SUBMIT, data)

    response = client.post(SUBMIT, {**data, "title": "Een heel andere vraag"})

    assert response.status_code == 400
    assert PracticeQuestion.objects.count() == 1
    assert b"/vragen/volg/" not in response.content
    assert data["submission_key"].encode() not in response.content


def test_an_empty_form_names_every_missing_field_and_changes_nothing(client):
    response = client.post(SUBMIT, {"submission_key": uuid.uuid4().hex})

    errors = response.context["form"].errors
    assert response.status_code == 400
    for field in (
        "title",
        "question",
        "municipality",
        "submitter_name",
        "submitter_email",
        "privacy_agreed",
    ):
        assert field in errors, field
    assert not PracticeQuestion.objects.exists()
    assert b'class="error-summary"' in response.content
    assert b'aria-describedby="id_title_error id_title_helptext"' in response.content


def test_100_000_characters_get_a_clear_message_and_the_text_is_kept(client, friesland):
    long_text = "woord " * 20_000

    response = client.post(SUBMIT, form_data(question=long_text, title="x" * 100_000))

    errors = response.context["form"].errors
    assert response.status_code == 400
    assert "maximaal 10000 tekens" in errors["question"][0]
    assert "maximaal 200 tekens" in errors["title"][0]
    assert not PracticeQuestion.objects.exists()
    assert b"Wij zien" not in response.content  # not the default text...
    assert long_text[:200].encode() in response.content  # ...but what the visitor typed


def test_html_and_script_are_stored_as_text_and_shown_escaped(client, friesland):
    script = "<script>alert('x')</script><b>vet</b>"

    response = client.post(SUBMIT, form_data(title=script, question=script))
    page = client.get(response["Location"])

    question = PracticeQuestion.objects.get()
    assert question.title == script
    assert b"<script>alert" not in page.content
    assert (
        b"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;" in page.content
    )


@pytest.mark.parametrize("typed", ["Súdwest-Fryslân", "sudwest-fryslan", "GM1900", "gm1900"])
def test_a_municipality_is_found_by_name_blind_to_accents_or_by_cbs_code(client, friesland, typed):
    client.post(SUBMIT, form_data(municipality=typed))

    assert PracticeQuestion.objects.get().municipality.code == "GM1900"


def test_an_unknown_municipality_gets_a_clear_error(client):
    response = client.post(SUBMIT, form_data(municipality="Atlantis"))

    assert response.status_code == 400
    assert (
        "De gemeente “Atlantis” kennen we niet"
        in response.context["form"].errors["municipality"][0]
    )
    assert not PracticeQuestion.objects.exists()


@pytest.mark.parametrize(
    "field,value",
    [
        ("submitter_email", "geen-adres"),
        ("submitter_role", "astronaut"),
        ("time_frame", "gisteren"),
        ("submission_key", "kort"),
        ("title", "nul\x00byte"),
    ],
)
def test_bad_values_are_refused_with_a_message_on_their_field(client, friesland, field, value):
    response = client.post(SUBMIT, form_data(**{field: value}))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not PracticeQuestion.objects.exists()


def test_a_filled_honeypot_is_refused_and_creates_nothing(client, friesland):
    response = client.post(SUBMIT, form_data(website="http://spam.example"))

    assert response.status_code == 400
    assert not PracticeQuestion.objects.exists()
    assert response.context["form"].non_field_errors()


@pytest.mark.parametrize(
    "stamp",
    [
        lambda: spam.form_stamp(),
        lambda: spam.form_stamp(time.time() - 3 * 24 * 3600),
        lambda: "forged",
        lambda: "",
    ],
    ids=["too-fast", "stale", "forged", "missing"],
)
def test_a_form_sent_too_fast_or_with_a_bad_stamp_is_refused_and_renewed(client, friesland, stamp):
    response = client.post(SUBMIT, form_data(stamp=stamp()))

    form = response.context["form"]
    assert response.status_code == 400
    assert not PracticeQuestion.objects.exists()
    assert not spam.filled_too_fast(form.data["stamp"], now=time.time() + 60)
    assert form.data["title"] == "Hoe bereiken we eenzame ouderen?"


def test_the_rate_limit_counts_per_address_in_the_database_and_stores_no_address(
    client, friesland, settings
):
    settings.QUESTION_INTAKE_LIMIT_PER_HOUR = 2
    for _ in range(2):
        assert client.post(SUBMIT, form_data(), REMOTE_ADDR="192.0.2.7").status_code == 302

    refused = client.post(SUBMIT, form_data(), REMOTE_ADDR="192.0.2.7")
    other = client.post(SUBMIT, form_data(), REMOTE_ADDR="192.0.2.8")

    assert refused.status_code == 429
    assert b"Wait an hour" in refused.content or refused.context["form"].non_field_errors()
    assert other.status_code == 302
    assert PracticeQuestion.objects.count() == 3
    hashes = set(IntakeAttempt.objects.values_list("address_hash", flat=True))
    assert len(hashes) == 2
    assert not any("192.0.2" in h for h in hashes)


def test_attempts_older_than_a_day_are_pruned(friesland):
    from datetime import timedelta

    from django.utils import timezone

    IntakeAttempt.objects.create(address_hash="old", created_at=timezone.now() - timedelta(days=2))

    assert spam.allow_submission("198.51.100.1")
    assert list(IntakeAttempt.objects.values_list("address_hash", flat=True)) == [
        spam.address_hash("198.51.100.1")
    ]


def test_behind_a_proxy_the_rightmost_forwarded_address_is_counted(rf, settings):
    settings.USE_X_FORWARDED_FOR = True
    request = rf.post(SUBMIT, HTTP_X_FORWARDED_FOR="203.0.113.9, 192.0.2.1", REMOTE_ADDR="10.0.0.1")

    assert spam.client_address(request) == "192.0.2.1"
    settings.USE_X_FORWARDED_FOR = False
    assert spam.client_address(request) == "10.0.0.1"


def test_a_question_sent_in_english_is_followed_in_english(
    client, friesland, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en" + SUBMIT, form_data())

    assert response["Location"].startswith("/en/vragen/volg/")
    assert PracticeQuestion.objects.get().language == "en"
    submitter_mail = next(m for m in mailoutbox if m.to == ["sanne@example.org"])
    assert "/en/vragen/volg/" in submitter_mail.body
    assert "Dear Sanne de Vries" in submitter_mail.body


def test_the_intake_page_is_reachable_by_its_agreed_name():
    assert reverse("questions:submit") == SUBMIT

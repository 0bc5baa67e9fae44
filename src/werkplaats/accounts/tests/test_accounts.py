"""Logging in and out, resetting a password by e-mail, the dashboard and a member's own profile."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from werkplaats.conftest import PASSWORD
from werkplaats.network.models import Person

pytestmark = pytest.mark.django_db


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def test_a_member_logs_in_and_lands_on_the_dashboard(client, mila):
    response = client.post(reverse("accounts:login"), {"username": "mila", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, mila):
    response = client.post(en("accounts:login"), {"username": "mila", "password": "fout"})
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_logging_out_takes_a_post(client, mila):
    client.force_login(mila)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert "_auth_user_id" in client.session
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_password_reset_mail_carries_a_link_that_sets_a_new_password(client, mila):
    response = client.post(reverse("accounts:password_reset"), {"email": "mila@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mila@example.org"]
    assert "\n" not in message.subject
    assert message.content_subtype == "plain"
    link = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    assert "&amp;" not in link

    # Django trades the token for a session key and redirects to the set-password form.
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert form_page.context["validlink"] is True
    new_password = "nieuw-wachtwoord-voor-mila-2026"
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")
    mila.refresh_from_db()
    assert mila.check_password(new_password)

    # The link works once.
    assert client.get(link, follow=True).context["validlink"] is False


def test_a_password_reset_link_stops_working_once_its_person_has_logged_in_since(client, mila):
    client.post(reverse("accounts:password_reset"), {"email": "mila@example.org"})
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    client.force_login(mila)  # she remembered her password after all
    client.logout()

    page = client.get(link, follow=True)

    assert page.status_code == 200
    assert page.context["validlink"] is False


def test_a_password_reset_for_an_unknown_address_sends_nothing_and_tells_nothing(client, mila):
    response = client.post(reverse("accounts:password_reset"), {"email": "niemand@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_the_dashboard_needs_a_login(client):
    response = client.get(reverse("accounts:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_the_dashboard_shows_a_coordinator_their_werkplaats_and_no_admin(client, cor, zeeland):
    client.force_login(cor)
    content = client.get(en("accounts:dashboard")).content.decode()
    assert "Coordinator" in content
    assert reverse("manage:workshop", kwargs={"slug": "twente"}) in content
    assert reverse("manage:workshop", kwargs={"slug": "zeeland"}) not in content
    assert reverse("admin:index") not in content


def test_the_dashboard_shows_a_member_their_profile_link_only(client, mila, twente):
    client.force_login(mila)
    content = client.get(en("accounts:dashboard")).content.decode()
    assert "Member" in content
    assert "Coordinator" not in content
    assert reverse("accounts:profile") in content
    assert "/beheer/" not in content
    assert reverse("admin:index") not in content


def test_the_dashboard_gives_a_network_editor_the_admin_and_every_werkplaats(
    client, noor, twente, zeeland
):
    client.force_login(noor)
    content = client.get(en("accounts:dashboard")).content.decode()
    assert "Network editor" in content
    assert reverse("admin:index") in content
    for slug in ("twente", "zeeland"):
        assert reverse("manage:workshop", kwargs={"slug": slug}) in content


def test_the_dashboard_names_an_administrator(client, ada):
    client.force_login(ada)
    content = client.get(en("accounts:dashboard")).content.decode()
    assert "Administrator" in content


def test_a_member_edits_their_profile_and_gives_consent(client, mila):
    person = mila.person
    person.is_public = False
    person.save()
    client.force_login(mila)
    assert client.get(reverse("accounts:profile")).status_code == 200
    response = client.post(
        reverse("accounts:profile"),
        {
            "given_name": "Mila",
            "family_name": "Jansen",
            "email": "mila@example.org",
            "competences": ["intervisie"],
            "themes": ["jeugd"],
            "roles": ["sociaal-professional"],
            "is_public": "on",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_public is True
    assert person.consent_changed_at is not None
    assert [c.slug for c in person.competences.all()] == ["intervisie"]


def test_withdrawing_consent_is_recorded(client, mila):
    client.force_login(mila)
    client.post(reverse("accounts:profile"), {"given_name": "Mila", "family_name": "Jansen"})
    person = Person.objects.get(user=mila)
    assert person.is_public is False
    assert person.consent_changed_at is not None


def test_a_profile_with_a_bad_orcid_is_shown_again_and_nothing_changes(client, mila):
    client.force_login(mila)
    response = client.post(
        en("accounts:profile"),
        {
            "given_name": "Milou",
            "family_name": "Jansen",
            "orcid": "0000-0002-1825-0098",
        },
    )
    assert response.status_code == 400
    assert "wrong check digit" in response.content.decode()
    assert Person.objects.get(user=mila).given_name == "Mila"


def test_a_user_without_a_profile_creates_one_linked_to_their_account(client, cor):
    client.force_login(cor)
    response = client.post(
        reverse("accounts:profile"), {"given_name": "Cor", "family_name": "Smit"}
    )
    assert response.status_code == 302
    person = Person.objects.get(user=cor)
    assert (person.full_name, person.is_public) == ("Cor Smit", False)

"""Students join their group by the link their lecturer passed on, with an account they have or
make on the page; and ``mine`` lists the offers each person runs, guides or works on."""

import pytest
from django.contrib.auth import get_user_model

from werkplaats.conftest import PASSWORD
from werkplaats.education.constants import OfferState
from werkplaats.education.models import GroupMember
from werkplaats.education.services import journey

from .factories import offer_for
from .helpers import claimed, en, joined, page_of

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "zonnebloem-kaart-2026"


@pytest.fixture
def code(offer, lotte, programme):
    return claimed(offer, lotte, programme)


def join_url(code):
    return en("education:join", code=code)


def account(**changes):
    fields = {
        "username": "noa",
        "display_name": "Noa de Boer",
        "email": "noa@example.org",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    fields.update(changes)
    return {f"account-{name}": value for name, value in fields.items()}


# --- joining ------------------------------------------------------------------------------------


def test_a_wrong_code_gets_a_page_that_says_what_to_do(client, code):
    response = client.get(join_url("dit-is-geen-code"))

    assert response.status_code == 404
    assert "This join link does not work" in response.content.decode()
    assert "ask your lecturer for the link again" in response.content.decode()


def test_the_join_page_is_kept_out_of_caches_and_search_engines(client, code):
    response = client.get(join_url(code))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "same-origin"


def test_a_signed_in_student_joins_not_named_publicly_unless_they_tick_it(client, code, offer, sem):
    client.force_login(sem)
    form = client.get(join_url(code)).content.decode()
    response = client.post(join_url(code), {"join-display_name": "Sem Jansen"})

    assert 'value="Sem Jansen"' in form  # their account's name to start from
    assert 'name="join-named_publicly"' in form
    assert "checked" not in form.split('name="join-named_publicly"')[1].split(">")[0]
    assert response.status_code == 302 and response["Location"] == page_of(offer)
    member = GroupMember.objects.get(user=sem)
    assert (member.group, member.display_name, member.named_publicly) == (
        offer.group,
        "Sem Jansen",
        False,
    )


def test_a_student_who_ticks_it_is_named_publicly(client, code, sem):
    client.force_login(sem)
    client.post(join_url(code), {"join-display_name": "Sem Jansen", "join-named_publicly": "on"})

    assert GroupMember.objects.get(user=sem).named_publicly


def test_joining_without_a_name_says_so_and_changes_nothing(client, code, sem):
    client.force_login(sem)
    response = client.post(join_url(code), {"join-display_name": "  "})

    assert response.status_code == 400
    assert "Write your name as your group knows it." in response.content.decode()
    assert not GroupMember.objects.exists()


def test_a_member_who_comes_back_is_told_they_are_in(client, code, offer, sem):
    joined(offer, sem, "Sem Jansen")
    client.force_login(sem)

    body = client.get(join_url(code)).content.decode()

    assert "You are in this group as Sem Jansen." in body
    assert GroupMember.objects.count() == 1


def test_a_group_whose_work_was_delivered_takes_no_one_new(client, code, offer, lotte, sem, cor):
    joined(offer, sem)
    journey.start_work(offer, lotte)
    journey.deliver_work(offer, sem, title="Klaar", summary="Het werk.")
    newcomer = get_user_model().objects.create_user("laat")
    client.force_login(newcomer)

    page = client.get(join_url(code)).content.decode()
    response = client.post(join_url(code), {"join-display_name": "Te Laat"})

    assert "This group no longer takes new students" in page
    assert response.status_code == 400
    assert not GroupMember.objects.filter(user=newcomer).exists()


def test_a_visitor_may_log_in_and_come_back(client, code):
    body = client.get(join_url(code)).content.decode()

    assert f"/en/account/login/?next={join_url(code)}" in body
    assert "Make my account and join" in body


def test_a_visitor_makes_a_student_account_and_joins_in_one_go(client, code, offer):
    response = client.post(join_url(code), account())

    assert response.status_code == 302 and response["Location"] == page_of(offer)
    user = get_user_model().objects.get(username="noa")
    assert (user.email, user.first_name, user.last_name) == ("noa@example.org", "Noa", "de Boer")
    assert user.check_password(NEW_PASSWORD)
    member = GroupMember.objects.get(user=user)
    assert member.display_name == "Noa de Boer" and not member.named_publicly
    assert "Noa de Boer" in client.get(page_of(offer)).content.decode()  # logged in, following


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password2": "iets-heel-anders-2026"}, "The two password fields didn’t match."),
        ({"password1": "kort", "password2": "kort"}, "This password is too short."),
        ({"email": "sem@example.org"}, "There is already an account with this e-mail address"),
        ({"username": "sem"}, "A user with that username already exists."),
        ({"display_name": ""}, "Write your name as your group knows it."),
    ],
)
def test_a_new_account_with_bad_input_says_why_and_nothing_is_made(
    client, code, sem, changes, message
):
    response = client.post(join_url(code), account(**changes))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert get_user_model().objects.filter(username="noa").count() == 0
    assert not GroupMember.objects.exists()
    assert "_auth_user_id" not in client.session


def test_an_account_for_a_closed_group_is_not_made_either(client, code, offer, cor):
    journey.withdraw_offer(offer, cor, "Het project stopt.")

    response = client.post(join_url(code), account())

    assert response.status_code == 400
    assert "This group no longer takes new students" in response.content.decode()
    assert not get_user_model().objects.filter(username="noa").exists()


def test_an_existing_user_logs_in_and_joins(client, code, sem):
    login = client.post(
        en("accounts:login") + f"?next={join_url(code)}",
        {"username": "sem", "password": PASSWORD},
    )

    assert login.status_code == 302 and login["Location"] == join_url(code)
    client.post(join_url(code), {"join-display_name": "Sem Jansen"})
    assert GroupMember.objects.filter(user=sem).exists()


# --- mine ---------------------------------------------------------------------------------------


MINE = "/en/onderwijs/mijn-opdrachten/"


def test_mine_lists_what_each_person_works_on_with_the_next_step(
    client, offer, code, lotte, sem, cor
):
    joined(offer, sem)
    journey.start_work(offer, lotte)

    client.force_login(sem)
    student = client.get(MINE).content.decode()
    client.force_login(lotte)
    lecturer = client.get(MINE).content.decode()
    client.force_login(cor)
    coordinator = client.get(MINE).content.decode()

    assert en("education:mine") == MINE
    for body in (student, lecturer, coordinator):
        assert offer.title in body and "Running" in body
    assert "Deliver your work when it is done." in student
    assert "Your students deliver the work when it is done." in lecturer
    assert "The students are working on it." in coordinator
    assert "You guide no student group." in student
    assert "You are in no student group." in lecturer


def test_mine_shows_others_nothing_of_them(client, offer, code, otto, mila):
    for user in (otto, mila):
        client.force_login(user)
        assert offer.title not in client.get(MINE).content.decode()


def test_mine_asks_a_visitor_to_log_in(client):
    response = client.get(MINE)

    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_dashboard_links_to_mine(client, sem):
    client.force_login(sem)

    assert MINE in client.get(en("accounts:dashboard")).content.decode()


def test_mine_runs_a_constant_number_of_queries(
    client, cor, twente, lotte, programme, sem, django_assert_max_num_queries
):
    def make(n):
        for _ in range(n):
            offer = offer_for(twente, cor)
            claimed(offer, lotte, programme)
            joined(offer, sem)
            journey.join_group(offer.group, lotte, display_name="Lotte", named_publicly=False)

    make(1)
    for user in (cor, lotte, sem):
        client.force_login(user)
        with django_assert_max_num_queries(12) as few:
            assert client.get(MINE).status_code == 200
        make(4)
        with django_assert_max_num_queries(len(few.captured_queries)):
            body = client.get(MINE).content.decode()
        assert body.count(str(OfferState.MATCHED.label)) >= 5

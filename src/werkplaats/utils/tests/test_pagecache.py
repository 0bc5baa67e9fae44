"""The page cache: visitors' public pages made once per content revision, never anyone else's."""

import contextlib

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from werkplaats.network.tests.factories import PersonFactory
from werkplaats.utils import pagecache

pytestmark = pytest.mark.django_db

PEOPLE = "/wie-weet-wat/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def _pending() -> list:
    """The page cache's callbacks waiting for the test's transaction, which never commits."""
    waiting = transaction.get_connection().run_on_commit
    return [entry for entry in waiting if entry[1] is pagecache._new_revision]


def _commit() -> None:
    """Runs what committing would run of the page cache's callbacks."""
    waiting = transaction.get_connection().run_on_commit
    due = _pending()
    waiting[:] = [entry for entry in waiting if entry not in due]
    for _savepoints, callback, _robust in due:
        callback()


@pytest.fixture
def committed():
    @contextlib.contextmanager
    def block():
        yield
        _commit()

    return block


@pytest.fixture
def fenna(twente):
    person = PersonFactory(given_name="Fenna", family_name="Cachemarker", is_public=True)
    person.workshops.add(twente)
    return person


def _hit(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


def test_a_visitor_gets_the_same_page_again_without_a_query(
    client, fenna, django_assert_num_queries
):
    first = client.get(PEOPLE)
    assert first.status_code == 200 and not _hit(first)
    with django_assert_num_queries(0):
        second = client.get(PEOPLE)
    assert _hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_withdrawn_consent_shows_on_the_next_request(client, fenna, committed):
    assert "Cachemarker" in client.get(PEOPLE).content.decode()
    with committed():
        fenna.is_public = False
        fenna.save()
    again = client.get(PEOPLE)
    assert not _hit(again)
    assert "Cachemarker" not in again.content.decode()


def test_a_changed_link_shows_on_the_next_request(client, fenna, twente, committed):
    page = reverse("network:workshop", kwargs={"slug": twente.slug})
    assert "Cachemarker" in client.get(page).content.decode()
    with committed():
        fenna.workshops.remove(twente)
    assert "Cachemarker" not in client.get(page).content.decode()


def test_the_revision_changes_once_when_the_transaction_commits(fenna, twente):
    _commit()
    before = pagecache.revision()
    fenna.save()
    fenna.workshops.remove(twente)
    PersonFactory()
    assert pagecache.revision() == before  # others still read what was committed before
    assert len(_pending()) == 1
    _commit()
    assert pagecache.revision() != before


def test_a_login_or_a_queued_task_leaves_the_stored_pages_alone(client, fenna, mila):
    _commit()  # Fenna's creation
    client.get(PEOPLE)
    before = pagecache.revision()
    client.force_login(mila)  # a session row and the account's last login
    DBTaskResult.objects.create(  # what the scheduler queues every five minutes
        task_path="werkplaats.monitoring.tasks.warm_dashboards",
        backend_name="default",
        args_kwargs={"args": [], "kwargs": {}},
        enqueued_at=timezone.now(),
        run_after=timezone.now(),
    )
    _commit()
    assert pagecache.revision() == before
    client.logout()
    assert _hit(client.get(PEOPLE))


def test_a_signed_in_person_is_never_served_a_stored_page_nor_stores_one(client, fenna, mila):
    client.force_login(mila)
    assert not _hit(client.get(PEOPLE))
    assert not _hit(client.get(PEOPLE))
    client.logout()
    assert not _hit(client.get(PEOPLE))  # the signed-in requests stored nothing
    assert _hit(client.get(PEOPLE))
    client.force_login(mila)
    assert not _hit(client.get(PEOPLE))


@pytest.mark.parametrize(
    "request_with",
    [
        {"HTTP_AUTHORIZATION": "Bearer wpt_anything"},  # an API key may see more than a visitor
        {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}=abc"},
        {"HTTP_COOKIE": "messages=abc"},  # a message waiting for this visitor
    ],
)
def test_requests_that_may_not_be_a_visitors_pass_by(client, fenna, request_with):
    for address in (PEOPLE, "/api/v1/people/"):
        client.get(address)
        assert not _hit(client.get(address, **request_with))


def test_the_api_is_kept_apart_per_format(client, fenna):
    json_answer = client.get("/api/v1/people/", HTTP_ACCEPT="application/json")
    assert _hit(client.get("/api/v1/people/", HTTP_ACCEPT="application/json"))
    html = client.get("/api/v1/people/", HTTP_ACCEPT="text/html")
    assert not _hit(html) and html["Content-Type"] != json_answer["Content-Type"]
    # The API answers in the language it settled on (Content-Language), which is in the key.
    other = client.get("/api/v1/people/", HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert _hit(other) == (other["Content-Language"] == json_answer["Content-Language"])


def test_dutch_and_english_pages_are_kept_apart(client, fenna):
    dutch = client.get(PEOPLE)
    english = client.get("/en" + PEOPLE)
    assert not _hit(english)
    assert english.content != dutch.content


def test_pages_with_a_form_or_a_token_are_never_stored(client, twente):
    form = reverse("questions:submit")
    for _ in range(2):
        response = client.get(form)
        assert response.status_code == 200 and not _hit(response)
    track = reverse("questions:track", kwargs={"token": "x" * 43})
    for _ in range(2):
        assert not _hit(client.get(track))


def test_turned_off_it_stores_nothing(client, fenna, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PEOPLE)
    assert not _hit(client.get(PEOPLE))

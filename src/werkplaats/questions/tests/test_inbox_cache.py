"""The inbox's list kept per content revision: the same for all who may open it, new after every
change and every day, never for anyone who may not, and with each person's own CSRF token."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from werkplaats.questions.constants import State
from werkplaats.questions.views import inbox as inbox_views
from werkplaats.utils.tests.test_pagecache import _commit

from .factories import submit
from .test_inbox import aged, inbox_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def signed_in(user, **options) -> Client:
    client = Client(**options)
    client.force_login(user)
    return client


def queries(client, url) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as done:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(done)


def test_the_second_look_is_served_from_the_cache_with_fewer_queries(cor, twente):
    question, _ = submit(workshop=twente, title="Schuldhulp voor jongeren")
    _commit()
    client = signed_in(cor)
    first, made = queries(client, inbox_url(twente))
    second, served = queries(client, inbox_url(twente))
    assert question.reference in first and question.reference in second
    assert served < made
    assert "<!-- csrf -->" not in second


def test_a_change_shows_on_the_next_look(cor, twente):
    client = signed_in(cor)
    client.get(inbox_url(twente))
    question, _ = submit(workshop=twente, title="Mantelzorgers in de knel")
    _commit()
    assert question.reference in client.get(inbox_url(twente)).content.decode()


def test_filters_and_languages_are_kept_apart(cor, twente):
    question, _ = submit(workshop=twente)
    _commit()
    client = signed_in(cor)
    assert question.reference in client.get(inbox_url(twente)).content.decode()
    closed = client.get(inbox_url(twente, f"?state={State.CLOSED}")).content.decode()
    assert question.reference not in closed
    assert "Vragen van" in client.get(f"/werkplaatsen/{twente.slug}/vragen/").content.decode()


def test_ages_count_on_the_next_day(cor, twente, monkeypatch):
    question, _ = submit(workshop=twente)
    _commit()
    client = signed_in(cor)
    assert "waiting 0 days" in client.get(inbox_url(twente)).content.decode()
    aged(question, 3)  # an update without a signal: only the day may make the list anew
    assert "waiting 0 days" in client.get(inbox_url(twente)).content.decode()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(inbox_views.timezone, "localdate", lambda: tomorrow)
    assert "waiting 3 days" in client.get(inbox_url(twente)).content.decode()


def test_a_stored_list_is_no_one_elses(cor, otto, twente, client):
    submit(workshop=twente)
    _commit()
    signed_in(cor).get(inbox_url(twente))
    assert signed_in(otto).get(inbox_url(twente)).status_code == 403
    assert client.get(inbox_url(twente)).status_code == 302


def test_each_person_posts_with_their_own_token(cor, noor, twente):
    question, _ = submit(workshop=twente)
    _commit()
    signed_in(cor, enforce_csrf_checks=True).get(inbox_url(twente))
    editor = signed_in(noor, enforce_csrf_checks=True)
    page = editor.get(inbox_url(twente)).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = editor.post(
        inbox_url(twente).replace("vragen/", "vragen/bulk/"),
        {"csrfmiddlewaretoken": token, "action": "start_intake", "questions": [question.uuid]},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.state == State.INTAKE

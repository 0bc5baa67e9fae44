"""Named users, one per role, shared by every test so each test shows the permission model.

- ``visitor``: nobody logged in (the anonymous test client)
- ``mila``: member, a social worker with a public profile
- ``cor``: coordinator of werkplaats ``twente``
- ``otto``: coordinator of another werkplaats (``zeeland``): an outsider to Twente's private data
- ``noor``: network editor
- ``ada``: administrator
"""

import functools
import json
from collections import Counter

import pytest

from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory

PASSWORD = "proef-wachtwoord-2026"


@pytest.fixture
def twente(db):
    return WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")


@pytest.fixture
def zeeland(db):
    return WorkshopFactory(slug="zeeland", name="Werkplaats Sociaal Domein Zeeland")


def _user(django_user_model, username, **extra):
    return django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **extra
    )


@pytest.fixture
def mila(db, django_user_model):
    user = _user(django_user_model, "mila")
    PersonFactory(user=user, given_name="Mila", family_name="Jansen", slug="mila-jansen")
    return user


@pytest.fixture
def cor(db, django_user_model, twente):
    user = _user(django_user_model, "cor")
    twente.coordinators.add(user)
    return user


@pytest.fixture
def otto(db, django_user_model, zeeland):
    user = _user(django_user_model, "otto")
    zeeland.coordinators.add(user)
    return user


@pytest.fixture
def noor(db, django_user_model):
    return _user(django_user_model, "noor", is_network_editor=True)


@pytest.fixture
def ada(db, django_user_model):
    return django_user_model.objects.create_superuser(
        username="ada", email="ada@example.org", password=PASSWORD
    )


@pytest.fixture
def named_users(mila, cor, otto, noor, ada):
    return {
        "visitor": None,
        "member": mila,
        "coordinator": cor,
        "outsider": otto,
        "network_editor": noor,
        "administrator": ada,
    }


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Each test starts in Dutch: a request under /en/ leaves English active in the thread."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture(autouse=True)
def _fresh_search_facets():
    """Search holds facet values in memory per process; each test reads them from its own
    database state (a rolled-back test may reuse revision numbers)."""
    from werkplaats.search import facets

    facets.forget()
    yield


#: Packages whose tests share fixtures wider than a module (the browser tests' Chromium and live
#: server with the demo network): in parallel runs, one worker runs all of them.
ONE_WORKER_PACKAGES = ("src/werkplaats/tests/browser/",)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``make test`` runs ``pytest -n 2 --dist loadgroup``: each worker has its own test database
    (pytest-django), and work goes out a module at a time (module-scoped fixtures such as the
    demo tests' one load stay on one worker, as do tests that rely on their module's order), a
    package at a time for ``ONE_WORKER_PACKAGES``, and by ``xdist_group`` mark where one reaches
    the scheduler (pytest 9.2 drops the mark's suffix from node ids: pytest-xdist issue #1386)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class ModulePackageOrGroup(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            group = super()._split_scope(nodeid)
            if group != nodeid:
                return group
            module = nodeid.split("::", 1)[0]
            return next((p for p in ONE_WORKER_PACKAGES if module.startswith(p)), module)

    return ModulePackageOrGroup(config, log)


@pytest.fixture(scope="session", autouse=True)
def _media_of_this_test_process(tmp_path_factory):
    """Uploaded and generated files (library files, dossier images, reports) go to a directory of
    this test process, never to the developer's var/ and never to one that another xdist worker
    writes into at the same time. Tests that look at the files set their own (``tmp_path``)."""
    from django.test import override_settings

    media = tmp_path_factory.mktemp("media")
    with override_settings(
        PRIVATE_MEDIA_ROOT=media / "private-media", DOSSIER_MEDIA_ROOT=media / "dossier"
    ):
        yield media


# --- Logging in (werkplaats.accounts: two-factor authentication) ------------------------------


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "real_second_factor: sessions made by client.force_login / client.login must still pass "
        "the second factor (the test-only shortcut below is off)",
    )


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_factor(request, monkeypatch):
    """TEST-ONLY SHORTCUT. Hundreds of tests log in with ``client.force_login(cor)`` (or
    ``client.login``): the sessions those make are marked as having passed the second factor, as
    the code page would after a good code. Production code has no such path; the real flow (password,
    then a code) is tested in ``accounts/tests/`` and the browser tests, and a test marked
    ``real_second_factor`` gets an unmarked session."""
    if request.node.get_closest_marker("real_second_factor"):
        yield
        return
    from django.test import Client

    from werkplaats.accounts import twofactor

    original = Client._login

    def _login_past_the_second_factor(self, user, backend=None):
        original(self, user, backend)
        session = self.session
        session[twofactor.SESSION_KEY] = user.pk
        session.save()

    monkeypatch.setattr(Client, "_login", _login_past_the_second_factor)
    yield


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    ):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _uses_the_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server", "django_db_setup"} & set(item.fixturenames)
    )


@functools.cache
def _rows_in_snapshot(snapshot: str) -> tuple[tuple[str, int], ...]:
    """How many rows of each model the snapshot taken after migrating holds."""
    return tuple(sorted(Counter(row["model"] for row in json.loads(snapshot)).items()))


def _put_the_seeded_snapshot_back(django_db_blocker) -> None:
    """When the test database no longer holds exactly the migrations' seeded rows (flushed by a
    transactional test, overwritten by a restore, or partly emptied), start from empty and load
    the snapshot taken after migrating. One COUNT per seeded model."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from werkplaats.tests.snapshots import restore_snapshot

    snapshot = getattr(connection, "_test_serialized_contents", None)
    if not snapshot:
        return
    with django_db_blocker.unblock():
        intact = all(
            apps.get_model(label)._base_manager.count() == rows
            for label, rows in _rows_in_snapshot(snapshot)
        )
        if not intact:
            restore_snapshot(snapshot)
        ContentType.objects.clear_cache()


@pytest.fixture(scope="module", autouse=True)
def _seeded_database_for_every_module(request, django_db_blocker):
    """A transactional test flushes the test database when it ends (serialized rollback restores it
    only before the next such test), leaving the migrations' seeded vocabularies gone for whatever
    module runs next in this process. Before a module that uses the database, and after one with
    transactional tests, make sure the seeded rows are there (a COUNT per seeded model)."""
    items = [item for item in request.session.items if item.module is request.module]
    if any(_uses_the_database(item) for item in items):
        request.getfixturevalue("django_db_setup")  # the test database, never the real one
        _put_the_seeded_snapshot_back(django_db_blocker)
    yield
    if any(_is_transactional(item) for item in items):
        _put_the_seeded_snapshot_back(django_db_blocker)

"""Named users, one per role, shared by every test so each test shows the permission model.

- ``visitor``: nobody logged in (the anonymous test client)
- ``mila``: member, a social worker with a public profile
- ``cor``: coordinator of werkplaats ``twente``
- ``otto``: coordinator of another werkplaats (``zeeland``): an outsider to Twente's private data
- ``noor``: network editor
- ``ada``: administrator
"""

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

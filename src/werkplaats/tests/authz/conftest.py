"""One fixture network per test module, rolled back at its end; each request in a savepoint.

The network's people are logged in once per module (a session each, as ``force_login`` would make
it, past the second factor); each request brings the cookie of its role's session.
"""

import pytest
from django.db import transaction
from django.test import Client

from werkplaats.accounts import twofactor

from . import changes
from . import world as world_module
from .outcomes import USERS

#: Whose rows a POST may change (the audit log, sessions and login attempts are not asked about).
STATE_APPS = (
    "network",
    "questions",
    "projects",
    "communities",
    "library",
    "publications",
    "dossier",
    "newsletter",
    "monitoring",
    "imports",
    "apiaccess",
    "education",
)


def _session_cookies(world) -> dict:
    cookies = {}
    for role, username in USERS.items():
        if username:
            client = Client()
            user = getattr(world, username)
            last_login = user.last_login
            client.force_login(user)
            # As built: a password reset link of the world is made from the last login.
            type(user).objects.filter(pk=user.pk).update(last_login=last_login)
            user.last_login = last_login
            session = client.session
            session[twofactor.SESSION_KEY] = user.pk
            session.save()
            cookies[role] = client.cookies
    return cookies


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = world_module.build()
        built.cookies = _session_cookies(built)
        changes.watch(STATE_APPS)
        yield built
        transaction.set_rollback(True)

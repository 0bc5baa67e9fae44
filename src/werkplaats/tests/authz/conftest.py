"""One fixture network per test module, rolled back at its end; each request in a savepoint."""

import pytest
from django.db import transaction

from . import world as world_module


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield world_module.build()
        transaction.set_rollback(True)

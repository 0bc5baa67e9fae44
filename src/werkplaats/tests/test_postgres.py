"""The suite runs on the database CI means it to run on.

``.ci/run`` sets ``WERKPLAATS_EXPECT_DB`` to ``sqlite`` for the first leg and to ``postgresql``
for the second, so a leg that silently fell back to the other database fails instead of passing
twice on one.
"""

import os

import pytest
from django.db import connection

from werkplaats.network.models import Municipality


@pytest.fixture
def expected_vendor():
    expected = os.environ.get("WERKPLAATS_EXPECT_DB", "")
    if not expected:
        if os.environ.get("WERKPLAATS_REQUIRE_POSTGRES") == "1":
            pytest.fail(
                "WERKPLAATS_REQUIRE_POSTGRES=1 needs WERKPLAATS_EXPECT_DB to name the database"
            )
        pytest.skip("WERKPLAATS_EXPECT_DB is not set: any database will do outside CI")
    return expected


def test_the_suite_runs_on_the_expected_database(db, expected_vendor):
    assert connection.vendor == expected_vendor


def test_accent_blind_search_finds_the_same_municipality_on_every_database(db):
    found = Municipality.objects.filter(search_text__contains="sudwest")

    assert [m.name for m in found] == ["Súdwest-Fryslân"]

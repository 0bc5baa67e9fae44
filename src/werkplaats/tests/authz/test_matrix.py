"""The authorisation matrix: every URL of the site, the API and the admin, for every role.

``test_every_url_is_in_the_matrix`` walks Django's URL resolver (every pattern, inside every
``include``, the ``i18n_patterns`` too) and fails for a URL name without a case in the tables
(``table_site``, ``table_education``, ``table_api``, ``table_admin``), or a case for a name that
no longer exists.

``test_each_role_gets_what_the_matrix_says`` asks each case as each role (visitor, member,
coordinator of Twente, coordinator of Zeeland, network editor, administrator), by GET and, for
forms and actions, by POST, in Dutch and (for the i18n patterns) in English, and compares the
answers with the table's row. Every request runs in a savepoint that is rolled back, so every role
meets the same world; a POST that is refused, or shows its form again, must change nothing in
the database, and one that is ``done`` must change something.
"""

import copy

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from . import changes
from .outcomes import ROLES, USERS, outcome
from .table_admin import ADMIN
from .table_api import API
from .table_education import EDUCATION
from .table_site import SITE

TABLE = {**SITE, **EDUCATION, **API, **ADMIN}


def _walk(patterns, namespace=None, route="", i18n=False):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            localized = i18n or isinstance(pattern.pattern, LocalePrefixPattern)
            yield from _walk(pattern.url_patterns, inner, route + str(pattern.pattern), localized)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or f"<unnamed {route}{pattern.pattern}>"
            if pattern.name and namespace:
                name = f"{namespace}:{pattern.name}"
            yield name, route + str(pattern.pattern), i18n


def url_names() -> dict[str, bool]:
    """Every URL name of the project, with whether it lives inside ``i18n_patterns``."""
    return {name: i18n for name, _route, i18n in _walk(get_resolver().url_patterns)}


def _name(key: str) -> str:
    return key.split(" [")[0]


def test_every_url_is_in_the_matrix():
    names = url_names()
    covered = {_name(key) for key in TABLE}

    assert sorted(set(names) - covered) == [], "URL names without a row in the matrix"
    assert sorted(covered - set(names)) == [], "rows for URL names that no longer exist"


def test_the_tables_ask_in_english_exactly_where_the_site_speaks_english():
    names = url_names()
    wrong = {key for key, case in TABLE.items() if case.i18n != names.get(_name(key), case.i18n)}
    assert wrong == set()


def test_every_row_has_an_outcome_for_every_role():
    rows = [row for case in TABLE.values() for row in (case.get, case.post) if row is not None]
    assert rows and all(len(row) == len(ROLES) for row in rows)


#: In English every page is asked by the two roles that are refused most: the matrix is the same.
ENGLISH_ROLES = ("visitor", "outsider")

CASES = [
    (key, method, language)
    for key, case in TABLE.items()
    for method in ("get", "post")
    if getattr(case, method) is not None
    for language in (("nl", "en") if case.i18n else ("nl",))
]


@pytest.mark.parametrize(
    ("key", "method", "language"),
    CASES,
    ids=[f"{key} {method.upper()} {language}" for key, method, language in CASES],
)
def test_each_role_gets_what_the_matrix_says(db, world, key, method, language):
    case = TABLE[key]
    roles = ROLES if language == "nl" else ENGLISH_ROLES
    expected = dict(zip(ROLES, getattr(case, method), strict=True))
    before = changes.count()
    answers, changed = {}, {}
    for role in roles:
        with transaction.atomic():
            client = Client()
            if USERS[role]:
                client.cookies = copy.deepcopy(world.cookies[role])
            with translation.override(language):
                address = case.address(world)
                body = case.body(world)
            response = client.post(address, body) if method == "post" else client.get(address)
            answers[role] = outcome(response)
            if method == "post":
                changed[role] = changes.count() != before
            transaction.set_rollback(True)
    differences = {
        role: f"{answers[role]} (table: {expected[role]})"
        for role in roles
        if answers[role] != expected[role]
    }
    assert differences == {}, f"{method.upper()} {address}"
    if method == "post":
        wrong = {
            role: change
            for role, change in changed.items()
            if change != (answers[role] in case.changes_on)
        }
        assert wrong == {}, f"POST {address}: these roles changed (True) or kept (False) the data"

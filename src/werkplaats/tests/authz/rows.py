"""The rows the tables are made of: what each role gets, and how a case names its address.

A row lists the outcome for (visitor, member, coordinator of Twente, coordinator of Zeeland,
network editor, administrator), in that order (``outcomes.ROLES``).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse

from .outcomes import DONE, FORBIDDEN, HIDDEN, INVALID, LOGIN, NOT_ALLOWED, OK

Row = tuple[str, str, str, str, str, str]

# fmt: off
#                  visitor     member      coordinator outsider    net. editor administrator
PUBLIC: Row =     (OK,         OK,         OK,         OK,         OK,         OK)
ANY_LOGIN: Row =  (LOGIN,      OK,         OK,         OK,         OK,         OK)
#: Twente's coordinator, network editors and administrators; a member or Zeeland's coordinator
#: is refused.
TWENTE: Row =     (LOGIN,      FORBIDDEN,  OK,         FORBIDDEN,  OK,         OK)
ZEELAND: Row =    (LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK)
#: Something private of Twente, for anyone else as if it did not exist.
TWENTE_PRIVATE: Row = (HIDDEN, HIDDEN,     OK,         HIDDEN,     OK,         OK)
#: Same, but a visitor is asked to log in first.
TWENTE_PRIVATE_LOGIN: Row = (LOGIN, HIDDEN, OK,        HIDDEN,     OK,         OK)
#: Any coordinator (for their own werkplaatsen), network editors and administrators.
COORDINATORS: Row = (LOGIN,    FORBIDDEN,  OK,         OK,         OK,         OK)
#: Network editors and administrators in the site.
EDITORS: Row =    (LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         OK)
#: Administrators in the site (the audit log, a person's data).
ADMINISTRATORS: Row = (LOGIN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK)
#: Network editors and administrators; anyone else as if it did not exist.
EDITORS_ONLY: Row = (HIDDEN,   HIDDEN,     HIDDEN,     HIDDEN,     OK,         OK)
#: The admin: only staff (network editors and administrators) get past its login.
EDITORS_ADMIN: Row = (LOGIN,   LOGIN,      LOGIN,      LOGIN,      OK,         OK)
ADMINISTRATORS_ADMIN: Row = (LOGIN, LOGIN, LOGIN,      LOGIN,      FORBIDDEN,  OK)
NOBODY_ADMIN: Row = (LOGIN,    LOGIN,      LOGIN,      LOGIN,      FORBIDDEN,  FORBIDDEN)
NOBODY: Row =     (HIDDEN,     HIDDEN,     HIDDEN,     HIDDEN,     HIDDEN,     HIDDEN)
NOT_OFFERED: Row = (NOT_ALLOWED,) * 6
# fmt: on


def done(row: Row) -> Row:
    """The same row for a POST that works: ``ok`` becomes ``done``."""
    return tuple(DONE if outcome == OK else outcome for outcome in row)


def refused(row: Row) -> Row:
    """The same row for a form sent empty: who may use it gets it back with its errors (400)."""
    return tuple(INVALID if outcome == OK else outcome for outcome in row)


@dataclass
class Case:
    """One address of one URL pattern and what each role gets for GET and, for forms, POST.

    A form is sent with valid ``data`` where that is short (the row says ``done``), else empty
    (the row says ``invalid``: the request got past every permission check and changed nothing).
    """

    url: Callable
    get: Row | None
    post: Row | None = None
    data: dict | Callable | None = None
    #: The outcomes of a POST that change the database; ``()`` for one that works without
    #: changing a row (log out, a reset mail), ``(OK,)`` for a form that creates and shows.
    changes_on: tuple = (DONE,)
    #: Ask in English too (a pattern inside ``i18n_patterns``).
    i18n: bool = True
    extra: dict = field(default_factory=dict)

    def address(self, world) -> str:
        return self.url(world)

    def body(self, world) -> dict:
        if callable(self.data):
            return self.data(world)
        return self.data or {}


def u(name: str, query: str = "", **kwargs) -> Callable:
    """The address of URL ``name``; a keyword argument may be a function of the world."""

    def address(world) -> str:
        values = {key: value(world) if callable(value) else value for key, value in kwargs.items()}
        url = reverse(name, kwargs=values)
        return f"{url}?{query}" if query else url

    return address


def fixed(address: str) -> Callable:
    return lambda world: address

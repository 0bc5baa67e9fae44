"""Who may import into and export from a werkplaats: its coordinators and network editors.

Exports may hold e-mail addresses of participants, so they are never public.
"""

from werkplaats.network.permissions import can_manage_workshop


def can_import(user, workshop) -> bool:
    return can_manage_workshop(user, workshop)


def can_export(user, workshop) -> bool:
    return can_manage_workshop(user, workshop)

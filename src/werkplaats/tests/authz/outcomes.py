"""The words of the authorisation matrix, the roles it asks about, and how a response reads.

- ``ok``: 200, the page or API answer (for a POST: the form shown again, e.g. with its errors);
- ``done``: a POST that worked and redirects onwards (not to a login page), or an API 201/204;
- ``login``: a redirect to a login page (the site's or the admin's), or an API 401/403 for nobody
  logged in;
- ``forbidden``: 403;
- ``hidden``: 404, answered exactly as for something that does not exist;
- ``invalid``: 400, the request was read and refused for what it holds (a form or API body);
- ``not allowed``: 405, the method is not offered at all.
"""

from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import translation

ROLES = ("visitor", "member", "coordinator", "outsider", "network_editor", "administrator")
#: Who plays each role: the usernames of ``world._users`` (and of ``conftest.py``).
USERS = {
    "visitor": None,
    "member": "mila",
    "coordinator": "cor",
    "outsider": "otto",
    "network_editor": "noor",
    "administrator": "ada",
}

OK, DONE, LOGIN, FORBIDDEN, HIDDEN, NOT_ALLOWED, INVALID = (
    "ok",
    "done",
    "login",
    "forbidden",
    "hidden",
    "not allowed",
    "invalid",
)
REDIRECTS = (301, 302, 303, 307, 308)


def outcome(response) -> str:
    status = response.status_code
    if status in (200, 206) or (status == 304):
        return OK
    if status in REDIRECTS:
        with translation.override("nl"):
            logins = (reverse("accounts:login"), reverse("admin:login"))
        path = urlsplit(response["Location"]).path.removeprefix("/en")
        return LOGIN if path.startswith(logins) else DONE
    if status in (201, 204):
        return DONE
    return {400: INVALID, 401: LOGIN, 403: FORBIDDEN, 404: HIDDEN, 405: NOT_ALLOWED}.get(
        status, str(status)
    )

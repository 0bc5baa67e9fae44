"""Whole public pages and API answers for visitors, kept in the cache the web processes share.

A visitor's page of the directories, the library or the API is the same for every visitor, so it
is made once per *content revision* and served from the cache (``PAGE_CACHE_SECONDS``, 0 turns
this off) until something changes. What keeps it safe:

- Only a ``GET`` by a visitor: no session or messages cookie, no ``Authorization`` header (an API
  key may see more), no signed-in user. A signed-in person's pages are never stored nor served.
- Only the public parts of the site (``NAMESPACES``) and the read API; never a form, the
  submitter's tracking page, the administration, OAI-PMH or a file download.
- Only a ``200`` that sets no cookie and used no CSRF token, and is not marked private.
- The key holds the content revision. Every save, delete and change of links of a model of the
  platform (``post_save``, ``post_delete``, ``m2m_changed``) sets a new revision when its
  transaction commits, so the next request after a change (a withdrawn consent, a project taken
  offline) is made anew. Bulk updates that send no signal call ``content_changed()``
  themselves; ``PAGE_CACHE_SECONDS`` bounds whatever changes with time alone.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

REVISION_KEY = "pages:revision"
NAMESPACES = {
    "network",
    "projects",
    "education",
    "communities",
    "library",
    "publications",
    "dossier",
    "search",
    "monitoring",
    "syndication",
}
#: Models whose changes no public page shows: the audit log, accounts and sessions, keys, imports,
#: the search index, and the task queue (the scheduler writes to it every few minutes; a task that
#: changes content saves that content, which counts).
QUIET_APPS = {
    "privacy",
    "accounts",
    "apiaccess",
    "imports",
    "search",
    "sessions",
    "admin",
    "auth",
    "contenttypes",
    "django_tasks_database",
}
HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "Last-Modified", "ETag")


def revision() -> str:
    value = cache.get(REVISION_KEY)
    return value if value is not None else _new_revision()


def _new_revision() -> str:
    value = secrets.token_hex(8)
    cache.set(REVISION_KEY, value, timeout=None)
    return value


def content_changed() -> None:
    """Every stored page is out of date once the transaction commits (at once outside one): a
    page made before the commit shows what was committed before, so the revision must change
    after it. One new revision per transaction, however many rows it wrote."""
    if not settings.PAGE_CACHE_SECONDS:
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        entry[1] is _new_revision for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(_new_revision)


def _changed(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # fixtures and restores: they call content_changed() once at the end
        return
    if sender._meta.app_label not in QUIET_APPS:
        content_changed()


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_changed, dispatch_uid=f"pagecache-{signal}")


def _key(request) -> str:
    parts = "\n".join(
        (
            revision(),
            request.get_host(),
            request.get_full_path(),
            request.LANGUAGE_CODE,
            request.headers.get("Accept", "")[:300],
        )
    )
    return "pages:" + hashlib.sha256(parts.encode()).hexdigest()


def _visitor(request) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "Authorization" not in request.headers
        and not request.user.is_authenticated
    )


def _public(request) -> bool:
    match = request.resolver_match
    if match is None:
        return False
    if request.path.startswith("/api/v1/"):
        return not request.path.startswith("/api/v1/schema")
    return match.namespace in NAMESPACES


def _storable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class VisitorPageCacheMiddleware:
    """Serves and stores visitors' public pages (after authentication, so it knows who asks)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view, args, kwargs):
        if not (settings.PAGE_CACHE_SECONDS and _visitor(request) and _public(request)):
            return None
        request._page_cache_key = _key(request)
        stored = cache.get(request._page_cache_key)
        if stored is None:
            return None
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key and "X-Page-Cache" not in response and _storable(request, response):
            headers = [(name, response[name]) for name in HEADERS if name in response]
            cache.set(
                key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS
            )
        return response


def fragment(name: str, parts, make) -> str:
    """A piece of a signed-in page that is the same for everyone allowed to see it (the caller
    checks who may), kept per content revision like visitors' pages: ``make()`` renders it when
    the cache has none for ``parts`` (what else it depends on: a werkplaats, the filters, the
    language, the day). Off with the page cache (``PAGE_CACHE_SECONDS`` 0)."""
    if not settings.PAGE_CACHE_SECONDS:
        return make()
    raw = "\n".join([revision(), *(str(part) for part in parts)])
    key = f"fragments:{name}:" + hashlib.sha256(raw.encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = make()
        cache.set(key, html, settings.PAGE_CACHE_SECONDS)
    return html

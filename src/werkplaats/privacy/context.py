"""Who is acting: the request's user (set by ``ActorMiddleware``), or a named system actor.

A context variable, so it follows the request (or the task, or the command) and never leaks into
another thread's work.
"""

from contextlib import contextmanager
from contextvars import ContextVar

SYSTEM = "system"


class Actor:
    def __init__(self, user_id: int | None = None, name: str = SYSTEM):
        self.user_id = user_id
        self.name = name


_actor: ContextVar[Actor | None] = ContextVar("werkplaats_audit_actor", default=None)


def current_actor() -> Actor:
    """The actor of the current work; "system" outside a request and a named command."""
    return _actor.get() or Actor()


@contextmanager
def acting_as(*, user=None, name: str = ""):
    """Attribute the writes inside the block to ``user`` or to ``name`` (a command, a task)."""
    if user is not None and user.is_authenticated:
        actor = Actor(user_id=user.pk, name="")
    else:
        actor = Actor(name=name or SYSTEM)
    token = _actor.set(actor)
    try:
        yield actor
    finally:
        _actor.reset(token)


class ActorMiddleware:
    """Makes the request's user the actor of every write during the request.

    The user is read lazily: API views authenticate by token after the middleware ran, so the
    actor is looked up when the first audit entry is written (see ``audit``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _actor.set(RequestActor(request))
        try:
            return self.get_response(request)
        finally:
            _actor.reset(token)


class RequestActor(Actor):
    """An actor whose user is the request's, resolved when an entry is written."""

    def __init__(self, request):
        self._request = request

    @property
    def user_id(self):
        user = getattr(self._request, "user", None)
        # DRF sets its authenticated user on its own Request and copies it to the Django request.
        if user is not None and user.is_authenticated:
            return user.pk
        return None

    @property
    def name(self):
        return "" if self.user_id is not None else "anonymous"

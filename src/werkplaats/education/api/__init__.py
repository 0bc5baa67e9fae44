"""Programmes and assignment offers in the REST API: ``/api/v1/programmes/`` and
``/api/v1/assignments/``.

Anyone reads programmes and the offers that are not withdrawn, with the same privacy as the pages:
a contact lecturer or practice supervisor only when that person consented to be public, students
by name only with their consent. Who follows an offer (``permissions.offers_followed_by``: who runs
it, its group, its practice supervisor) also gets ``for_roles``: the reference of the question it
came from, the group, the timeline and the work. Never the question's text or its submitter, a
join code, the assessment or the feedback.
"""

from .assignments import AssignmentViewSet
from .programmes import ProgrammeViewSet


def register(router):
    """Adds the programmes and assignments endpoints to the API router."""
    router.register("programmes", ProgrammeViewSet, basename="programme")
    router.register("assignments", AssignmentViewSet, basename="assignment")

"""Who may see and change projects. Lists are filtered here, never in templates."""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor
from werkplaats.network.permissions import can_manage_workshop

from .models import Project


def _involving(workshops) -> Q:
    return Q(lead_workshop__in=workshops) | Q(
        pk__in=Project.workshops.through.objects.filter(workshop__in=workshops).values("project_id")
    )


def projects_visible_to(user) -> QuerySet:
    """Published projects for everyone; drafts only for the coordinators of the lead or a
    participating werkplaats, and for network editors."""
    projects = Project.objects.all()
    if is_network_editor(user):
        return projects
    workshops = coordinated_workshops(user)
    if not workshops.exists():
        return projects.published()
    return projects.filter(Q(is_published=True) | _involving(workshops.values("pk")))


def projects_edited_by(user) -> QuerySet:
    """Projects this user may change: their werkplaatsen's (lead or participating), or all."""
    if is_network_editor(user):
        return Project.objects.all()
    workshops = coordinated_workshops(user)
    return Project.objects.filter(_involving(workshops.values("pk")))


def can_edit_project(user, project: Project) -> bool:
    """Coordinators of the lead or a participating werkplaats, and network editors."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_network_editor(user):
        return True
    workshops = coordinated_workshops(user)
    if workshops.filter(pk=project.lead_workshop_id).exists():
        return True
    return project.workshops.filter(pk__in=workshops.values("pk")).exists()


def can_create_project(user, workshop) -> bool:
    """Coordinators of the werkplaats that will lead it, and network editors."""
    return can_manage_workshop(user, workshop)


class _EveryWorkshop:
    """Stands for every werkplaats (network editors)."""

    def __contains__(self, pk) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def workshops_seeing_participants(user):
    """Primary keys of the werkplaatsen whose projects' participants this user may see by name
    without their consent: the ones they coordinate, or every one for network editors."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if is_network_editor(user):
        return _EveryWorkshop()
    return frozenset(coordinated_workshops(user).values_list("pk", flat=True))


def sees_participants_of(workshops, project: Project) -> bool:
    """Whether a project is led by or involves one of ``workshops`` (from
    ``workshops_seeing_participants``); uses the prefetched participating werkplaatsen."""
    if not workshops:
        return False
    if project.lead_workshop_id in workshops:
        return True
    return any(workshop.pk in workshops for workshop in project.workshops.all())

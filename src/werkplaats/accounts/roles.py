"""Who someone is in the network. Every app's ``permissions.py`` builds on these answers."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _


class Role:
    VISITOR = "visitor"
    MEMBER = "member"
    COORDINATOR = "coordinator"
    NETWORK_EDITOR = "network_editor"
    ADMINISTRATOR = "administrator"

    labels = {
        VISITOR: _("Visitor"),
        MEMBER: _("Member"),
        COORDINATOR: _("Coordinator"),
        NETWORK_EDITOR: _("Network editor"),
        ADMINISTRATOR: _("Administrator"),
    }


def is_administrator(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def is_network_editor(user) -> bool:
    """Network editors, and administrators, who may do all a network editor does."""
    return bool(
        user.is_authenticated and user.is_active and (user.is_superuser or user.is_network_editor)
    )


def acts_in_person(user) -> bool:
    """Signed in as themselves, not through a partner system's API key (werkplaats.apiaccess).

    A key acts for its werkplaats, as a coordinator of it; its maker's personal ties (membership
    of a community, their own unpublished profile) never come with it.
    """
    return bool(
        user.is_authenticated and user.is_active and getattr(user, "api_token", None) is None
    )


def coordinated_workshops(user) -> QuerySet:
    """The werkplaatsen this user coordinates (empty for anyone else)."""
    from werkplaats.network.models import Workshop

    if not (user.is_authenticated and user.is_active):
        return Workshop.objects.none()
    token = getattr(user, "api_token", None)
    if token is not None:
        # A partner system's API key acts for its own werkplaats only (see werkplaats.apiaccess).
        return Workshop.objects.filter(pk=token.workshop_id)
    return Workshop.objects.filter(coordinators=user)


def is_coordinator(user, workshop=None) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    workshops = coordinated_workshops(user)
    if workshop is None:
        return workshops.exists()
    return workshops.filter(pk=workshop.pk).exists()


def roles_of(user) -> list[str]:
    """All roles a user holds, most powerful first."""
    if not (user.is_authenticated and user.is_active):
        return [Role.VISITOR]
    roles = []
    if user.is_superuser:
        roles.append(Role.ADMINISTRATOR)
    if user.is_network_editor:
        roles.append(Role.NETWORK_EDITOR)
    if is_coordinator(user):
        roles.append(Role.COORDINATOR)
    roles.append(Role.MEMBER)
    return roles

"""Who may see, change and import publications. Lists are filtered here, never in templates."""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor
from werkplaats.network.permissions import workshops_managed_by

from .models import Publication


def _of_workshops(workshops) -> Q:
    return Q(
        pk__in=Publication.workshops.through.objects.filter(workshop__in=workshops).values(
            "publication_id"
        )
    )


def publications_visible_to(user) -> QuerySet:
    """Published publications for everyone; drafts only for the coordinators of one of its
    werkplaatsen, and for network editors."""
    publications = Publication.objects.all()
    if is_network_editor(user):
        return publications
    workshops = coordinated_workshops(user)
    if not workshops.exists():
        return publications.published()
    return publications.filter(Q(is_published=True) | _of_workshops(workshops.values("pk")))


def can_edit_publication(user, publication: Publication) -> bool:
    """Coordinators of one of its werkplaatsen, and network editors."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_network_editor(user):
        return True
    return publication.workshops.filter(pk__in=coordinated_workshops(user).values("pk")).exists()


def import_workshops_for(user) -> QuerySet:
    """The werkplaatsen a user may import publications into: their own, or all for editors."""
    return workshops_managed_by(user)


def can_import_publications(user) -> bool:
    """Network editors and coordinators."""
    return bool(user.is_authenticated and user.is_active) and import_workshops_for(user).exists()

"""Who may see and change what in the network registry. Lists are filtered here, never in templates."""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import acts_in_person, coordinated_workshops, is_network_editor

from .models import Person, Workshop


def people_visible_to(user) -> QuerySet:
    """People a user may see listed.

    Visitors and members see only people who consented to be public (members also see themselves);
    coordinators also see the people of their own werkplaatsen; network editors see everyone.
    """
    people = Person.objects.all()
    if is_network_editor(user):
        return people
    if not user.is_authenticated:
        return people.public()
    condition = Q(is_public=True)
    if acts_in_person(user):  # one's own profile; never through an API key
        condition |= Q(user=user)
    workshops = coordinated_workshops(user)
    if workshops.exists():
        condition |= Q(workshops__in=workshops)
    return people.filter(condition).distinct()


def workshops_managed_by(user) -> QuerySet:
    """Werkplaatsen whose partners and people this user maintains."""
    if is_network_editor(user):
        return Workshop.objects.all()
    return coordinated_workshops(user)


def can_manage_workshop(user, workshop: Workshop) -> bool:
    return workshops_managed_by(user).filter(pk=workshop.pk).exists()


def can_edit_person(user, person: Person) -> bool:
    """Network editors, coordinators of a werkplaats the person belongs to, and the person themself."""
    if not user.is_authenticated:
        return False
    if is_network_editor(user) or (person.user_id is not None and person.user_id == user.pk):
        return True
    return person.workshops.filter(pk__in=coordinated_workshops(user).values("pk")).exists()


def can_see_contact_details(user, person: Person) -> bool:
    """E-mail addresses are for those who maintain the person, never for the public."""
    return can_edit_person(user, person)


def can_edit_vocabularies(user) -> bool:
    return is_network_editor(user)

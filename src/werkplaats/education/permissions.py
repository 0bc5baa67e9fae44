"""Who may see and do what with programmes, offers, student groups and teaching cases.

- Everyone sees programmes, offers that are not withdrawn and published teaching cases.
- Coordinators of the offer's werkplaats and network editors make, withdraw and follow offers
  (the whole offer: its question, group, assessment, feedback); they derive teaching cases.
- Project leads' and partners' offers go through a coordinator of the werkplaats: the platform
  knows no other role that answers for a werkplaats's name.
- Lecturers (``Programme.lecturers``) claim offers for their programmes and guide their group.
- Students (members of the group) follow the work, deliver it and give their consents.
- The practice supervisor (with an account) and the coordinators give feedback from practice.
"""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import acts_in_person, coordinated_workshops, is_network_editor
from werkplaats.network.permissions import can_manage_workshop

from .constants import PUBLIC_STATES
from .models import AssignmentOffer, Programme, StudentGroup, TeachingCase


def _signed_in(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def offers_visible_to(user) -> QuerySet:
    """Offers that are not withdrawn for everyone; withdrawn ones also for those who run them."""
    offers = AssignmentOffer.objects.all()
    if is_network_editor(user):
        return offers
    public = Q(state__in=PUBLIC_STATES)
    if not _signed_in(user):
        return offers.filter(public)
    return offers.filter(
        public | Q(workshop__in=coordinated_workshops(user).values("pk")) | _personal_ties(user)
    ).distinct()


def _personal_ties(user) -> Q:
    """Offers a person guides, works on or supervises in practice. Never through a werkplaats's
    API key: a key acts for its werkplaats, not for its maker (``acts_in_person``)."""
    if not acts_in_person(user):
        return Q(pk__in=[])
    return (
        Q(group__lecturer=user) | Q(group__members__user=user) | Q(practice_supervisor__user=user)
    )


def can_offer_for(user, workshop) -> bool:
    """Coordinators of the werkplaats and network editors turn its questions into offers."""
    return can_manage_workshop(user, workshop)


def can_run_offer(user, offer: AssignmentOffer) -> bool:
    """Who answers for the offer: coordinators of its werkplaats and network editors."""
    return can_manage_workshop(user, offer.workshop)


def programmes_claimable_by(user) -> QuerySet:
    """The programmes a user may claim offers for: those they teach (all for network editors),
    in person only."""
    if not acts_in_person(user):
        return Programme.objects.none()
    if is_network_editor(user):
        return Programme.objects.filter(is_active=True)
    return Programme.objects.filter(is_active=True, lecturers=user)


def suits(offer: AssignmentOffer, programme: Programme) -> bool:
    """A programme suits an offer when the offer names it, or names none and fits its level."""
    named = {p.pk for p in offer.programmes.all()}
    if named:
        return programme.pk in named
    return programme.level in offer.level_values


def is_lecturer_of(user, group: StudentGroup) -> bool:
    return acts_in_person(user) and group.lecturer_id == user.pk


def is_student_of(user, group: StudentGroup) -> bool:
    return acts_in_person(user) and group.members.filter(user=user).exists()


def can_guide(user, offer: AssignmentOffer) -> bool:
    """Start and assess the work: the group's lecturer, and who runs the offer."""
    group = getattr(offer, "group", None) if offer.pk else None
    return bool(group and is_lecturer_of(user, group)) or can_run_offer(user, offer)


def can_deliver(user, offer: AssignmentOffer) -> bool:
    """Deliver the work: the group's students and lecturer."""
    group = getattr(offer, "group", None)
    return bool(group) and (is_lecturer_of(user, group) or is_student_of(user, group))


def can_follow(user, offer: AssignmentOffer) -> bool:
    """See the whole offer (its group, the work, the assessment, the feedback)."""
    group = getattr(offer, "group", None)
    return (
        can_run_offer(user, offer)
        or bool(group and (is_lecturer_of(user, group) or is_student_of(user, group)))
        or can_give_feedback(user, offer)
    )


class _EveryOffer:
    """Stands for every offer (network editors)."""

    def __contains__(self, pk) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def offers_followed_by(user):
    """The primary keys of the offers ``user`` follows (``can_follow`` for a whole list): who
    runs the offer, its group's lecturer and students, its practice supervisor. One query, or
    none."""
    if not _signed_in(user):
        return frozenset()
    if is_network_editor(user):
        return _EveryOffer()
    return frozenset(
        AssignmentOffer.objects.filter(
            Q(workshop__in=coordinated_workshops(user).values("pk")) | _personal_ties(user)
        ).values_list("pk", flat=True)
    )


def can_give_feedback(user, offer: AssignmentOffer) -> bool:
    """The practice supervisor (when they have an account) and who runs the offer."""
    supervisor = offer.practice_supervisor
    if acts_in_person(user) and supervisor is not None and supervisor.user_id == user.pk:
        return True
    return can_run_offer(user, offer)


def cases_visible_to(user) -> QuerySet:
    """Published teaching cases for everyone; drafts for their werkplaats's coordinators."""
    cases = TeachingCase.objects.all()
    if is_network_editor(user):
        return cases
    if not _signed_in(user):
        return cases.filter(is_published=True)
    return cases.filter(
        Q(is_published=True) | Q(workshop__in=coordinated_workshops(user).values("pk"))
    )


def can_derive_case(user, workshop) -> bool:
    """Coordinators of the werkplaats that holds the question, and network editors."""
    return can_manage_workshop(user, workshop)


def can_edit_case(user, case: TeachingCase) -> bool:
    return can_derive_case(user, case.workshop)

"""Who may see and change practice questions. Lists are filtered here, never in templates."""

from django.db.models import QuerySet

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor

from .models import PracticeQuestion


def questions_handled_by(user) -> QuerySet:
    """The questions in a user's inbox: their werkplaatsen's, or all for network editors."""
    questions = PracticeQuestion.objects.all()
    if is_network_editor(user):
        return questions
    return questions.filter(workshop__in=coordinated_workshops(user))


def can_handle_inbox(user, workshop) -> bool:
    """Who handles a werkplaats's inbox: those who maintain the werkplaats (its coordinators and
    network editors)."""
    from werkplaats.network.permissions import can_manage_workshop

    return can_manage_workshop(user, workshop)


def can_triage(user, question: PracticeQuestion) -> bool:
    """Coordinators of the werkplaats that now holds the question, and network editors."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_network_editor(user):
        return True
    return coordinated_workshops(user).filter(pk=question.workshop_id).exists()


def public_questions() -> QuerySet:
    """The question board: only what a coordinator published, never the submitter's own text."""
    return PracticeQuestion.objects.published()

"""Suggestions for practice questions: which werkplaats, which type and themes, who knows what.

``route_question`` and ``classify_question`` are what intake uses; the ranked suggestions for
coordinators come from ``suggest``. Each kind of content plugs in as a source (see ``sources``).
"""

from werkplaats.network.models import Workshop


def route_question(question) -> Workshop:
    """The werkplaats that handles a new question: the one whose region holds the municipality."""
    workshop = question.municipality.workshops.order_by("name").first()
    if workshop is None:
        workshop = Workshop.objects.order_by("name").first()
    return workshop


def classify_question(question) -> dict:
    """Suggested question type and themes, each with its reason."""
    return {}

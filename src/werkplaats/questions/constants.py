"""The four question types and the triage states. Fixed by the evaluation, so code, not data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    ACTION = "action", _("Action question on unexplored ground")
    PROCESS_CLIENT = "process_client", _("Work processes and the client's perspective")
    MULTI_ACTOR = "multi_actor", _("Several actors: collaboration and social reflexivity")
    MONITORING = "monitoring", _("Visibility, measurability and monitoring")


class State(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    INTAKE = "intake", _("In intake")
    ACCEPTED = "accepted", _("Accepted")
    REFERRED = "referred", _("Referred")
    ADVISED = "advised", _("Advised")
    DECLINED = "declined", _("Declined")
    IN_PROJECT = "in_project", _("In a project")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Which state may follow which. Withdrawing is possible from every open state (see OPEN_STATES).
TRANSITIONS: dict[str, set[str]] = {
    State.SUBMITTED: {State.INTAKE},
    State.INTAKE: {State.ACCEPTED, State.REFERRED, State.ADVISED, State.DECLINED},
    State.REFERRED: {State.INTAKE},
    State.ACCEPTED: {State.IN_PROJECT, State.ANSWERED},
    State.IN_PROJECT: {State.ANSWERED},
    State.ADVISED: {State.CLOSED},
    State.DECLINED: {State.CLOSED},
    State.ANSWERED: {State.CLOSED},
    State.CLOSED: set(),
    State.WITHDRAWN: set(),
}
FINAL_STATES = {State.CLOSED, State.WITHDRAWN}
OPEN_STATES = {s for s in State.values if s not in FINAL_STATES}
UNTRIAGED_STATES = {State.SUBMITTED, State.INTAKE, State.REFERRED}


class EventKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    STATE_CHANGED = "state_changed", _("State changed")
    REFERRED = "referred", _("Referred to another werkplaats")
    NOTE = "note", _("Internal note")
    MESSAGE = "message", _("Message to the submitter")
    INFORMATION_ADDED = "information_added", _("Information added by the submitter")
    CLASSIFIED = "classified", _("Classification confirmed")
    PUBLISHED = "published", _("Published on the question board")
    UNPUBLISHED = "unpublished", _("Removed from the question board")
    PERSONAL_DATA_ERASED = "personal_data_erased", _("Personal data erased")
    EDUCATION = "education", _("Student assignment")


class TimeFrame(models.TextChoices):
    WEEKS = "weeks", _("Within a few weeks")
    MONTHS = "months", _("Within a few months")
    YEAR = "year", _("Within a year")
    OPEN = "open", _("No hurry")

"""E-mails about practice questions. Sent after the transaction commits, through a task."""


def new_question(question_pk: int, tracking_token: str) -> None:
    """Sends the submitter their tracking link; tells the coordinators a question came in."""


def state_changed(event_pk: int) -> None:
    """Tells the submitter their question changed state."""


def message_sent(event_pk: int) -> None:
    """Sends the submitter a coordinator's message."""


def information_added(event_pk: int) -> None:
    """Tells the coordinators the submitter added information."""

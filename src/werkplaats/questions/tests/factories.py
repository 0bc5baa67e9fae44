from werkplaats.network.models import Municipality
from werkplaats.questions.services.intake import submit_question


def submit(workshop=None, municipality="GM1900", **fields):
    """Submits a question the way the intake form does; returns (question, tracking_token)."""
    values = {
        "title": "Hoe bereiken we eenzame ouderen in de wijk?",
        "question": "Wij zien steeds meer ouderen die alleen thuis zitten. Hoe vinden we ze?",
        "submitter_name": "Sanne de Vries",
        "submitter_email": "sanne@example.org",
        "municipality": Municipality.objects.get(code=municipality),
    }
    values.update(fields)
    submission = submit_question(submission_key=_key(), **values)
    question = submission.question
    if workshop is not None and question.workshop_id != workshop.pk:
        question.workshop = workshop
        question.save(update_fields=["workshop"])
    return question, submission.tracking_token


_counter = iter(range(10**9))


def _key() -> str:
    return f"test-submission-{next(_counter)}"

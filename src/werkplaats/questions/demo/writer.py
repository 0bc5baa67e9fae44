"""Saves planned questions with bulk inserts: a handful of statements for hundreds of questions.

``bulk_create`` skips ``save()``: the folded ``search_text`` (only the public title and summary of
a published question, see ``PracticeQuestion.search_parts``) is computed here.
"""

from werkplaats.utils.text import fold

from ..models import PracticeQuestion, QuestionEvent

BATCH_SIZE = 500


def write_questions(planned) -> int:
    questions = [p.question for p in planned]
    for question in questions:
        question.search_text = fold(" ".join(part for part in question.search_parts() if part))
    PracticeQuestion.objects.bulk_create(questions, batch_size=BATCH_SIZE)
    QuestionEvent.objects.bulk_create(
        [QuestionEvent(question=p.question, **event) for p in planned for event in p.events],
        batch_size=BATCH_SIZE,
    )
    through = PracticeQuestion.themes.through
    through.objects.bulk_create(
        [
            through(practicequestion_id=p.question.pk, theme_id=theme.pk)
            for p in planned
            if p.question.classification_confirmed
            for theme in p.themes
        ],
        batch_size=BATCH_SIZE,
    )
    return len(questions)

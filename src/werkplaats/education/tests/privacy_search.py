"""The education kinds of ``tests/test_privacy_search.py``: how to make a public and a private
assignment offer and teaching case carrying the query word, and how to publish and unpublish them.

Private are: a withdrawn offer (and why), the practice question an offer or case comes from (its text and
its submitter), a student who did not consent, and a draft case."""

from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.tests.factories import submit

from ..services import journey
from ..services.cases import derive_case, update_case
from .factories import ProgrammeFactory, offer_for


def _closed_question(twente, tag, words):
    question, _token = submit(
        workshop=twente,
        question=words(f"{tag}vraag"),
        submitter_name=f"Indiener {tag}indiener",
        submitter_email=f"{tag}indiener@maildomeinmarkerq.example",
    )
    question.state = State.CLOSED
    question.question_type = QuestionType.ACTION
    question.save()
    return question


def offer_case(case, words, context_objects, coordinator):
    def actor():
        user = coordinator()
        context_objects()[0].coordinators.add(user)
        return user

    def public(tag):
        twente, theme = context_objects()
        return offer_for(twente, actor(), title=words(tag), summary=words(tag), themes=[theme])

    def private(tag):
        twente, theme = context_objects()
        user = actor()
        question = _closed_question(twente, tag, words)
        claimed = offer_for(twente, user, title="Opdracht met groep", question=question)
        programme = ProgrammeFactory()
        programme.lecturers.add(user)
        group, _code = journey.claim_offer(claimed, user, programme)
        journey.join_group(
            group, _student(tag), display_name=f"Student {tag}student", named_publicly=False
        )
        withdrawn = offer_for(twente, user, title=words(tag), summary=words(tag), themes=[theme])
        journey.withdraw_offer(withdrawn, user, words(f"{tag}reden"))

    # A withdrawn offer does not come back (offering it again is a new offer): withdrawing is
    # education/tests/test_search.py's.
    return case(public, private)


def _student(tag):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(
        username=f"{tag}student",
        email=f"{tag}student@maildomeinmarkerq.example",
        first_name="Student",
        last_name=f"{tag}student",
    )


def teaching_case_case(case, words, context_objects, coordinator):
    def actor():
        user = coordinator()
        context_objects()[0].coordinators.add(user)
        return user

    def make(tag, publish):
        twente, theme = context_objects()
        question = _closed_question(twente, f"{tag}{'pub' if publish else 'priv'}", words)
        return derive_case(
            question,
            actor(),
            title=words(tag),
            situation=words(tag) + " Een wijkteam ziet bewoners nauwelijks nog buiten komen.",
            discussion="Wie is hier aan zet?",
            themes=[theme],
            publish=publish,
        )

    def set_published(teaching_case, published):
        update_case(
            teaching_case,
            title=teaching_case.title,
            situation=teaching_case.situation,
            discussion=teaching_case.discussion,
            publish=published,
        )

    return case(
        lambda tag: make(tag, True),
        lambda tag: make(tag, False),
        publish=lambda c: set_published(c, True),
        unpublish=lambda c: set_published(c, False),
    )

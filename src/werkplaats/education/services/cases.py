"""Teaching cases (casuïstiek): a coordinator turns a closed question into a case for class.

A case never carries the submitter's words or identity. The coordinator writes it anew; before it
is saved the text is checked against what the submitter wrote: their name, e-mail address and
organisation may not appear, nor any run of ``QUOTED_WORDS`` words of their own text.
"""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.questions.constants import State
from werkplaats.utils.slugs import unique_slug

from ..models import TeachingCase

#: A run of this many words of the submitter's text in a case counts as quoting them.
QUOTED_WORDS = 6
WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return WORD.findall((text or "").lower())


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def submitters_traces(question, text: str) -> list[str]:
    """What of the submitter's identity or words the text carries (empty when none)."""
    found = []
    lowered = (text or "").lower()
    for label, value in (
        (_("the submitter's name"), question.submitter_name),
        (_("the submitter's e-mail address"), question.submitter_email),
        (_("the submitter's organisation"), question.organisation_name),
    ):
        value = (value or "").strip().lower()
        if len(value) >= 3 and value in lowered:
            found.append(label)
    own = " ".join(
        [
            question.title,
            question.question,
            question.context,
            question.actors,
            question.hoped_result,
        ]
    )
    if _runs(_words(text), QUOTED_WORDS) & _runs(_words(own), QUOTED_WORDS):
        found.append(_("the submitter's own words"))
    return found


def check_case(question, *, title: str, situation: str, discussion: str) -> None:
    errors = {}
    if question is None or question.state != State.CLOSED:
        errors["__all__"] = _("A teaching case is made from a closed question.")
    errors.update(_text_errors(question, title=title, situation=situation, discussion=discussion))
    if errors:
        raise ValidationError(errors)


def _check_texts(question, *, title: str, situation: str, discussion: str) -> None:
    """The three texts are written and carry nothing of the submitter (when there is one)."""
    errors = _text_errors(question, title=title, situation=situation, discussion=discussion)
    if errors:
        raise ValidationError(errors)


def _text_errors(question, *, title: str, situation: str, discussion: str) -> dict:
    errors = {}
    for name, value, missing in (
        ("title", title, _("Give the case a title.")),
        ("situation", situation, _("Describe the situation, in your own words.")),
        ("discussion", discussion, _("Write at least one question for discussion in class.")),
    ):
        if not (value or "").strip():
            errors[name] = missing
        elif question is not None:
            traces = submitters_traces(question, value)
            if traces:
                errors[name] = _(
                    "This text contains %(traces)s. Write the case anew so nobody can be "
                    "recognised."
                ) % {"traces": ", ".join(traces)}
    return errors


def derive_case(
    question, actor, *, title, situation, discussion, themes=(), levels=(), publish=False
) -> TeachingCase:
    """A teaching case from a closed question, in its werkplaats; published at once or a draft."""
    check_case(question, title=title, situation=situation, discussion=discussion)
    with transaction.atomic():
        case = TeachingCase.objects.create(
            slug=unique_slug(TeachingCase, title),
            title=title.strip(),
            situation=situation.strip(),
            discussion=discussion.strip(),
            question_type=question.question_type,
            levels=",".join(levels),
            workshop=question.workshop,
            source_question=question,
            created_by=actor if getattr(actor, "pk", None) else None,
            is_published=publish,
            published_at=timezone.now() if publish else None,
        )
        case.themes.set(themes or question.themes.all())
    return case


def update_case(
    case: TeachingCase,
    *,
    title,
    situation,
    discussion,
    publish: bool,
    themes=None,
    levels=None,
) -> None:
    """Changes a case; the same check as when it was made, whatever happened to the question
    since (its personal data may be erased; what remains is still checked). A case whose
    question was deleted still needs its three texts. ``themes`` and ``levels`` are left as they
    are when not given (None); no themes at all means the question's, as in ``derive_case``."""
    question = case.source_question
    if question is not None:
        check_case(question, title=title, situation=situation, discussion=discussion)
    else:
        _check_texts(None, title=title, situation=situation, discussion=discussion)
    case.title, case.situation, case.discussion = (
        title.strip(),
        situation.strip(),
        discussion.strip(),
    )
    if publish and not case.is_published:
        case.published_at = timezone.now()
    case.is_published = publish
    if levels is not None:
        case.levels = ",".join(levels)
    with transaction.atomic():
        case.save()
        if themes is not None:
            case.themes.set(themes or (question.themes.all() if question is not None else []))

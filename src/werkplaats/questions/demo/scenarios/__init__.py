"""Realistic practice questions for the demo, a dozen per question type.

Each scenario is a situation social work really meets, in the words a submitter would use, plus
the public title and summary a coordinator would write for the question board. ``{plaats}`` is
filled with the municipality the question comes from.
"""

from dataclasses import dataclass

from ...constants import QuestionType, TimeFrame


@dataclass(frozen=True)
class Scenario:
    question_type: str
    themes: tuple[str, ...]
    #: Participant-role slugs of the people who typically ask this.
    roles: tuple[str, ...]
    title: str
    question: str
    context: str
    actors: str
    hoped_result: str
    public_title: str
    public_summary: str
    time_frame: str = TimeFrame.MONTHS


def scenario(question_type, themes, roles, **texts) -> Scenario:
    return Scenario(question_type=question_type, themes=tuple(themes), roles=tuple(roles), **texts)


def all_scenarios() -> list[Scenario]:
    from . import action, monitoring, multi_actor, process_client

    return [
        *action.SCENARIOS,
        *process_client.SCENARIOS,
        *multi_actor.SCENARIOS,
        *monitoring.SCENARIOS,
    ]


__all__ = ["QuestionType", "Scenario", "TimeFrame", "all_scenarios", "scenario"]

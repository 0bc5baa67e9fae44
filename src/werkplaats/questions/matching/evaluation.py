"""Measure the matcher on a labelled set of practice questions (the test suite and ``make bench``).

The set is a CSV with the columns ``title, question, municipality`` (CBS name),
``expected_workshop`` (slug), ``expected_type`` and ``expected_themes`` (slugs, ``;``-separated).
Rows are split into two halves by position (even, odd) so a report can show whether a change
helped only the rows it was tuned on.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from werkplaats.network.models import Municipality

from ..models import PracticeQuestion
from .classify import classify_question
from .routing import route_question
from .suggest import rank_workshops

EVALUATION_CSV = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "evaluation_questions.csv"
)


@dataclass(frozen=True)
class LabelledQuestion:
    title: str
    question: str
    municipality: str
    expected_workshop: str
    expected_type: str
    expected_themes: tuple[str, ...]


def read_labelled(path: Path = EVALUATION_CSV) -> list[LabelledQuestion]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [
            LabelledQuestion(
                title=row["title"].strip(),
                question=row["question"].strip(),
                municipality=row["municipality"].strip(),
                expected_workshop=row["expected_workshop"].strip(),
                expected_type=row["expected_type"].strip(),
                expected_themes=tuple(
                    s.strip() for s in row["expected_themes"].split(";") if s.strip()
                ),
            )
            for row in csv.DictReader(handle)
        ]


@dataclass
class Tally:
    total: int = 0
    workshop_top1: int = 0
    workshop_top3: int = 0
    type_top1: int = 0
    type_top3: int = 0
    themes_suggested: int = 0
    themes_expected: int = 0
    themes_correct: int = 0

    def rate(self, name: str) -> float:
        return getattr(self, name) / self.total if self.total else 0.0

    @property
    def theme_precision(self) -> float:
        return self.themes_correct / self.themes_suggested if self.themes_suggested else 0.0

    @property
    def theme_recall(self) -> float:
        return self.themes_correct / self.themes_expected if self.themes_expected else 0.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    halves: tuple[Tally, Tally] = field(default_factory=lambda: (Tally(), Tally()))
    misses: list[str] = field(default_factory=list)


def evaluate(rows: list[LabelledQuestion] | None = None) -> Report:
    """Route and classify every labelled question (unsaved) against the database's network."""
    rows = read_labelled() if rows is None else rows
    municipalities = {m.name: m for m in Municipality.objects.all()}
    report = Report()
    for position, row in enumerate(rows):
        question = PracticeQuestion(
            title=row.title, question=row.question, municipality=municipalities[row.municipality]
        )
        routed = route_question(question)
        ranked = [w.slug for w, _fit in rank_workshops(question)][:3]
        classification = classify_question(question)
        types = [classification["question_type"]["value"]] + [
            a["value"] for a in classification["alternatives"]
        ]
        themes = {t["slug"] for t in classification["themes"]}
        for tally in (report.overall, report.halves[position % 2]):
            tally.total += 1
            tally.workshop_top1 += routed is not None and routed.slug == row.expected_workshop
            tally.workshop_top3 += row.expected_workshop in ranked
            tally.type_top1 += types[0] == row.expected_type
            tally.type_top3 += row.expected_type in types[:3]
            tally.themes_suggested += len(themes)
            tally.themes_expected += len(row.expected_themes)
            tally.themes_correct += len(themes & set(row.expected_themes))
        if routed is None or routed.slug != row.expected_workshop or types[0] != row.expected_type:
            report.misses.append(
                f"{row.title!r}: werkplaats {getattr(routed, 'slug', None)} "
                f"(expected {row.expected_workshop}), type {types[0]} "
                f"(expected {row.expected_type})"
            )
    return report

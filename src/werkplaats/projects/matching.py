"""Projects as a source of suggestions for practice questions (``questions.matching``).

A coordinator triaging a question sees earlier and running projects that fit: by words of the
question in a project's title and summary (BM25 over Dutch stems), shared themes and the question
type. Only projects the user may see are scored; a reason names only the question's own words
and the names of themes, never words of a project the user may not read.
"""

import heapq
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.questions.matching import (
    MatchContext,
    Suggestion,
    SuggestionSource,
    register_source,
)
from werkplaats.questions.matching.index import Watch, corpus
from werkplaats.questions.matching.lexical import BM25Index
from werkplaats.questions.matching.text import content_stems

from .models import Project
from .permissions import projects_visible_to

TEXT_WEIGHT = 2.0
THEME_WEIGHT = 0.6
TYPE_WEIGHT = 0.3


@dataclass(frozen=True)
class ProjectProfile:
    pk: int
    themes: frozenset
    question_types: frozenset


@dataclass
class ProjectSet:
    profiles: dict
    index: BM25Index
    by_theme: dict


def _watches():
    return [Watch(Project, "updated_at"), Watch(Project.themes.through)]


@corpus("projects", _watches)
def project_profiles() -> ProjectSet:
    themes: dict[int, set] = {}
    for project_id, slug in Project.themes.through.objects.values_list("project_id", "theme__slug"):
        themes.setdefault(project_id, set()).add(slug)
    profiles, documents, by_theme = {}, {}, {}
    rows = Project.objects.values_list(
        "pk", "title", "background", "goal", "approach", "result", "question_types"
    )
    for pk, title, background, goal, approach, result, types in rows.iterator(chunk_size=2000):
        own = frozenset(themes.get(pk, ()))
        profiles[pk] = ProjectProfile(pk, own, frozenset(types or ()))
        documents[pk] = content_stems(
            " ".join(p for p in (title, background, goal, approach, result) if p)
        )
        for slug in own:
            by_theme.setdefault(slug, set()).add(pk)
    return ProjectSet(profiles, BM25Index(documents), by_theme)


class ProjectSource(SuggestionSource):
    kind = "projects"
    title = gettext_lazy("Projects")
    order = 50

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        project_set = project_profiles.get()
        visible = set(projects_visible_to(context.user).values_list("pk", flat=True))
        text_scores = project_set.index.score(context.stems)
        text_max = project_set.index.max_score(context.stems)
        candidates = set(text_scores)
        for slug in context.theme_weights:
            candidates |= project_set.by_theme.get(slug, set())
        scored = []
        for pk in candidates & visible:
            profile = project_set.profiles.get(pk)
            if profile is None:
                continue
            text = min(1.0, text_scores.get(pk, 0.0) / text_max)
            score = TEXT_WEIGHT * text
            score += sum(
                THEME_WEIGHT * weight
                for slug, weight in context.theme_weights.items()
                if slug in profile.themes
            )
            if text <= 0.05 and score == TEXT_WEIGHT * text:
                continue  # neither words nor themes in common
            if context.question_type and context.question_type in profile.question_types:
                score += TYPE_WEIGHT
            scored.append((score, pk))
        top = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        objects = Project.objects.select_related("lead_workshop").in_bulk([pk for _s, pk in top])
        suggestions = []
        for score, pk in top:
            project = objects.get(pk)
            if project is None:
                continue
            profile = project_set.profiles[pk]
            reasons = []
            words = project_set.index.shared(pk, context.stems)
            if words:
                reasons.append(
                    _("words in common: %(words)s") % {"words": ", ".join(context.surface(words))}
                )
            themes = [s for s in context.theme_weights if s in profile.themes]
            if themes:
                reasons.append(
                    _("same themes: %(themes)s")
                    % {"themes": ", ".join(context.theme_names.get(s, s) for s in themes)}
                )
            if context.question_type and context.question_type in profile.question_types:
                reasons.append(_("same type of question"))
            suggestions.append(
                Suggestion(
                    self.kind,
                    project,
                    score,
                    reasons,
                    project.get_absolute_url(),
                    f"{project.title} ({project.lead_workshop.name})",
                )
            )
        return suggestions


def register() -> None:
    register_source(ProjectSource(), replace=True)

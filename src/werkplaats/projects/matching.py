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

from werkplaats.questions.matching import Suggestion, SuggestionSource, register_source
from werkplaats.questions.matching.content import ContentSet, themes_by_owner
from werkplaats.questions.matching.index import Watch, corpus

from .models import Project
from .permissions import projects_visible_to

TYPE_WEIGHT = 0.3


@dataclass(frozen=True)
class ProjectProfile:
    pk: int
    themes: frozenset
    question_types: frozenset


def _watches():
    return [Watch(Project, "updated_at"), Watch(Project.themes.through)]


@corpus("projects", _watches)
def project_profiles() -> ContentSet:
    themes = themes_by_owner(Project.themes.through, "project_id")
    projects = ContentSet()
    rows = Project.objects.values_list(
        "pk", "title", "background", "goal", "approach", "result", "question_types"
    )
    for pk, title, background, goal, approach, result, types in rows.iterator(chunk_size=2000):
        profile = ProjectProfile(pk, themes.get(pk, frozenset()), frozenset(types or ()))
        projects.add(pk, profile, (title, background, goal, approach, result))
    return projects.indexed()


class ProjectSource(SuggestionSource):
    kind = "projects"
    title = gettext_lazy("Projects")
    order = 50

    def suggest(self, context, limit: int) -> list[Suggestion]:
        projects = project_profiles.get()
        visible = set(projects_visible_to(context.user).values_list("pk", flat=True))

        def same_type(profile) -> bool:
            return bool(context.question_type) and context.question_type in profile.question_types

        scored = [
            (score + (TYPE_WEIGHT if same_type(profile) else 0.0), pk)
            for pk, profile, score in projects.candidates(context, visible)
        ]
        top = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        objects = Project.objects.select_related("lead_workshop").in_bulk([pk for _s, pk in top])
        suggestions = []
        for score, pk in top:
            project = objects.get(pk)
            if project is None:
                continue
            reasons = projects.reasons(context, pk)
            if same_type(projects.profiles[pk]):
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

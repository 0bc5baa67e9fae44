"""The built-in suggestion sources: werkplaatsen, people, organisations and earlier questions."""

import heapq

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.network.models import Organisation, Workshop
from werkplaats.network.permissions import people_visible_to

from ..models import PracticeQuestion
from ..permissions import questions_handled_by
from . import embeddings
from .profiles import (
    Profile,
    ProfileSet,
    organisation_profiles,
    people_profiles,
    question_profiles,
    workshop_profiles,
)
from .routing import workshop_fit
from .sources import MatchContext, Suggestion, SuggestionSource, register_source

#: How much each kind of evidence weighs in a person's or organisation's score.
THEME_WEIGHT = 1.0
COMPETENCE_WEIGHT = 1.0
TEXT_WEIGHT = 0.6
SAME_WORKSHOP_WEIGHT = 0.3
#: A werkplaats whose region holds the municipality comes before every other.
REGION_BONUS = 100.0
#: Earlier questions: how many lexical candidates are re-ranked semantically when that is on.
SEMANTIC_CANDIDATES = 30


def _names(slugs, names: dict[str, str]) -> str:
    return ", ".join(names.get(s, s) for s in slugs)


def rank_workshop_profiles(context: MatchContext, limit: int | None = None):
    """(workshop pk, score, reasons) for the werkplaatsen that fit, region first, then by fit.

    Reasons are worded only for the ``limit`` best (all when None).
    """
    profiles = workshop_profiles.get()
    question = context.question
    region = set()
    if getattr(question, "municipality_id", None):
        region = set(
            Workshop.objects.filter(municipalities=question.municipality_id).values_list(
                "pk", flat=True
            )
        )
    theme_scores = {slug: weight * 2.0 for slug, weight in context.theme_weights.items()}
    memo: dict = {}
    scored = []
    for profile in profiles.values():
        fit = workshop_fit(
            context.analysis,
            theme_scores,
            context.theme_names,
            profile.themes,
            profile.agenda,
            memo,
        )
        known = [s for s in context.competence_weights if profile.competences.get(s)]
        score = fit.score + 0.25 * sum(context.competence_weights[s] for s in known)
        in_region = profile.pk in region
        if in_region:
            score += REGION_BONUS
        if in_region or fit.themes or fit.agenda or known:
            scored.append((round(score, 6), profile.slug, profile.pk, fit, known, in_region))
    scored.sort(key=lambda item: (-item[0], item[1]))
    ranked = []
    for score, _slug, pk, fit, known, in_region in scored[:limit]:
        reasons = fit.reasons()
        if known:
            reasons.append(
                _("its people and partners know about: %(competences)s")
                % {"competences": _names(known, context.competence_names)}
            )
        if in_region:
            reasons.insert(
                0,
                _("The municipality %(municipality)s lies in the region of this werkplaats.")
                % {"municipality": question.municipality.name},
            )
        ranked.append((pk, score, reasons))
    return ranked


class WorkshopSource(SuggestionSource):
    """Werkplaatsen: the region's first, then others by themes, agenda and competences."""

    kind = "workshops"
    title = gettext_lazy("Werkplaatsen")
    order = 10

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        ranked = rank_workshop_profiles(context, limit)
        objects = Workshop.objects.in_bulk([pk for pk, _s, _r in ranked])
        return [
            Suggestion(
                self.kind,
                objects[pk],
                score,
                reasons,
                objects[pk].get_absolute_url(),
                objects[pk].name,
            )
            for pk, score, reasons in ranked
            if pk in objects
        ]


class ProfileSource(SuggestionSource):
    """People or organisations, by shared themes, competences and words of their profile."""

    def profiles(self) -> ProfileSet:
        raise NotImplementedError

    def visible(self, context: MatchContext) -> set[int] | None:
        """Primary keys the user may see, or None for all."""
        return None

    def fetch(self, context: MatchContext, pks: list[int]) -> dict:
        raise NotImplementedError

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        profile_set = self.profiles()
        visible = self.visible(context)
        text_scores = profile_set.bm25.score(context.stems)
        text_max = profile_set.bm25.max_score(context.stems)
        own_workshop = getattr(context.question, "workshop_id", None)
        theme_weights, competence_weights = context.theme_weights, context.competence_weights
        candidates = profile_set.candidates(theme_weights, competence_weights, text_scores)
        if visible is not None:
            candidates &= visible
        scored = []
        for pk in candidates:
            profile = profile_set.profiles[pk]
            score = TEXT_WEIGHT * min(1.0, text_scores.get(pk, 0.0) / text_max)
            for slug, weight in theme_weights.items():
                if slug in profile.themes:
                    score += THEME_WEIGHT * weight
            for slug, weight in competence_weights.items():
                if slug in profile.competences:
                    score += COMPETENCE_WEIGHT * weight
            if own_workshop in profile.workshops:
                score += SAME_WORKSHOP_WEIGHT
            scored.append((score, profile.sort_key, pk))
        top = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        objects = self.fetch(context, [pk for _score, _key, pk in top])
        suggestions = []
        for score, _key, pk in top:
            obj = objects.get(pk)
            if obj is None:  # changed since the profile was built, or no longer visible
                continue
            profile = profile_set.profiles[pk]
            themes = [s for s in theme_weights if s in profile.themes]
            competences = [s for s in competence_weights if s in profile.competences]
            words = profile_set.bm25.shared(pk, context.stems) if pk in text_scores else []
            reasons = self.reasons(context, profile, themes, competences, words, own_workshop)
            suggestions.append(
                Suggestion(self.kind, obj, score, reasons, obj.get_absolute_url(), str(obj))
            )
        return suggestions

    def reasons(self, context, profile: Profile, themes, competences, words, own_workshop):
        reasons = []
        if themes:
            reasons.append(
                _("works on the themes: %(themes)s")
                % {"themes": _names(themes, context.theme_names)}
            )
        if competences:
            reasons.append(
                _("expertise in: %(competences)s")
                % {"competences": _names(competences, context.competence_names)}
            )
        if words:
            reasons.append(
                _("words in common with the profile: %(words)s")
                % {"words": ", ".join(context.surface(words))}
            )
        if own_workshop in profile.workshops:
            reasons.append(_("part of the werkplaats that handles this question"))
        return reasons


class PeopleSource(ProfileSource):
    kind = "people"
    title = gettext_lazy("People")
    order = 20

    def profiles(self) -> ProfileSet:
        return people_profiles.get()

    def visible(self, context: MatchContext) -> set[int]:
        # The public sees only people who consented; coordinators also their werkplaats's people.
        return set(people_visible_to(context.user).values_list("pk", flat=True))

    def fetch(self, context: MatchContext, pks: list[int]) -> dict:
        return people_visible_to(context.user).in_bulk(pks)


class OrganisationSource(ProfileSource):
    kind = "organisations"
    title = gettext_lazy("Organisations")
    order = 30

    def profiles(self) -> ProfileSet:
        return organisation_profiles.get()

    def fetch(self, context: MatchContext, pks: list[int]) -> dict:
        return Organisation.objects.in_bulk(pks)


class QuestionSource(SuggestionSource):
    """Earlier questions the user may see: their own werkplaats's, and published ones.

    A question the user handles is matched on the submitter's words; any other only on the public
    title and summary a coordinator wrote, and only once published. Reasons name the words of
    the question being matched, never words of the other question's text.
    """

    kind = "questions"
    title = gettext_lazy("Similar earlier questions")
    order = 40

    def suggest(self, context: MatchContext, limit: int) -> list[Suggestion]:
        question_set = question_profiles.get()
        own = getattr(context.question, "pk", None)
        handled = set(questions_handled_by(context.user).values_list("pk", flat=True))
        private_scores = question_set.private.score(context.stems)
        public_scores = question_set.public.score(context.stems)
        private_max = question_set.private.max_score(context.stems)
        public_max = question_set.public.max_score(context.stems)
        theme_weights = context.theme_weights
        candidates = set(private_scores) | set(public_scores)
        for slug in theme_weights:
            candidates |= question_set.by_theme.get(slug, set())
        candidates.discard(own)
        scored = []
        for pk in candidates:
            profile = question_set.profiles[pk]
            if pk in handled:
                private, text = True, min(1.0, private_scores.get(pk, 0.0) / private_max)
            elif profile.is_published:
                private, text = False, min(1.0, public_scores.get(pk, 0.0) / public_max)
            else:
                continue
            score = 2.0 * text
            for slug, weight in theme_weights.items():
                if slug in profile.themes:
                    score += 0.5 * weight
            if text <= 0.05 and score == 2.0 * text:
                continue  # neither words nor themes in common
            if context.question_type and profile.question_type == context.question_type:
                score += 0.2
            scored.append([score, pk, private, 0.0])
        count = SEMANTIC_CANDIDATES if embeddings.enabled() else limit
        top = heapq.nsmallest(count, scored, key=lambda item: (-item[0], item[1]))
        if embeddings.enabled() and top:
            top = self._rerank(context, top)
        top = top[:limit]
        objects = PracticeQuestion.objects.select_related("workshop").in_bulk(
            [item[1] for item in top]
        )
        suggestions = []
        for score, pk, private, similarity in top:
            obj = objects.get(pk)
            if obj is None:
                continue
            profile = question_set.profiles[pk]
            index = question_set.private if private else question_set.public
            words = index.shared(pk, context.stems)
            themes = [s for s in theme_weights if s in profile.themes]
            reasons = []
            if words:
                reasons.append(
                    _("words in common: %(words)s") % {"words": ", ".join(context.surface(words))}
                )
            if themes:
                reasons.append(
                    _("same themes: %(themes)s") % {"themes": _names(themes, context.theme_names)}
                )
            if context.question_type and profile.question_type == context.question_type:
                reasons.append(_("same type of question"))
            if similarity:
                reasons.append(
                    _("close in meaning (%(similarity).2f)") % {"similarity": similarity}
                )
            title = f"{obj.reference} {obj.title}" if private else obj.public_title
            suggestions.append(
                Suggestion(self.kind, obj, score, reasons, _url(obj, private), title)
            )
        return suggestions

    def _rerank(self, context, candidates):
        pks = [item[1] for item in candidates]
        rows = PracticeQuestion.objects.filter(pk__in=pks).values_list(
            "pk", "title", "question", "public_title", "public_summary"
        )
        private = {item[1] for item in candidates if item[2]}
        texts = {
            pk: f"{title}\n{question}" if pk in private else f"{public_title}\n{public_summary}"
            for pk, title, question, public_title, public_summary in rows
        }
        ordered = [item for item in candidates if item[1] in texts]
        similarities = embeddings.similarities(context.text, [texts[item[1]] for item in ordered])
        for item, similarity in zip(ordered, similarities, strict=True):
            item[3] = similarity
            item[0] += 2.0 * max(0.0, similarity - 0.75) / 0.25
        ordered.sort(key=lambda item: (-item[0], item[1]))
        return ordered


def _url(question, private: bool) -> str:
    try:
        if private:
            return reverse(
                "questions:detail",
                kwargs={"slug": question.workshop.slug, "uuid": question.uuid},
            )
        return reverse("questions:public_detail", kwargs={"uuid": question.uuid})
    except NoReverseMatch:  # the views of another part of issue 3 are not there yet
        return ""


def register_builtin_sources() -> None:
    for source in (WorkshopSource(), PeopleSource(), OrganisationSource(), QuestionSource()):
        register_source(source, replace=True)

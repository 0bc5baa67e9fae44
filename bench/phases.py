"""The two measurements of ``bench/run.py``, each run in a process of its own (Django set up)."""

import hashlib
import random
import statistics
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

SEED = 2026


def run_phase(name: str, args) -> dict:
    call_command("migrate", verbosity=0, interactive=False)
    return {"accuracy": accuracy, "latency": latency}[name](args)


def accuracy(args) -> dict:
    from werkplaats.network.reference import load_reference_network
    from werkplaats.questions.matching.evaluation import evaluate

    load_reference_network()
    result = evaluate()

    def numbers(tally) -> dict:
        return {
            "total": tally.total,
            "workshop_top1": tally.rate("workshop_top1"),
            "workshop_top3": tally.rate("workshop_top3"),
            "type_top1": tally.rate("type_top1"),
            "type_top3": tally.rate("type_top3"),
            "theme_precision": tally.theme_precision,
            "theme_recall": tally.theme_recall,
        }

    return {
        **numbers(result.overall),
        "halves": [numbers(h) for h in result.halves],
        "misses": result.misses,
        "method": "lexical+embeddings" if settings.MATCHING_EMBEDDINGS else "lexical",
    }


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@transaction.atomic
def pad_questions(minimum: int) -> int:
    """Add synthetic questions (texts of the labelled set, spread over every werkplaats of the
    municipality's region) until there are ``minimum``; returns how many were added."""
    from werkplaats.network.models import Municipality, Theme
    from werkplaats.questions.constants import State
    from werkplaats.questions.matching.evaluation import read_labelled
    from werkplaats.questions.models import PracticeQuestion

    missing = minimum - PracticeQuestion.objects.count()
    if missing <= 0:
        return 0
    rng = random.Random(SEED)
    rows = read_labelled()
    municipalities = {m.name: m for m in Municipality.objects.prefetch_related("workshops")}
    themes = {t.slug: t for t in Theme.objects.all()}
    states = [
        State.SUBMITTED,
        State.INTAKE,
        State.ACCEPTED,
        State.IN_PROJECT,
        State.ANSWERED,
        State.CLOSED,
        State.ADVISED,
    ]
    now = timezone.now()
    start = PracticeQuestion.objects.count()
    questions, links = [], []
    for number in range(start, start + missing):
        row = rows[number % len(rows)]
        other = rows[rng.randrange(len(rows))]
        municipality = municipalities[row.municipality]
        workshop = rng.choice(list(municipality.workshops.all()))
        published = rng.random() < 0.3
        confirmed = rng.random() < 0.6
        moment = now - timedelta(days=rng.randrange(1, 900))
        key = f"bench-{number}"
        questions.append(
            PracticeQuestion(
                uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
                reference=f"PV-BENCH-{number:06d}",
                submission_key=key,
                tracking_token_hash=hashlib.sha256(key.encode()).hexdigest(),
                title=row.title,
                question=f"{row.question} {other.question.split('.')[0]}.",
                municipality=municipality,
                workshop=workshop,
                state=rng.choice(states),
                question_type=row.expected_type if confirmed else "",
                classification_confirmed=confirmed,
                is_published=published,
                public_title=row.title if published else "",
                public_summary=row.question.split(".")[0] + "." if published else "",
                published_at=moment if published else None,
                submitted_at=moment,
                state_changed_at=moment,
            )
        )
    created = PracticeQuestion.objects.bulk_create(questions, batch_size=500)
    through = PracticeQuestion.themes.through
    for question in created:
        if question.classification_confirmed:
            row = rows[int(question.reference.rsplit("-", 1)[1]) % len(rows)]
            links += [
                through(practicequestion_id=question.pk, theme_id=themes[slug].pk)
                for slug in row.expected_themes
                if slug in themes
            ]
    through.objects.bulk_create(links, batch_size=1000)
    return len(created)


def _users(sample):
    """A coordinator for every werkplaats in the sample, and a network editor."""
    User = get_user_model()
    coordinators = {}
    for question in sample:
        workshop = question.workshop
        if workshop.pk not in coordinators:
            user, _created = User.objects.get_or_create(username=f"bench-coordinator-{workshop.pk}")
            workshop.coordinators.add(user)
            coordinators[workshop.pk] = user
    editor, _created = User.objects.get_or_create(
        username="bench-editor", defaults={"is_network_editor": True}
    )
    return coordinators, editor


def _time(function, *arguments):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        function(*arguments)
        elapsed = (time.perf_counter() - started) * 1000
    return elapsed, len(queries.captured_queries)


def latency(args) -> dict:
    from werkplaats.network.models import Organisation, Person, Workshop
    from werkplaats.questions.matching import classify_question, route_question, suggest
    from werkplaats.questions.matching.index import clear_all
    from werkplaats.questions.models import PracticeQuestion

    call_command("demo", scale=args.scale, verbosity=0)
    synthetic = pad_questions(args.min_questions)
    pks = list(PracticeQuestion.objects.order_by("pk").values_list("pk", flat=True))
    step = max(1, len(pks) // args.runs)
    sample = list(
        PracticeQuestion.objects.select_related("workshop", "municipality").filter(
            pk__in=pks[::step][: args.runs]
        )
    )
    coordinators, editor = _users(sample)

    clear_all()
    cold_ms, _queries = _time(suggest, sample[0], AnonymousUser())
    suggest(sample[0], editor)  # the first call per role builds nothing more; warm the caches
    roles = {}
    for role in ("visitor", "coordinator", "network editor"):
        times, queries = [], set()
        for question in sample:
            user = {
                "visitor": AnonymousUser(),
                "coordinator": coordinators[question.workshop_id],
                "network editor": editor,
            }[role]
            elapsed, count = _time(suggest, question, user)
            times.append(elapsed)
            queries.add(count)
        roles[role] = {
            "runs": len(times),
            "median_ms": statistics.median(times),
            "p95_ms": _percentile(times, 0.95),
            "max_ms": max(times),
            "queries": "-".join(str(q) for q in sorted({min(queries), max(queries)})),
        }
    intake = [_time(lambda q: (route_question(q), classify_question(q)), q)[0] for q in sample]
    return {
        "scale": args.scale,
        "workshops": Workshop.objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "questions": PracticeQuestion.objects.count(),
        "synthetic_questions": synthetic,
        "cold_ms": cold_ms,
        "intake_median_ms": statistics.median(intake),
        "roles": roles,
    }

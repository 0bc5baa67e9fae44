"""``werkplaats demo``: the real werkplaatsen plus a fictional network, demo accounts and about
300 practice questions (``werkplaats.questions.demo``).

``werkplaats demo --scale 10`` adds synthetic copies for benchmarks (ten times the rows).
Runs once: a second run changes nothing and says so. The demo accounts' password is public
(``werkplaats-demo``): never load the demo into a production database.
"""

import argparse
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from werkplaats.communities.demo import load_demo_communities
from werkplaats.dossier.demo import load_demo_dossier
from werkplaats.education.demo import load_demo_education
from werkplaats.library.demo import load_demo_library
from werkplaats.network.demo import DemoError, load_demo
from werkplaats.network.demo.benchmark import BASE_SCALE, load_benchmark_size
from werkplaats.network.models import Municipality, Organisation, Person, Workshop
from werkplaats.network.reference import ReferenceDataError
from werkplaats.newsletter.demo import load_demo_newsletter
from werkplaats.projects.demo import load_demo_projects
from werkplaats.publications.demo import load_demo_publications
from werkplaats.questions.demo import load_demo_questions
from werkplaats.utils.pagecache import content_changed

BENCHMARK = "benchmark"


def _scale(value: str) -> int | str:
    if value == BENCHMARK:
        return value
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            _("give a whole number of 1 or more, or “benchmark”, not %(value)r.") % {"value": value}
        )
    return number


class Command(BaseCommand):
    help = (
        "Load the demo network: the 15 real werkplaatsen plus fictional organisations, people "
        "and demo accounts (password: werkplaats-demo), then about 300 practice questions, "
        "projects, learning communities, a library of about 150 products, about 120 "
        "publications, a dossier of 25 articles, two past newsletters and the education "
        "bridge (programmes, about thirty assignment offers, teaching cases). Runs once; "
        "--scale N builds an N-times larger synthetic network for benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=_scale,
            default=1,
            help=(
                "Build N times the network (N×15 werkplaatsen). Default 1. 'benchmark': the "
                "benchmark size (60 werkplaatsen, 100 000 questions and more; a few minutes)."
            ),
        )

    def handle(self, *args, scale: int | str, verbosity: int, **options):
        started = time.monotonic()
        show = verbosity >= 1
        benchmark = scale == BENCHMARK
        if benchmark:
            scale = BASE_SCALE
        try:
            report = self.stdout.write if show else None
            result = load_demo(scale=scale, progress=show, report=report)
            questions = load_demo_questions(scale=scale, report=report)
            communities = load_demo_communities(report=report)
            projects = load_demo_projects(scale=scale, report=report)
            library = load_demo_library(scale=scale, report=report)
            publications = load_demo_publications(scale=scale, report=report)
            dossier = load_demo_dossier(scale=scale, report=report)
            newsletter = load_demo_newsletter(scale=scale, report=report)
            education = load_demo_education(scale=scale, report=report)
            bulk = load_benchmark_size(progress=show, report=report) if benchmark else None
            call_command("rebuild_search_index", verbosity=0)  # bulk loads bypass the signals
            content_changed()
        except (DemoError, ReferenceDataError) as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise CommandError(
                _("The database is not ready (%(error)s): run `werkplaats migrate` first.")
                % {"error": first_line}
            ) from error
        if not show:
            return
        seconds = time.monotonic() - started
        loaded = (
            result,
            questions,
            projects,
            communities,
            library,
            publications,
            dossier,
            newsletter,
            education,
            bulk,
        )
        if not any(part.changed for part in loaded if part):
            self.stdout.write(_("Demo network already loaded: nothing changed."))
            return
        people = Person.objects.aggregate(
            all=Count("pk"), public=Count("pk", filter=Q(is_public=True))
        )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Demo network ready in %(seconds).1f s: %(w)d werkplaatsen, "
                    "%(m)d municipalities, %(o)d organisations, %(p)d people (%(public)d public)."
                )
                % {
                    "seconds": seconds,
                    "w": Workshop.objects.count(),
                    "m": Municipality.objects.count(),
                    "o": Organisation.objects.count(),
                    "p": people["all"],
                    "public": people["public"],
                }
            )
        )

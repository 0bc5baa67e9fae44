"""The demo publications: about 120 over the 15 werkplaatsen, by their people, with drafts, and
loaded once."""

import datetime
from collections import Counter

import pytest
from django.db import transaction
from django.utils import timezone

from werkplaats.network.demo import load_demo
from werkplaats.projects.demo import load_demo_projects
from werkplaats.publications.demo import load_demo_publications
from werkplaats.publications.models import Authorship, Publication
from werkplaats.publications.validators import isbn_is_valid, validate_issn
from werkplaats.questions.demo import load_demo_questions

NOW = timezone.make_aware(datetime.datetime(2026, 6, 15, 12, 0))


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        load_demo_questions(now=NOW)
        load_demo_projects(today=NOW.date())
        result = load_demo_publications()
        again = load_demo_publications()
        yield result, again
        transaction.set_rollback(True)


@pytest.fixture
def publications(demo, db):
    return list(
        Publication.objects.prefetch_related("workshops", "authorships__person", "projects")
    )


def test_about_120_publications_over_the_15_werkplaatsen_with_a_few_drafts(demo, publications):
    result, again = demo
    assert result.changed and 110 <= result.created <= 130
    assert 3 <= result.drafts <= 8
    assert not again.changed
    per_workshop = Counter(w.slug for p in publications for w in p.workshops.all())
    assert len(per_workshop) == 15
    assert len({p.publication_type for p in publications}) >= 8
    assert any(p.language == "en" for p in publications)
    assert any(p.projects.all() for p in publications)


def test_several_werkplaatsen_write_about_loneliness_among_older_people(publications):
    lonely = [
        p for p in publications if "eenzaam" in p.title.lower() and "ouderen" in p.title.lower()
    ]
    workshops = {w.slug for p in lonely for w in p.workshops.all()}
    assert len(workshops) >= 3


def test_identifiers_are_fictional_but_valid(publications):
    dois = [p.doi for p in publications if p.doi]
    assert len(dois) > 60 and all(d.startswith("10.99999/") for d in dois)
    assert len(set(dois)) == len(dois)
    for publication in publications:
        if publication.isbn:
            assert isbn_is_valid(publication.isbn)
        if publication.issn:
            validate_issn(publication.issn)
        publication.full_clean(validate_unique=False)


def test_authors_are_demo_people_some_without_consent_and_some_external(publications):
    authorships = list(Authorship.objects.select_related("person"))
    assert any(a.person and a.person.is_public for a in authorships)
    assert any(a.person and not a.person.is_public for a in authorships)
    assert any(a.person is None for a in authorships)
    for authorship in authorships:
        if authorship.person:
            assert authorship.family_name == ""

"""What practice asks: every practice question counted by theme, region and type per year and
over the last twelve months; no question's text, title or link ever shown. Pages in English."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from werkplaats.education import insight
from werkplaats.education.services.cases import derive_case
from werkplaats.network.models import Theme
from werkplaats.questions.constants import QuestionType, State
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.tests.factories import submit

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MARKER = "PRIVEMERK"
NOW = datetime.datetime(2025, 6, 1, 12, tzinfo=AMSTERDAM)
YEARS = range(2023, 2026)


def en(name, **kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def asked(workshop, when, *, themes=(), question_type="", published=False, n=""):
    """A question with private text carrying ``MARKER``, submitted at ``when``."""
    question, _token = submit(
        workshop=workshop,
        title=f"{MARKER} titel {n}",
        question=f"{MARKER} De vraag zelf {n}, in de eigen woorden van de vrager.",
        submitter_name=f"{MARKER} Naam",
        submitter_email="vrager@example.org",
    )
    PracticeQuestion.objects.filter(pk=question.pk).update(
        submitted_at=when,
        question_type=question_type,
        is_published=published,
        public_title=f"{MARKER} publieke titel {n}" if published else "",
    )
    question.themes.set(Theme.objects.filter(slug__in=themes))
    return question


@pytest.fixture
def questions(twente, zeeland):
    """Twente: two in 2023 (one on loneliness and youth, an action question; one unthemed), one
    on loneliness in March 2025 (within twelve months of NOW). Zeeland: one on youth in 2024 and
    one in 2020, before the years counted."""
    return [
        asked(
            twente,
            datetime.datetime(2023, 3, 1, tzinfo=AMSTERDAM),
            themes=["eenzaamheid", "jeugd"],
            question_type=QuestionType.ACTION,
            published=True,
            n="a",
        ),
        asked(twente, datetime.datetime(2023, 12, 31, 23, 30, tzinfo=AMSTERDAM), n="b"),
        asked(
            twente,
            datetime.datetime(2025, 3, 1, tzinfo=AMSTERDAM),
            themes=["eenzaamheid"],
            question_type=QuestionType.MONITORING,
            n="c",
        ),
        asked(
            zeeland,
            datetime.datetime(2024, 5, 1, tzinfo=AMSTERDAM),
            themes=["jeugd"],
            question_type=QuestionType.ACTION,
            n="d",
        ),
        asked(zeeland, datetime.datetime(2020, 5, 1, tzinfo=AMSTERDAM), themes=["jeugd"], n="e"),
    ]


def table(result, key):
    found = next(table for table in result.tables if table.key == key)
    return {line.key: line.cells for line in found.lines}, found.totals


def test_it_counts_every_question_by_theme_per_year_and_over_the_last_twelve_months(questions):
    result = insight.practice_asks({}, YEARS, now=NOW)
    assert [key for key, _heading in result.columns] == [2023, 2024, 2025, insight.RECENT]
    by_theme, totals = table(result, "themes")
    assert by_theme["eenzaamheid"] == [1, 0, 1, 1]
    assert by_theme["jeugd"] == [1, 1, 0, 0]
    assert by_theme[insight.NONE] == [1, 0, 0, 0]  # late on New Year's Eve, Amsterdam time
    assert by_theme["wijkteams"] == [0, 0, 0, 0]  # a theme nobody asks about is shown too
    assert totals == [2, 1, 1, 1]
    assert result.asked == 4


def test_it_counts_by_region_and_by_type(questions):
    result = insight.practice_asks({}, YEARS, now=NOW)
    by_region, _totals = table(result, "regions")
    assert by_region == {"twente": [2, 0, 1, 1], "zeeland": [0, 1, 0, 0]}
    by_type, _totals = table(result, "types")
    assert by_type["action"] == [1, 1, 0, 0]
    assert by_type["monitoring"] == [0, 0, 1, 1]
    assert by_type["multi_actor"] == [0, 0, 0, 0]
    assert by_type[insight.NONE] == [1, 0, 0, 0]


def test_filters_narrow_every_table(questions, twente):
    jeugd = Theme.objects.get(slug="jeugd")
    result = insight.practice_asks({"theme": jeugd}, YEARS, now=NOW)
    by_theme, totals = table(result, "themes")
    assert by_theme == {"jeugd": [1, 1, 0, 0]}
    assert totals == [1, 1, 0, 0]
    result = insight.practice_asks({"werkplaats": twente, "type": "action"}, YEARS, now=NOW)
    by_region, totals = table(result, "regions")
    assert by_region == {"twente": [1, 0, 0, 0]}
    assert table(result, "types")[0] == {"action": [1, 0, 0, 0]}


def test_the_page_shows_counts_and_never_a_word_of_any_question(client, questions):
    response = client.get(en("education:practice_asks"), {"first": 2020})
    page = response.content.decode()
    assert response.status_code == 200
    assert "What practice asks" in page
    assert "Practice questions per theme and year" in page
    assert "Last 12 months" in page
    assert "5 practice questions came in from 2020" in page
    for question in questions:
        assert str(question.uuid) not in page and question.reference not in page
    assert MARKER not in page
    assert "vrager@example.org" not in page


def test_the_page_draws_a_chart_with_the_table_as_its_text(client, questions):
    page = client.get(en("education:practice_asks"), {"first": 2020}).content.decode()
    assert 'data-chart="practice-asks-chart"' in page
    assert 'id="practice-asks-chart"' in page
    assert MARKER not in page


def test_it_shows_the_newest_published_cases_and_no_drafts(client, twente, cor):
    question = asked(twente, timezone.now(), n="f")
    question.state = State.CLOSED
    question.save()
    text = {"situation": "Een buurt waar niemand elkaar kent.", "discussion": "Wat doe je?"}
    derive_case(question, cor, title="Gepubliceerde casus", publish=True, **text)
    derive_case(question, cor, title="Concept casus", publish=False, **text)
    page = client.get(en("education:practice_asks")).content.decode()
    assert "Gepubliceerde casus" in page
    assert "Concept casus" not in page
    assert MARKER not in page


def test_years_that_cannot_be_used_are_explained_and_the_default_shown(client, db):
    response = client.get(en("education:practice_asks"), {"first": "2024", "last": "2021"})
    page = response.content.decode()
    assert "The last year comes before the first" in page
    response = client.get(en("education:practice_asks"), {"first": "twintig", "type": "nope"})
    page = response.content.decode()
    assert "Write a year as four digits" in page
    assert "We do not know this question type" in page
    this_year = timezone.localdate().year
    assert f"From {this_year - 4} to {this_year}" in page


def test_the_page_runs_the_same_number_of_queries_with_more_questions(
    client, twente, zeeland, django_assert_max_num_queries
):
    when = timezone.now() - datetime.timedelta(days=3)
    asked(twente, when, themes=["eenzaamheid"], question_type=QuestionType.ACTION)
    with django_assert_max_num_queries(25) as few:
        client.get(en("education:practice_asks"))
    for number in range(10):
        asked(
            zeeland if number % 2 else twente,
            when - datetime.timedelta(days=200 * number),
            themes=["jeugd", "wmo"][: number % 3],
            question_type=QuestionType.values[number % 4],
            n=str(number),
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(en("education:practice_asks"))
    assert response.status_code == 200

"""The CSV export of an inbox: who may download it, what is in it, what is not, and that a cell can
never become a spreadsheet formula."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkplaats.network.models import Theme
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.export import safe_cell
from werkplaats.questions.services import workflow

from .factories import submit

pytestmark = pytest.mark.django_db

HEADER = [
    "reference",
    "submitted",
    "state",
    "question type",
    "themes",
    "municipality",
    "werkplaats",
    "title",
]


def export_url(workshop, query=""):
    with translation.override("en"):
        return reverse("questions:export", kwargs={"slug": workshop.slug}) + query


def rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "no byte order mark: Excel would misread accents"
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def as_cor(client, cor):
    client.force_login(cor)
    return client


def test_a_visitor_is_sent_to_log_in(client, twente):
    response = client.get(export_url(twente))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


@pytest.mark.parametrize("user", ["mila", "otto"])
def test_a_member_and_a_coordinator_of_another_werkplaats_are_refused(
    client, twente, user, request
):
    submit(workshop=twente, title="Niet voor jou")
    client.force_login(request.getfixturevalue(user))

    response = client.get(export_url(twente))

    assert response.status_code == 403
    assert "Niet voor jou" not in response.content.decode()


def test_the_export_is_a_utf8_csv_download_with_one_row_per_question(as_cor, cor, twente):
    question, _ = submit(
        workshop=twente,
        title="Armoede in Súdwest-Fryslân",
        municipality="GM1900",
        submitter_name="Sanne de Vries",
        submitter_email="sanne-export@example.org",
        question="Mijn eigen lange verhaal",
    )
    workflow.confirm_classification(
        question,
        cor,
        QuestionType.MONITORING,
        Theme.objects.filter(slug__in=["eenzaamheid", "armoede-en-schulden"]),
    )

    response = as_cor.get(export_url(twente))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="vragen-twente-')
    header, row = rows(response)
    assert header == HEADER
    reference, submitted, state, question_type, themes, municipality, workshop, title = row
    assert reference == question.reference
    assert len(submitted) == len("2026-01-31 09:15")
    assert state == "Submitted"
    assert question_type == "Visibility, measurability and monitoring"
    with translation.override("en"):
        expected = sorted(t.label for t in question.themes.all())
    assert sorted(themes.split("; ")) == expected
    assert municipality == "Súdwest-Fryslân"
    assert workshop == "Werkplaats Sociaal Domein Twente"
    assert title == "Armoede in Súdwest-Fryslân"
    body = response.content.decode()
    assert "sanne-export@example.org" not in body
    assert "Sanne de Vries" not in body
    assert "Mijn eigen lange verhaal" not in body


def test_the_export_holds_the_filtered_questions_of_this_werkplaats_only(
    as_cor, cor, twente, zeeland
):
    kept, _ = submit(workshop=twente, title="Blijft")
    started, _ = submit(workshop=twente, title="In intake")
    workflow.start_intake(started, cor)
    submit(workshop=zeeland, title="Andere werkplaats")

    titles = [row[-1] for row in rows(as_cor.get(export_url(twente, "?state=submitted")))[1:]]

    assert titles == ["Blijft"]
    assert kept.reference in as_cor.get(export_url(twente)).content.decode()


@pytest.mark.parametrize(
    "title",
    [
        '=HYPERLINK("http://evil.example","klik")',
        "+31 6 1234",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
    ],
)
def test_a_title_that_looks_like_a_formula_is_exported_as_text(as_cor, twente, title):
    submit(workshop=twente, title=title)

    [_header, row] = rows(as_cor.get(export_url(twente)))

    assert row[-1] == "'" + title


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("gewoon", "gewoon"), ("", ""), (None, ""), ("a=b", "a=b"), ("\r=1", "'\r=1")],
)
def test_safe_cell_prefixes_only_what_a_spreadsheet_would_calculate(value, expected):
    assert safe_cell(value) == expected


def test_an_unknown_filter_in_the_export_is_left_out_not_an_error(as_cor, twente):
    submit(workshop=twente, title="Staat erin")

    response = as_cor.get(export_url(twente, "?state=onzin&theme=nee"))

    assert response.status_code == 200
    assert "Staat erin" in response.content.decode()


def test_the_export_makes_the_same_number_of_queries_for_3_or_30_rows(
    as_cor, twente, django_assert_max_num_queries
):
    theme = Theme.objects.get(slug="eenzaamheid")

    def grow(count):
        for n in range(count):
            question, _ = submit(workshop=twente, title=f"Rij {n}")
            question.themes.add(theme)

    grow(3)
    with CaptureQueriesContext(connection) as few:
        assert as_cor.get(export_url(twente)).status_code == 200
    grow(27)
    with django_assert_max_num_queries(len(few)):
        response = as_cor.get(export_url(twente))
    assert len(rows(response)) == 31

"""Requesting, generating, listing and downloading evaluation reports: who may do what, the task,
and privacy of what a public report contains."""

import pytest
from django.urls import reverse

from werkplaats.monitoring.models import Audience, EvaluationReport, ReportStatus
from werkplaats.monitoring.reports import services
from werkplaats.monitoring.tasks import generate_report

from .report_helpers import MARKERS, PERIOD, build_network, pdf_text, workbook_text

LIST = "/monitoring/rapporten/"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings.PRIVATE_MEDIA_ROOT


def _post(client, **fields):
    data = {"werkplaats": "twente", "period": PERIOD.key, "audience": "public", **fields}
    return client.post(LIST, data)


def _report(workshop, audience=Audience.PUBLIC, **extra) -> EvaluationReport:
    return EvaluationReport.objects.create(
        workshop=workshop,
        first_year=PERIOD.first_year,
        last_year=PERIOD.last_year,
        audience=audience,
        **extra,
    )


def test_the_list_is_at_the_url_the_dashboards_link_to():
    assert reverse("monitoring:reports") == LIST


def test_a_visitor_cannot_request_a_report(client, twente):
    response = _post(client)
    assert response.status_code == 302 and "/login" in response["Location"]
    assert not EvaluationReport.objects.exists()


def test_a_member_cannot_request_a_report(client, mila, twente):
    client.force_login(mila)
    assert _post(client).status_code == 403
    assert client.get(LIST).context["form"] is None
    assert not EvaluationReport.objects.exists()


def test_a_coordinator_requests_a_report_on_their_own_werkplaats_and_it_is_made(
    client, cor, twente, zeeland, django_capture_on_commit_callbacks
):
    build_network(twente, zeeland)
    client.force_login(cor)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(client, audience="internal")
    report = EvaluationReport.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    assert (report.workshop, report.audience, report.requested_by) == (twente, "internal", cor)
    assert (report.status, report.progress) == (ReportStatus.DONE, 100)
    page = client.get(report.get_absolute_url())
    assert page.status_code == 200
    assert 'class="evaluation-report"' in page.content.decode()
    assert 'http-equiv="refresh"' not in page.content.decode()
    pdf = client.get(reverse("monitoring:report_file", args=[report.uuid, "pdf"]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf["X-Content-Type-Options"] == "nosniff"
    assert "evaluatierapport-twente-2023-2026-intern.pdf" in pdf["Content-Disposition"]
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    xlsx = client.get(reverse("monitoring:report_file", args=[report.uuid, "xlsx"]))
    assert xlsx.status_code == 200 and "attachment" in xlsx["Content-Disposition"]


def test_a_coordinator_cannot_request_a_report_on_another_werkplaats_or_the_network(
    client, cor, twente, zeeland
):
    client.force_login(cor)
    assert _post(client, werkplaats="zeeland").status_code == 400
    assert _post(client, werkplaats="").status_code == 400
    assert not EvaluationReport.objects.exists()


def test_a_network_editor_requests_a_network_wide_report(client, noor, twente):
    client.force_login(noor)
    assert _post(client, werkplaats="", audience="internal").status_code == 302
    report = EvaluationReport.objects.get()
    assert report.workshop is None and report.is_internal


def test_custom_years_are_read_and_bad_ones_shown_next_to_the_field(client, noor, twente):
    client.force_login(noor)
    response = _post(client, period="custom", first_year=2022, last_year=2020)
    assert response.status_code == 400
    assert "first_year_error" in response.content.decode()
    assert _post(client, period="custom", first_year=2020, last_year=2021).status_code == 302
    assert EvaluationReport.objects.get().period.key == "2020-2021"


def test_otto_can_neither_see_twentes_internal_report_nor_download_its_files(
    client, otto, cor, twente
):
    report = _report(twente, Audience.INTERNAL, status=ReportStatus.DONE, requested_by=cor)
    client.force_login(otto)
    assert "Twente" not in client.get(LIST).content.decode()
    assert client.get(report.get_absolute_url()).status_code == 404
    for kind in ("pdf", "xlsx"):
        url = reverse("monitoring:report_file", args=[report.uuid, kind])
        assert client.get(url).status_code == 404


def test_public_reports_are_listed_for_everyone_once_done(client, twente):
    done = _report(twente, status=ReportStatus.DONE)
    _report(twente, status=ReportStatus.QUEUED)
    _report(twente, Audience.INTERNAL, status=ReportStatus.DONE)
    response = client.get(LIST)
    assert list(response.context["page_obj"].object_list) == [done]


def test_a_running_report_shows_its_progress_and_refreshes(client, cor, twente):
    report = _report(twente, status=ReportStatus.RUNNING, progress=55, step="Drawing")
    client.force_login(cor)
    content = client.get(report.get_absolute_url()).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in content
    assert 'value="55"' in content and "Drawing" in content
    assert "<script>" not in content


@pytest.mark.parametrize("count", [1, 12])
def test_the_list_runs_the_same_queries_whatever_the_number_of_reports(
    client, noor, twente, count, django_assert_max_num_queries
):
    for _number in range(count):
        _report(twente, status=ReportStatus.DONE)
        _report(None, Audience.INTERNAL, status=ReportStatus.FAILED)
    client.force_login(noor)
    with django_assert_max_num_queries(12):
        assert client.get(LIST).status_code == 200


def test_the_task_is_idempotent_and_a_report_left_running_is_made_again(twente, cor):
    report = _report(twente, status=ReportStatus.RUNNING, progress=40, requested_by=cor)
    generate_report.call(str(report.uuid))  # a worker was killed half-way: run it again
    report.refresh_from_db()
    assert report.status == ReportStatus.DONE and report.attempts == 1
    files = [field.name for field in report.files().values()]
    assert all(files)
    assert generate_report.call(str(report.uuid)) == ReportStatus.DONE
    report.refresh_from_db()
    assert report.attempts == 1
    assert [field.name for field in report.files().values()] == files


def test_a_failure_is_stored_with_a_message_and_can_be_requested_again(
    client, cor, twente, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise RuntimeError("typst fell over")

    monkeypatch.setattr(services, "compile_pdf", broken)
    report = _report(twente, requested_by=cor)
    services.generate(report)
    report.refresh_from_db()
    assert report.status == ReportStatus.FAILED
    assert report.error and "typst" not in report.error  # the details go to the log
    client.force_login(cor)
    page = client.get(report.get_absolute_url()).content.decode()
    assert report.error in page.replace("&#x27;", "'")
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("monitoring:report_retry", args=[report.uuid]))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.DONE


def test_deleting_a_report_deletes_its_files(
    twente, private_media, django_capture_on_commit_callbacks
):
    report = services.generate(_report(twente))
    paths = [field.path for field in report.files().values()]
    assert all(str(path).startswith(str(private_media / "reports")) for path in paths)
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_report(report)
    assert not any(__import__("os").path.exists(path) for path in paths)


def test_a_public_report_never_holds_private_records(client, cor, twente, zeeland):
    build_network(twente, zeeland)
    report = services.generate(_report(twente, requested_by=cor))
    assert report.status == ReportStatus.DONE
    html = client.get(report.get_absolute_url()).content.decode()
    _reader, pdf = pdf_text(report.pdf_file.open("rb").read())
    _book, xlsx = workbook_text(report.xlsx_file.open("rb").read())
    for text in (html, pdf, xlsx):
        for marker in MARKERS:
            assert marker not in text

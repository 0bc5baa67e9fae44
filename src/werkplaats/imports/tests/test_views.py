"""Import and export pages: coordinators of the werkplaats and network editors only."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from werkplaats.conftest import PASSWORD
from werkplaats.imports.models import ImportJob, ImportStatus
from werkplaats.imports.tables import MAX_UPLOAD_BYTES
from werkplaats.network.models import Organisation, Partnership
from werkplaats.network.tests.factories import PartnershipFactory

from .helpers import csv_file, xlsx_file

HEADERS = ["Naam", "Soort", "KvK-nummer", "Vestigingsplaats", "Rol"]
GOOD = [HEADERS, ["Buurtwerk Hengelo", "welzijnsorganisatie", "", "Hengelo", ""]]
BAD = [
    HEADERS,
    ["Buurtwerk Hengelo", "welzijnsorganisatie", "", "Hengelo", ""],
    ["X", "bakkerij", "", "", ""],
]


def login(client, user):
    if user is not None:
        client.login(username=user.username, password=PASSWORD)
    return client


def start_url(slug="twente"):
    return reverse("imports:start", kwargs={"slug": slug})


def upload(client, file, spec="organisaties"):
    return client.post(start_url(), {"spec": spec, "file": file})


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("visitor", 302),
        ("member", 403),
        ("outsider", 403),
        ("coordinator", 200),
        ("network_editor", 200),
        ("administrator", 200),
    ],
)
def test_only_the_werkplaats_coordinators_and_network_editors_may_import_and_export(
    client, named_users, who, expected
):
    login(client, named_users[who])
    urls = [
        start_url(),
        reverse(
            "imports:export",
            kwargs={"slug": "twente", "spec": "organisaties", "file_format": "csv"},
        ),
        reverse(
            "imports:template",
            kwargs={"slug": "twente", "spec": "organisaties", "file_format": "xlsx"},
        ),
    ]
    for url in urls:
        assert client.get(url).status_code == expected, url


def test_another_werkplaats_coordinator_cannot_see_or_run_a_job(client, cor, otto):
    login(client, cor)
    upload(client, csv_file(GOOD))
    job = ImportJob.objects.get()
    client.logout()
    login(client, otto)
    for name in ("preview", "job", "status", "error_report"):
        assert (
            client.get(
                reverse(f"imports:{name}", kwargs={"slug": "twente", "job": job.uuid})
            ).status_code
            == 403
        )
        # Under their own werkplaats the job is not found.
        assert (
            client.get(
                reverse(f"imports:{name}", kwargs={"slug": "zeeland", "job": job.uuid})
            ).status_code
            == 404
        )
    assert (
        client.post(
            reverse("imports:preview", kwargs={"slug": "zeeland", "job": job.uuid})
        ).status_code
        == 404
    )
    assert not Organisation.objects.filter(name="Buurtwerk Hengelo").exists()


def test_a_coordinator_uploads_checks_and_imports_a_file(
    client, cor, twente, django_capture_on_commit_callbacks
):
    login(client, cor)
    response = upload(client, xlsx_file(GOOD))
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "imports:preview", kwargs={"slug": "twente", "job": job.uuid}
    )
    page = client.get(response.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert (
        "Buurtwerk Hengelo" in html and "disabled" not in html.split("</form>")[1].split("<form")[0]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(response.url)
    assert response.url == reverse("imports:job", kwargs={"slug": "twente", "job": job.uuid})
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE
    assert Partnership.objects.filter(
        workshop=twente, organisation__name="Buurtwerk Hengelo"
    ).exists()
    status = client.get(
        reverse("imports:status", kwargs={"slug": "twente", "job": job.uuid})
    ).json()
    assert status == {
        "status": "done",
        "row_count": 1,
        "processed_count": 1,
        "created_count": 1,
        "finished": True,
        "errors": 0,
    }
    job_page = client.get(response.url).content.decode()
    assert "<progress" in job_page and 'http-equiv="refresh"' not in job_page


def test_a_running_job_shows_a_progress_bar_that_refreshes_itself(client, cor, twente):
    job = ImportJob.objects.create(
        spec="organisaties",
        workshop=twente,
        filename="a.csv",
        status=ImportStatus.RUNNING,
        row_count=4000,
        processed_count=1000,
    )
    login(client, cor)
    html = client.get(
        reverse("imports:job", kwargs={"slug": "twente", "job": job.uuid})
    ).content.decode()
    assert '<progress id="import-progress" max="4000" value="1000">' in html
    assert '<meta http-equiv="refresh" content="2">' in html


def test_a_file_with_errors_shows_them_disables_the_import_and_refuses_a_forced_post(client, cor):
    login(client, cor)
    with translation.override("en"):
        response = upload(client, csv_file(BAD))
        job = ImportJob.objects.get()
        html = client.get(response.url).content.decode()
    assert "Row 3, column &#x27;Soort&#x27;: &#x27;bakkerij&#x27;" in html
    assert 'class="cell-error"' in html
    assert "disabled" in html
    response = client.post(response.url)
    job.refresh_from_db()
    assert job.status == ImportStatus.PREVIEWED
    assert not Organisation.objects.filter(name="Buurtwerk Hengelo").exists()
    report = client.get(reverse("imports:error_report", kwargs={"slug": "twente", "job": job.uuid}))
    lines = report.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("3;Soort;bakkerij;")
    assert report["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (csv_file([["Wat", "Anders"], ["a", "b"]]), "Required columns are missing"),
        (csv_file([]), "empty"),
        (xlsx_file([HEADERS]), "no rows"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(client, cor, file, message):
    login(client, cor)
    with translation.override("en"):
        response = client.post(start_url(), {"spec": "organisaties", "file": file})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_file_over_ten_megabytes_is_refused(client, cor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, cor)
    big = SimpleUploadedFile(
        "groot.csv", b"Naam;Soort\r\n" + b"x;gemeente\r\n" * (MAX_UPLOAD_BYTES // 12 + 10)
    )
    with translation.override("en"):
        response = client.post(start_url(), {"spec": "organisaties", "file": big})
    assert response.status_code == 400 and "larger than 10 MB" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_the_export_is_a_spreadsheet_with_the_template_headers(client, cor, twente):
    PartnershipFactory(workshop=twente, organisation__name="Stichting Export")
    login(client, cor)
    response = client.get(
        reverse(
            "imports:export",
            kwargs={"slug": "twente", "spec": "organisaties", "file_format": "xlsx"},
        )
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [cell.value for cell in sheet[1]][:2] == ["Naam", "Soort"]
    assert sheet["A2"].value == "Stichting Export"


def test_an_unknown_spec_or_format_is_not_found(client, cor):
    login(client, cor)
    for spec, file_format in (("geheim", "csv"), ("organisaties", "pdf")):
        url = reverse(
            "imports:export", kwargs={"slug": "twente", "spec": spec, "file_format": file_format}
        )
        assert client.get(url).status_code == 404


def test_the_start_page_lists_recent_jobs_in_a_constant_number_of_queries(
    client, cor, twente, django_assert_max_num_queries
):
    login(client, cor)
    for index in range(12):
        ImportJob.objects.create(
            spec="organisaties", workshop=twente, filename=f"{index}.csv", created_by=cor
        )
    with django_assert_max_num_queries(12):
        response = client.get(start_url())
    assert response.status_code == 200 and "11.csv" in response.content.decode()

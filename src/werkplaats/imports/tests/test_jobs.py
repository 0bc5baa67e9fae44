"""Import jobs: a file is checked in a preview, then a task commits all of it or nothing."""

import pytest
from django.utils import translation

from werkplaats.imports import services
from werkplaats.imports.models import ImportJob, ImportStatus
from werkplaats.imports.tables import TableError
from werkplaats.network.models import Organisation, Partnership

from .helpers import csv_file, xlsx_file

HEADERS = ["Naam", "Soort", "KvK-nummer", "Vestigingsplaats", "Rol"]
BAD_ROWS = {
    # spreadsheet row -> (column, value) that is wrong there
    7: ("Soort", "bakkerij"),
    2500: ("KvK-nummer", "1234x"),
    4999: ("Vestigingsplaats", "Atlantis"),
}


def big_sheet(bad: bool) -> list[list]:
    rows = [HEADERS]
    for number in range(2, 5002):
        row = [f"Organisatie {number}", "welzijnsorganisatie", f"{number:08d}", "GM0153", "partner"]
        if bad and number in BAD_ROWS:
            column, value = BAD_ROWS[number]
            row[HEADERS.index(column)] = value
        rows.append(row)
    return rows


def test_a_5000_row_xlsx_with_three_bad_rows_commits_nothing_and_names_those_rows(
    twente, cor, django_capture_on_commit_callbacks
):
    with translation.override("en"):
        job = services.upload(
            spec_name="organisaties",
            workshop=twente,
            user=cor,
            uploaded_file=xlsx_file(big_sheet(True)),
        )
    assert job.row_count == 5000 and not job.can_run
    assert [(error["row"], error["column"], error["value"]) for error in job.errors] == [
        (row, column, value) for row, (column, value) in BAD_ROWS.items()
    ]
    assert job.errors[0]["text"].startswith("Row 7, column 'Soort': 'bakkerij' contains")
    with pytest.raises(ValueError):
        services.start(job)
    assert not Organisation.objects.filter(name__startswith="Organisatie ").exists()

    fixed = services.upload(
        spec_name="organisaties",
        workshop=twente,
        user=cor,
        uploaded_file=xlsx_file(big_sheet(False)),
    )
    assert fixed.can_run and fixed.summary["counts"] == {"create": 5000}
    with django_capture_on_commit_callbacks(execute=True):
        services.start(fixed)  # the test settings run tasks immediately
    fixed.refresh_from_db()
    assert fixed.status == ImportStatus.DONE
    assert fixed.created_count == fixed.processed_count == 5000
    assert fixed.content == b""
    assert Organisation.objects.filter(name__startswith="Organisatie ").count() == 5000
    assert Partnership.objects.filter(workshop=twente).count() == 5000


def test_a_file_that_changed_in_the_registry_since_the_preview_fails_whole(
    twente, cor, django_capture_on_commit_callbacks
):
    from werkplaats.network.models import OrganisationKind

    kind = OrganisationKind.objects.create(slug="tijdelijk", name="Tijdelijk")
    job = services.upload(
        spec_name="organisaties",
        workshop=twente,
        user=cor,
        uploaded_file=csv_file(
            [HEADERS, ["Een", "gemeente", "", "", ""], ["Twee", "tijdelijk", "", "", ""]]
        ),
    )
    assert job.can_run
    kind.delete()
    with django_capture_on_commit_callbacks(execute=True):
        services.start(job)
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert [error["row"] for error in job.errors] == [3]
    assert not Organisation.objects.filter(name="Een").exists()


def test_a_bad_file_stores_no_job(twente, cor):
    with pytest.raises(TableError):
        services.upload(
            spec_name="organisaties",
            workshop=twente,
            user=cor,
            uploaded_file=csv_file([["Wat", "Anders"], ["a", "b"]]),
        )
    assert not ImportJob.objects.exists()


class WorkerKilled(BaseException):
    """Stands for the worker dying: not an Exception, so nothing in the import catches it."""


def test_a_worker_killed_while_marking_the_import_done_leaves_neither_rows_nor_done(
    twente, cor, monkeypatch
):
    rows = [HEADERS] + [
        [f"Stichting Doorloop {n}", "welzijnsorganisatie", f"{n:08d}", "GM0153", "partner"]
        for n in range(2, 5)
    ]
    job = services.upload(
        spec_name="organisaties", workshop=twente, user=cor, uploaded_file=csv_file(rows)
    )
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)
    job.refresh_from_db()
    original = services._finish

    def dying_finish(job, status, **kwargs):
        if status == ImportStatus.DONE:
            raise WorkerKilled
        return original(job, status, **kwargs)

    monkeypatch.setattr(services, "_finish", dying_finish)
    with pytest.raises(WorkerKilled):
        services.run(job)
    assert not Organisation.objects.filter(name__startswith="Stichting Doorloop").exists()
    assert ImportJob.objects.get(pk=job.pk).status == ImportStatus.RUNNING

    monkeypatch.setattr(services, "_finish", original)
    again = services.run(ImportJob.objects.get(pk=job.pk))
    assert again.status == ImportStatus.DONE and again.created_count == 3
    assert Organisation.objects.filter(name__startswith="Stichting Doorloop").count() == 3

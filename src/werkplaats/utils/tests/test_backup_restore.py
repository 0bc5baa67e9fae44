"""Backup while the site is written to, restore into an empty instance, and compare: the issue's
"Backup → restore into an empty instance → identical record counts, checksums of files, and pages".

Everything runs for real in subprocesses: two instances, each with its own VAR_DIR and database
(SQLite files, or two new PostgreSQL databases when the suite runs on PostgreSQL), the demo network
plus uploaded library files and an evaluation report's files in the first, a second process
submitting practice questions through the intake service the whole time ``werkplaats backup``
runs, then ``werkplaats restore`` into the newly migrated second instance.
"""

import json
import time

import pytest
from django.db import connection

from .instances import Instance

FILES_AND_REPORT = """
import hashlib, json
from django.core.files.base import ContentFile
from werkplaats.library.models import Product, ProductFile
from werkplaats.monitoring.models import Audience, EvaluationReport, ReportStatus
from django.utils import timezone

product = Product.objects.filter(is_published=True).order_by("pk").first()
for n in range(3):
    content = ("%PDF-1.4\\n% handreiking " + str(n) + "\\n").encode() * (200 * (n + 1))
    ProductFile.objects.create(
        product=product, file=ContentFile(content, name="handreiking.pdf"),
        title=f"Handreiking deel {n + 1}", filename=f"handreiking-{n + 1}.pdf",
        content_type="application/pdf", size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
report = EvaluationReport.objects.create(
    first_year=2023, last_year=2026, audience=Audience.PUBLIC, status=ReportStatus.DONE,
    progress=100, finished_at=timezone.now(),
)
report.html_file.save("rapport.html", ContentFile(b"<h1>Evaluatie 2023-2026</h1>"), save=False)
report.xlsx_file.save("rapport.xlsx", ContentFile(b"PK\\x03\\x04 werkboek"), save=False)
report.save()
print(json.dumps({"product": product.get_absolute_url(), "report": report.get_absolute_url()}))
"""

#: Submits practice questions one after another until killed; prints each acknowledged one.
WRITER = """
import sys, uuid
from werkplaats.network.models import Municipality
from werkplaats.questions.services.intake import submit_question

municipality = Municipality.objects.get(code="GM0153")
n = 0
while True:
    n += 1
    submission = submit_question(
        submission_key=f"backup-writer-{uuid.uuid4().hex}",
        title=f"Schrijfproef vraag {n} over mantelzorg",
        question="Hoe ondersteunen we mantelzorgers die zelf ook zorg nodig hebben?",
        submitter_name="Schrijfproef", submitter_email=f"schrijver{n}@example.org",
        municipality=municipality,
    )
    print(submission.question.reference, flush=True)
"""

PAGES = """
import json, re
from django.test import Client

client = Client()
pages = {}
for path in PATHS:
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="nl")
    html = response.content.decode()
    html = re.sub(r'(name="csrfmiddlewaretoken" value=")[^"]*', r"\\1", html)
    html = re.sub(r'nonce="[^"]*"', 'nonce=""', html)
    pages[path] = [response.status_code, html]
print(json.dumps(pages))
"""

IN_THE_QUESTIONS_TRANSACTION = {"questions.PracticeQuestion", "questions.QuestionEvent"}

CONSISTENT = """
import json
from werkplaats.questions.models import PracticeQuestion
print(json.dumps({
    "references": sorted(PracticeQuestion.objects.values_list("reference", flat=True)),
    "without_event": PracticeQuestion.objects.filter(events__isnull=True).count(),
}))
"""


def _pages(instance: Instance, paths: list[str]) -> dict:
    code = f"PATHS = {paths!r}\n" + PAGES
    return json.loads(instance.script(code, DJANGO_SETTINGS_MODULE="werkplaats.conf.test_settings"))


@pytest.fixture
def instances(tmp_path, django_db_blocker):
    made = []

    def make(name):
        with django_db_blocker.unblock():
            instance = Instance(tmp_path / name, connection.vendor)
        made.append(instance)
        return instance

    yield make
    with django_db_blocker.unblock():
        for instance in made:
            instance.drop()


def _read_lines(process, until: int, timeout: float = 120) -> list[str]:
    lines = []
    deadline = time.monotonic() + timeout
    while len(lines) < until:
        assert time.monotonic() < deadline, "the writer stopped writing"
        line = process.stdout.readline()
        assert line, process.stderr.read()[-3000:]
        lines.append(line.strip())
    return lines


def test_a_backup_made_while_questions_arrive_restores_every_record_file_and_page(
    instances, tmp_path
):
    source, target = instances("bron"), instances("doel")
    migrating = target.popen("migrate", "--noinput", "-v", "0")  # meanwhile, the source fills
    source.run("migrate", "--noinput", "-v", "0")
    source.run("demo", "-v", "0")
    urls = json.loads(source.script(FILES_AND_REPORT).strip().splitlines()[-1])
    before_writing = source.state()["counts"]

    writer = source.popen("shell", "--no-imports", "-c", WRITER)
    try:
        acknowledged_before = _read_lines(writer, 5)
        backup = source.run("backup", "--output", str(tmp_path / "backup.tar.gz"))
        _read_lines(writer, 5)  # still writing after the backup
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert "records of" in backup.stdout
    after = source.state(CONSISTENT)

    assert migrating.wait(timeout=300) == 0, migrating.stderr.read()[-3000:]
    restored = target.run("restore", str(tmp_path / "backup.tar.gz"))
    assert "checksums and counts match" in restored.stdout
    result = target.state(CONSISTENT)

    # Records: the writer's models hold what the snapshot held (some, not all, of the questions
    # that arrived while it ran); every other model exactly what the source holds. A question and
    # its event are written in one transaction; what follows its commit in transactions of its
    # own (the notification task, the audit entry) may be in the snapshot or not.
    written = {label for label, n in after["counts"].items() if n != before_writing[label]}
    assert {"questions.PracticeQuestion", "questions.QuestionEvent"} <= written
    seen = {
        label: (before_writing[label], result["counts"][label], count)
        for label, count in after["counts"].items()
        if label in written
    }
    for label, count in after["counts"].items():
        if label in IN_THE_QUESTIONS_TRANSACTION:
            assert before_writing[label] < result["counts"][label] < count, seen
        elif label in written:
            assert before_writing[label] <= result["counts"][label] <= count, seen
        else:
            assert result["counts"][label] == count, label
    assert result["without_event"] == 0, "a question was restored without its event"
    assert set(acknowledged_before) <= set(result["references"]) < set(after["references"])

    # Files: the same names with the same content.
    assert len(after["checksums"]) >= 5  # three library files, two report files, demo images
    assert result["checksums"] == after["checksums"]

    # Pages: the same HTML, from the home page to a product with files and a search.
    paths = [
        "/",
        "/werkplaatsen/twente/",
        "/bibliotheek/",
        urls["product"],
        "/publicaties/",
        "/dossier/",
        "/zoeken/?q=eenzaamheid+ouderen",
        "/projecten/",
        "/monitoring/rapporten/",
        "/api/v1/workshops/",
    ]
    source_pages, target_pages = _pages(source, paths), _pages(target, paths)
    for path in paths:
        assert source_pages[path][0] == 200, path
        assert target_pages[path] == source_pages[path], path
    assert "Handreiking deel 2" in target_pages[urls["product"]][1]

    # A second restore into the now filled instance is refused with one line, nothing changed.
    again = target.run("restore", str(tmp_path / "backup.tar.gz"), check=False)
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0
    assert "niet leeg" in again.stderr  # the command speaks the site's language, Dutch
    assert target.state()["counts"] == result["counts"]

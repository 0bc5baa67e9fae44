"""No submission is lost when many arrive at once on SQLite.

Several processes submit practice questions through the intake service at the same moment, on one
SQLite file with the production settings (WAL, ``BEGIN IMMEDIATE``, a busy timeout of 20 s; the
question, its event and the notification task written in one transaction). Every submission the
service acknowledged must be in the database, none twice, and none may have failed with
"database is locked": a writer waits for the lock instead of failing (``BEGIN IMMEDIATE`` takes the
lock at the start, so no transaction has to give up halfway, and the busy timeout is far longer than
any of these transactions).
"""

import json
import statistics
import time

import pytest

from .instances import Instance

PROCESSES = 6
EACH = 25

SUBMITTER = """
import json, time, uuid
from pathlib import Path
from werkplaats.network.models import Municipality
from werkplaats.questions.services.intake import submit_question

municipality = Municipality.objects.get(code="GM0153")
go = Path(GO)
while not go.exists():
    time.sleep(0.01)
for n in range(EACH):
    started = time.monotonic()
    try:
        submission = submit_question(
            submission_key=f"gelijktijdig-{uuid.uuid4().hex}",
            title=f"Gelijktijdige vraag {WHO}-{n} over schuldhulp",
            question="Hoe bereiken we jongeren met schulden voordat die te hoog oplopen?",
            submitter_name="Gelijktijdig", submitter_email=f"p{WHO}-{n}@example.org",
            municipality=municipality,
        )
    except Exception as error:
        print(json.dumps({"error": repr(error)}), flush=True)
        continue
    seconds = time.monotonic() - started
    print(json.dumps({"reference": submission.question.reference, "seconds": seconds}), flush=True)
"""

WORKSHOP = """
from werkplaats.network.models import Municipality
from werkplaats.network.tests.factories import WorkshopFactory
twente = WorkshopFactory(slug="twente", name="Werkplaats Sociaal Domein Twente")
twente.municipalities.add(Municipality.objects.get(code="GM0153"))
"""

STORED = """
import json
from werkplaats.questions.models import PracticeQuestion
references = list(PracticeQuestion.objects.values_list("reference", flat=True))
with_event = PracticeQuestion.objects.filter(events__isnull=False).distinct().count()
print(json.dumps({"references": references, "with_event": with_event}))
"""


pytestmark = pytest.mark.own_sqlite


@pytest.fixture
def instance(tmp_path):
    return Instance(tmp_path / "gelijktijdig", "sqlite")


def test_questions_submitted_at_once_by_several_processes_are_all_stored(instance, tmp_path):
    instance.run("migrate", "--noinput", "-v", "0")
    instance.script(WORKSHOP)
    go = tmp_path / "go"
    submitters = [
        instance.popen(
            "shell",
            "--no-imports",
            "-c",
            f"EACH, WHO, GO = {EACH}, {who}, {str(go)!r}\n" + SUBMITTER,
        )
        for who in range(PROCESSES)
    ]
    time.sleep(3)  # let them all start Django and wait at the line
    started = time.monotonic()
    go.touch()
    results = []
    for process in submitters:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        results += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    elapsed = time.monotonic() - started

    errors = [result["error"] for result in results if "error" in result]
    acknowledged = [result["reference"] for result in results if "reference" in result]
    assert errors == []
    assert len(acknowledged) == PROCESSES * EACH

    stored = json.loads(instance.script(STORED).strip().splitlines()[-1])
    assert sorted(stored["references"]) == sorted(acknowledged)
    assert stored["with_event"] == PROCESSES * EACH
    seconds = sorted(result["seconds"] for result in results)
    print(
        f"\n{len(acknowledged)} questions from {PROCESSES} processes in {elapsed:.1f} s:"
        f" median {statistics.median(seconds) * 1000:.0f} ms,"
        f" slowest {seconds[-1] * 1000:.0f} ms per submission"
    )

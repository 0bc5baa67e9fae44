"""Daily and frequent background tasks without cron.

'werkplaats serve' runs ``werkplaats scheduler`` next to the web server and the task worker. Every
few minutes it enqueues each task of ``settings.DAILY_TASKS`` (dotted paths to django-tasks tasks)
that has not been enqueued in the last day, and each task of ``settings.FREQUENT_TASKS`` that has
not been enqueued since the previous check; the task worker runs it.

"Enqueued in the last day" is read from the task table itself (django-tasks' database backend),
not from this process's memory, so a restart does not run a task twice and several servers on one
database share one schedule (at worst two enqueue at the same moment; every daily task must be
safe to run twice). With another backend the memory of this process is all there is.
"""

import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger("werkplaats.scheduler")

# A little under a day, so a task enqueued at 03:00:05 yesterday is due again at 03:00 today.
PERIOD = timedelta(hours=23, minutes=50)
CHECK_EVERY_SECONDS = 300
# Frequent tasks: a little under one check apart, so each check enqueues them once.
FREQUENT_PERIOD = timedelta(seconds=CHECK_EVERY_SECONDS - 30)

_enqueued_here: dict[str, datetime] = {}


def _last_enqueued(task) -> datetime | None:
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if isinstance(task.get_backend(), DatabaseBackend):
        last = (
            DBTaskResult.objects.filter(task_path=task.module_path)
            .order_by("-enqueued_at")
            .values_list("enqueued_at", flat=True)
            .first()
        )
        return last
    return _enqueued_here.get(task.module_path)


def run_due_tasks(now: datetime | None = None) -> list[str]:
    """Enqueues every daily and frequent task that is due; returns their dotted paths."""
    now = now or timezone.now()
    enqueued = []
    schedule = [(path, PERIOD) for path in settings.DAILY_TASKS]
    schedule += [(path, FREQUENT_PERIOD) for path in getattr(settings, "FREQUENT_TASKS", [])]
    for path, period in schedule:
        task = import_string(path)
        last = _last_enqueued(task)
        if last is not None and now - last < period:
            continue
        task.enqueue()
        _enqueued_here[task.module_path] = now
        enqueued.append(path)
        logger.info("enqueued daily task", extra={"task": path})
    return enqueued


def run_forever(check_every: float = CHECK_EVERY_SECONDS) -> None:  # pragma: no cover - a loop
    while True:
        try:
            run_due_tasks()
        except Exception:
            # A database that is briefly away must not stop the schedule (or, through 'serve',
            # the whole site): log it and try again at the next check.
            logger.exception("could not enqueue the daily tasks")
        time.sleep(check_every)

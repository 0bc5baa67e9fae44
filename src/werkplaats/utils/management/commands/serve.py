"""``werkplaats serve``: the web server and the task worker together, as ``make run`` starts them.

Runs ``collectstatic`` (the manifest storage needs it; ``--no-collectstatic`` skips it when it ran
already), then gunicorn, django-tasks' database worker and the daily-task scheduler
(``werkplaats scheduler``) as child processes of this one. SIGINT/SIGTERM are passed on to all;
when one child stops on its own, the others are stopped too and the command exits non-zero, so a
supervisor notices.

Gunicorn's own access log is left off on purpose: ``RequestLogMiddleware`` already writes one JSON
line per request, and gunicorn's format would log query strings, which may carry personal data.
"""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from werkplaats.conf.env import env_int, env_str

STOP_TIMEOUT_SECONDS = 10
POLL_SECONDS = 0.2


class Command(BaseCommand):
    help = "Serve the site with gunicorn and run the task worker next to it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--host", default=env_str("HOST", "127.0.0.1"), help="Address to bind (env HOST)."
        )
        parser.add_argument(
            "--port", type=int, default=env_int("PORT", 8000), help="Port to bind (env PORT)."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=env_int("WEB_CONCURRENCY", 2),
            help="Gunicorn worker processes (env WEB_CONCURRENCY).",
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="Skip collecting the static files (when 'werkplaats collectstatic' ran already).",
        )
        parser.add_argument(
            "--no-task-worker",
            action="store_true",
            help="Serve only; run 'werkplaats db_worker' elsewhere.",
        )

    def handle(self, *args, host, port, workers, no_task_worker, no_collectstatic, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        if workers < 1:
            raise CommandError(f"--workers must be at least 1, not {workers}.")

        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)

        env = os.environ.copy()
        env["DJANGO_SETTINGS_MODULE"] = settings.SETTINGS_MODULE
        commands = {
            "web": [
                sys.executable, "-m", "gunicorn", "werkplaats.conf.wsgi:application",
                "--bind", f"{host}:{port}",
                "--workers", str(workers),
                # Load the site once, then fork: less memory, no slow first request per process.
                "--preload",
                "--error-logfile", "-",
                # Gunicorn 23+ opens a control socket in ~/.gunicorn; two servers would share it.
                "--no-control-socket",
            ],
        }  # fmt: skip
        if not no_task_worker:
            commands["worker"] = [sys.executable, "-m", "werkplaats", "db_worker"]
        # Daily tasks (settings.DAILY_TASKS, e.g. erasing expired personal data of practice
        # questions) are enqueued by a small scheduler, so no cron is needed. It keeps its
        # schedule in the task table, so several servers on one database share it.
        commands["scheduler"] = [sys.executable, "-m", "werkplaats", "scheduler"]

        self.stdout.write(f"Serving on http://{host}:{port}/ (stop with Ctrl+C)")
        children = {name: subprocess.Popen(argv, env=env) for name, argv in commands.items()}
        exit_code = supervise(children)
        if exit_code:
            raise CommandError(f"A process stopped unexpectedly (exit code {exit_code}).")


def supervise(children: dict[str, subprocess.Popen]) -> int:
    """Wait until a signal arrives or a child exits, then stop every child.

    Returns 0 after a requested stop, otherwise the exit code of the child that died (at least 1).
    """
    requested: list[int] = []

    def forward(signum, frame):
        requested.append(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    died = None
    try:
        while not requested and died is None:
            for name, child in children.items():
                if child.poll() is not None:
                    died = name
                    break
            else:
                time.sleep(POLL_SECONDS)
        stop_signal = requested[0] if requested else signal.SIGTERM
        for child in children.values():
            if child.poll() is None:
                child.send_signal(stop_signal)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for child in children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if died is None:
        return 0
    sys.stderr.write(f"{died} process stopped (exit code {children[died].returncode}).\n")
    return children[died].returncode or 1

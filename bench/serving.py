"""``werkplaats serve`` for a measurement (``bench/server.py``, ``loadtest/run.py``): a free port,
static files collected only when a source changed, the server started in a process group of its
own, ``/readyz`` awaited, and the whole group (gunicorn, task worker, scheduler) stopped after."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(argv, env, **kwargs) -> str:
    """A command's output; exits with its output when it fails."""
    result = subprocess.run(argv, env=env, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{' '.join(map(str, argv[:3]))} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def collect_static(env: dict, static_root: Path) -> None:
    """``collectstatic`` into ``static_root`` (the VAR_DIR's ``static``), unless its manifest is
    newer than every source file: collecting and compressing takes minutes on a busy machine."""
    manifest = static_root / "staticfiles.json"
    sources = [p for d in (ROOT / "src").rglob("static") for p in d.rglob("*") if p.is_file()]
    if not manifest.exists() or max(p.stat().st_mtime for p in sources) > manifest.stat().st_mtime:
        print("Collecting the static files…", flush=True)
        run([BIN / "werkplaats", "collectstatic", "--noinput", "-v", "0"], env)


def wait_ready(url: str, server: subprocess.Popen, timeout: float = 900) -> None:
    """Until /readyz answers 200 (static files collected, database up, migrations applied)."""
    deadline = time.monotonic() + timeout
    answer = "no answer"
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(
                f"werkplaats serve stopped (exit code {server.returncode}) before it was ready"
            )
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError as error:
            answer = error.read().decode(errors="replace")
            if "pending" in answer:
                sys.exit(f"/readyz: {answer} (the code changed after 'migrate'?)")
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    sys.exit(f"{url}/readyz did not answer 200 within {timeout:.0f} s: {answer}")


@contextlib.contextmanager
def served(env: dict, port: int, workers: int, log_path: Path) -> Iterator[subprocess.Popen]:
    """``werkplaats serve`` on 127.0.0.1:``port``, ready; stopped (SIGTERM to its group, SIGKILL
    after 30 s) when the block ends, however it ends."""
    print(f"Serving on http://127.0.0.1:{port} with {workers} gunicorn workers…", flush=True)
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [BIN / "werkplaats", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", str(workers), "--no-collectstatic"],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            wait_ready(f"http://127.0.0.1:{port}", server)
            yield server
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()

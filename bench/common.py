"""What the benchmark scripts share: Django on a database of their own, with the demo in it."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(var_dir: str) -> None:
    """Production settings (DEBUG off) on the database in ``var_dir``."""
    os.environ["VAR_DIR"] = var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.conf.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
    for folder in (ROOT / "src", ROOT / "bench"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import django

    django.setup()


def client_for(user=None):
    """Django's test client for a visitor, or signed in as ``user`` past the second factor (as
    after a good code: coordinators and editors need one)."""
    from django.test import Client

    from werkplaats.accounts import twofactor

    client = Client(HTTP_HOST="127.0.0.1")
    if user is not None:
        client.force_login(user)
        session = client.session
        session[twofactor.SESSION_KEY] = user.pk
        session.save()
    return client


def build_demo(scale: int | str, *, static: bool = True) -> None:
    """Migrates, collects the static files (pages link hashed files) and loads the demo at
    ``scale`` (a number or ``"benchmark"``) unless the database holds werkplaatsen already."""
    from django.core.management import call_command

    from werkplaats.network.models import Workshop

    call_command("migrate", verbosity=0)
    if static:
        call_command("collectstatic", interactive=False, verbosity=0)
    if not Workshop.objects.exists():
        call_command("demo", scale=scale, verbosity=0)

"""The WSGI application (gunicorn ``werkplaats.conf.wsgi:application``).

Importing it also imports every view through the URL patterns, so that gunicorn's ``--preload``
(which ``werkplaats serve`` uses) does that work once, before the web processes are forked, and a
process's first request does not pay for it. What is loaded then lives as long as the process, so it
is frozen out of the garbage collector's sight (``gc.freeze``): a full collection during a request
then scans only what requests made (at the benchmark size that took 50-100 ms off the slowest
requests), and the forked processes keep sharing those memory pages.
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.conf.settings")
application = get_wsgi_application()


def _import_every_view() -> None:
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and, through it, the views)


_import_every_view()
gc.collect()
gc.freeze()

"""The production settings with the floor view (``bench/floor_urls.py``) added, for
``bench/server.py``: ``DJANGO_SETTINGS_MODULE=server_settings`` with ``bench/`` on the path."""

from werkplaats.conf.settings import *  # noqa: F403

ROOT_URLCONF = "floor_urls"

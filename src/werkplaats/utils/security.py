"""Response headers that Django's SecurityMiddleware does not set: Content-Security-Policy and
Permissions-Policy.

The policy allows nothing inline: no ``<script>`` with code, no ``<style>`` element, no ``style=``
attribute, no ``on...=`` handler and no ``eval``. Scripts and style sheets come from our own static
files. JSON data blocks (``<script type="application/json">``, ``application/ld+json``) are not
executed, so the policy does not touch them.

A view that serves something else (a file download, the newsletter preview with the inline styles
e-mail needs) sets its own ``Content-Security-Policy`` header; this middleware leaves that alone.
"""

from django.conf import settings


def policy_header(directives: dict[str, list[str]]) -> str:
    """``{"default-src": ["'self'"], "upgrade-insecure-requests": []}`` as a header value."""
    return "; ".join(
        " ".join([name, *sources]) if sources else name for name, sources in directives.items()
    )


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response that has none."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = policy_header(settings.CONTENT_SECURITY_POLICY)
        self.permissions = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENY
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.csp:
            response.headers.setdefault("Content-Security-Policy", self.csp)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response

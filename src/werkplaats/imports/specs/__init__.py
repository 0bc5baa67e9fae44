"""Import specs, registered when the app is ready. Specs over apps that are not installed stay out."""

from django.apps import apps

from . import organisations  # noqa: F401

if apps.is_installed("werkplaats.projects"):
    from . import projects  # noqa: F401
if apps.is_installed("werkplaats.communities"):
    from . import communities  # noqa: F401

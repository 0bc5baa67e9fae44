"""Import specs, registered when the app is ready. Specs over apps that are not installed stay out."""

from . import organisations  # noqa: F401

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiAccessConfig(AppConfig):
    name = "werkplaats.apiaccess"
    label = "apiaccess"
    verbose_name = _("API access")

    def ready(self):
        # Registers the bearer scheme with drf-spectacular.
        from . import schema  # noqa: F401

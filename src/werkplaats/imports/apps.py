from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "werkplaats.imports"
    label = "imports"
    verbose_name = _("Import and export")

    def ready(self):
        from . import specs  # noqa: F401  (registers the import specs)

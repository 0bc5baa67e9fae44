from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "werkplaats.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        # The built-in sources, then index maintenance on save and delete of what they index.
        from . import signals, sources

        sources.register_builtin()
        signals.connect()

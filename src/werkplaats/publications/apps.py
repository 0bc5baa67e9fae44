from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "werkplaats.publications"
    label = "publications"
    verbose_name = _("Publications")

    def ready(self):
        # Publications in the one search index, and tombstones for OAI-PMH when a public record
        # is withdrawn or deleted (see ``services.remember_withdrawal``).
        from . import search_sources, signals

        search_sources.register_publications()
        signals.connect()

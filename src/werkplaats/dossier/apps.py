from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossierConfig(AppConfig):
    name = "werkplaats.dossier"
    label = "dossier"
    verbose_name = _("Dossier")

    def ready(self):
        # Published articles in the one search index (kept in step on save and delete).
        from . import search_sources

        search_sources.register_articles()

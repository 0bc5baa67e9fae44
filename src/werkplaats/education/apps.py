from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "werkplaats.education"
    label = "education"
    verbose_name = _("Education")

    def ready(self):
        # Public offers and published teaching cases in the one search index.
        from . import search_sources

        search_sources.register_education()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "werkplaats.projects"
    label = "projects"
    verbose_name = _("Projects")

    def ready(self):
        # Projects appear in the home page's recent activity and in question suggestions.
        from . import matching, queries  # noqa: F401

        matching.register()

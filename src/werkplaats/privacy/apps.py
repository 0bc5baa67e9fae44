from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "werkplaats.privacy"
    label = "privacy"
    verbose_name = _("Privacy and audit log")

    def ready(self):
        # Audit every registered model's writes, whoever makes them (site, admin, API, tasks).
        from . import audit

        audit.connect()

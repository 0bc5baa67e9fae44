from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OaiConfig(AppConfig):
    name = "werkplaats.oai"
    label = "oai"
    verbose_name = _("OAI-PMH")

    def ready(self):
        # Tombstones for products that leave the public, so harvesters learn they are gone
        # (publications keep their own, ``publications.DeletedPublication``).
        from . import signals

        signals.connect()

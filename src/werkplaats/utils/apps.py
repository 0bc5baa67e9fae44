from django.apps import AppConfig


class UtilsConfig(AppConfig):
    name = "werkplaats.utils"
    label = "utils"
    verbose_name = "Utilities"

    def ready(self):
        from . import pagecache

        pagecache.connect()

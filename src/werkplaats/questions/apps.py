from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "werkplaats.questions"
    label = "questions"
    verbose_name = _("Practice questions")

    def ready(self):
        # Registers the published questions as a source of the home page's recent activity.
        from . import queries  # noqa: F401

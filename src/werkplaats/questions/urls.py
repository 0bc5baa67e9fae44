"""All URLs of practice questions, namespace ``questions``; each part keeps its own list."""

from .intake_urls import urlpatterns as intake_patterns
from .triage_urls import urlpatterns as triage_patterns

app_name = "questions"

urlpatterns = [*intake_patterns, *triage_patterns]

"""Public intake and the submitter's tracking page."""

urlpatterns = []

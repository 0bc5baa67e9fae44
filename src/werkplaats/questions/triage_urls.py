"""Coordinators' inbox and triage, and the public question board."""

urlpatterns = []

"""The iCalendar feeds: one per community, one per werkplaats for all its communities."""

import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.network.models import Workshop

from .. import ical
from ..models import LearningCommunity, Meeting

#: How far back a feed goes; older meetings stay on the community's page.
HISTORY = datetime.timedelta(days=365)


def _meetings():
    return Meeting.objects.filter(starts_at__gte=timezone.now() - HISTORY).select_related(
        "community"
    )


def _response(name: str, meetings, filename: str) -> HttpResponse:
    response = HttpResponse(
        ical.calendar(name, meetings), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def community_calendar(request, slug):
    community = get_object_or_404(LearningCommunity, slug=slug)
    return _response(community.name, _meetings().filter(community=community), community.slug)


def workshop_calendar(request, slug):
    workshop = get_object_or_404(Workshop, slug=slug)
    name = _("Learning communities of %(name)s") % {"name": workshop.name}
    return _response(name, _meetings().filter(community__workshop=workshop), workshop.slug)

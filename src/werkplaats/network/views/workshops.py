from django.shortcuts import get_object_or_404, render

from werkplaats.communities.queries import communities_of_workshop
from werkplaats.projects.queries import projects_of_workshop
from werkplaats.questions.queries import published_questions_of

from .. import queries
from ..models import Workshop
from ..permissions import can_manage_workshop


def home(request):
    workshops = queries.workshops_with_leads()
    return render(
        request,
        "network/home.html",
        {
            "provinces": queries.workshops_by_province(workshops),
            "activity": queries.recent_activity(request.user),
            "counts": queries.network_counts(),
        },
    )


def workshop_list(request):
    return render(
        request,
        "network/workshop_list.html",
        {
            "workshops": queries.workshops_with_leads(),
        },
    )


def workshop(request, slug):
    workshop = get_object_or_404(Workshop, slug=slug)
    return render(
        request,
        "network/workshop_detail.html",
        {
            "page": queries.workshop_page(workshop, request.user),
            "workshop": workshop,
            "can_manage": can_manage_workshop(request.user, workshop),
            "questions": published_questions_of(workshop),
            "projects": projects_of_workshop(workshop, request.user),
            "communities": communities_of_workshop(workshop),
        },
    )

"""Public pages of learning communities: the list with filters and a community's page."""

from django.shortcuts import get_object_or_404, render

from werkplaats.network.views.pagination import paginate

from .. import permissions, queries
from ..forms import CommunityFilterForm


def community_list(request):
    form = CommunityFilterForm(request.GET)
    communities = queries.communities_for_list(request.user, form.filters())
    return render(
        request,
        "communities/list.html",
        {"form": form, "page_obj": paginate(request, communities)},
    )


def community_detail(request, slug):
    community = get_object_or_404(
        permissions.communities_visible_to(request.user).select_related("workshop", "theme"),
        slug=slug,
    )
    return render(
        request,
        "communities/detail.html",
        {
            "community": community,
            "page": queries.community_page(request.user, community),
            "can_manage": permissions.can_manage_community(request.user, community),
            "can_edit": permissions.can_edit_community(request.user, community),
            "is_member": permissions.is_member(request.user, community),
        },
    )

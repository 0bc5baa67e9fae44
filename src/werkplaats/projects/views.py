"""Public project pages: the list with filters and one project's page."""

from django.shortcuts import get_object_or_404, render

from werkplaats.network.views.pagination import paginate

from . import queries
from .filter_forms import ProjectFilterForm
from .permissions import can_edit_project


def project_list(request):
    form = ProjectFilterForm(request.GET)
    return render(
        request,
        "projects/list.html",
        {
            "form": form,
            "page_obj": paginate(request, queries.project_list(request.user, form.filters())),
        },
    )


def project_detail(request, slug):
    project = get_object_or_404(queries.detail_queryset(request.user), slug=slug)
    return render(
        request,
        "projects/detail.html",
        {
            "project": project,
            "page": queries.project_page(project),
            "can_edit": can_edit_project(request.user, project),
        },
    )

from django.shortcuts import get_object_or_404, render

from .. import queries
from ..filter_forms import OrganisationFilterForm, PersonFilterForm
from .pagination import paginate


def organisation_list(request):
    form = OrganisationFilterForm(request.GET)
    organisations = queries.organisations_for_directory(form.filters())
    return render(
        request,
        "network/organisation_list.html",
        {
            "form": form,
            "page_obj": paginate(request, organisations),
        },
    )


def organisation(request, slug):
    organisation = get_object_or_404(queries.organisation_detail_queryset(), slug=slug)
    return render(
        request,
        "network/organisation_detail.html",
        {
            "organisation": organisation,
            "page": queries.organisation_page(organisation, request.user),
        },
    )


def person_list(request):
    form = PersonFilterForm(request.GET)
    people = queries.people_for_directory(request.user, form.filters())
    return render(
        request,
        "network/person_list.html",
        {
            "form": form,
            "page_obj": paginate(request, people),
        },
    )


def person(request, slug):
    """A profile. Someone the user may not see is answered like someone who does not exist."""
    person = get_object_or_404(queries.person_detail_queryset(request.user), slug=slug)
    return render(request, "network/person_detail.html", {"person": person})

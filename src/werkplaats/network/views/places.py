from django.shortcuts import get_object_or_404, render

from .. import queries
from ..filter_forms import MunicipalitySearchForm
from ..models import Municipality, Workshop


def municipality_lookup(request):
    """ "Which werkplaats works in my municipality?" With no question asked, every municipality."""
    form = MunicipalitySearchForm(request.GET)
    query = form.query()
    municipalities = list(queries.municipalities_matching(query)) if query else []
    return render(
        request,
        "network/municipality_lookup.html",
        {
            "form": form,
            "query": query,
            "results": municipalities,
            "all_by_province": (
                None
                if query
                else queries.municipalities_by_province(queries.municipalities_matching(""))
            ),
            "names": queries.municipality_names(),
        },
    )


def municipality(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    return render(
        request,
        "network/municipality_detail.html",
        {
            "municipality": municipality,
            "workshops": Workshop.objects.filter(municipalities=municipality).order_by("name"),
            "organisations": municipality.organisations.select_related("kind").order_by("name"),
        },
    )

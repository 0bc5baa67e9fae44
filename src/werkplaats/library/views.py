"""Public library pages: the list with filters and one product's page."""

from django.shortcuts import get_object_or_404, render

from werkplaats.network.views.pagination import paginate

from . import queries
from .filter_forms import ProductFilterForm
from .permissions import can_edit_product
from .readability import flesch_douma
from .related import related_work


def product_list(request):
    form = ProductFilterForm(request.GET)
    return render(
        request,
        "library/list.html",
        {
            "form": form,
            "page_obj": paginate(request, queries.product_list(request.user, form.filters())),
        },
    )


def product_detail(request, slug):
    product = get_object_or_404(queries.detail_queryset(request.user), slug=slug)
    can_edit = can_edit_product(request.user, product)
    return render(
        request,
        "library/detail.html",
        {
            "product": product,
            "page": queries.product_page(product, request.user),
            "related": related_work(product, request.user),
            "can_edit": can_edit,
            "readability": flesch_douma(product.summary) if can_edit else None,
        },
    )

"""Public library pages: the list with filters, one product's page and its files."""

from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from werkplaats.education.models import AssignmentOffer, GroupMember
from werkplaats.network.views.pagination import paginate

from . import queries
from .filter_forms import ProductFilterForm
from .models import ProductFile
from .permissions import can_create_product, can_edit_product, products_visible_to
from .readability import flesch_douma
from .related import related_work

#: Attachments are never run as a page; PDF and images open in the browser's own viewer, which
#: a sandbox would block, so they get a policy that allows no script, frame or connection.
ATTACHMENT_POLICY = "default-src 'none'; sandbox"
INLINE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'"


def product_list(request):
    form = ProductFilterForm(request.GET)
    return render(
        request,
        "library/list.html",
        {
            "form": form,
            "page_obj": paginate(request, queries.product_list(request.user, form.filters())),
            "can_create": can_create_product(request.user),
        },
    )


def product_detail(request, slug):
    product = get_object_or_404(
        queries.detail_queryset(request.user).prefetch_related("files"), slug=slug
    )
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
            "student_work": _student_work(product),
        },
    )


def _student_work(product):
    """The offer a product came from as student work (its public provenance: programme, offer,
    the students who consented to be named), or None."""
    named = GroupMember.objects.filter(named_publicly=True).order_by("joined_at", "pk")
    return (
        AssignmentOffer.objects.public()
        .select_related("workshop", "group__programme__institution")
        .prefetch_related(Prefetch("group__members", queryset=named, to_attr="named_members"))
        .filter(product=product)
        .first()
    )


def product_file(request, slug, file_uuid):
    """Streams a product's file to whoever may see the product: a draft's files are 404 for
    everyone else, exactly like the draft."""
    item = get_object_or_404(
        ProductFile.objects.select_related("product"),
        uuid=file_uuid,
        product__slug=slug,
        product__in=products_visible_to(request.user),
    )
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=item.content_type,
        as_attachment=not item.is_inline,
        filename=item.filename,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = INLINE_POLICY if item.is_inline else ATTACHMENT_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = (
        "public, max-age=300" if item.product.is_published else "private, no-store"
    )
    return response

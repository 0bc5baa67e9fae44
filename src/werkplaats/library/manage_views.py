"""Where coordinators and network editors write the library: ``/bibliotheek/nieuw/``,
``/bibliotheek/<slug>/bewerken/`` and ``/bibliotheek/<slug>/publiceren/``. Each view asks
``permissions`` first, lets ``ProductEditor`` parse and save, and redirects; a page with errors
comes back (status 400) with everything that was typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .constants import METHOD_KIND
from .forms import ProductEditor
from .models import Product
from .permissions import can_create_product, can_edit_product
from .readability import flesch_douma


def _editable(request, slug) -> Product:
    product = get_object_or_404(
        Product.objects.select_related("kind", "project").prefetch_related(
            "workshops", "themes", "makers", "beneficiary_groups"
        ),
        slug=slug,
    )
    if not can_edit_product(request.user, product):
        raise PermissionDenied
    return product


def _render(request, editor: ProductEditor, product: Product | None):
    summary = editor.form["summary"].value() or ""
    return render(
        request,
        "library/manage/form.html",
        {
            "editor": editor,
            "form": editor.form,
            "product": product,
            "readability": flesch_douma(summary),
            "method_kind": METHOD_KIND,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def create(request):
    if not can_create_product(request.user):
        raise PermissionDenied
    editor = ProductEditor(request.user, None, request.POST or None, request.FILES or None)
    if request.method == "POST" and editor.is_valid():
        product = editor.save()
        if product is not None:
            messages.success(
                request, _("The product has been saved as a draft. Publish it when it is ready.")
            )
            return redirect("library:edit", slug=product.slug)
    return _render(request, editor, None)


@login_required
def edit(request, slug):
    product = _editable(request, slug)
    editor = ProductEditor(request.user, product, request.POST or None, request.FILES or None)
    if request.method == "POST" and editor.is_valid() and editor.save() is not None:
        messages.success(request, _("The product has been saved."))
        return redirect("library:edit", slug=product.slug)
    return _render(request, editor, product)


@login_required
@require_POST
def publish(request, slug):
    product = _editable(request, slug)
    if request.POST.get("publish") == "1":
        services.publish(product)
        messages.success(request, _("The product is now public."))
    else:
        services.unpublish(product)
        messages.success(request, _("The product is a draft again: only editors see it."))
    return redirect("library:edit", slug=product.slug)

"""Writing library products through the API: ``POST /products/``, ``PUT``/``PATCH
/products/<slug>/``.

The editors' ``ProductForm`` validates (types first, by a serializer made from it), and
``services.create_product`` / ``update_product`` write, as on the site's editing page. Kind,
werkplaatsen, project, makers, themes and beneficiary groups are named by slug. What a product
has that the key may not choose (a werkplaats of another region, a maker without consent) is
kept, as on the site. Links, files, adoptions and what it builds on are not written here; a new
product is a draft.
"""

import copy

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError as DRFValidationError

from werkplaats.apiaccess.schema import write_responses
from werkplaats.apiaccess.writing import (
    FormWriteMixin,
    as_form_value,
    form_errors,
    form_serializer,
    use_slugs,
)
from werkplaats.network.forms import apply_errors

from . import services
from .forms import ProductForm
from .permissions import can_create_product, can_edit_product

SLUG_LOOKUPS = {
    "workshops": "slug",
    "project": "slug",
    "makers": "slug",
    "themes": "slug",
    "beneficiary_groups": "slug",
}

ProductWriteSerializer = form_serializer(
    "ProductWrite", ProductForm, required=("title", "kind", "workshops")
)
ProductWriteSerializer.__doc__ = (
    "A product as the editors' form takes it: kind, werkplaatsen, project, makers, themes and "
    "beneficiary groups by slug."
)

SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH, description=_("The product's slug."))


def write_schemas(answer) -> dict:
    """The write operations' documentation, for the viewset's ``extend_schema_view``."""
    return dict(
        create=extend_schema(
            summary=_("Create a library product"),
            description=_(
                "A new draft product of the werkplaatsen in `workshops`, validated by the same "
                "rules as the editors' form (a method needs a goal, a target group and an "
                "approach). A key may name only its own werkplaats; network editors any."
            ),
            tags=["library"],
            request=ProductWriteSerializer,
            responses=write_responses(201, answer),
        ),
        update=extend_schema(
            summary=_("Replace a library product"),
            description=_(
                "Every field as given; fields left out become empty. What the product has that "
                "you may not choose (another region's werkplaats, a maker you may not see) stays."
            ),
            tags=["library"],
            parameters=[SLUG],
            request=ProductWriteSerializer,
            responses=write_responses(200, answer),
        ),
        partial_update=extend_schema(
            summary=_("Change a library product"),
            description=_("Only the fields given change."),
            tags=["library"],
            parameters=[SLUG],
            request=ProductWriteSerializer,
            responses=write_responses(200, answer),
        ),
    )


class ProductWriting(FormWriteMixin):
    write_serializer_class = ProductWriteSerializer
    form_class = ProductForm

    def build_form(self, values, product):
        instance = copy.copy(product) if product is not None else None  # as the editor does
        form = ProductForm(data=values, instance=instance, user=self.request.user)
        return use_slugs(form, **SLUG_LOOKUPS)

    def current_values(self, product):
        # Only what this user may choose: the rest is kept by the form (``ProductForm.kept``).
        form = ProductForm(instance=product, user=self.request.user)
        values = {}
        for name, field in form.fields.items():
            value = getattr(product, name)
            if name in {"workshops", "makers"}:
                choosable = set(field.queryset.values_list("pk", flat=True))
                value = [item for item in value.all() if item.pk in choosable]
            values[name] = as_form_value(value)
        return values

    def may_create(self, form):
        return can_create_product(self.request.user)

    def may_change(self, product):
        return can_edit_product(self.request.user, product)

    def save_form(self, form, product):
        data = form.values()
        relations = {
            name: data.pop(name) for name in ("workshops", "themes", "makers", "beneficiary_groups")
        }
        try:
            with transaction.atomic():
                if product is None:
                    return services.create_product(**data, **relations)
                return services.update_product(product, **data, **relations)
        except ValidationError as error:  # a service's rule: its message, nothing written
            apply_errors(form, error)
            raise DRFValidationError(form_errors(form)) from error

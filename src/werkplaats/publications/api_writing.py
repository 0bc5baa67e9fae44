"""Writing publications through the API: ``POST /publications/``, ``PUT``/``PATCH
/publications/<slug or UUID>/``.

``PublicationForm`` has the fields the editors' admin form has (the model's own rules: year and
date agree, an embargo end only when embargoed, a DOI once), with werkplaatsen limited to the
writer's own as the library's editing form does. A new publication is written by
``services.create_publication`` (a draft); a change is checked by the model and saved as the
admin saves it, so the tombstone rule (``signals``) follows. Werkplaatsen, themes, projects and
products are named by slug. Authors are not written here (they stay as they are); publishing neither.
"""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError as DRFValidationError

from werkplaats.accounts.roles import is_network_editor
from werkplaats.apiaccess.schema import write_responses
from werkplaats.apiaccess.writing import (
    FormWriteMixin,
    as_form_value,
    form_errors,
    form_serializer,
    use_slugs,
)
from werkplaats.library.permissions import products_visible_to, workshops_for_products_of
from werkplaats.network.forms import apply_errors
from werkplaats.projects.permissions import projects_visible_to

from . import services
from .models import Publication
from .permissions import can_edit_publication

RELATIONS = ("workshops", "themes", "projects", "products")


class PublicationForm(forms.ModelForm):
    """A publication's record as the editors' admin form has it, for one writer."""

    url = forms.URLField(
        label=_("web address"), max_length=500, required=False, assume_scheme="https"
    )

    class Meta:
        model = Publication
        fields = [
            "title",
            "publication_type",
            "year",
            "date",
            "abstract",
            "language",
            "journal",
            "publisher",
            "volume",
            "issue",
            "pages",
            "isbn",
            "issn",
            "doi",
            "url",
            "access_rights",
            "embargo_until",
            "licence",
            *RELATIONS,
        ]
        help_texts = {
            "workshops": _("The werkplaatsen whose coordinators may edit the publication."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["workshops"].queryset = workshops_for_products_of(user).order_by("name")
        fields["workshops"].required = True
        fields["workshops"].error_messages["required"] = _(
            "Choose at least one werkplaats: its coordinators look after the publication."
        )
        fields["themes"].queryset = fields["themes"].queryset.filter(is_active=True)
        fields["projects"].queryset = projects_visible_to(user)
        fields["products"].queryset = products_visible_to(user)
        use_slugs(self, **{name: "slug" for name in RELATIONS})
        self.kept = {name: [] for name in RELATIONS}
        if self.instance.pk:  # what the writer may not choose stays as it is
            for name in RELATIONS:
                allowed = set(fields[name].queryset.values_list("pk", flat=True))
                current = getattr(self.instance, name).all()
                self.kept[name] = [item for item in current if item.pk not in allowed]

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        for name in RELATIONS:
            data[name] = [*data[name], *self.kept[name]]
        return data


PublicationWriteSerializer = form_serializer(
    "PublicationWrite", PublicationForm, required=("title", "publication_type", "workshops")
)
PublicationWriteSerializer.__doc__ = (
    "A publication's record: werkplaatsen, themes, projects and products by slug."
)

IDENTIFIER = OpenApiParameter(
    "identifier", str, OpenApiParameter.PATH, description=_("The publication's slug or UUID.")
)


def write_schemas(answer) -> dict:
    """The write operations' documentation, for the viewset's ``extend_schema_view``."""
    return dict(
        create=extend_schema(
            summary=_("Create a publication"),
            description=_(
                "A new draft publication of the werkplaatsen in `workshops`, validated by the same "
                "rules as the editors' form (year and date agree, an embargo end date only when "
                "embargoed, a DOI only once). A key may name only its own werkplaats. Authors "
                "are added in the site."
            ),
            tags=["publications"],
            request=PublicationWriteSerializer,
            responses=write_responses(201, answer),
        ),
        update=extend_schema(
            summary=_("Replace a publication"),
            description=_(
                "Every field as given; fields left out become empty. What it has that you may "
                "not choose (another region's werkplaats, a draft you may not see) stays; its "
                "authors and whether it is published stay too."
            ),
            tags=["publications"],
            parameters=[IDENTIFIER],
            request=PublicationWriteSerializer,
            responses=write_responses(200, answer),
        ),
        partial_update=extend_schema(
            summary=_("Change a publication"),
            description=_("Only the fields given change."),
            tags=["publications"],
            parameters=[IDENTIFIER],
            request=PublicationWriteSerializer,
            responses=write_responses(200, answer),
        ),
    )


class PublicationWriting(FormWriteMixin):
    write_serializer_class = PublicationWriteSerializer
    form_class = PublicationForm

    def build_form(self, values, publication):
        instance = copy.copy(publication) if publication is not None else None
        return PublicationForm(data=values, instance=instance, user=self.request.user)

    def current_values(self, publication):
        form = PublicationForm(instance=publication, user=self.request.user)
        values = {}
        for name in form.fields:
            value = getattr(publication, name)
            if name in RELATIONS:
                allowed = set(form.fields[name].queryset.values_list("pk", flat=True))
                value = [item for item in value.all() if item.pk in allowed]
            values[name] = as_form_value(value)
        return values

    def may_create(self, form):
        user = self.request.user
        return is_network_editor(user) or workshops_for_products_of(user).exists()

    def may_change(self, publication):
        return can_edit_publication(self.request.user, publication)

    def save_form(self, form, publication):
        data = form.values()
        try:
            with transaction.atomic():
                if publication is None:
                    return services.create_publication(**data)
                relations = {name: data.pop(name) for name in RELATIONS}
                for name, value in data.items():
                    setattr(publication, name, value)
                publication.full_clean()
                publication.save()
                for name, value in relations.items():
                    getattr(publication, name).set(value)
                return publication
        except ValidationError as error:  # a rule of the model: its message, nothing written
            apply_errors(form, error)
            raise DRFValidationError(form_errors(form)) from error

"""Partnerships of a werkplaats in the API: ``/workshops/<slug>/partners/`` lists them and adds one
(``POST``), ``/workshops/<slug>/partners/<organisation>/<role>/`` shows, changes (``PATCH``) and ends
(``DELETE``) one.

A partnership has no slug of its own: the organisation's slug and the role name it, as in the
coordinators' pages (``manage_urls``). The site's ``AddPartnerForm`` / ``PartnershipForm`` /
``EndPartnershipForm`` validate and ``services.add_partner`` / ``update_partnership`` /
``end_partnership`` write. Ending keeps the record (the network's history) and answers with it.
Partnerships are public, as on the werkplaats's page; changing them is for the werkplaats's
coordinators and network editors, and a write key of that werkplaats.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import ValidationError as DRFValidationError

from werkplaats.apiaccess.schema import write_responses
from werkplaats.apiaccess.writing import FormWriteMixin, form_errors, form_serializer

from .. import services
from ..forms import AddPartnerForm, EndPartnershipForm, PartnershipForm, apply_errors
from ..models import Partnership, Workshop
from ..permissions import can_manage_workshop
from .serializers import WorkshopPartnerSerializer

SLUG = "[-a-zA-Z0-9_]+"


class PartnershipSerializer(WorkshopPartnerSerializer):
    """A partnership: the werkplaats, the organisation, its role and the period."""

    workshop = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta(WorkshopPartnerSerializer.Meta):
        fields = ["workshop", *WorkshopPartnerSerializer.Meta.fields]


AddPartnerSerializer = form_serializer("PartnershipAdd", AddPartnerForm, required=("organisation",))
AddPartnerSerializer.__doc__ = "A partner to add: an organisation already registered, by slug."
ChangePartnershipSerializer = form_serializer("PartnershipChange", PartnershipForm)
ChangePartnershipSerializer.__doc__ = "A partnership's role and period."

WORKSHOP = OpenApiParameter(
    "workshop_slug", str, OpenApiParameter.PATH, description=_("The werkplaats's slug.")
)
DETAIL = [
    WORKSHOP,
    OpenApiParameter(
        "organisation", str, OpenApiParameter.PATH, description=_("The organisation's slug.")
    ),
    OpenApiParameter("role", str, OpenApiParameter.PATH, description=_("Its role.")),
]
END_DATE = OpenApiParameter(
    "end_date",
    OpenApiTypes.DATE,
    OpenApiParameter.QUERY,
    description=_("The partnership's last day; today when left out."),
)


@extend_schema_view(
    list=extend_schema(
        summary=_("List a werkplaats's partnerships"),
        description=_("Every partnership of the werkplaats, ended ones included, with the period."),
        tags=["network"],
        parameters=[WORKSHOP],
    ),
    retrieve=extend_schema(
        summary=_("Get one partnership"),
        description=_("One partnership, named by the organisation's slug and the role."),
        tags=["network"],
        parameters=DETAIL,
    ),
    create=extend_schema(
        summary=_("Add a partner"),
        description=_(
            "Makes a registered organisation a partner of the werkplaats in a role, checked as "
            "the coordinators' form checks it (each role once, the end after the start). The "
            "werkplaats's coordinators and network editors; a write key of that werkplaats."
        ),
        tags=["network"],
        parameters=[WORKSHOP],
        request=AddPartnerSerializer,
        responses=write_responses(201, PartnershipSerializer),
    ),
    partial_update=extend_schema(
        summary=_("Change a partnership"),
        description=_("Only the fields given change: the role, the start or the end."),
        tags=["network"],
        parameters=DETAIL,
        request=ChangePartnershipSerializer,
        responses=write_responses(200, PartnershipSerializer),
    ),
    destroy=extend_schema(
        summary=_("End a partnership"),
        description=_(
            "Ends the partnership on `end_date` (today when left out). The record stays, as the "
            "network's history, and is the answer."
        ),
        tags=["network"],
        parameters=[*DETAIL, END_DATE],
        responses=write_responses(200, PartnershipSerializer),
    ),
)
class PartnershipViewSet(
    FormWriteMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = PartnershipSerializer
    # The organisation and the role name a partnership (two path parts, as in the site).
    lookup_url_kwarg = "organisation"
    lookup_value_regex = f"{SLUG})/(?P<role>{SLUG}"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    filter_backends = []
    queryset = Partnership.objects.none()

    @property
    def write_serializer_class(self):
        return AddPartnerSerializer if self.action == "create" else ChangePartnershipSerializer

    @property
    def form_class(self):
        return AddPartnerForm if self.action == "create" else PartnershipForm

    def workshop(self) -> Workshop:
        if not hasattr(self, "_workshop"):
            self._workshop = get_object_or_404(Workshop, slug=self.kwargs["workshop_slug"])
        return self._workshop

    def get_queryset(self):
        return (
            Partnership.objects.filter(workshop=self.workshop())
            .select_related("workshop", "organisation__kind")
            .order_by("organisation__name", "role", "pk")
        )

    def get_object(self):
        return get_object_or_404(
            self.get_queryset(),
            organisation__slug=self.kwargs["organisation"],
            role=self.kwargs["role"],
        )

    def build_form(self, values, partnership):
        form = self.form_class(data=values)
        if "organisation" in form.fields:  # the API adds registered organisations only
            form.fields["organisation"].required = True
        return form

    def current_values(self, partnership):
        return {
            "role": partnership.role,
            "start_date": partnership.start_date,
            "end_date": partnership.end_date,
        }

    def may_create(self, form):
        return can_manage_workshop(self.request.user, self.workshop())

    def may_change(self, partnership):
        return can_manage_workshop(self.request.user, partnership.workshop)

    def create(self, request, *args, **kwargs):
        self.workshop()  # an unknown werkplaats is a 404 before anything else
        return super().create(request, *args, **kwargs)

    def _write(self, form, write):
        try:
            with transaction.atomic():
                return write()
        except ValidationError as error:  # a service's rule: its message, nothing written
            apply_errors(form, error)
            raise DRFValidationError(form_errors(form)) from error

    def save_form(self, form, partnership):
        data = dict(form.cleaned_data)
        if partnership is None:
            organisation = data.pop("organisation")
            return self._write(
                form, lambda: services.add_partner(self.workshop(), organisation, **data)
            )
        return self._write(form, lambda: services.update_partnership(partnership, **data))

    def destroy(self, request, *args, **kwargs):
        partnership = self.get_object()
        if not self.may_change(partnership):
            raise PermissionDenied
        day = request.query_params.get("end_date") or timezone.localdate()
        form = EndPartnershipForm(data={"end_date": day})
        if not form.is_valid():
            raise DRFValidationError(form_errors(form))
        ended = self._write(
            form, lambda: services.end_partnership(partnership, on=form.cleaned_data["end_date"])
        )
        return self._answer(ended, 200)

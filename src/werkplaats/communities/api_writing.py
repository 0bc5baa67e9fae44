"""Writing meetings of learning communities through the API: ``POST /meetings/`` plans one,
``PATCH /meetings/<uuid>/`` changes it, ``DELETE /meetings/<uuid>/`` cancels it.

The site's ``MeetingForm`` validates (date and Amsterdam wall-clock times, the end after the
start), and ``services.schedule_meeting`` / ``reschedule_meeting`` / ``cancel_meeting`` write, as
the community's pages do. The community is named by slug when planning and stays after. Who runs
the community in the site may do so here; a key only for the communities of its own werkplaats
(never as a facilitator: a key acts for its werkplaats).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.response import Response

from werkplaats.apiaccess.schema import ERRORS, write_responses
from werkplaats.apiaccess.writing import FormWriteMixin, form_errors, form_serializer
from werkplaats.network.forms import apply_errors

from . import services
from .manage_forms import MeetingForm
from .models import LearningCommunity
from .permissions import can_manage_community, facilitates_any_community_in_person

MeetingWriteSerializer = form_serializer(
    "MeetingWrite",
    MeetingForm,
    required=("title", "date", "start_time", "end_time"),
    extra={
        "community": serializers.SlugField(
            required=False,
            help_text=_("Slug of the learning community (required to plan; kept after)."),
        )
    },
)
MeetingWriteSerializer.__doc__ = (
    "A meeting as the community's form takes it: the date, and start and end as Amsterdam "
    "wall-clock times (HH:MM)."
)

UUID = OpenApiParameter(
    "uuid", OpenApiTypes.UUID, OpenApiParameter.PATH, description=_("Its UUID.")
)


def write_schemas(answer) -> dict:
    """The write operations' documentation, for the viewset's ``extend_schema_view``."""
    return dict(
        create=extend_schema(
            summary=_("Plan a meeting"),
            description=_(
                "A new meeting of `community`, checked as the community's form checks it (the "
                "end after the start). Facilitators and coordinators in the site; a key for the "
                "communities of its own werkplaats."
            ),
            tags=["communities"],
            request=MeetingWriteSerializer,
            responses=write_responses(201, answer),
        ),
        partial_update=extend_schema(
            summary=_("Change a meeting"),
            description=_(
                "Only the fields given change; the community stays. Times are Amsterdam time."
            ),
            tags=["communities"],
            parameters=[UUID],
            request=MeetingWriteSerializer,
            responses=write_responses(200, answer),
        ),
        destroy=extend_schema(
            summary=_("Cancel a meeting"),
            description=_(
                "Calls the meeting off. A meeting with a reflection took place and is kept (400)."
            ),
            tags=["communities"],
            parameters=[UUID],
            responses={204: OpenApiResponse(description=_("Cancelled.")), **ERRORS},
        ),
    )


class MeetingWriting(FormWriteMixin):
    write_serializer_class = MeetingWriteSerializer
    form_class = MeetingForm
    # Planned, changed and cancelled, as in the site; there is no "replace" there.
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def may_create_any(self) -> bool:
        user = self.request.user
        if super().may_create_any():
            return True
        return facilitates_any_community_in_person(user)

    def build_form(self, values, meeting):
        self._community = (
            meeting.community
            if meeting is not None
            else LearningCommunity.objects.filter(slug=values.get("community") or "").first()
        )
        form = MeetingForm(data=values)
        if self._community is None:
            form.full_clean()
            form.add_error(
                None, _("Name the learning community of the meeting in community (its slug).")
            )
        return form

    def current_values(self, meeting):
        return MeetingForm.initial_for(meeting)

    def may_create(self, form):
        return can_manage_community(self.request.user, self._community)

    def may_change(self, meeting):
        return can_manage_community(self.request.user, meeting.community)

    def save_form(self, form, meeting):
        try:
            with transaction.atomic():
                if meeting is None:
                    return services.schedule_meeting(self._community, **form.meeting_fields())
                return services.reschedule_meeting(meeting, **form.meeting_fields())
        except ValidationError as error:
            apply_errors(form, error)
            raise DRFValidationError(form_errors(form)) from error

    def destroy(self, request, *args, **kwargs):
        meeting = self.get_object()
        if not self.may_change(meeting):
            raise PermissionDenied
        try:
            services.cancel_meeting(meeting)
        except ValidationError as error:
            raise DRFValidationError({"non_field_errors": error.messages}) from error
        return Response(status=status.HTTP_204_NO_CONTENT)

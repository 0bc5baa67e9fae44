"""Practice questions in the REST API under ``/api/v1/questions/``.

- Anyone reads the published questions, with what the coordinator wrote for the public board.
- Coordinators also read their own werkplaats's questions (network editors: all), with a
  ``handling`` object holding the submitter's own text; for every other row it is null.
- Partner websites submit questions with ``POST``: the same validation as the site's form (the
  form itself validates), the same rate limit per address, and a ``submission_key`` that makes a
  retry safe.

The API never carries the submitter's name or e-mail address, whoever asks.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.fields import empty
from rest_framework.response import Response
from rest_framework.settings import api_settings

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor
from werkplaats.network.models import Theme, Workshop
from werkplaats.utils.api import represent

from .constants import QuestionType, State, TimeFrame
from .forms import MAX_LENGTHS, IntakeFieldsForm
from .models import PracticeQuestion
from .permissions import public_questions, questions_handled_by
from .services import spam
from .services.intake import SubmissionKeyConflict, submit_question


def register(router):
    """Adds the questions endpoint to the API router."""
    router.register("questions", QuestionViewSet, basename="question")


# Reading.


class QuestionHandlingSerializer(serializers.ModelSerializer):
    """What the werkplaats that handles a question sees of it (never the submitter's contact)."""

    submitter_role = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = PracticeQuestion
        fields = [
            "reference",
            "title",
            "question",
            "context",
            "actors",
            "hoped_result",
            "time_frame",
            "organisation_name",
            "submitter_role",
            "classification_confirmed",
            "is_published",
            "submitted_at",
            "state_changed_at",
            "closed_at",
        ]
        read_only_fields = fields


class QuestionSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="question-detail", lookup_field="uuid")
    workshop = serializers.SlugRelatedField(
        read_only=True, slug_field="slug", help_text="Slug of the werkplaats that handles it."
    )
    municipality = serializers.SlugRelatedField(
        read_only=True, slug_field="code", help_text="CBS code of the municipality."
    )
    themes = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="slug", help_text="Slugs of the themes."
    )
    handling = serializers.SerializerMethodField(
        help_text="The question as the werkplaats handles it; null unless you coordinate that "
        "werkplaats (or are a network editor)."
    )

    class Meta:
        model = PracticeQuestion
        fields = [
            "url",
            "uuid",
            "public_title",
            "public_summary",
            "state",
            "question_type",
            "themes",
            "workshop",
            "municipality",
            "published_at",
            "handling",
        ]
        read_only_fields = fields

    @extend_schema_field(QuestionHandlingSerializer(allow_null=True))
    def get_handling(self, question):
        if not self.context["handles"](question):
            return None
        return represent(self, QuestionHandlingSerializer, question, many=False)


class QuestionFilter(filters.FilterSet):
    workshop = filters.ModelChoiceFilter(
        queryset=Workshop.objects.all(), to_field_name="slug", label=_("Werkplaats, by slug.")
    )
    state = filters.ChoiceFilter(choices=State.choices, label=_("State of the question."))
    question_type = filters.ChoiceFilter(
        choices=QuestionType.choices, label=_("One of the four question types.")
    )
    theme = filters.ModelChoiceFilter(
        field_name="themes",
        queryset=Theme.objects.all(),
        to_field_name="slug",
        distinct=True,
        label=_("Theme, by slug."),
    )

    class Meta:
        model = PracticeQuestion
        fields = ["workshop", "state", "question_type", "theme"]


# Submitting.


class QuestionSubmissionSerializer(serializers.Serializer):
    """A question from a partner website; the intake form validates it (``validate``)."""

    title = serializers.CharField(max_length=MAX_LENGTHS["title"])
    question = serializers.CharField(
        max_length=MAX_LENGTHS["question"], help_text="The question in the submitter's own words."
    )
    context = serializers.CharField(
        max_length=MAX_LENGTHS["context"], required=False, allow_blank=True
    )
    municipality = serializers.CharField(
        max_length=MAX_LENGTHS["municipality"],
        help_text="Name (e.g. Súdwest-Fryslân) or CBS code (GM1900) of the municipality.",
    )
    organisation_name = serializers.CharField(
        max_length=MAX_LENGTHS["organisation_name"], required=False, allow_blank=True
    )
    submitter_role = serializers.CharField(
        max_length=80, required=False, allow_blank=True, help_text="Slug of a role (see /roles/)."
    )
    actors = serializers.CharField(
        max_length=MAX_LENGTHS["actors"], required=False, allow_blank=True
    )
    hoped_result = serializers.CharField(
        max_length=MAX_LENGTHS["hoped_result"], required=False, allow_blank=True
    )
    time_frame = serializers.ChoiceField(choices=TimeFrame.choices, default=TimeFrame.OPEN)
    submitter_name = serializers.CharField(max_length=MAX_LENGTHS["submitter_name"])
    submitter_email = serializers.EmailField(
        max_length=MAX_LENGTHS["submitter_email"],
        help_text="Where the submitter gets their tracking link. Never shown by the API.",
    )
    privacy_agreed = serializers.BooleanField(
        help_text="True once the submitter agreed to the privacy statement on your site."
    )
    submission_key = serializers.RegexField(
        r"^[A-Za-z0-9_-]{16,64}$",
        help_text="A key you make per question (a UUID will do): sending the same question "
        "with the same key again returns the first one instead of creating a second.",
    )

    def run_validation(self, data=empty):
        """Validates with the intake form, so a partner gets the site's rules and messages; the
        serializer's own checks add what a form cannot see in JSON (an object for a string)."""
        try:
            value = super().run_validation(data)
            errors = {}
        except serializers.ValidationError as error:
            if not isinstance(error.detail, dict):
                raise
            value, errors = None, dict(error.detail)
        form = IntakeFieldsForm(data=self._form_data(data))
        if not form.is_valid():
            for name, messages in form.errors.items():
                errors[api_settings.NON_FIELD_ERRORS_KEY if name == "__all__" else name] = list(
                    messages
                )
        if errors:
            raise serializers.ValidationError(errors)
        self.form = form
        return value

    def _form_data(self, data) -> dict:
        values = {name: data[name] for name in self.fields if name in data}
        values.setdefault("time_frame", TimeFrame.OPEN)
        return values


class QuestionReceiptSerializer(serializers.Serializer):
    uuid = serializers.UUIDField()
    reference = serializers.CharField()
    state = serializers.ChoiceField(choices=State.choices)
    workshop = serializers.SlugField(help_text="Slug of the werkplaats that will handle it.")
    tracking_url = serializers.URLField(
        help_text="The submitter's private tracking link; also sent to them by e-mail. Give it "
        "to the submitter only."
    )


class ProblemSerializer(serializers.Serializer):
    detail = serializers.CharField()
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Messages per field.",
    )


def _receipt(question, token) -> dict:
    with translation.override(question.language or settings.LANGUAGE_CODE):
        path = reverse("questions:track", kwargs={"token": token})
    return {
        "uuid": question.uuid,
        "reference": question.reference,
        "state": question.state,
        "workshop": question.workshop.slug,
        "tracking_url": settings.SITE_URL + path,
    }


@extend_schema_view(
    list=extend_schema(
        summary=_("List practice questions"),
        description=_(
            "Published practice questions, with the title and summary their werkplaats wrote "
            "for the public. Coordinators also get their own werkplaats's questions, with the "
            "submitter's text under `handling`. Never the submitter's name or e-mail address. "
            "Filter by werkplaats, state, question type or theme; unknown values give 400."
        ),
        tags=["questions"],
    ),
    retrieve=extend_schema(
        summary=_("Get one practice question"),
        description=_(
            "One question, addressed by its UUID: found when it is published or when you "
            "handle it, 404 otherwise."
        ),
        tags=["questions"],
        parameters=[
            OpenApiParameter(
                "uuid",
                OpenApiTypes.UUID,
                OpenApiParameter.PATH,
                description=_("The question's UUID."),
            )
        ],
    ),
    create=extend_schema(
        summary=_("Submit a practice question"),
        description=_(
            "For partner websites: submit a question on behalf of a person who agreed to the "
            "privacy statement. Validated like the site's form. The answer names the werkplaats "
            "that will handle it and the submitter's private tracking link (also e-mailed to "
            "them). Sending the same `submission_key` again returns the first question (200). "
            "A limited number of questions is accepted per network address per hour (429)."
        ),
        tags=["questions"],
        request=QuestionSubmissionSerializer,
        responses={
            201: QuestionReceiptSerializer,
            200: OpenApiResponse(
                QuestionReceiptSerializer, description=_("A repeated submission.")
            ),
            400: OpenApiResponse(ProblemSerializer, description=_("Messages per field.")),
            409: OpenApiResponse(
                ProblemSerializer,
                description=_("The submission key was used for another question."),
            ),
            429: OpenApiResponse(ProblemSerializer, description=_("Too many submissions.")),
        },
    ),
)
class QuestionViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = QuestionSerializer
    # Anyone may submit a question, without an account or an API key.
    permission_classes = [permissions.AllowAny]
    queryset = PracticeQuestion.objects.all()
    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-fA-F-]{32,36}"
    filterset_class = QuestionFilter
    ordering_fields = ["published_at", "submitted_at"]

    def get_queryset(self):
        user = self.request.user
        visible = public_questions() | questions_handled_by(user)
        return (
            visible.select_related("workshop", "municipality", "submitter_role")
            .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("id", "slug")))
            .order_by("-submitted_at", "-pk")
        )

    def get_serializer_class(self):
        return QuestionSubmissionSerializer if self.action == "create" else QuestionSerializer

    def get_serializer_context(self):
        context = super().get_serializer_context()
        user = self.request.user
        if is_network_editor(user):
            context["handles"] = lambda question: True
        else:
            own = set(coordinated_workshops(user).values_list("pk", flat=True))
            context["handles"] = lambda question: question.workshop_id in own
        return context

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        form = serializer.form
        key = form.cleaned_data["submission_key"]
        is_repeat = PracticeQuestion.objects.filter(submission_key=key).exists()
        if not is_repeat and not spam.allow_submission(spam.client_address(request)):
            return Response(
                {
                    "detail": _gettext(
                        "Too many questions were sent from this address in the last hour. "
                        "Try again in an hour."
                    )
                },
                status=status.HTTP_429_TOO_MANY_REQUESTS,
                headers={"Retry-After": "3600"},
            )
        try:
            submission = submit_question(
                submission_key=key, language=get_language() or "", **form.question_fields()
            )
        except SubmissionKeyConflict as error:
            return Response({"detail": error.messages[0]}, status=status.HTTP_409_CONFLICT)
        body = QuestionReceiptSerializer(
            _receipt(submission.question, submission.tracking_token)
        ).data
        return Response(
            body, status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK
        )

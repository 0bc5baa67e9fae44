"""Writing projects through the API: ``POST /projects/``, ``PUT``/``PATCH /projects/<slug>/``.

The coordinators' ``ProjectForm`` validates (types first, by a serializer made from it), and
``services.create_project`` / ``update_project`` write, as on the site. The lead werkplaats is
named by slug; other werkplaatsen, themes, learning forms and beneficiary groups by slug;
practice questions by UUID.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers

from werkplaats.apiaccess.schema import write_responses
from werkplaats.apiaccess.writing import FormWriteMixin, as_form_value, form_serializer, use_slugs
from werkplaats.network.models import Workshop

from . import services
from .forms import ProjectForm
from .permissions import can_create_project, can_edit_project

SLUG_LOOKUPS = {
    "workshops": "slug",
    "themes": "slug",
    "learning_forms": "slug",
    "beneficiary_groups": "slug",
    "questions": "uuid",
}

ProjectWriteSerializer = form_serializer(
    "ProjectWrite",
    ProjectForm,
    required=("title",),
    extra={
        "lead_workshop": serializers.SlugField(
            required=False,
            help_text=_("Slug of the werkplaats that leads it (required to create; kept after)."),
        )
    },
)
ProjectWriteSerializer.__doc__ = (
    "A project as the coordinators' form takes it: related records by slug, questions by UUID."
)

SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH, description=_("The project's slug."))


def _lead_from(values, project):
    if project is not None:
        return project.lead_workshop
    return Workshop.objects.filter(slug=values.get("lead_workshop") or "").first()


def write_schemas(answer) -> dict:
    """The write operations' documentation, for the viewset's ``extend_schema_view``; ``answer``
    is the read serializer the operations answer with."""
    return dict(
        create=extend_schema(
            summary=_("Create a project"),
            description=_(
                "A new draft project led by `lead_workshop`, validated by the same rules as the "
                "coordinators' form. Coordinators (in the site) and write keys of the lead "
                "werkplaats; network editors for any."
            ),
            tags=["projects"],
            request=ProjectWriteSerializer,
            responses=write_responses(201, answer),
        ),
        update=extend_schema(
            summary=_("Replace a project"),
            description=_("Every field as given; fields left out become empty."),
            tags=["projects"],
            parameters=[SLUG],
            request=ProjectWriteSerializer,
            responses=write_responses(200, answer),
        ),
        partial_update=extend_schema(
            summary=_("Change a project"),
            description=_("Only the fields given change. Questions newly linked are taken up."),
            tags=["projects"],
            parameters=[SLUG],
            request=ProjectWriteSerializer,
            responses=write_responses(200, answer),
        ),
    )


class ProjectWriting(FormWriteMixin):
    write_serializer_class = ProjectWriteSerializer
    form_class = ProjectForm

    def build_form(self, values, project):
        lead = _lead_from(values, project)
        self._lead = lead
        form = ProjectForm(
            data=values,
            user=self.request.user,
            lead_workshop=lead or Workshop(pk=0),
            project=project,
        )
        use_slugs(form, **SLUG_LOOKUPS)
        if lead is None:
            form.full_clean()
            form.add_error(
                None,
                _("Name the werkplaats that leads the project in lead_workshop (its slug)."),
            )
        return form

    def current_values(self, project):
        initial = ProjectForm.initial_for(project)
        return {name: as_form_value(value) for name, value in initial.items()}

    def may_create(self, form):
        return can_create_project(self.request.user, self._lead)

    def may_change(self, project):
        return can_edit_project(self.request.user, project)

    def save_form(self, form, project):
        data = dict(form.cleaned_data)
        questions = data.pop("questions")
        if project is None:
            return services.create_project(
                lead_workshop=self._lead, actor=self.request.user, questions=questions, **data
            )
        return services.update_project(
            project, actor=self.request.user, questions=questions, **data
        )

"""The coordinators' project form. It parses what was typed; ``services`` decide what is allowed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.forms import DateInput
from werkplaats.network.models import Theme, Workshop
from werkplaats.questions.constants import QuestionType
from werkplaats.questions.models import PracticeQuestion
from werkplaats.questions.permissions import questions_handled_by

from .constants import ProjectStatus
from .models import BeneficiaryGroup, LearningForm, Project
from .services import LINKABLE_STATES


class TermsField(forms.ModelMultipleChoiceField):
    """Vocabulary terms as checkboxes, each named in the active language."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, required=False, **kwargs)

    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or str(obj)


class QuestionsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return f"{obj.reference} {obj.title} ({obj.get_state_display()})"


def linkable_questions(user, project: Project | None = None):
    """Questions this user may take up: those they handle that are accepted, in a project or
    answered, plus the ones the project already has."""
    questions = questions_handled_by(user).filter(state__in=LINKABLE_STATES)
    if project is not None and project.pk:
        questions = questions | PracticeQuestion.objects.filter(projects=project)
    return questions.distinct().order_by("-submitted_at")


class ProjectForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    background = forms.CharField(
        label=_("Background"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why this project: the question from practice, in plain language."),
    )
    goal = forms.CharField(
        label=_("Goal"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    approach = forms.CharField(
        label=_("Approach"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    result = forms.CharField(
        label=_("Result"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What came out of it. Fill it in when there is something to tell."),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=ProjectStatus.choices, initial=ProjectStatus.PLANNED
    )
    start_date = forms.DateField(label=_("Start"), required=False, widget=DateInput())
    end_date = forms.DateField(label=_("End date"), required=False, widget=DateInput())
    workshops = forms.ModelMultipleChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Other werkplaatsen taking part"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose them for a joint project; their coordinators can then edit it too."),
    )
    questions = QuestionsField(
        PracticeQuestion.objects.none(),
        label=_("Practice questions taken up"),
        required=False,
        help_text=_("An accepted question moves to “In a project” when you save."),
    )
    question_types = forms.MultipleChoiceField(
        label=_("Question types"),
        choices=QuestionType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = TermsField(Theme.objects.filter(is_active=True), label=_("Themes"))
    learning_forms = TermsField(
        LearningForm.objects.filter(is_active=True), label=_("Learning forms")
    )
    beneficiary_groups = TermsField(
        BeneficiaryGroup.objects.filter(is_active=True), label=_("Who benefits")
    )

    def __init__(self, *args, user, lead_workshop, project=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshops"].queryset = Workshop.objects.exclude(pk=lead_workshop.pk).order_by(
            "name"
        )
        self.fields["questions"].queryset = linkable_questions(user, project)

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end lies before the start. Choose a later end date."))
        return data

    @staticmethod
    def initial_for(project: Project) -> dict:
        return {
            **{
                name: getattr(project, name)
                for name in (
                    "title",
                    "background",
                    "goal",
                    "approach",
                    "result",
                    "status",
                    "start_date",
                    "end_date",
                    "question_types",
                )
            },
            "workshops": list(project.workshops.all()),
            "questions": list(project.questions.all()),
            "themes": list(project.themes.all()),
            "learning_forms": list(project.learning_forms.all()),
            "beneficiary_groups": list(project.beneficiary_groups.all()),
        }


class FinishForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer to the linked questions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The submitters read it. Leave empty to send the project's result with a short "
            "introduction."
        ),
    )

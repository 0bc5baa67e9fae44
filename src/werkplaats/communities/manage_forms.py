"""Forms with which coordinators and facilitators run a community: the community itself, its
members, its meetings (entered as Amsterdam wall-clock time) and carrying an insight into a project."""

import datetime

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import ParticipantRole, Person, Theme
from werkplaats.network.permissions import people_visible_to

from .models import LearningCommunity
from .services import AMSTERDAM


def projects_of_workshop(workshop):
    """Projects a community may be linked to: those its werkplaats leads or takes part in."""
    from werkplaats.projects.models import Project

    return (
        Project.objects.filter(Q(lead_workshop=workshop) | Q(workshops=workshop))
        .distinct()
        .order_by("title")
    )


class CommunityForm(forms.ModelForm):
    class Meta:
        model = LearningCommunity
        fields = ["name", "theme", "purpose", "is_open", "projects"]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "projects": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.order_by("name")
        self.fields["theme"].label_from_instance = lambda theme: theme.label
        self.fields["projects"].queryset = projects_of_workshop(workshop)
        self.fields["projects"].required = False
        self.fields["projects"].help_text = _(
            "Projects of this werkplaats (leading or taking part) the community learns with."
        )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person):
        return person.full_name


class MemberForm(forms.Form):
    person = PersonChoiceField(
        label=_("Person"),
        queryset=Person.objects.none(),
        to_field_name="uuid",
        error_messages={"invalid_choice": _("Choose one of the people in the list.")},
    )
    role = forms.ModelChoiceField(label=_("Role"), queryset=ParticipantRole.objects.none())
    is_facilitator = forms.BooleanField(
        label=_("Facilitator"),
        required=False,
        help_text=_("Facilitators run the community: meetings, members and attendance."),
    )

    def __init__(self, *args, community, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = member_candidates(community, user)
        self.fields["role"].queryset = ParticipantRole.objects.order_by("name")
        self.fields["role"].label_from_instance = lambda role: role.label


def member_candidates(community, user):
    """People of the community's werkplaats the user may see (and the user), not yet members."""
    visible = people_visible_to(user).filter(Q(workshops=community.workshop) | Q(user=user))
    members = community.memberships.values("person_id")
    return (
        Person.objects.filter(pk__in=visible.values("pk"))
        .exclude(pk__in=members)
        .order_by("family_name", "given_name")
    )


class MeetingForm(forms.Form):
    """A meeting's date and times are Amsterdam wall-clock time, summer or winter."""

    title = forms.CharField(label=_("Title"), max_length=200)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(
        label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label=_("End time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    location = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_url = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    agenda = forms.CharField(label=_("Agenda"), required=False, widget=forms.Textarea({"rows": 5}))

    @classmethod
    def initial_for(cls, meeting) -> dict:
        starts = meeting.starts_at.astimezone(AMSTERDAM)
        ends = meeting.ends_at.astimezone(AMSTERDAM)
        return {
            "title": meeting.title,
            "date": starts.date(),
            "start_time": starts.time().replace(second=0, microsecond=0),
            "end_time": ends.time().replace(second=0, microsecond=0),
            "location": meeting.location,
            "online_url": meeting.online_url,
            "agenda": meeting.agenda,
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Let the meeting end after it starts."))
        return data

    def meeting_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "starts_at": _amsterdam(data["date"], data["start_time"]),
            "ends_at": _amsterdam(data["date"], data["end_time"]),
            "agenda": data["agenda"],
            "location": data["location"],
            "online_url": data["online_url"],
        }


def _amsterdam(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(day, time, tzinfo=AMSTERDAM)


class ProjectChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, project):
        return project.title


class CarryInsightForm(forms.Form):
    project = ProjectChoiceField(
        label=_("Project"),
        queryset=None,
        to_field_name="slug",
        error_messages={"invalid_choice": _("Choose one of the linked projects.")},
    )
    text = forms.CharField(
        label=_("Insight"),
        widget=forms.Textarea({"rows": 4}),
        help_text=_(
            "Recorded as a learning outcome of the project, with this reflection as source."
        ),
    )

    def __init__(self, *args, projects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects

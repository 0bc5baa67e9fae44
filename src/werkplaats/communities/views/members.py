"""Pages for members and those who run a community: a meeting with its attendance and
reflection, writing the reflection, the community's decision to publish it, and "my work"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import permissions, queries, services
from ..forms import AttendanceForm, ReflectionForm
from ..models import Meeting, Reflection
from .manage import insight_projects


def _meeting(slug, uuid) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("community__workshop", "community__theme"),
        community__slug=slug,
        uuid=uuid,
    )


def _attendance_form(meeting, data=None):
    memberships = meeting.community.memberships.select_related("person").order_by(
        "person__family_name", "person__given_name"
    )
    present = set(meeting.attendances.filter(present=True).values_list("person_id", flat=True))
    return AttendanceForm(data, memberships=memberships, present=present)


def meeting_detail(request, slug, uuid):
    meeting = _meeting(slug, uuid)
    community = meeting.community
    user = request.user
    reflection = Reflection.objects.filter(meeting=meeting).prefetch_related("authors").first()
    can_manage = permissions.can_manage_community(user, community)
    insider = permissions.can_see_member_names(user, community)
    return render(
        request,
        "communities/meeting.html",
        {
            "meeting": meeting,
            "community": community,
            "show_agenda": permissions.can_see_agenda(user, community),
            "reflection": reflection
            if reflection and permissions.can_see_reflection(user, reflection)
            else None,
            "can_write": permissions.can_write_reflection(user, meeting),
            "can_decide": permissions.can_publish_reflections(user, community),
            "can_manage": can_manage,
            "can_carry_insight": bool(
                reflection and user.is_authenticated and insight_projects(user, reflection).exists()
            ),
            "attendance_form": _attendance_form(meeting) if can_manage else None,
            "attendances": meeting.attendances.select_related("person").order_by(
                "person__family_name"
            )
            if insider
            else None,
        },
    )


@require_POST
def attendance(request, slug, uuid):
    meeting = _meeting(slug, uuid)
    if not permissions.can_manage_community(request.user, meeting.community):
        raise PermissionDenied
    form = _attendance_form(meeting, request.POST)
    if form.is_valid():
        services.record_attendance(meeting, form.presence())
        messages.success(request, _("Attendance saved."))
    return redirect(meeting.get_absolute_url())


@login_required
def reflection_edit(request, slug, uuid):
    meeting = _meeting(slug, uuid)
    if not permissions.can_write_reflection(request.user, meeting):
        raise PermissionDenied
    reflection = Reflection.objects.filter(meeting=meeting).first()
    person = queries.person_of(request.user)
    form = ReflectionForm(request.POST or None, instance=reflection)
    if request.method == "POST" and form.is_valid():
        try:
            services.write_reflection(meeting, person, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Reflection saved. Other members may add to it."))
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "communities/reflection_form.html",
        {"meeting": meeting, "community": meeting.community, "form": form},
    )


@require_POST
def reflection_decide(request, slug, uuid):
    meeting = _meeting(slug, uuid)
    reflection = get_object_or_404(Reflection, meeting=meeting)
    try:
        if request.POST.get("decision") == "publish":
            services.publish_reflection(reflection, request.user)
            messages.success(request, _("The reflection is published."))
        else:
            services.unpublish_reflection(reflection, request.user)
            messages.success(request, _("The reflection is no longer public."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(meeting.get_absolute_url())


@login_required
def mine(request):
    return render(request, "communities/mine.html", queries.my_work(request.user))

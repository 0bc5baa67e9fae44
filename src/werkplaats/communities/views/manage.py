"""Forms to run a community in the site: found and edit it, add and remove members, schedule,
change and cancel meetings, and carry a reflection's insight into a linked project.

Bad input is shown again with status 400, keeping what was typed; success redirects (PRG)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.network.models import Person, Workshop

from .. import permissions, services
from ..manage_forms import CarryInsightForm, CommunityForm, MeetingForm, MemberForm
from ..models import LearningCommunity, Meeting, Reflection


def _community(request, slug, check=permissions.can_manage_community) -> LearningCommunity:
    community = get_object_or_404(
        LearningCommunity.objects.select_related("workshop", "theme"), slug=slug
    )
    if not check(request.user, community):
        raise PermissionDenied
    return community


def _meeting(request, slug, uuid) -> Meeting:
    meeting = get_object_or_404(
        Meeting.objects.select_related("community__workshop"), community__slug=slug, uuid=uuid
    )
    if not permissions.can_manage_community(request.user, meeting.community):
        raise PermissionDenied
    return meeting


def _status(request) -> int:
    return 400 if request.method == "POST" else 200


def _save(form, action) -> bool:
    """Runs the service; its ValidationErrors land on the form."""
    try:
        action()
    except ValidationError as error:
        form.add_error(None, error.messages)
        return False
    return True


def _community_fields(form) -> dict:
    data = form.cleaned_data
    return {
        "name": data["name"],
        "theme": data["theme"],
        "purpose": data["purpose"],
        "is_open": data["is_open"],
    }


@login_required
def community_create(request, slug):
    workshop = get_object_or_404(Workshop, slug=slug)
    if not permissions.can_create_community(request.user, workshop):
        raise PermissionDenied
    form = CommunityForm(request.POST or None, workshop=workshop, initial={"is_open": True})
    if request.method == "POST" and form.is_valid():
        created = {}

        def create():
            created["community"] = services.create_community(
                workshop=workshop, **_community_fields(form)
            )
            services.update_community(created["community"], projects=form.cleaned_data["projects"])

        if _save(form, create):
            community = created["community"]
            messages.success(
                request, _("The learning community %(name)s is founded.") % {"name": community.name}
            )
            return redirect(community.get_absolute_url())
    return render(
        request,
        "communities/manage/community_form.html",
        {"workshop": workshop, "form": form, "community": None},
        status=_status(request),
    )


@login_required
def community_edit(request, slug):
    community = _community(request, slug, permissions.can_edit_community)
    form = CommunityForm(request.POST or None, instance=community, workshop=community.workshop)
    if request.method == "POST" and form.is_valid():
        fields = _community_fields(form)
        if _save(
            form,
            lambda: services.update_community(
                community, projects=form.cleaned_data["projects"], **fields
            ),
        ):
            messages.success(request, _("The community is saved."))
            return redirect(community.get_absolute_url())
    return render(
        request,
        "communities/manage/community_form.html",
        {"workshop": community.workshop, "form": form, "community": community},
        status=_status(request),
    )


@login_required
def members(request, slug):
    community = _community(request, slug)
    form = MemberForm(request.POST or None, community=community, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.add_member(
            community, data["person"], data["role"], is_facilitator=data["is_facilitator"]
        )
        messages.success(
            request, _("%(name)s is now a member.") % {"name": data["person"].full_name}
        )
        return redirect(reverse("communities:members", kwargs={"slug": community.slug}))
    memberships = community.memberships.select_related("person", "role").order_by(
        "person__family_name", "person__given_name"
    )
    return render(
        request,
        "communities/manage/members.html",
        {"community": community, "form": form, "memberships": memberships},
        status=_status(request),
    )


@require_POST
@login_required
def member_remove(request, slug, person):
    community = _community(request, slug)
    person = get_object_or_404(Person, uuid=person, community_memberships__community=community)
    services.remove_member(community, person)
    messages.success(request, _("%(name)s is no longer a member.") % {"name": person.full_name})
    return redirect(reverse("communities:members", kwargs={"slug": community.slug}))


@login_required
def meeting_add(request, slug):
    community = _community(request, slug)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = {}

        def schedule():
            created["meeting"] = services.schedule_meeting(community, **form.meeting_fields())

        if _save(form, schedule):
            messages.success(request, _("The meeting is scheduled."))
            return redirect(created["meeting"].get_absolute_url())
    return render(
        request,
        "communities/manage/meeting_form.html",
        {"community": community, "form": form, "meeting": None},
        status=_status(request),
    )


@login_required
def meeting_edit(request, slug, uuid):
    meeting = _meeting(request, slug, uuid)
    form = MeetingForm(request.POST or None, initial=MeetingForm.initial_for(meeting))
    saved = (
        request.method == "POST"
        and form.is_valid()
        and _save(form, lambda: services.reschedule_meeting(meeting, **form.meeting_fields()))
    )
    if saved:
        messages.success(request, _("The meeting is saved."))
        return redirect(meeting.get_absolute_url())
    return render(
        request,
        "communities/manage/meeting_form.html",
        {"community": meeting.community, "form": form, "meeting": meeting},
        status=_status(request),
    )


@require_POST
@login_required
def meeting_cancel(request, slug, uuid):
    meeting = _meeting(request, slug, uuid)
    community = meeting.community
    try:
        services.cancel_meeting(meeting)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(meeting.get_absolute_url())
    messages.success(request, _("The meeting is cancelled."))
    return redirect(community.get_absolute_url())


def insight_projects(user, reflection):
    """Linked projects the user may edit, when the reflection may be carried at all."""
    from werkplaats.projects.models import Project
    from werkplaats.projects.permissions import projects_edited_by

    community = reflection.meeting.community
    if not (reflection.is_published and community.is_open):
        return Project.objects.none()
    return community.projects.filter(pk__in=projects_edited_by(user).values("pk")).order_by("title")


@login_required
def carry_insight(request, slug, uuid):
    meeting = get_object_or_404(
        Meeting.objects.select_related("community__workshop"), community__slug=slug, uuid=uuid
    )
    reflection = get_object_or_404(Reflection, meeting=meeting)
    projects = insight_projects(request.user, reflection)
    if not projects.exists():
        raise PermissionDenied
    form = CarryInsightForm(
        request.POST or None, projects=projects, initial={"text": reflection.what_we_learned}
    )
    if request.method == "POST" and form.is_valid():
        project = form.cleaned_data["project"]

        def carry():
            services.carry_insight_to_project(
                reflection, project, by=request.user, text=form.cleaned_data["text"]
            )

        if _save(form, carry):
            messages.success(
                request,
                _("The insight is recorded as a learning outcome of %(project)s.")
                % {"project": project.title},
            )
            return redirect(meeting.get_absolute_url())
    return render(
        request,
        "communities/manage/insight_form.html",
        {"community": meeting.community, "meeting": meeting, "form": form},
        status=_status(request),
    )

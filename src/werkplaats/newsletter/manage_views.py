"""Where network editors compose and send issues: ``/nieuwsbrief/beheer/``.

Editors see how many subscribers an issue reaches, never who they are."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from . import mails
from .constants import DeliveryState, IssueState, SubscriberStatus
from .forms import IssueForm
from .models import Issue, Subscriber
from .permissions import can_edit_newsletter
from .services import composing, sending


def _editor_only(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not can_edit_newsletter(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_editor_only
def issue_list(request):
    counts = {
        state: Count("deliveries", filter=Q(deliveries__state=state))
        for state in DeliveryState.values
    }
    issues = Issue.objects.annotate(**{f"n_{state}": c for state, c in counts.items()}).order_by(
        "-created_at"
    )
    return render(
        request,
        "newsletter/manage/list.html",
        {
            "issues": issues,
            "subscribers": Subscriber.objects.filter(status=SubscriberStatus.ACTIVE).count(),
        },
    )


@_editor_only
def issue_new(request):
    entries = composing.candidates()
    form = IssueForm(
        request.POST or None,
        entries=entries,
        initial={"subject": composing.default_subject(), "items": [e.key for e in entries]},
    )
    if request.method == "POST" and form.is_valid():
        issue = composing.save_issue(
            subject=form.cleaned_data["subject"],
            introduction=form.cleaned_data["introduction"],
            chosen=form.chosen(),
            user=request.user,
        )
        messages.success(request, _("The issue has been saved as a draft. Check the preview."))
        return redirect("newsletter:manage_preview", slug=issue.slug)
    return _form(request, form, None, entries)


@_editor_only
def issue_edit(request, slug):
    issue = get_object_or_404(Issue, slug=slug)
    if not issue.is_draft:
        messages.info(request, _("This issue was sent; it can no longer be changed."))
        return redirect("newsletter:manage_preview", slug=issue.slug)
    current = composing.issue_entries(issue)
    keys = {e.key for e in current}
    entries = current + [e for e in composing.candidates() if e.key not in keys]
    form = IssueForm(
        request.POST or None,
        entries=entries,
        initial={
            "subject": issue.subject,
            "introduction": issue.introduction,
            "items": sorted(keys),
        },
    )
    if request.method == "POST" and form.is_valid():
        composing.save_issue(
            issue=issue,
            subject=form.cleaned_data["subject"],
            introduction=form.cleaned_data["introduction"],
            chosen=form.chosen(),
        )
        messages.success(request, _("The issue has been saved. Check the preview."))
        return redirect("newsletter:manage_preview", slug=issue.slug)
    return _form(request, form, issue, entries)


def _form(request, form, issue, entries):
    return render(
        request,
        "newsletter/manage/form.html",
        {"form": form, "issue": issue, "entries": entries},
        status=400 if request.method == "POST" else 200,
    )


@_editor_only
def issue_preview(request, slug):
    """The general version, as HTML and as plain text, and how many subscribers it reaches."""
    issue = get_object_or_404(Issue, slug=slug)
    entries = composing.issue_entries(issue)
    _html, text = mails.render_issue(issue, entries)
    return render(
        request,
        "newsletter/manage/preview.html",
        {
            "issue": issue,
            "entries": entries,
            "text": text,
            "reach": composing.reach(entries),
            "progress": sending.progress(issue) if not issue.is_draft else None,
        },
    )


#: The e-mail's HTML needs inline styles; it is served on its own, in a sandbox without scripts,
#: forms or links that work, and may be framed only by the preview page.
PREVIEW_HTML_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'; sandbox"
)


@_editor_only
@xframe_options_sameorigin
def issue_preview_html(request, slug):
    """The general version's HTML alone, for the preview page's iframe."""
    issue = get_object_or_404(Issue, slug=slug)
    html, _text = mails.render_issue(issue, composing.issue_entries(issue))
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Content-Security-Policy"] = PREVIEW_HTML_POLICY
    return response


@_editor_only
@require_POST
def issue_send(request, slug):
    issue = get_object_or_404(Issue, slug=slug)
    if issue.state == IssueState.SENDING:
        # After a stopped worker: send the rest; what was sent is recorded and not sent again.
        sending.enqueue_sending(issue.pk)
        messages.success(request, _("Sending is resumed."))
    elif issue.state == IssueState.SENT:
        messages.info(request, _("This issue was sent already."))
    else:
        try:
            count = sending.start_sending(issue)
        except sending.NothingToSend:
            messages.error(
                request, _("Nothing is selected that is still public: choose what goes in.")
            )
            return redirect("newsletter:manage_edit", slug=issue.slug)
        messages.success(
            request,
            _("The issue is being sent to %(n)d subscriber(s).") % {"n": count},
        )
    return redirect("newsletter:manage_preview", slug=issue.slug)

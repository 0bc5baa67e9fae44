"""An offer's page: what the board shows for everyone, and for those involved the timeline, the
group, the work and the steps they may take.

The page is a GET; each step's form POSTs to the same address with an ``action`` (also the form's
prefix), as on the triage page. A step this user may not take is refused (403, or the login page
for a visitor); a step the service refuses (a ValidationError, ``StepNotAllowed`` among them) shows
the page again with the message and status 400, and nothing has changed. After a claim the lecturer
sees the group's join link once: the code is stored only as its hash, so it cannot be shown again.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors

from .. import permissions
from ..constants import DELIVERED_STATES, OfferState
from ..forms import (
    AssessForm,
    ClaimForm,
    DeliverForm,
    FeedbackForm,
    LicenceForm,
    StepForm,
    WithdrawForm,
)
from ..models import AssignmentOffer, GroupMember, Programme
from ..services import journey, returns


@dataclass
class Viewer:
    """What this user is to this offer, asked of ``permissions`` once per request."""

    runs: bool = False
    guides: bool = False
    delivers: bool = False
    lecturer: bool = False
    supervises: bool = False
    follows: bool = False
    member: GroupMember | None = None
    programmes: tuple = ()  # the programmes this user may claim for

    @property
    def sees_assessment(self) -> bool:
        return self.runs or self.lecturer or self.member is not None


def viewer_of(user, offer: AssignmentOffer) -> Viewer:
    if not (user.is_authenticated and user.is_active):
        return Viewer()
    group = getattr(offer, "group", None)
    member = None
    if group is not None:
        member = next((m for m in group.members.all() if m.user_id == user.pk), None)
    return Viewer(
        runs=permissions.can_run_offer(user, offer),
        guides=permissions.can_guide(user, offer),
        delivers=permissions.can_deliver(user, offer),
        lecturer=group is not None and permissions.is_lecturer_of(user, group),
        supervises=permissions.can_give_feedback(user, offer),
        follows=permissions.can_follow(user, offer),
        member=member,
        programmes=tuple(permissions.programmes_claimable_by(user).select_related("institution")),
    )


@dataclass(frozen=True)
class Step:
    """One step on the page: its form, who may take it, when it is offered, the service call."""

    form_class: type
    may: Callable[[Viewer], bool]
    shown: Callable[[AssignmentOffer, Viewer], bool]
    perform: Callable  # (offer, user, viewer, cleaned_data)
    button: str
    done: str


def _moves_to(state: str) -> Callable[[AssignmentOffer, Viewer], bool]:
    return lambda offer, viewer: state in journey.allowed_steps(offer)


def _came_back(offer: AssignmentOffer) -> bool:
    return offer.state in DELIVERED_STATES


def _suiting(offer: AssignmentOffer, viewer: Viewer) -> list[Programme]:
    return [p for p in viewer.programmes if permissions.suits(offer, p)]


def _agree_as_student(offer, user, viewer, data):
    return returns.agree_as_student(viewer.member)


STEPS: dict[str, Step] = {
    "claim": Step(
        ClaimForm,
        lambda v: bool(v.programmes),
        lambda offer, v: offer.state == OfferState.OFFERED and bool(_suiting(offer, v)),
        lambda offer, user, v, d: journey.claim_offer(offer, user, d["programme"]),
        gettext_lazy("Claim for my group"),
        "",
    ),
    "start": Step(
        StepForm,
        lambda v: v.guides,
        _moves_to(OfferState.RUNNING),
        lambda offer, user, v, d: journey.start_work(offer, user),
        gettext_lazy("Start the work"),
        gettext_lazy("The work has started. The practice partner has been told."),
    ),
    "deliver": Step(
        DeliverForm,
        lambda v: v.delivers,
        _moves_to(OfferState.DELIVERED),
        lambda offer, user, v, d: journey.deliver_work(
            offer, user, title=d["title"], summary=d["summary"], link=d["link"]
        ),
        gettext_lazy("Deliver the work"),
        gettext_lazy("The work is delivered. The practice partner has been told."),
    ),
    "assess": Step(
        AssessForm,
        lambda v: v.guides,
        _moves_to(OfferState.ASSESSED),
        lambda offer, user, v, d: journey.assess_work(offer, user, d["assessment"]),
        gettext_lazy("Record the assessment"),
        gettext_lazy("The assessment is recorded."),
    ),
    "withdraw": Step(
        WithdrawForm,
        lambda v: v.runs,
        _moves_to(OfferState.WITHDRAWN),
        lambda offer, user, v, d: journey.withdraw_offer(offer, user, d["reason"]),
        gettext_lazy("Withdraw the offer"),
        gettext_lazy("The offer is withdrawn and no longer on the board."),
    ),
    "renew": Step(
        StepForm,
        lambda v: v.lecturer,
        lambda offer, v: offer.state in (OfferState.MATCHED, OfferState.RUNNING),
        lambda offer, user, v, d: (offer.group, journey.renew_join_code(offer.group)),
        gettext_lazy("Make a new join link"),
        "",
    ),
    "agree": Step(
        StepForm,
        lambda v: v.member is not None,
        lambda offer, v: (
            _came_back(offer) and not offer.product_id and v.member.agreed_to_publish_at is None
        ),
        _agree_as_student,
        gettext_lazy("I agree to publish our work in the library"),
        gettext_lazy("Your consent is recorded."),
    ),
    "agree_lecturer": Step(
        LicenceForm,
        lambda v: v.lecturer,
        lambda offer, v: (
            _came_back(offer) and not offer.product_id and offer.group.lecturer_agreed_at is None
        ),
        lambda offer, user, v, d: returns.agree_as_lecturer(offer, d["licence"]),
        gettext_lazy("Agree and choose the licence"),
        gettext_lazy("Your consent and the licence are recorded."),
    ),
    "feedback": Step(
        FeedbackForm,
        lambda v: v.supervises,
        lambda offer, v: _came_back(offer) and getattr(offer, "feedback", None) is None,
        lambda offer, user, v, d: returns.give_feedback(
            offer, user, usefulness=d["usefulness"], comment=d["comment"], in_use=d["in_use"]
        ),
        gettext_lazy("Give the feedback"),
        gettext_lazy("Thank you: your feedback is recorded."),
    ),
}


def offers_for(user):
    """The offers this user may open, with everything their page shows."""
    return (
        permissions.offers_visible_to(user)
        .select_related(
            "workshop",
            "municipality",
            "practice_organisation",
            "practice_supervisor",
            "product",
            "question__workshop",
            "project",
            "feedback",
            "group__programme__institution",
            "group__lecturer",
        )
        .prefetch_related(
            "levels",
            "themes",
            Prefetch("programmes", queryset=Programme.objects.select_related("institution")),
            Prefetch("group__members", queryset=GroupMember.objects.order_by("joined_at", "pk")),
        )
    )


def _form(key: str, offer, viewer: Viewer, data=None):
    kwargs = {"prefix": key}
    if key == "claim":
        # What is shown: the programmes that suit; what is accepted: any of the user's own, so
        # that the service says why one does not suit.
        pks = [p.pk for p in (viewer.programmes if data is not None else _suiting(offer, viewer))]
        kwargs["programmes"] = Programme.objects.filter(pk__in=pks).select_related("institution")
    return STEPS[key].form_class(data, **kwargs)


def _page(request, offer, viewer: Viewer, posted=None, error=None, status=200):
    """The offer's page; ``posted`` is the (key, bound form) that failed, shown with its errors."""
    posted_key, posted_form = posted or (None, None)
    steps = [
        {
            "key": key,
            "form": posted_form if key == posted_key else _form(key, offer, viewer),
            "button": step.button,
        }
        for key, step in STEPS.items()
        if key == posted_key or (step.may(viewer) and step.shown(offer, viewer))
    ]
    group = getattr(offer, "group", None)
    members = list(group.members.all()) if group is not None else []
    context = {
        "offer": offer,
        "viewer": viewer,
        "group": group,
        "members": members if viewer.follows else [m for m in members if m.named_publicly],
        "steps": steps,
        "error": error,
        "events": offer.events.select_related("actor") if viewer.follows else (),
        "waiting_for": returns.waiting_for(offer) if group and _came_back(offer) else [],
        "supervisor_shown": offer.practice_supervisor is not None
        and (viewer.follows or offer.practice_supervisor.is_public),
    }
    return render(request, "education/offer_detail.html", context, status=status)


@require_http_methods(["GET", "POST"])
def offer_detail(request, slug):
    offer = get_object_or_404(offers_for(request.user), slug=slug)
    viewer = viewer_of(request.user, offer)
    if request.method == "GET":
        return _page(request, offer, viewer)

    key = request.POST.get("action", "")
    if key not in STEPS:
        message = _("This step does not exist. Reload the page and choose one of the steps shown.")
        return _page(request, offer, viewer, error=message, status=400)
    step = STEPS[key]
    if not step.may(viewer):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    form = _form(key, offer, viewer, request.POST)
    if form.is_valid():
        try:
            result = step.perform(offer, request.user, viewer, form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
            message = " ".join(error.messages)
        else:
            if key in ("claim", "renew"):  # the join link, shown this once
                return _claimed(request, offer, *result, renewed=key == "renew")
            messages.success(request, step.done)
            return redirect(offer.get_absolute_url())
    else:
        message = _("Check the form below.")
    offer = get_object_or_404(offers_for(request.user), pk=offer.pk)
    viewer = viewer_of(request.user, offer)
    return _page(request, offer, viewer, posted=(key, form), error=message, status=400)


def _claimed(request, offer, group, code, renewed=False):
    """The join link, shown this once to the lecturer who claimed the offer (or made a new one)."""
    join_url = request.build_absolute_uri(reverse("education:join", kwargs={"code": code}))
    response = render(
        request,
        "education/offer_claimed.html",
        {"offer": offer, "group": group, "join_url": join_url, "renewed": renewed},
    )
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "same-origin"
    return response

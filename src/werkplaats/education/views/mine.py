"""``/onderwijs/mijn-opdrachten/``: the offers a user runs (as coordinator of their werkplaatsen),
guides (as lecturer) or works on (as student), each with its state and what comes next."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from werkplaats.accounts.roles import coordinated_workshops
from werkplaats.network.views.pagination import paginate

from ..constants import OfferState
from ..models import AssignmentOffer, GroupMember, StudentGroup

WITHDRAWN = _("Withdrawn: nothing more to do.")

RUNNING_IT = {
    OfferState.OFFERED: _("On the board: waiting for a lecturer to claim it."),
    OfferState.MATCHED: _("Students are joining; their lecturer starts the work."),
    OfferState.RUNNING: _("The students are working on it."),
    OfferState.WITHDRAWN: WITHDRAWN,
}
GUIDING_IT = {
    OfferState.MATCHED: _("Pass the join link to your students, then start the work."),
    OfferState.RUNNING: _("Your students deliver the work when it is done."),
    OfferState.WITHDRAWN: WITHDRAWN,
}
ASSESS = _("Assess the work.")
ASSESS_AND_AGREE = _("Assess the work and agree to publish it, with a licence.")
WORKING_ON_IT = {
    OfferState.MATCHED: _("Waiting for your lecturer to start the work."),
    OfferState.RUNNING: _("Deliver your work when it is done."),
    OfferState.WITHDRAWN: WITHDRAWN,
}
GIVE_FEEDBACK = _("Give feedback from practice on the work.")
AGREE = _("Agree to publish the work in the library.")
WAITING = _("Waiting for the others to agree to publish the work.")
IN_LIBRARY = _("Done: the work is in the library.")
DONE = _("Done.")


def _after_delivery(offer, agreed: bool | None = None):
    if offer.product_id:
        return IN_LIBRARY
    if agreed is None:  # whoever runs the offer
        feedback = getattr(offer, "feedback", None)
        return GIVE_FEEDBACK if feedback is None else DONE
    return WAITING if agreed else AGREE


def running(offer) -> str:
    return RUNNING_IT.get(offer.state) or _after_delivery(offer)


def guiding(group: StudentGroup) -> str:
    offer = group.offer
    if offer.state in GUIDING_IT:
        return GUIDING_IT[offer.state]
    if offer.state == OfferState.DELIVERED and not offer.product_id:
        return ASSESS if group.lecturer_agreed_at else ASSESS_AND_AGREE
    return _after_delivery(offer, agreed=group.lecturer_agreed_at is not None)


def working_on(member: GroupMember) -> str:
    offer = member.group.offer
    if offer.state in WORKING_ON_IT:
        return WORKING_ON_IT[offer.state]
    return _after_delivery(offer, agreed=member.agreed_to_publish_at is not None)


@login_required
def mine(request):
    user = request.user
    run = paginate(
        request,
        AssignmentOffer.objects.filter(workshop__in=coordinated_workshops(user).values("pk"))
        .select_related("workshop", "feedback", "group__programme__institution")
        .order_by("-state_changed_at", "pk"),
    )
    guided = (
        StudentGroup.objects.filter(lecturer=user)
        .select_related("offer__workshop", "programme__institution")
        .order_by("-offer__state_changed_at", "pk")
    )
    worked_on = (
        GroupMember.objects.filter(user=user)
        .select_related("group__offer__workshop", "group__programme__institution")
        .order_by("-group__offer__state_changed_at", "pk")
    )
    return render(
        request,
        "education/mine.html",
        {
            "run": run,
            "run_rows": [(offer, running(offer)) for offer in run],
            "guided": [(group, guiding(group)) for group in guided],
            "worked_on": [(member, working_on(member)) for member in worked_on],
        },
    )

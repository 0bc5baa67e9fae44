"""The public side of the education bridge: the assignment board with its feeds, the
programmes, and the suggestions for a lecturer's own programmes."""

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from werkplaats.library.permissions import products_visible_to
from werkplaats.network.views.pagination import paginate

from .. import matching
from ..feeds import Asked, offer_calendar, query_of
from ..filter_forms import (
    OfferFilterForm,
    ProgrammeFilterForm,
    board_offers,
    count_open_offers,
    programme_list,
    public_offers,
)
from ..models import Programme, ProgrammePeriod
from ..permissions import programmes_claimable_by

#: Open offers shown on a programme's page; the board, filtered by the programme, has the rest.
PROGRAMME_OFFERS = 10


@require_GET
def board(request):
    form = OfferFilterForm(request.GET)
    return render(
        request,
        "education/board.html",
        {
            "form": form,
            "page_obj": paginate(request, board_offers(request.user, form.filters())),
            "feed_query": query_of(request),
        },
    )


@require_GET
def board_calendar(request):
    response = HttpResponse(
        offer_calendar(Asked.of(request)), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="opdrachten.ics"'
    return response


@require_GET
def programmes(request):
    form = ProgrammeFilterForm(request.GET)
    page = paginate(request, programme_list(form.filters()))
    count_open_offers(page.object_list, request.user)
    return render(request, "education/programmes.html", {"form": form, "page_obj": page})


@require_GET
def programme(request, slug):
    today = timezone.localdate()
    programme = get_object_or_404(
        Programme.objects.select_related("institution__kind", "contact_lecturer").prefetch_related(
            Prefetch(
                "periods",
                queryset=ProgrammePeriod.objects.filter(ends_on__gte=today).order_by(
                    "starts_on", "pk"
                ),
            ),
            "themes",
        ),
        slug=slug,
    )
    offers = board_offers(request.user, {"programme": programme}, today)
    delivered = (
        products_visible_to(request.user)
        .filter(assignment__group__programme=programme, assignment__in=public_offers())
        .select_related("kind", "assignment")
        .order_by("-published_at", "-pk")
    )
    return render(
        request,
        "education/programme.html",
        {
            "programme": programme,
            "offers": list(offers[: PROGRAMME_OFFERS + 1]),
            "shown": PROGRAMME_OFFERS,
            "delivered": delivered,
            "may_claim": programmes_claimable_by(request.user).filter(pk=programme.pk).exists(),
        },
    )


@require_GET
def for_me(request):
    """Suggestions for a lecturer; a visitor, or a user who teaches no programme, reads why there
    are none and what to do (a page, not a redirect, so it says so in words)."""
    return render(
        request,
        "education/for_me.html",
        {"programmes": matching.suggestions_for(request.user)},
    )

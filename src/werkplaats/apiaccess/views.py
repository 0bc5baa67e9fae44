"""Where coordinators make, list and revoke their werkplaats's API keys:
``/werkplaatsen/<slug>/api-sleutels/``. A new key is shown once, on the page that made it."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Workshop

from . import services
from .forms import TokenForm
from .models import ApiToken
from .permissions import can_manage_tokens


def _workshop(request, slug) -> Workshop:
    workshop = get_object_or_404(Workshop, slug=slug)
    if not can_manage_tokens(request.user, workshop):
        raise PermissionDenied
    return workshop


def _expiry(day: datetime.date | None):
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))


@never_cache
@login_required
def token_list(request, slug):
    workshop = _workshop(request, slug)
    form = TokenForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_key = services.issue_token(
                workshop=workshop,
                name=form.cleaned_data["name"],
                access=form.cleaned_data["access"],
                created_by=request.user,
                expires_at=_expiry(form.cleaned_data["expires_on"]),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            form = TokenForm()
    tokens = ApiToken.objects.filter(workshop=workshop).select_related("created_by")
    return render(
        request,
        "apiaccess/token_list.html",
        {
            "workshop": workshop,
            "form": form,
            "tokens": tokens,
            "new_key": new_key,
            "now": timezone.now(),
        },
        status=400 if request.method == "POST" and form.errors else 200,
    )


@require_POST
@login_required
def token_revoke(request, slug, uuid):
    workshop = _workshop(request, slug)
    token = get_object_or_404(ApiToken, workshop=workshop, uuid=uuid)
    services.revoke_token(token, by=request.user)
    messages.success(request, _("The key %(name)s has been revoked.") % {"name": token.name})
    return redirect("apiaccess:tokens", slug=workshop.slug)

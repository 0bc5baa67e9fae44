"""Students join their group through the link their lecturer passes on: ``/onderwijs/aansluiten/<code>/``.

A signed-in student gives their name and whether it may appear publicly (not unless they tick
it) and joins; a visitor logs in and comes back, or makes a student account here and joins in one
go. The code is a secret: the page is not cached or indexed, sends no Referer to other sites, and
the request log records the route without it. A wrong code gets a 404 page that says what to do.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkplaats.network.forms import apply_errors

from ..forms import JoinForm, StudentAccountForm
from ..services import journey


def secret_address(view):
    """Headers for a page whose address holds the join code; a wrong code is a 404 page."""

    @wraps(view)
    def wrapped(request, code):
        request.log_path = request.path.replace(code, "<code>") if code else request.path
        group = journey.group_for_code(code)
        if group is None:
            response = render(request, "education/join_not_found.html", status=404)
        else:
            response = view(request, group)
        add_never_cache_headers(response)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def _show_error(form, error: ValidationError) -> None:
    if getattr(error, "code", None) == "required":
        form.add_error("display_name", error)
    else:
        apply_errors(form, error)


@require_http_methods(["GET", "POST"])
@secret_address
def join(request, group):
    offer = group.offer
    user = request.user
    member = group.members.filter(user=user).first() if user.is_authenticated else None
    if member is not None:
        return render(request, "education/join.html", {"group": group, "member": member})
    if user.is_authenticated:
        form = JoinForm(
            request.POST or None, initial={"display_name": user.get_full_name()}, prefix="join"
        )
        if request.method == "POST" and form.is_valid():
            try:
                journey.join_group(group, user, **form.cleaned_data)
            except ValidationError as error:
                _show_error(form, error)
            else:
                messages.success(request, _("You joined the group. Welcome!"))
                return redirect(offer.get_absolute_url())
    else:
        form = StudentAccountForm(request.POST or None, prefix="account")
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():  # the account and the membership, or neither
                    user = form.save()
                    journey.join_group(
                        group,
                        user,
                        display_name=form.cleaned_data["display_name"],
                        named_publicly=form.cleaned_data["named_publicly"],
                    )
            except ValidationError as error:
                _show_error(form, error)
            else:
                login(request, user)
                messages.success(
                    request, _("Your account is made and you joined the group. Welcome!")
                )
                return redirect(offer.get_absolute_url())
    return render(
        request,
        "education/join.html",
        {"group": group, "form": form},
        status=400 if request.method == "POST" else 200,
    )

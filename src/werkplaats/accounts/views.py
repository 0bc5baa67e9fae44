"""A member's own pages: the dashboard with their roles and werkplaatsen, and their profile."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkplaats.network import services
from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Person
from werkplaats.network.permissions import workshops_managed_by

from .forms import ProfileForm
from .roles import Role, is_network_editor, roles_of


def _own_person(user) -> Person | None:
    return Person.objects.filter(user=user).first()


@login_required
def dashboard(request):
    user = request.user
    return render(
        request,
        "accounts/dashboard.html",
        {
            "roles": [Role.labels[role] for role in roles_of(user)],
            "managed_workshops": workshops_managed_by(user).only("slug", "name"),
            "person": _own_person(user),
            "may_use_admin": is_network_editor(user),
        },
    )


@login_required
def profile(request):
    """Members keep their own profile and decide themselves whether it is public."""
    person = _own_person(request.user)
    if person is None:
        initial = {
            "given_name": request.user.first_name,
            "family_name": request.user.last_name,
            "email": request.user.email,
        }
    else:
        initial = ProfileForm.initial_for(person)
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if person is None:
                services.register_person(user=request.user, **form.service_arguments())
            else:
                services.update_person(person, **form.service_arguments())
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:dashboard")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/profile.html", {"form": form, "person": person}, status=status)

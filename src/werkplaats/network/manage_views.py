"""Pages on which coordinators maintain the partners and people of their own werkplaats.

Network editors and administrators may maintain every werkplaats. Each view asks
``permissions.can_manage_workshop`` first, parses a form, calls one service and redirects.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import (
    AddPartnerForm,
    EndPartnershipForm,
    ExistingPersonForm,
    OrganisationForm,
    PartnershipForm,
    PersonForm,
    apply_errors,
)
from .models import Affiliation, Partnership, Person, Workshop
from .permissions import can_manage_workshop, people_visible_to


def _managed_workshop(request, slug: str) -> Workshop:
    workshop = get_object_or_404(Workshop, slug=slug)
    if not can_manage_workshop(request.user, workshop):
        raise PermissionDenied
    return workshop


def _partnership(workshop: Workshop, organisation: str, role: str) -> Partnership:
    return get_object_or_404(
        Partnership.objects.select_related("organisation", "workshop"),
        workshop=workshop,
        organisation__slug=organisation,
        role=role,
    )


def _overview(workshop: Workshop):
    return redirect("manage:workshop", slug=workshop.slug)


@login_required
def workshop(request, slug):
    workshop = _managed_workshop(request, slug)
    partnerships = workshop.partnerships.select_related(
        "organisation__kind", "organisation__location"
    ).order_by("organisation__name", "role")
    people = workshop.people.prefetch_related(
        "roles",
        Prefetch(
            "affiliations",
            queryset=Affiliation.objects.filter(end_date__isnull=True).select_related(
                "organisation"
            ),
            to_attr="current_affiliations",
        ),
    )
    today = timezone.localdate()
    return render(
        request,
        "network/manage/workshop.html",
        {
            "workshop": workshop,
            "partnerships": partnerships,
            "people": people,
            "today": today,
        },
    )


@login_required
def partner_add(request, slug):
    workshop = _managed_workshop(request, slug)
    form = AddPartnerForm(request.POST or None)
    organisation_form = OrganisationForm(request.POST or None, prefix="new")
    if request.method == "POST":
        partnership = _add_partner(workshop, form, organisation_form)
        if partnership is not None:
            messages.success(
                request,
                _("%(organisation)s is now a partner of %(workshop)s.")
                % {"organisation": partnership.organisation, "workshop": workshop},
            )
            return _overview(workshop)
    return render(
        request,
        "network/manage/partner_form.html",
        {
            "workshop": workshop,
            "form": form,
            "organisation_form": organisation_form,
        },
        status=400 if request.method == "POST" else 200,
    )


def _add_partner(workshop, form, organisation_form) -> Partnership | None:
    """Adds the chosen organisation, or the new one described, as partner.

    Returns None when the input is wrong; the errors are then on the forms.
    """
    if not (form.is_valid() & organisation_form.is_valid()):  # both run: all errors at once
        return None
    data = form.cleaned_data
    period = {"role": data["role"], "start_date": data["start_date"], "end_date": data["end_date"]}
    chosen = data["organisation"]
    if chosen is not None and organisation_form.has_organisation():
        form.add_error(
            "organisation",
            _("Choose an existing organisation or describe a new one below, not both."),
        )
        return None
    if chosen is None:
        organisation_form.require()
        if organisation_form.errors:
            return None
    try:
        if chosen is not None:
            return services.add_partner(workshop, chosen, **period)
        return services.add_partner_with_new_organisation(
            workshop, organisation=organisation_form.service_arguments(), **period
        )
    except ValidationError as error:
        if chosen is not None:
            apply_errors(form, error)
        else:
            _split_errors(error, form, organisation_form)
        return None


def _split_errors(error: ValidationError, form, organisation_form) -> None:
    """Errors about the partnership go to the partnership form, the rest to the new organisation."""
    if not hasattr(error, "error_dict"):
        apply_errors(organisation_form, error)
        return
    for field, errors in error.error_dict.items():
        target = form if field in form.fields else organisation_form
        apply_errors(target, ValidationError({field: errors}))


@login_required
def partner_edit(request, slug, organisation, role):
    workshop = _managed_workshop(request, slug)
    partnership = _partnership(workshop, organisation, role)
    initial = {
        "role": partnership.role,
        "start_date": partnership.start_date,
        "end_date": partnership.end_date,
    }
    form = PartnershipForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_partnership(partnership, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The partnership of %(organisation)s has been saved.")
                % {"organisation": partnership.organisation},
            )
            return _overview(workshop)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "network/manage/partner_form.html",
        {
            "workshop": workshop,
            "form": form,
            "partnership": partnership,
        },
        status=status,
    )


@login_required
def partner_end(request, slug, organisation, role):
    workshop = _managed_workshop(request, slug)
    partnership = _partnership(workshop, organisation, role)
    form = EndPartnershipForm(request.POST or None, initial={"end_date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.end_partnership(partnership, on=form.cleaned_data["end_date"])
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The partnership of %(organisation)s has been ended.")
                % {"organisation": partnership.organisation},
            )
            return _overview(workshop)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "network/manage/partner_end.html",
        {
            "workshop": workshop,
            "form": form,
            "partnership": partnership,
        },
        status=status,
    )


def _addable_people(user, workshop: Workshop):
    """People a coordinator may add: those they may see, and not yet in this werkplaats."""
    return people_visible_to(user).exclude(workshops=workshop).order_by("family_name", "given_name")


@login_required
def person_add(request, slug):
    workshop = _managed_workshop(request, slug)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.register_person(workshop=workshop, **form.service_arguments())
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("%(person)s has been added to %(workshop)s.")
                % {"person": person, "workshop": workshop},
            )
            return _overview(workshop)
    existing_form = ExistingPersonForm(people=_addable_people(request.user, workshop))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "network/manage/person_add.html",
        {
            "workshop": workshop,
            "form": form,
            "existing_form": existing_form,
        },
        status=status,
    )


@login_required
@require_POST
def person_add_existing(request, slug):
    workshop = _managed_workshop(request, slug)
    existing_form = ExistingPersonForm(request.POST, people=_addable_people(request.user, workshop))
    if existing_form.is_valid():
        person = services.add_person_to_workshop(existing_form.cleaned_data["person"], workshop)
        messages.success(
            request,
            _("%(person)s has been added to %(workshop)s.")
            % {"person": person, "workshop": workshop},
        )
        return _overview(workshop)
    return render(
        request,
        "network/manage/person_add.html",
        {
            "workshop": workshop,
            "form": PersonForm(),
            "existing_form": existing_form,
        },
        status=400,
    )


def _person_of(workshop: Workshop, slug: str) -> Person:
    return get_object_or_404(workshop.people.all(), slug=slug)


@login_required
def person_edit(request, slug, person):
    workshop = _managed_workshop(request, slug)
    person = _person_of(workshop, person)
    form = PersonForm(request.POST or None, initial=PersonForm.initial_for(person))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_person(person, **form.service_arguments())
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("The details of %(person)s have been saved.") % {"person": person}
            )
            return _overview(workshop)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "network/manage/person_form.html",
        {
            "workshop": workshop,
            "form": form,
            "person": person,
        },
        status=status,
    )


@login_required
def person_remove(request, slug, person):
    workshop = _managed_workshop(request, slug)
    person = _person_of(workshop, person)
    if request.method == "POST":
        services.remove_person_from_workshop(person, workshop)
        messages.success(
            request,
            _("%(person)s is no longer one of the people of %(workshop)s.")
            % {"person": person, "workshop": workshop},
        )
        return _overview(workshop)
    return render(
        request,
        "network/manage/person_remove.html",
        {
            "workshop": workshop,
            "person": person,
        },
    )

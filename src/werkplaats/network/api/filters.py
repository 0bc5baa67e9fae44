"""Filters of the network API.

Every filter value names an object by its public key (slug, CBS code); an unknown value is refused
with 400 and the name of the parameter, never silently ignored.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from ..constants import Province
from ..models import (
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Person,
    Theme,
    Workshop,
)


def _by_slug(model, field_name, label, **extra):
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        queryset=model.objects.all(),
        to_field_name="slug",
        label=label,
        distinct=True,
        **extra,
    )


def _province(field_name):
    return django_filters.ChoiceFilter(
        field_name=field_name,
        choices=Province.choices,
        label=_("Province, by its CBS code (PV20 Groningen … PV31 Limburg)."),
        distinct=True,
    )


class WorkshopFilter(django_filters.FilterSet):
    province = _province("municipalities__province")
    theme = _by_slug(Theme, "themes", _("Theme, by slug."))
    municipality = django_filters.ModelChoiceFilter(
        field_name="municipalities",
        queryset=Municipality.objects.all(),
        to_field_name="code",
        label=_("Municipality in the region, by CBS code (e.g. GM0153)."),
        distinct=True,
    )

    class Meta:
        model = Workshop
        fields = ["province", "theme", "municipality"]


class OrganisationFilter(django_filters.FilterSet):
    kind = _by_slug(OrganisationKind, "kind", _("Organisation kind, by slug."))
    province = _province("location__province")
    workshop = _by_slug(
        Workshop, "partnerships__workshop", _("Werkplaats it partners with, by slug.")
    )
    theme = _by_slug(Theme, "themes", _("Theme, by slug."))
    competence = _by_slug(Competence, "competences", _("Competence, by slug."))

    class Meta:
        model = Organisation
        fields = ["kind", "province", "workshop", "theme", "competence"]


class MunicipalityFilter(django_filters.FilterSet):
    province = _province("province")
    workshop = _by_slug(Workshop, "workshops", _("Werkplaats whose region includes it, by slug."))

    class Meta:
        model = Municipality
        fields = ["province", "workshop"]


class PersonFilter(django_filters.FilterSet):
    workshop = _by_slug(Workshop, "workshops", _("Werkplaats, by slug."))
    theme = _by_slug(Theme, "themes", _("Theme, by slug."))
    competence = _by_slug(Competence, "competences", _("Competence, by slug."))
    role = _by_slug(ParticipantRole, "roles", _("Role, by slug."))
    organisation = _by_slug(
        Organisation, "affiliations__organisation", _("Organisation they work at, by slug.")
    )
    province = _province("affiliations__organisation__location__province")

    class Meta:
        # Only the declared filters: e-mail and consent must never be probed through the API.
        model = Person
        fields = ["workshop", "theme", "competence", "role", "organisation", "province"]

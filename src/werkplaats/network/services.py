"""Every change to the network registry goes through these functions.

They know nothing of HTTP: the site, the admin, management commands and tasks call them alike.
Each one runs in a transaction and validates with ``full_clean()``, so a bad identifier (ORCID,
KvK, ROR, CBS code) raises :class:`django.core.exceptions.ValidationError` and changes nothing.
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.utils.slugs import unique_slug

from .constants import PartnershipRole
from .models import Affiliation, Organisation, OrganisationKind, Partnership, Person, Workshop
from .validators import normalise_orcid, normalise_ror

ORGANISATION_FIELDS = (
    "description",
    "website",
    "kvk_number",
    "ror_id",
    "municipality_code",
    "location",
)
PERSON_FIELDS = ("given_name", "family_name_prefix", "family_name", "email", "orcid", "bio")


def _clean_identifiers(values: dict) -> dict:
    """Stores identifiers in their bare form, whichever form people paste (URL or bare)."""
    values = dict(values)
    if values.get("orcid"):
        values["orcid"] = normalise_orcid(values["orcid"])
    if values.get("ror_id"):
        values["ror_id"] = normalise_ror(values["ror_id"])
    for key in ("kvk_number", "municipality_code"):
        if values.get(key):
            values[key] = values[key].strip().replace(" ", "").upper()
    if values.get("email"):
        values["email"] = values["email"].strip()
    return values


# Organisations and partnerships --------------------------------------------------------------


@transaction.atomic
def create_organisation(*, name: str, kind: OrganisationKind, **fields) -> Organisation:
    """Registers a new organisation under a unique slug made from its name.

    ``fields`` may hold any of ``description``, ``website``, ``kvk_number``, ``ror_id``,
    ``municipality_code`` and ``location`` (a :class:`Municipality`).
    """
    unknown = set(fields) - set(ORGANISATION_FIELDS)
    if unknown:
        raise TypeError(f"create_organisation() got unexpected fields: {sorted(unknown)}")
    organisation = Organisation(name=(name or "").strip(), kind=kind, **_clean_identifiers(fields))
    organisation.slug = unique_slug(Organisation, organisation.name)
    organisation.full_clean()
    organisation.save()
    return organisation


def _check_period(start_date: date | None, end_date: date | None) -> None:
    if start_date and end_date and end_date < start_date:
        raise ValidationError(
            {"end_date": _("The end date lies before the start date. Choose a later end date.")}
        )


@transaction.atomic
def add_partner(
    workshop: Workshop,
    organisation: Organisation,
    *,
    role: str = PartnershipRole.PARTNER,
    start_date: date | None = None,
    end_date: date | None = None,
) -> Partnership:
    """Makes ``organisation`` a partner of ``workshop`` in ``role`` over the given period.

    An organisation holds each role in a werkplaats once; adding it again in the same role is
    refused.
    """
    _check_period(start_date, end_date)
    partnership = Partnership(
        workshop=workshop,
        organisation=organisation,
        role=role,
        start_date=start_date,
        end_date=end_date,
    )
    if Partnership.objects.filter(workshop=workshop, organisation=organisation, role=role).exists():
        raise ValidationError(
            {
                "role": _(
                    "%(organisation)s already has this role in this werkplaats. "
                    "Edit that partnership instead."
                )
                % {"organisation": organisation}
            }
        )
    partnership.full_clean()
    partnership.save()
    return partnership


@transaction.atomic
def add_partner_with_new_organisation(
    workshop: Workshop,
    *,
    organisation: dict,
    role: str = PartnershipRole.PARTNER,
    start_date: date | None = None,
    end_date: date | None = None,
) -> Partnership:
    """Registers a new organisation (``organisation`` holds the arguments of
    :func:`create_organisation`) and makes it a partner, both or neither."""
    created = create_organisation(**organisation)
    return add_partner(workshop, created, role=role, start_date=start_date, end_date=end_date)


@transaction.atomic
def update_partnership(
    partnership: Partnership, *, role: str, start_date: date | None, end_date: date | None
) -> Partnership:
    """Changes the role or the period of a partnership."""
    _check_period(start_date, end_date)
    clash = Partnership.objects.filter(
        workshop_id=partnership.workshop_id, organisation_id=partnership.organisation_id, role=role
    ).exclude(pk=partnership.pk)
    if clash.exists():
        raise ValidationError(
            {
                "role": _(
                    "This organisation already has that role in this werkplaats. "
                    "Choose another role or end the other partnership."
                )
            }
        )
    partnership.role = role
    partnership.start_date = start_date
    partnership.end_date = end_date
    partnership.full_clean()
    partnership.save()
    return partnership


@transaction.atomic
def end_partnership(partnership: Partnership, *, on: date | None = None) -> Partnership:
    """Ends a partnership on ``on`` (today by default), its last day.

    The record stays: it is the network's history.
    """
    day = on or timezone.localdate()
    if partnership.start_date and day < partnership.start_date:
        raise ValidationError(
            {
                "end_date": _(
                    "A partnership cannot end before it started (%(start)s). Choose a later date."
                )
                % {"start": partnership.start_date}
            }
        )
    partnership.end_date = day
    partnership.full_clean()
    partnership.save(update_fields=["end_date"])
    return partnership


# People -----------------------------------------------------------------------------------------


def _set_vocabularies(person: Person, roles, competences, themes) -> None:
    if roles is not None:
        person.roles.set(roles)
    if competences is not None:
        person.competences.set(competences)
    if themes is not None:
        person.themes.set(themes)


@transaction.atomic
def set_person_consent(person: Person, is_public: bool) -> Person:
    """Records whether a (saved) person consents to be listed publicly, and when that changed."""
    if person.is_public == bool(is_public):
        return person
    person.is_public = bool(is_public)
    person.consent_changed_at = timezone.now()
    person.save(update_fields=["is_public", "consent_changed_at", "updated_at"])
    return person


@transaction.atomic
def register_person(
    *,
    given_name: str,
    family_name: str,
    workshop: Workshop | None = None,
    user=None,
    is_public: bool = False,
    roles: Iterable = (),
    competences: Iterable = (),
    themes: Iterable = (),
    affiliation: Organisation | None = None,
    function: str = "",
    **fields,
) -> Person:
    """Registers a person, optionally in a werkplaats, linked to an account and affiliated with an
    organisation. Not public unless ``is_public`` records their consent.

    ``fields`` may hold ``family_name_prefix``, ``email``, ``orcid`` and ``bio``.
    """
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"register_person() got unexpected fields: {sorted(unknown)}")
    person = Person(
        given_name=(given_name or "").strip(),
        family_name=(family_name or "").strip(),
        user=user,
        **_clean_identifiers(fields),
    )
    person.slug = unique_slug(Person, person.full_name)
    person.is_public = bool(is_public)
    if person.is_public:
        person.consent_changed_at = timezone.now()
    person.full_clean()
    person.save()
    _set_vocabularies(person, roles, competences, themes)
    if workshop is not None:
        person.workshops.add(workshop)
    if affiliation is not None:
        add_affiliation(person, affiliation, function=function)
    return person


@transaction.atomic
def update_person(
    person: Person,
    *,
    is_public: bool | None = None,
    roles: Iterable | None = None,
    competences: Iterable | None = None,
    themes: Iterable | None = None,
    affiliation: Organisation | None = None,
    function: str = "",
    **fields,
) -> Person:
    """Changes a person's details. Arguments left out (or ``None``) stay as they are.

    The slug stays too, so links to the person keep working after a change of name.
    """
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"update_person() got unexpected fields: {sorted(unknown)}")
    for name, value in _clean_identifiers(fields).items():
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    person.full_clean()
    person.save()
    if is_public is not None:
        set_person_consent(person, is_public)
    _set_vocabularies(person, roles, competences, themes)
    if affiliation is not None:
        add_affiliation(person, affiliation, function=function)
    return person


@transaction.atomic
def add_affiliation(
    person: Person,
    organisation: Organisation,
    *,
    function: str = "",
    start_date: date | None = None,
) -> Affiliation:
    """Records that a person works at an organisation; updates the function of a current one."""
    affiliation = person.affiliations.filter(
        organisation=organisation, end_date__isnull=True
    ).first()
    if affiliation is None:
        affiliation = Affiliation(person=person, organisation=organisation, start_date=start_date)
    if function or not affiliation.function:
        affiliation.function = function.strip()
    affiliation.full_clean()
    affiliation.save()
    return affiliation


@transaction.atomic
def add_person_to_workshop(person: Person, workshop: Workshop) -> Person:
    """Makes an existing person one of the people of a werkplaats."""
    person.workshops.add(workshop)
    return person


@transaction.atomic
def remove_person_from_workshop(person: Person, workshop: Workshop) -> Person:
    """Takes a person out of a werkplaats.

    The person stays in the registry, and in other werkplaatsen.
    """
    person.workshops.remove(workshop)
    return person

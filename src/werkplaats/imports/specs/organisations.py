"""Partner organisations of a werkplaats: coordinators keep these lists in spreadsheets.

A row names an organisation and its role in the werkplaats. An organisation already in the registry
(same KvK number, or else the same name) is not created again: it only becomes a partner.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.network.constants import PartnershipRole
from werkplaats.network.models import Municipality, Organisation, OrganisationKind, Partnership
from werkplaats.network.validators import normalise_ror, validate_kvk, validate_ror
from werkplaats.utils.text import fold

from ..engine import Column, ImportSpec, RowInvalid, SlugAllocator, fill_search_text
from ..parsers import Choice, Lookup, Text
from ..registry import register


def _kvk(text: str) -> str:
    digits = text.replace(" ", "").replace(".", "")
    # Spreadsheet programs drop the leading zeros of a number.
    return digits.zfill(8) if digits.isdigit() and len(digits) < 8 else digits


@dataclass
class PartnerRow:
    organisation: Organisation
    role: str


class OrganisationSpec(ImportSpec):
    name = "organisaties"
    label = gettext_lazy("Partner organisations")
    columns = [
        Column(
            "name",
            "Naam",
            Text(200),
            aliases=("Name", "Organisatie", "Organisation"),
            required=True,
            help=gettext_lazy("The organisation's name."),
        ),
        Column(
            "kind",
            "Soort",
            Lookup(
                OrganisationKind.objects.all,
                ("slug", "name", "name_en"),
                noun=gettext_lazy("kind of organisation"),
            ),
            aliases=("Kind", "Type", "Soort organisatie"),
            required=True,
            help=gettext_lazy("For example: gemeente, hogeschool, welzijnsorganisatie."),
        ),
        Column(
            "kvk_number",
            "KvK-nummer",
            Text(validators=[validate_kvk], clean=_kvk),
            aliases=("KvK", "KvK number", "Chamber of Commerce number"),
            help=gettext_lazy("8 digits, optional."),
        ),
        Column(
            "location",
            "Vestigingsplaats",
            Lookup(
                Municipality.objects.all,
                ("code", "slug", "name"),
                noun=gettext_lazy("municipality"),
            ),
            aliases=("Plaats", "Gemeente", "Location", "Municipality"),
            help=gettext_lazy("The municipality by name or CBS code (GM0363), optional."),
        ),
        Column(
            "website",
            "Website",
            Text(200),
            help=gettext_lazy("Address starting with https://, optional."),
        ),
        Column(
            "ror_id",
            "ROR ID",
            Text(validators=[validate_ror], clean=normalise_ror),
            aliases=("ROR",),
            help=gettext_lazy("Research organisations only, optional."),
        ),
        Column(
            "role",
            "Rol",
            Choice(PartnershipRole),
            aliases=("Role", "Rol in werkplaats"),
            help=gettext_lazy(
                "Lead partner, partner, advisory partner or funder; partner if empty."
            ),
        ),
        Column(
            "description",
            "Omschrijving",
            Text(),
            aliases=("Description", "Beschrijving"),
            help=gettext_lazy("A few sentences, optional."),
        ),
    ]

    def _existing(self, context) -> dict:
        if "organisations" not in context.cache:
            by_key = {}
            for organisation in Organisation.objects.only("pk", "name", "slug", "kvk_number"):
                by_key.setdefault(("name", fold(organisation.name)), organisation)
                if organisation.kvk_number:
                    by_key.setdefault(("kvk", organisation.kvk_number), organisation)
            partners = set(
                Partnership.objects.filter(workshop=context.workshop).values_list(
                    "organisation_id", "role"
                )
            )
            context.cache["organisations"] = by_key
            context.cache["partners"] = partners
        return context.cache["organisations"]

    def make(self, values, context):
        existing = self._existing(context)
        role = values["role"] or PartnershipRole.PARTNER
        name_key = ("name", fold(values["name"]))
        kvk_key = ("kvk", values["kvk_number"]) if values["kvk_number"] else None
        organisation = (kvk_key and existing.get(kvk_key)) or existing.get(name_key)
        seen_key = ("organisation", organisation.pk if organisation else name_key, role)
        if seen_key in context.seen:
            raise RowInvalid(
                {
                    "name": _("repeats row %(row)s. Remove one of the two rows.")
                    % {"row": context.seen[seen_key]}
                }
            )
        context.seen[seen_key] = context.row
        if organisation is not None:
            if (organisation.pk, role) in context.cache["partners"]:
                return PartnerRow(organisation, role), "unchanged"
            return PartnerRow(organisation, role), "link"
        organisation = Organisation(
            name=values["name"],
            kind=values["kind"],
            kvk_number=values["kvk_number"] or "",
            location=values["location"],
            website=values["website"] or "",
            ror_id=values["ror_id"] or "",
            description=values["description"] or "",
        )
        try:
            # The foreign keys came from lookups; checking them again would cost a query each.
            organisation.clean_fields(exclude=["slug", "search_text", "kind", "location"])
        except ValidationError as error:
            raise RowInvalid(
                {
                    key: " ".join(str(m) for m in messages)
                    for key, messages in error.message_dict.items()
                }
            ) from None
        return PartnerRow(organisation, role), "create"

    def commit(self, results, context) -> int:
        slugs = SlugAllocator(Organisation)
        new = []
        for result in results:
            if result.action == "create":
                organisation = result.obj.organisation
                organisation.slug = slugs(organisation.name)
                fill_search_text(organisation)
                new.append(organisation)
        Organisation.objects.bulk_create(new, batch_size=500)
        Partnership.objects.bulk_create(
            [
                Partnership(
                    workshop=context.workshop, organisation=r.obj.organisation, role=r.obj.role
                )
                for r in results
                if r.action in ("create", "link")
            ],
            batch_size=500,
            ignore_conflicts=True,
        )
        return sum(1 for r in results if r.action in ("create", "link"))

    def export_queryset(self, workshop):
        return (
            Partnership.objects.filter(workshop=workshop)
            .select_related("organisation__kind", "organisation__location")
            .order_by("organisation__name", "role")
        )

    def export_values(self, partnership) -> dict:
        organisation = partnership.organisation
        return {
            "name": organisation.name,
            "kind": organisation.kind.name,
            "kvk_number": organisation.kvk_number,
            "location": organisation.location.name if organisation.location_id else "",
            "website": organisation.website,
            "ror_id": organisation.ror_id,
            "role": str(partnership.get_role_display()),
            "description": organisation.description,
        }


register(OrganisationSpec())

"""The real werkplaatsen, read from ``data/werkplaatsen.csv``: public facts, loaded once.

Which municipalities belong to which werkplaats is not published as one list. The region here is
derived, as ``data/SOURCES.md`` advises: every COROP region is given to exactly one werkplaats
(so each of the 342 municipalities has at least one) and the municipalities a werkplaats names as
partners are added on top. The result is editable data and indicative only.

Loading creates the rows that are missing (werkplaatsen, organisations, lectoraten, partnerships)
and never changes or removes what exists. A werkplaats's region, themes and lectoraten are set only
when the werkplaats itself is created, so network editors' later edits survive a second run, and
running it twice changes nothing.
"""

import csv
import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .constants import PartnershipRole
from .models import (
    Municipality,
    Organisation,
    OrganisationKind,
    Partnership,
    ResearchGroup,
    Theme,
    Workshop,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
WORKSHOPS_CSV = DATA_DIR / "werkplaatsen.csv"

#: The current funding period of the ministry (VWS): the period of every reference partnership.
FUNDING_PERIOD = (datetime.date(2023, 1, 1), datetime.date(2026, 12, 31))

#: Every COROP region (CBS name) to the one werkplaats whose region it is.
COROP_TO_WORKSHOP = {
    "Oost-Groningen": "noord",
    "Delfzijl en omgeving": "noord",
    "Overig Groningen": "noord",
    "Noord-Drenthe": "noord",
    "Zuidoost-Drenthe": "noord",
    "Zuidwest-Drenthe": "noord",
    "Noord-Friesland": "friesland",
    "Zuidwest-Friesland": "friesland",
    "Zuidoost-Friesland": "friesland",
    "Noord-Overijssel": "regio-zwolle",
    "Zuidwest-Overijssel": "regio-zwolle",
    "Flevoland": "regio-zwolle",
    "Twente": "twente",
    "Arnhem/Nijmegen": "arnhem-nijmegen",
    "Achterhoek": "arnhem-nijmegen",
    "Zuidwest-Gelderland": "arnhem-nijmegen",
    "Veluwe": "gelderse-vallei",
    "Utrecht": "utrecht",
    "Groot-Amsterdam": "amsterdam",
    "Zaanstreek": "amsterdam",
    "Het Gooi en Vechtstreek": "amsterdam",
    "Agglomeratie Haarlem": "amsterdam",
    "IJmond": "amsterdam",
    "Kop van Noord-Holland": "noord-holland",
    "Alkmaar en omgeving": "noord-holland",
    "Agglomeratie 's-Gravenhage": "den-haag-leiden",
    "Agglomeratie Leiden en Bollenstreek": "den-haag-leiden",
    "Delft en Westland": "den-haag-leiden",
    "Groot-Rijnmond": "zuid-holland-zuid",
    "Oost-Zuid-Holland": "zuid-holland-zuid",
    "Zuidoost-Zuid-Holland": "zuid-holland-zuid",
    "Zuidoost-Noord-Brabant": "fontys",
    "Midden-Noord-Brabant": "fontys",
    "West-Noord-Brabant": "avans",
    "Noordoost-Noord-Brabant": "avans",
    "Noord-Limburg": "zuyd",
    "Midden-Limburg": "zuyd",
    "Zuid-Limburg": "zuyd",
    "Zeeuwsch-Vlaanderen": "zeeland",
    "Overig Zeeland": "zeeland",
}

#: Every agenda wording in the CSV to the themes of the seeded vocabulary it names. An empty tuple
#: is a deliberate "no theme fits" (the wording itself stays on the werkplaats as its agenda).
AGENDA_TO_THEMES = {
    "werk en inkomen in gebiedsgericht werken": ("participatiewet-en-werk", "bestaanszekerheid"),
    "inclusie van mensen met een beperking": ("inclusie",),
    "leefbaarheid": (),
    "sociale kwaliteit": (),
    "community mapping": (),
    "integraal samenwerken": ("integraal-samenwerken",),
    "inclusieve samenleving": ("inclusie",),
    "welzijn als basis": ("sociale-basis",),
    "systemisch werken met jeugd": ("jeugd",),
    "ouderen": ("langer-thuis-wonen",),
    "langdurige zorg thuis en zingeving": ("langer-thuis-wonen",),
    "bestaanszekerheid": ("bestaanszekerheid",),
    "sociale basis": ("sociale-basis",),
    "jeugd en onderwijs": ("jeugd",),
    "armoede": ("armoede-en-schulden",),
    "eenzaamheid": ("eenzaamheid",),
    "verward gedrag": ("verward-gedrag",),
    "ervaringsdeskundigheid": ("ervaringsdeskundigheid",),
    "jongvolwassenen": ("jeugd",),
    "jonge mantelzorgers": ("informele-zorg-en-mantelzorg", "jeugd"),
    "betekenisvol contact": ("eenzaamheid",),
    "informele netwerken": ("informele-zorg-en-mantelzorg",),
    "formeel en informeel": ("informele-zorg-en-mantelzorg",),
    "jeugd": ("jeugd",),
    "stedelijk sociaal werk": (),
    "empowerment": (),
    "professionalisering": ("professionalisering",),
    "leerateliers": (),
    "armoede en schulden": ("armoede-en-schulden",),
    "gezond en sociaal in de wijk": ("gezondheid-en-sociaal-domein",),
    "sociaal en inclusief": ("inclusie",),
    "professionaliteit": ("professionalisering",),
    "langer thuis wonen": ("langer-thuis-wonen",),
    "verbinding sociaal domein en gezondheid": ("gezondheid-en-sociaal-domein",),
    "multiprobleemgezinnen": ("jeugd",),
    "community development": ("sociale-basis",),
    "meervoudige reflexie": ("professionalisering",),
    "integrale veiligheid": (),
    "jeugd en gezin": ("jeugd",),
    "actief ouder worden": ("langer-thuis-wonen",),
    "sociale integratie": ("inclusie",),
    "wmo": ("wmo",),
    "jeugdhulp": ("jeugd",),
    "participatiewet": ("participatiewet-en-werk",),
    "informele zorg": ("informele-zorg-en-mantelzorg",),
    "demografische transitie": (),
    "nieuwkomers in dunbevolkte gebieden": ("vluchtelingen-en-nieuwkomers",),
    "werk": ("participatiewet-en-werk",),
}

#: CBS spells a few municipalities differently from how they call themselves.
MUNICIPALITY_DISPLAY_NAMES = {"'s-Gravenhage": "Den Haag"}

#: Facts the source did not confirm (data/SOURCES.md); the description says so.
UNCONFIRMED_LEAD = {"twente"}


class ReferenceDataError(ValueError):
    """The reference data and the database disagree (e.g. a municipality name is unknown)."""


@dataclass(frozen=True)
class ReferenceWorkshop:
    slug: str
    name: str
    provinces: tuple[str, ...]
    lead_institutions: tuple[str, ...]
    research_groups: tuple[str, ...]
    named_municipalities: tuple[str, ...]
    agenda: tuple[str, ...]
    source: str


@dataclass
class LoadResult:
    """What a load created, by kind ("workshops", "organisations", ...)."""

    created: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return any(self.created.values())


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def read_reference_workshops(path: Path = WORKSHOPS_CSV) -> list[ReferenceWorkshop]:
    """The werkplaatsen of the CSV, in file order."""
    with open(path, encoding="utf-8") as handle:
        return [
            ReferenceWorkshop(
                slug=row["slug"].strip(),
                name=row["name"].strip(),
                provinces=_split(row["provinces"]),
                lead_institutions=_split(row["lead_institutions"]),
                research_groups=_split(row["research_groups"]),
                named_municipalities=_split(row["named_municipalities"]),
                agenda=_split(row["themes"]),
                source=row["source"].strip(),
            )
            for row in csv.DictReader(handle)
        ]


def municipality_display_name(cbs_name: str) -> str:
    """``Hengelo (O.)`` → ``Hengelo``, ``'s-Gravenhage`` → ``Den Haag``: the name people use."""
    name = MUNICIPALITY_DISPLAY_NAMES.get(cbs_name, cbs_name)
    return re.sub(r"\s*\([^)]*\)$", "", name)


def municipality_organisation_slug(municipality: Municipality) -> str:
    return slugify(f"gemeente {municipality_display_name(municipality.name)}")


def themes_for_agenda(agenda) -> list[str]:
    """Theme slugs the agenda wording names, in agenda order, without repeats."""
    slugs: list[str] = []
    for wording in agenda:
        key = wording.strip().lower()
        if key not in AGENDA_TO_THEMES:
            raise ReferenceDataError(
                _("No theme mapping for the agenda wording %(wording)r.") % {"wording": wording}
            )
        slugs.extend(s for s in AGENDA_TO_THEMES[key] if s not in slugs)
    return slugs


def _join(items, last: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def describe(ref: ReferenceWorkshop) -> tuple[str, str]:
    """A plain Dutch and English description, made only of the facts in the CSV."""
    towns_nl = _join([municipality_display_name(m) for m in ref.named_municipalities], "en")
    towns_en = _join([municipality_display_name(m) for m in ref.named_municipalities], "and")
    leads_nl, leads_en = _join(ref.lead_institutions, "en"), _join(ref.lead_institutions, "and")
    nl = [
        f"{ref.name} is een van de regionale werkplaatsen van het netwerk Werkplaatsen Sociaal "
        f"Domein, in {_join(ref.provinces, 'en')}."
    ]
    en = [
        f"{ref.name} is one of the regional workshops of the Werkplaatsen Sociaal Domein "
        f"network, in {_join(ref.provinces, 'and')}."
    ]
    if ref.slug in UNCONFIRMED_LEAD:
        nl.append(f"Als hogeschool wordt {leads_nl} genoemd; de bron bevestigt dit niet.")
        en.append(
            f"The university of applied sciences is given as {leads_en}; "
            "the source does not confirm this."
        )
    else:
        nl.append(f"De werkplaats wordt getrokken door {leads_nl}.")
        en.append(f"It is led by {leads_en}.")
    if ref.research_groups:
        nl.append(f"Het onderzoek is verankerd in: {_join(ref.research_groups, 'en')}.")
        en.append(f"Its research is rooted in: {_join(ref.research_groups, 'and')}.")
    else:
        nl.append("De bron noemt geen lectoraat.")
        en.append("The source names no research group.")
    if towns_nl:
        nl.append(f"Als gemeentelijke partners worden genoemd: {towns_nl}.")
        en.append(f"Municipal partners named: {towns_en}.")
    if ref.agenda:
        nl.append(f"Op de agenda staan onder meer: {_join(ref.agenda, 'en')}.")
        en.append(f"Its agenda includes (in Dutch): {_join(ref.agenda, 'and')}.")
    return " ".join(nl), " ".join(en)


def _research_group_owner(ref: ReferenceWorkshop, index: int, hogescholen: list) -> Organisation:
    # When there are as many lectoraten as lead hogescholen they pair up in order (Den Haag-Leiden);
    # otherwise every lectoraat belongs to the first lead hogeschool.
    if len(ref.research_groups) == len(hogescholen):
        return hogescholen[index]
    return hogescholen[0]


def _get_or_create(result: LoadResult, counter: str, model, lookup: dict, defaults: dict):
    obj, created = model.objects.get_or_create(**lookup, defaults=defaults)
    if created:
        result.created[counter] += 1
    return obj


def _partner(result, workshop, organisation, role):
    start, end = FUNDING_PERIOD
    _get_or_create(
        result,
        "partnerships",
        Partnership,
        {"workshop": workshop, "organisation": organisation, "role": role},
        {"start_date": start, "end_date": end},
    )


def _load_workshop(ref, result, municipalities_by_name, region_by_slug, kinds, themes):
    description, description_en = describe(ref)
    workshop, created = Workshop.objects.get_or_create(
        slug=ref.slug,
        defaults={
            "name": ref.name,
            "source": ref.source,
            "agenda": list(ref.agenda),
            "description": description,
            "description_en": description_en,
        },
    )
    named = []
    for name in ref.named_municipalities:
        if name not in municipalities_by_name:
            raise ReferenceDataError(
                _(
                    "Werkplaats %(slug)r names the municipality %(name)r, which is not in the "
                    "municipalities table: run `werkplaats migrate` first."
                )
                % {"slug": ref.slug, "name": name}
            )
        named.append(municipalities_by_name[name])
    if created:
        result.created["workshops"] += 1
        workshop.themes.set([themes[slug] for slug in themes_for_agenda(ref.agenda)])
        workshop.municipalities.set(
            {m.pk for m in region_by_slug.get(ref.slug, [])} | {m.pk for m in named}
        )

    hogescholen = []
    for name in ref.lead_institutions:
        hogeschool = _get_or_create(
            result,
            "organisations",
            Organisation,
            {"slug": slugify(name)},
            {"name": name, "kind": kinds["hogeschool"]},
        )
        hogescholen.append(hogeschool)
        _partner(result, workshop, hogeschool, PartnershipRole.LEAD)

    for index, name in enumerate(ref.research_groups):
        owner = _research_group_owner(ref, index, hogescholen)
        group = _get_or_create(
            result,
            "research_groups",
            ResearchGroup,
            {"slug": slugify(name)},
            {"name": name, "organisation": owner},
        )
        if created:
            workshop.research_groups.add(group)

    for position, municipality in enumerate(named):
        organisation = _get_or_create(
            result,
            "organisations",
            Organisation,
            {"slug": municipality_organisation_slug(municipality)},
            {
                "name": f"Gemeente {municipality_display_name(municipality.name)}",
                "kind": kinds["gemeente"],
                "municipality_code": municipality.code,
                "location": municipality,
            },
        )
        role = PartnershipRole.LEAD if position == 0 else PartnershipRole.PARTNER
        _partner(result, workshop, organisation, role)


@transaction.atomic
def load_reference_network(path: Path = WORKSHOPS_CSV) -> LoadResult:
    """Create the real werkplaatsen with their lead hogescholen, lectoraten, named municipalities
    (as organisations and partners), agenda, themes and region. Creates only what is missing."""
    refs = read_reference_workshops(path)
    municipalities = list(Municipality.objects.all())
    if not municipalities:
        raise ReferenceDataError(_("There are no municipalities: run `werkplaats migrate` first."))
    region_by_slug: dict[str, list[Municipality]] = {}
    for municipality in municipalities:
        slug = COROP_TO_WORKSHOP.get(municipality.corop)
        if slug is None:
            raise ReferenceDataError(
                _("The COROP region %(corop)r of %(name)s has no werkplaats.")
                % {"corop": municipality.corop, "name": municipality.name}
            )
        region_by_slug.setdefault(slug, []).append(municipality)
    try:
        kinds = {
            slug: OrganisationKind.objects.get(slug=slug) for slug in ("hogeschool", "gemeente")
        }
    except OrganisationKind.DoesNotExist as error:
        raise ReferenceDataError(
            _("The organisation kinds are not seeded: run `werkplaats migrate` first.")
        ) from error
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    missing = {s for ref in refs for s in themes_for_agenda(ref.agenda)} - themes.keys()
    if missing:
        raise ReferenceDataError(
            _("Themes missing from the vocabulary: %(slugs)s.")
            % {"slugs": ", ".join(sorted(missing))}
        )
    by_name = {m.name: m for m in municipalities}

    result = LoadResult()
    for ref in refs:
        _load_workshop(ref, result, by_name, region_by_slug, kinds, themes)
    return result

"""The demo's programmes: those of the real hogescholen of the reference network and of a few real
ROCs, at the places they are taught, with their semesters or periods and their lecturers.

The list is illustrative: real programme names and places, but not every programme a hogeschool or
ROC runs, and no claim about who teaches there. The lecturers are fictional demo people: someone of
the demo network who teaches at that institution when there is one, otherwise a new person.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from werkplaats.network.constants import PartnershipRole
from werkplaats.network.demo.people import CONSENT_MOMENT
from werkplaats.network.demo.users import DEMO_PASSWORD
from werkplaats.network.models import (
    Affiliation,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Person,
    Theme,
    Workshop,
)

from ..constants import MBO_LEVELS, Level
from ..models import Programme, ProgrammePeriod

#: Real ROCs (mbo) that are not in the reference network: (slug, name, seat, website).
ROCS = [
    ("roc-van-twente", "ROC van Twente", "Hengelo (O.)", "https://www.rocvantwente.nl"),
    (
        "roc-friesland-college",
        "ROC Friesland College",
        "Leeuwarden",
        "https://www.frieslandcollege.nl",
    ),
    ("scalda", "Scalda", "Vlissingen", "https://www.scalda.nl"),
    ("deltion-college", "Deltion College", "Zwolle", "https://www.deltion.nl"),
    ("roc-nijmegen", "ROC Nijmegen", "Nijmegen", "https://www.roc-nijmegen.nl"),
]
#: The werkplaats in whose region each ROC lies (its lecturers take part there).
ROC_REGIONS = {
    "roc-van-twente": "twente",
    "roc-friesland-college": "friesland",
    "scalda": "zeeland",
    "deltion-college": "regio-zwolle",
    "roc-nijmegen": "arnhem-nijmegen",
}

SW, TP, PED, HBOV = "hbo Social Work", "hbo Toegepaste Psychologie", "hbo Pedagogiek", "HBO-V"
AD_SW, MASTER_SW = "Ad Sociaal Werk", "master Social Work"
MZ3, MZ4 = "mbo Maatschappelijke Zorg, niveau 3", "mbo Maatschappelijke Zorg, niveau 4"
MBO_SW = "mbo Sociaal Werk, niveau 4"

LEVELS = {
    SW: Level.BACHELOR,
    TP: Level.BACHELOR,
    PED: Level.BACHELOR,
    HBOV: Level.BACHELOR,
    AD_SW: Level.ASSOCIATE,
    MASTER_SW: Level.MASTER,
    MZ3: Level.MBO_3,
    MZ4: Level.MBO_4,
    MBO_SW: Level.MBO_4,
}
THEMES = {
    SW: ["sociale-basis", "wijkteams", "armoede-en-schulden", "eenzaamheid"],
    TP: ["verward-gedrag", "gezondheid-en-sociaal-domein", "ervaringsdeskundigheid"],
    PED: ["jeugd", "inclusie"],
    HBOV: ["gezondheid-en-sociaal-domein", "langer-thuis-wonen"],
    AD_SW: ["sociale-basis", "wijkteams"],
    MASTER_SW: ["professionalisering", "integraal-samenwerken"],
    MZ3: ["inclusie", "langer-thuis-wonen"],
    MZ4: ["inclusie", "verward-gedrag", "ervaringsdeskundigheid"],
    MBO_SW: ["sociale-basis", "jeugd", "eenzaamheid"],
}
#: The function a contact lecturer of the programme has at the institution.
FUNCTIONS = {
    SW: "docent Social Work",
    TP: "docent Toegepaste Psychologie",
    PED: "docent Pedagogiek",
    HBOV: "docent Verpleegkunde",
    AD_SW: "docent Sociaal Werk",
    MASTER_SW: "docent master Social Work",
    MZ3: "docent Maatschappelijke Zorg",
    MZ4: "docent Maatschappelijke Zorg",
    MBO_SW: "docent Sociaal Werk",
}

#: Institution slug → [(programme, place)]. Keys of the hogescholen are the reference network's.
OFFERINGS = {
    "saxion": [
        (SW, "Enschede"),
        (SW, "Deventer"),
        (TP, "Deventer"),
        (PED, "Deventer"),
        (HBOV, "Enschede"),
    ],
    "hanzehogeschool-groningen": [(SW, "Groningen"), (TP, "Groningen"), (HBOV, "Groningen")],
    "nhl-stenden-hogeschool": [(SW, "Leeuwarden"), (PED, "Leeuwarden")],
    "hogeschool-viaa": [(SW, "Zwolle"), (PED, "Zwolle")],
    "hogeschool-van-arnhem-en-nijmegen-han": [
        (SW, "Nijmegen"),
        (PED, "Nijmegen"),
        (MASTER_SW, "Nijmegen"),
    ],
    "christelijke-hogeschool-ede": [(SW, "Ede"), (TP, "Ede")],
    "hogeschool-utrecht": [(SW, "Utrecht"), (HBOV, "Utrecht")],
    "hogeschool-van-amsterdam": [(SW, "Amsterdam"), (PED, "Amsterdam"), (MASTER_SW, "Amsterdam")],
    "hogeschool-inholland": [(SW, "Haarlem"), (AD_SW, "Haarlem")],
    "hogeschool-leiden": [(SW, "Leiden"), (TP, "Leiden")],
    "de-haagse-hogeschool": [(SW, "Den Haag")],
    "hogeschool-rotterdam": [(SW, "Rotterdam"), (PED, "Rotterdam"), (AD_SW, "Rotterdam")],
    "fontys-hogescholen": [(SW, "Eindhoven"), (TP, "Eindhoven"), (PED, "Tilburg")],
    "avans-hogeschool": [(SW, "Breda"), (SW, "'s-Hertogenbosch")],
    "zuyd-hogeschool": [(SW, "Sittard"), (HBOV, "Heerlen")],
    "hz-university-of-applied-sciences": [(SW, "Vlissingen"), (PED, "Vlissingen")],
    "roc-van-twente": [(MZ3, "Almelo"), (MZ4, "Hengelo"), (MBO_SW, "Enschede")],
    "roc-friesland-college": [(MZ4, "Leeuwarden"), (MBO_SW, "Leeuwarden")],
    "scalda": [(MZ3, "Goes"), (MZ4, "Vlissingen"), (MBO_SW, "Vlissingen")],
    "deltion-college": [(MBO_SW, "Zwolle")],
    "roc-nijmegen": [(MZ4, "Nijmegen"), (MBO_SW, "Nijmegen")],
}

#: The demo lecturer (``docent``): contact lecturer of Saxion's hbo Social Work in Enschede, the
#: hogeschool of Werkplaats Twente. The student (``student``) studies there.
LECTURER = {"given_name": "Anke", "family_name_prefix": "", "family_name": "Nijhuis"}
STUDENT = {"first_name": "Lieke", "last_name": "Wolbers"}
LECTURER_USERNAME, STUDENT_USERNAME = "docent", "student"
LECTURER_PROGRAMME = ("saxion", SW, "Enschede")

#: New lecturers, for programmes whose institution has no teacher in the demo network.
GIVEN = [
    "Marieke",
    "Jeroen",
    "Fatima",
    "Bas",
    "Ilse",
    "Orhan",
    "Nienke",
    "Ruud",
    "Esther",
    "Karim",
    "Wendy",
    "Joost",
    "Sevda",
    "Gert-Jan",
    "Annemiek",
    "Mehmet",
    "Lotte",
    "Pieter",
]
FAMILY = [
    ("", "Hofman"),
    ("van", "Leeuwen"),
    ("", "El Idrissi"),
    ("", "Kloosterman"),
    ("de", "Lange"),
    ("", "Yildiz"),
    ("", "Veenstra"),
    ("van der", "Heijden"),
    ("", "Brinkman"),
    ("", "Amrani"),
    ("", "Huisman"),
    ("ter", "Horst"),
    ("", "Aydın"),
    ("", "Stoffers"),
    ("", "Bouwmeester"),
    ("", "Demir"),
    ("", "Evers"),
    ("van", "Dam"),
]


@dataclass
class Catalogue:
    """The demo's programmes by (institution slug, name, place), and the lecturer accounts."""

    programmes: dict
    lecturer: object  # the ``docent`` account
    student: object  # the ``student`` account

    def get(self, institution: str, name: str, place: str | None = None) -> Programme | None:
        for (slug, programme_name, location), programme in self.programmes.items():
            if slug == institution and programme_name == name and place in (None, location):
                return programme
        return None


def academic_years(today: datetime.date) -> list[int]:
    """The academic years (by the year they start in) of the demo's periods: last, this, next."""
    current = today.year if today.month >= 9 else today.year - 1
    return [current - 1, current, current + 1]


def semesters(year: int) -> list[tuple[str, datetime.date, datetime.date]]:
    label = f"{year}-{year + 1}"
    return [
        (f"Semester 1 {label}", datetime.date(year, 9, 1), datetime.date(year + 1, 1, 31)),
        (f"Semester 2 {label}", datetime.date(year + 1, 2, 1), datetime.date(year + 1, 7, 10)),
    ]


def blocks(year: int) -> list[tuple[str, datetime.date, datetime.date]]:
    """The four periods of an mbo (and a hogeschool's) year."""
    label = f"{year}-{year + 1}"
    return [
        (f"Periode 1 {label}", datetime.date(year, 9, 1), datetime.date(year, 11, 9)),
        (f"Periode 2 {label}", datetime.date(year, 11, 10), datetime.date(year + 1, 1, 31)),
        (f"Periode 3 {label}", datetime.date(year + 1, 2, 1), datetime.date(year + 1, 4, 19)),
        (f"Periode 4 {label}", datetime.date(year + 1, 4, 20), datetime.date(year + 1, 7, 10)),
    ]


def _slug(model, base: str) -> str:
    slug, n = base[:110], 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base[:110]}-{n}", n + 1
    return slug


def _rocs() -> None:
    kind = OrganisationKind.objects.get(slug="roc")
    for slug, name, seat, website in ROCS:
        if Organisation.objects.filter(name=name).exists():
            continue
        Organisation.objects.create(
            slug=_slug(Organisation, slug),
            name=name,
            kind=kind,
            location=Municipality.objects.filter(name=seat).first(),
            website=website,
            description=(
                "Regionaal opleidingscentrum (mbo) met opleidingen in zorg en welzijn, in en rond "
                f"{seat.split(' (')[0]}."
            ),
        )


def _account(username: str, *, password: bool, **fields):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user
    user = User(username=username, email=f"{username}@example.org", **fields)
    if password:
        user.set_password(DEMO_PASSWORD)
    else:
        user.set_unusable_password()  # a fictional lecturer or student: nobody logs in as them
    user.save()
    return user


def _free_name(counter: list) -> tuple[str, str, str]:
    """The next name of the list that no person of the demo has yet."""
    n = len(GIVEN)
    while True:
        counter[0] += 1
        i = counter[0]
        given, (prefix, family) = GIVEN[i % n], FAMILY[(i % n + i // n) % n]
        if not Person.objects.filter(
            given_name=given, family_name_prefix=prefix, family_name=family
        ).exists():
            return given, prefix, family


def _region(institution, roc_slug: str):
    """The werkplaats a lecturer of this institution takes part in."""
    if roc_slug in ROC_REGIONS:
        return Workshop.objects.filter(slug=ROC_REGIONS[roc_slug]).first()
    return (
        Workshop.objects.filter(
            partnerships__organisation=institution, partnerships__role=PartnershipRole.LEAD
        )
        .order_by("slug")
        .first()
    )


def _takes_part(person: Person, workshop, themes: list) -> None:
    role = ParticipantRole.objects.filter(slug="docent").first()
    if role is not None:
        person.roles.add(role)
    if workshop is not None:
        person.workshops.add(workshop)
    person.themes.add(*themes)


def _new_person(institution, function: str, counter: list) -> Person:
    given, prefix, family = _free_name(counter)
    public = counter[0] % 5 != 0  # most lecturers consented to be listed; not all
    full = " ".join(part for part in (given, prefix, family) if part)
    domain = slugify(institution.name)
    person = Person.objects.create(
        slug=_slug(Person, slugify(full)),
        given_name=given,
        family_name_prefix=prefix,
        family_name=family,
        email=f"{given[0].lower()}.{slugify(prefix + family).replace('-', '')}@{domain}.example",
        is_public=public,
        consent_changed_at=CONSENT_MOMENT if public else None,
        bio=f"{function[0].upper()}{function[1:]} bij {institution.name}.",
    )
    Affiliation.objects.create(
        person=person,
        organisation=institution,
        function=function,
        start_date=datetime.date(2019, 9, 1),
    )
    return person


def _contact(institution, name: str, used: set, counter: list) -> tuple[Person, bool]:
    """A teacher of this institution in the demo network, or a new demo person (True)."""
    teachers = (
        Person.objects.filter(
            affiliations__organisation=institution, affiliations__function__startswith="docent"
        )
        .exclude(pk__in=used)
        .order_by("slug")
    )
    wanted = FUNCTIONS[name].split(" ", 1)[1].split(",")[0]
    person = teachers.filter(affiliations__function__icontains=wanted).first() or teachers.first()
    created = person is None
    if created:
        person = _new_person(institution, FUNCTIONS[name], counter)
    used.add(person.pk)
    return person, created


def _docent(institution) -> tuple[object, Person, bool]:
    user = _account(
        LECTURER_USERNAME,
        password=True,
        first_name=LECTURER["given_name"],
        last_name=LECTURER["family_name"],
    )
    person = Person.objects.filter(user=user).first()
    created = person is None
    if created:
        full = f"{LECTURER['given_name']} {LECTURER['family_name']}"
        person = Person.objects.create(
            slug=_slug(Person, slugify(full)),
            user=user,
            email=user.email,
            is_public=True,
            consent_changed_at=CONSENT_MOMENT,
            bio="Docent Social Work bij Saxion in Enschede; begeleidt afstudeerders bij opdrachten uit "
            "de Werkplaats Sociaal Domein Twente.",
            **LECTURER,
        )
        Affiliation.objects.create(
            person=person,
            organisation=institution,
            function=FUNCTIONS[SW],
            start_date=datetime.date(2017, 9, 1),
        )
    return user, person, created


def lecturer_account(person: Person):
    """The account of a fictional lecturer (no password: only ``docent`` logs in)."""
    if person.user_id:
        return person.user
    user = _account(
        f"demo-{person.slug}"[:150],
        password=False,
        first_name=person.given_name,
        last_name=" ".join(p for p in (person.family_name_prefix, person.family_name) if p),
    )
    person.user = user
    person.save(update_fields=["user", "updated_at"])
    return user


def _periods(programme: Programme, today: datetime.date) -> list[ProgrammePeriod]:
    by_block = programme.level in MBO_LEVELS
    rows = []
    for year in academic_years(today)[1:]:  # this academic year and the next
        for name, starts, ends in blocks(year) if by_block else semesters(year):
            rows.append(
                ProgrammePeriod(programme=programme, name=name, starts_on=starts, ends_on=ends)
            )
    return ProgrammePeriod.objects.bulk_create(rows)


def load_programmes(today: datetime.date) -> Catalogue:
    """Every programme of the demo whose institution is there, with periods and a contact lecturer;
    the ``docent`` and ``student`` accounts."""
    _rocs()
    themes = {t.slug: t for t in Theme.objects.all()}
    institutions = {o.slug: o for o in Organisation.objects.filter(slug__in=OFFERINGS)}
    for slug, name, *_ in ROCS:  # found by name when someone added the ROC under another slug
        institutions.setdefault(slug, Organisation.objects.filter(name=name).first())
    programmes, used, counter = {}, set(), [0]
    lecturer = None
    for slug, offering in OFFERINGS.items():
        institution = institutions.get(slug)
        if institution is None:
            continue
        for name, place in offering:
            programme = Programme.objects.create(
                slug=_slug(Programme, slugify(f"{institution.name} {name} {place}")),
                institution=institution,
                name=name,
                level=LEVELS[name],
                location=place,
            )
            subjects = [themes[t] for t in THEMES[name] if t in themes]
            if (slug, name, place) == LECTURER_PROGRAMME:
                lecturer, person, created = _docent(institution)
                programme.lecturers.add(lecturer)
                used.add(person.pk)
            else:
                person, created = _contact(institution, name, used, counter)
            if created:
                _takes_part(person, _region(institution, slug), subjects)
            programme.contact_lecturer = person
            programme.save(update_fields=["contact_lecturer"])
            programme.themes.set(subjects)
            _periods(programme, today)
            programmes[(slug, name, place)] = programme
    student = _account(STUDENT_USERNAME, password=True, **STUDENT)
    return Catalogue(programmes=programmes, lecturer=lecturer, student=student)

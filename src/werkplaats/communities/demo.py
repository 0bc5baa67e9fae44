"""Demo learning communities: about three per werkplaats, open and closed, with members in the
participant roles, a year of monthly meetings around today (in summer and winter time), attendance
and reflections (some published; a closed community's never).

Deterministic (its own seed), fast (bulk inserts) and loaded once: a second run changes nothing.
The demo member (``lid``, Femke de Wit) facilitates the first community of Twente.
"""

from __future__ import annotations

import datetime
import random
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from werkplaats.network.models import ParticipantRole, Person, Theme, Workshop
from werkplaats.utils.text import fold

from .models import Attendance, LearningCommunity, Meeting, Membership, Reflection

SEED = 4417
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MEMBER_SLUG = "femke-de-wit"
MEETINGS_BEFORE, MEETINGS_AFTER = 8, 4

#: (theme slug, name, purpose, open)
TEMPLATES = [
    (
        "eenzaamheid",
        "Leergemeenschap Eenzaamheid {place}",
        "Wijkcoaches, ouderenwerkers, beleidsmedewerkers en ervaringsdeskundigen leren samen hoe je "
        "eenzaamheid eerder ziet en doorbreekt, en wat vrijwilligers daarin kunnen.",
        True,
    ),
    (
        "wijkteams",
        "Lerend netwerk wijkteams {place}",
        "Medewerkers van wijkteams, de gemeente en de hogeschool bespreken casussen en werken aan "
        "een gedeelde manier van werken in de wijk.",
        True,
    ),
    (
        "armoede-en-schulden",
        "Leerkring armoede en schulden {place}",
        "Schuldhulpverleners, sociaal werkers en ervaringsdeskundigen zoeken samen naar wat "
        "mensen met geldzorgen echt helpt, en wat de gemeente anders kan doen.",
        True,
    ),
    (
        "verward-gedrag",
        "Casuïstiekoverleg verward gedrag {place}",
        "Een besloten leergroep van wijkagenten, GGZ, wijkteams en gemeente die moeilijke situaties "
        "nabespreekt.",
        False,
    ),
    (
        "ervaringsdeskundigheid",
        "Community of practice ervaringsdeskundigheid {place}",
        "Ervaringsdeskundigen, docenten en studenten ontwikkelen samen hoe ervaringskennis een vaste "
        "plek krijgt in het sociaal werk en in het onderwijs.",
        True,
    ),
    (
        "jeugd",
        "Leergemeenschap jeugd en gezin {place}",
        "Jeugdprofessionals, leerplichtambtenaren en onderzoekers leren van elkaars aanpak bij "
        "gezinnen met meervoudige problemen.",
        True,
    ),
    (
        "integraal-samenwerken",
        "Intervisiegroep integraal samenwerken {place}",
        "Een besloten intervisiegroep van professionals uit zorg, welzijn en gemeente over "
        "samenwerken over de grenzen van organisaties heen.",
        False,
    ),
    (
        "informele-zorg-en-mantelzorg",
        "Lerend netwerk mantelzorg {place}",
        "Mantelzorgconsulenten, vrijwilligers en studenten werken aan betere ondersteuning van "
        "mantelzorgers die het zwaar hebben.",
        True,
    ),
    (
        "bestaanszekerheid",
        "Leergemeenschap bestaanszekerheid {place}",
        "Gemeente, sociaal werk en hogeschool onderzoeken samen wat bestaanszekerheid vraagt van "
        "regels en van professionals.",
        True,
    ),
    (
        "digitale-samenleving",
        "Leeratelier digitale inclusie {place}",
        "Bibliotheek, welzijn en studenten leren hoe inwoners die digitaal niet meekomen toch hun "
        "weg vinden naar voorzieningen.",
        True,
    ),
]
AGENDA_ITEMS = [
    "Opening en terugblik op de vorige bijeenkomst",
    "Casus uit de praktijk, ingebracht door een van de leden",
    "Korte inleiding door de lector over recent onderzoek",
    "Intervisie in kleine groepen",
    "Ervaringsdeskundige vertelt: wat hielp mij echt?",
    "Wat nemen we mee naar ons werk?",
    "Afspraken voor de volgende keer",
    "Bespreking van een studentonderzoek",
]
SAW = [
    "We zagen dat bewoners pas hulp vragen als het al laat is.",
    "Professionals kennen elkaars aanbod in de wijk minder goed dan ze dachten.",
    "Regels botsen vaak met wat mensen nodig hebben.",
    "Vrijwilligers signaleren veel, maar weten niet bij wie ze terecht kunnen.",
]
LEARNED = [
    "Een vast aanspreekpunt in de wijk verlaagt de drempel.",
    "Samen een casus bespreken levert meer op dan elk apart handelen.",
    "De ervaringsdeskundige maakte zichtbaar wat wij over het hoofd zagen.",
    "Kleine, vaste momenten van contact werken beter dan grote acties.",
]
TRY = [
    "Elk lid neemt één collega van een andere organisatie mee naar de volgende keer.",
    "We proberen een gezamenlijk spreekuur in het wijkcentrum.",
    "We leggen de casus voor aan de beleidsmedewerker van de gemeente.",
]
QUESTIONS = [
    "Hoe bereiken we mensen die nergens in beeld zijn?",
    "Wat vraagt dit van de opleiding van sociaal werkers?",
    "Hoe meten we of het verschil maakt?",
]
PLACES = [
    "Wijkcentrum {place}",
    "Hogeschool, lokaal 2.14",
    "Gemeentehuis {place}",
    "Buurthuis De Schakel, {place}",
]


#: The cities the communities of each real werkplaats meet in (others: its municipalities).
CITIES = {
    "utrecht": ["Utrecht", "Nieuwegein", "Zeist"],
    "amsterdam": ["Amsterdam", "Zaanstad", "Amstelveen"],
    "arnhem-nijmegen": ["Arnhem", "Nijmegen", "Doetinchem"],
    "avans": ["Breda", "'s-Hertogenbosch", "Tilburg"],
    "den-haag-leiden": ["Den Haag", "Leiden", "Zoetermeer"],
    "friesland": ["Leeuwarden", "Súdwest-Fryslân", "Heerenveen"],
    "gelderse-vallei": ["Ede", "Wageningen", "Barneveld"],
    "noord": ["Groningen", "Assen", "Emmen"],
    "fontys": ["Eindhoven", "Helmond", "Tilburg"],
    "noord-holland": ["Haarlem", "Alkmaar", "Den Helder"],
    "regio-zwolle": ["Zwolle", "Kampen", "Deventer"],
    "twente": ["Enschede", "Hengelo", "Almelo"],
    "zeeland": ["Middelburg", "Vlissingen", "Goes"],
    "zuid-holland-zuid": ["Dordrecht", "Gorinchem", "Papendrecht"],
    "zuyd": ["Maastricht", "Heerlen", "Sittard-Geleen"],
}


@dataclass
class DemoCommunitiesResult:
    communities: int = 0
    meetings: int = 0
    reflections: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.communities)


def _place(workshop: Workshop, rng: random.Random, step: int) -> str:
    cities = CITIES.get(workshop.slug)
    if cities:
        return cities[step % len(cities)]
    names = sorted(workshop.municipalities.values_list("name", flat=True))
    if not names:
        return workshop.name.removeprefix("Werkplaats Sociaal Domein ").strip()
    return rng.choice(names[: max(1, len(names) // 3)])


def _moment(now: datetime.datetime, month_offset: int, rng: random.Random) -> datetime.datetime:
    """A weekday evening or afternoon about ``month_offset`` months from now, Amsterdam time."""
    day = (now + datetime.timedelta(days=30 * month_offset + rng.randint(-6, 6))).date()
    hour, minute = rng.choice([(19, 30), (15, 0), (10, 0)])
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMSTERDAM)


@transaction.atomic
def load_demo_communities(
    seed: int = SEED,
    now: datetime.datetime | None = None,
    report: Callable[[str], None] | None = None,
) -> DemoCommunitiesResult:
    say = report or (lambda line: None)
    result = DemoCommunitiesResult()
    if LearningCommunity.objects.exists():
        say(
            _("Learning communities: already loaded (%(n)d).")
            % {"n": LearningCommunity.objects.count()}
        )
        return result
    now = timezone.localtime(now or timezone.now(), AMSTERDAM)
    themes = {t.slug: t for t in Theme.objects.all()}
    roles = list(ParticipantRole.objects.order_by("position"))
    if not roles:
        return result
    rng = random.Random(seed)
    taken = set(LearningCommunity.objects.values_list("slug", flat=True))
    plans = []
    for index, workshop in enumerate(Workshop.objects.order_by("name")):
        people = list(
            Person.objects.filter(workshops=workshop).prefetch_related("roles").order_by("slug")
        )
        for step in range(3):
            theme, pattern, purpose, is_open = TEMPLATES[(index * 3 + step) % len(TEMPLATES)]
            place = _place(workshop, rng, step)
            name = pattern.format(place=place)
            slug = base = slugify(name)[:110]
            number = 2
            while slug in taken:
                slug, number = f"{base}-{number}", number + 1
            taken.add(slug)
            community = LearningCommunity(
                workshop=workshop,
                name=name,
                slug=slug,
                purpose=purpose,
                is_open=is_open,
                theme=themes.get(theme),
                search_text=fold(f"{name} {purpose}"),
            )
            members = rng.sample(people, min(len(people), rng.randint(5, 10)))
            plans.append((community, members, place))
    LearningCommunity.objects.bulk_create([c for c, _m, _p in plans])
    member_person = Person.objects.filter(slug=MEMBER_SLUG).first()
    memberships, meetings, meeting_members = [], [], []
    for community, members, place in plans:
        for position, person in enumerate(members):
            person_roles = list(person.roles.all())
            memberships.append(
                Membership(
                    community=community,
                    person=person,
                    role=person_roles[0] if person_roles else rng.choice(roles),
                    is_facilitator=position == 0,
                    joined_on=(now - datetime.timedelta(days=400)).date(),
                )
            )
        for offset in range(-MEETINGS_BEFORE, MEETINGS_AFTER):
            starts = _moment(now, offset, rng)
            agenda = "\n".join(
                f"{i}. {item}" for i, item in enumerate(rng.sample(AGENDA_ITEMS, 4), 1)
            )
            online = rng.random() < 0.25
            meetings.append(
                Meeting(
                    community=community,
                    title=_meeting_title(offset + MEETINGS_BEFORE + 1, community),
                    agenda=agenda,
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(hours=2),
                    location="" if online else rng.choice(PLACES).format(place=place),
                    online_url=f"https://meet.example.org/{community.slug}" if online else "",
                )
            )
            meeting_members.append(members)
    Membership.objects.bulk_create(memberships)
    Meeting.objects.bulk_create(meetings)
    _add_demo_member(member_person, plans, roles)
    attendances, reflections, authors = [], [], []
    for meeting, members in zip(meetings, meeting_members, strict=True):
        if meeting.starts_at >= now or not members:
            continue
        attendances += [
            Attendance(meeting=meeting, person=p, present=rng.random() < 0.8) for p in members
        ]
        if rng.random() < 0.75:
            published = meeting.community.is_open and rng.random() < 0.6
            reflection = Reflection(
                meeting=meeting,
                what_we_saw=rng.choice(SAW),
                what_we_learned=rng.choice(LEARNED),
                what_we_will_try=rng.choice(TRY),
                open_questions=rng.choice(QUESTIONS),
                is_published=published,
                published_at=meeting.ends_at if published else None,
            )
            reflections.append(reflection)
            authors.append(rng.sample(members, min(len(members), rng.randint(1, 3))))
    Attendance.objects.bulk_create(attendances)
    Reflection.objects.bulk_create(reflections)
    Through = Reflection.authors.through
    Through.objects.bulk_create(
        [
            Through(reflection_id=r.pk, person_id=p.pk)
            for r, people in zip(reflections, authors, strict=True)
            for p in people
        ]
    )
    result = DemoCommunitiesResult(len(plans), len(meetings), len(reflections))
    say(
        _("Learning communities: %(c)d with %(m)d meetings and %(r)d reflections.")
        % {"c": result.communities, "m": result.meetings, "r": result.reflections}
    )
    return result


def _meeting_title(number: int, community: LearningCommunity) -> str:
    return f"Bijeenkomst {number}: {community.theme.name.lower() if community.theme else 'leren'}"


def _add_demo_member(person, plans, roles) -> None:
    """The demo member facilitates Twente's first open community, so 'my work' has content."""
    if person is None:
        return
    for community, _members, _place in plans:
        if community.workshop.slug == "twente" and community.is_open:
            Membership.objects.update_or_create(
                community=community,
                person=person,
                defaults={"role": roles[0], "is_facilitator": True},
            )
            return

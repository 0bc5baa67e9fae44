"""Sentences the demo products are made of: titles and summaries per kind, the chains of work
that builds on work elsewhere, and what adopting organisations say. Placeholders: ``{subject}``,
``{who}``, ``{problem}``, ``{method}``, ``{region}``, ``{town}`` (capitalised: ``{Subject}``)."""

from dataclasses import dataclass

#: kind slug -> (title patterns, summary patterns), summaries in plain Dutch (B1).
KINDS = {
    "methodiek-interventie": (
        ["{method}", "{method}: een aanpak uit {region}"],
        [
            "{Method} is een aanpak voor {subject}. {problem} Met deze aanpak werk je in kleine "
            "stappen. Je kijkt steeds samen wat goed gaat.",
            "{problem} Daarom is er {method}. Het helpt {who}. Je werkt samen met de buurt. We "
            "hebben het getest in {town}.",
        ],
    ),
    "handreiking": (
        ["Handreiking {subject}", "Zo werk je aan {subject}: tien tips"],
        [
            "{problem} Deze handreiking geeft tien tips voor het werken met {who}. De tips komen "
            "uit de praktijk in {town}. Bij elke tip staat een voorbeeld.",
            "Wat doe je als je werkt met {who}? In deze handreiking lees je hoe je begint. Je "
            "vindt er vragen, tips en voorbeelden uit {region}.",
        ],
    ),
    "instrument": (
        ["Gesprekskaart {subject}", "Signaalkaart {subject}"],
        [
            "Met deze kaart voer je een goed gesprek met {who}. De kaart heeft zes vragen. Je "
            "ziet snel wat er speelt en wat iemand nodig heeft. Professionals in {town} hebben de "
            "kaart getest.",
            "Dit is een korte lijst met signalen. Zo zie je op tijd of {who} hulp nodig hebben. "
            "De lijst past op één kaart. Je kunt hem gratis gebruiken.",
        ],
    ),
    "trainings-of-lesmodule": (
        ["Lesmodule {subject}", "Training {subject} voor sociaal werkers"],
        [
            "In deze lessen leer je werken met {who}. Er zijn vier lessen. Elke les gaat over "
            "een echt geval uit {region}. Je kunt de lessen op school en op je werk gebruiken.",
            "De training duurt twee dagen. Je oefent met wat je echt tegenkomt. Het gaat over "
            "{subject}. Een docent geeft de training. Iemand met eigen ervaring doet mee.",
        ],
    ),
    "rapport": (
        ["{Subject} in {region}: wat we leerden", "Onderzoek naar {subject} in {town}"],
        [
            "{problem} In dit rapport staat wat we in {town} hebben onderzocht. We spraken met "
            "{who} en met professionals. Je leest wat werkt en wat beter kan.",
            "Twee jaar lang volgden we {who} in {region}. In dit rapport staan de lessen. Aan het "
            "eind staan tips voor gemeenten en organisaties.",
        ],
    ),
    "factsheet": (
        ["Factsheet {subject} in {region}", "{Subject} in cijfers"],
        [
            "Deze factsheet geeft de cijfers over {subject} in {region}. Op één pagina zie je "
            "hoeveel mensen het raakt. Je leest ook wat gemeenten eraan doen.",
        ],
    ),
    "video": (
        ["Video: het verhaal van {who}", "Video: zo werkt {method}"],
        [
            "In deze video vertellen {who} hun verhaal. Het duurt tien minuten. Een sociaal "
            "werker uit {town} zegt wat zij doet. Er staat ook tekst bij.",
        ],
    ),
    "podcast": (
        ["Podcast: {subject}", "Podcast Praktijkvragen: {subject}"],
        [
            "In deze podcast praten twee mensen over {subject}. De een doet onderzoek. De ander "
            "werkt in de wijk. Ze geven voorbeelden uit {region}. Het duurt een half uur.",
        ],
    ),
    "prototype": (
        ["Prototype: een app over {subject}", "Prototype: de buurtkaart voor {who}"],
        [
            "Studenten hebben dit samen met {who} gemaakt. Het helpt bij {subject}. We hebben "
            "het getest in {town}. Het is nog niet af.",
        ],
    ),
    "bijeenkomst-event": (
        ["Kenniscafé {subject}", "Praktijkdag {subject} in {town}"],
        [
            "Op deze middag in {town} kwamen veel mensen samen. Het ging over {subject}. Er "
            "waren bewoners, studenten en mensen uit het werk. Hier vind je het verslag en de "
            "foto's.",
        ],
    ),
    "beleidsadvies": (
        ["Advies aan de gemeente: {subject}", "Vijf stappen voor de gemeente: {subject}"],
        [
            "{problem} In dit advies staan vijf stappen voor de gemeente {town}. We spraken met "
            "{who}. We spraken ook met mensen uit het werk.",
        ],
    ),
}

#: Deliberately hard summaries: long sentences and long words, well above B1.
HARD_SUMMARIES = [
    "Deze publicatie beschrijft de resultaten van een meerjarig, multidisciplinair en "
    "praktijkgericht onderzoek naar de implementatie van integrale, domeinoverstijgende "
    "samenwerkingsarrangementen rondom {subject}, waarbij bijzondere aandacht is besteed aan de "
    "institutionele randvoorwaarden, de professionele handelingsruimte en de organisatorische "
    "inbedding binnen de lokale beleidscontext van {region}.",
    "Op basis van een systematische literatuurverkenning, aangevuld met kwalitatieve "
    "diepte-interviews en een responsieve evaluatiemethodologie, worden aanbevelingen "
    "geformuleerd ten aanzien van de operationalisering van beleidsdoelstellingen inzake "
    "{subject}, alsmede ten aanzien van de monitoring van maatschappelijke effecten.",
]

#: Substantiation by recognition level (the intervention databanks' wording, in plain Dutch).
SUBSTANTIATION = {
    "not_assessed": "De aanpak is nog niet beoordeeld. Hij is ontwikkeld in de praktijk van "
    "{region}.",
    "well_described": "De aanpak is goed beschreven. Doel, doelgroep en werkwijze staan helder "
    "op papier.",
    "well_substantiated": "De aanpak sluit aan bij onderzoek naar {subject}. De werkzame "
    "elementen komen uit de literatuur en uit gesprekken met {who}.",
    "effective_first": "Een eerste evaluatie in {town} laat zien dat deelnemers vooruitgaan. "
    "Er was nog geen vergelijkingsgroep.",
    "effective_good": "Onderzoek met een vergelijkingsgroep in {region} geeft goede "
    "aanwijzingen dat de aanpak werkt.",
    "effective_strong": "Meerdere studies met een vergelijkingsgroep geven sterke aanwijzingen "
    "dat de aanpak werkt.",
}

#: How a later product took over an earlier one from another werkplaats.
ADAPTATIONS = [
    "Aangepast voor {region}: in kleine dorpen doen de huisarts en de kerk mee.",
    "Overgenomen in {region}, met een kortere training voor vrijwilligers.",
    "In {region} uitgevoerd door studenten van de hogeschool, met een vaste begeleider.",
    "Vertaald naar {region}, waar meer mensen met een migratieachtergrond wonen.",
    "Uitgebreid in {region} met een gesprek met de mantelzorger.",
    "In {region} samen met de woningcorporatie ingezet, bij huisbezoeken.",
]


@dataclass(frozen=True)
class Chain:
    """A topic taken up by one werkplaats after another: each step builds on the one before."""

    topic: str
    steps: tuple[tuple[str, str], ...]  # (werkplaats slug, kind slug)


METHOD = "methodiek-interventie"

CHAINS = [
    Chain("eenzaamheid-ouderen", (("twente", METHOD), ("friesland", METHOD), ("zeeland", METHOD))),
    Chain(
        "schulden-vroeg",
        (("amsterdam", METHOD), ("den-haag-leiden", METHOD), ("zuid-holland-zuid", "handreiking")),
    ),
    Chain("jeugd-normaliseren", (("utrecht", METHOD), ("fontys", "trainings-of-lesmodule"))),
    Chain(
        "ervaringsdeskundigheid",
        (
            ("noord-holland", "trainings-of-lesmodule"),
            ("avans", "trainings-of-lesmodule"),
            ("noord", "handreiking"),
        ),
    ),
    Chain(
        "jonge-mantelzorgers",
        (("arnhem-nijmegen", "instrument"), ("gelderse-vallei", "instrument")),
    ),
    Chain("langer-thuis", (("den-haag-leiden", METHOD), ("regio-zwolle", METHOD))),
    Chain(
        "sociale-basis-netwerk",
        (("friesland", "instrument"), ("noord", "instrument"), ("gelderse-vallei", "rapport")),
    ),
    Chain("verward-gedrag", (("zuyd", "handreiking"), ("twente", METHOD))),
    Chain(
        "wijkteam-casuistiek",
        (("avans", METHOD), ("utrecht", METHOD), ("amsterdam", "trainings-of-lesmodule")),
    ),
    Chain("ontmoeten-buurt", (("gelderse-vallei", METHOD), ("zuyd", METHOD))),
    Chain("digitale-inclusie", (("fontys", "prototype"), ("zuyd", "prototype"))),
    Chain("nieuwkomers", (("zuid-holland-zuid", METHOD), ("zeeland", "handreiking"))),
    Chain("mantelzorg-ontlasten", (("avans", "instrument"), ("gelderse-vallei", METHOD))),
]

#: What an organisation that uses a product says about it.
EXPERIENCES = [
    "Onze vrijwilligers werken er sinds de start mee. Bewoners zijn er blij mee.",
    "We gebruiken het in elk nieuw team. Het geeft houvast bij moeilijke gesprekken.",
    "Het kostte tijd om te beginnen. Nu is het een vast onderdeel van ons werk.",
    "We hebben het een beetje aangepast aan onze buurt. Het werkt goed.",
    "Collega's zeggen dat ze sneller zien wat er speelt.",
    "Sinds we ermee werken, komen mensen eerder bij ons.",
    "De gemeente heeft het opgenomen in het beleid voor de komende jaren.",
    "Studenten gebruiken het in hun stage. Zo leren ze het vak in de praktijk.",
    "We werken er nu mee in drie wijken. Volgend jaar komen er twee bij.",
    "Het was even wennen, maar het gesprek met inwoners is beter geworden.",
]

#: Kinds an organisation adopts (uses in its work); reports and events are read, not adopted.
ADOPTABLE = {
    METHOD,
    "handreiking",
    "instrument",
    "trainings-of-lesmodule",
    "prototype",
    "beleidsadvies",
}

#: Organisation kinds that adopt products.
ADOPTING_KINDS = (
    "welzijnsorganisatie",
    "gemeente",
    "zorgorganisatie",
    "ggd",
    "woningcorporatie",
    "clientenorganisatie",
    "roc",
    "hogeschool",
)

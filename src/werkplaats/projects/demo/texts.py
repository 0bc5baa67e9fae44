"""Dutch words the demo projects are made of: per theme a few subjects, and sentences that fit
any subject. Fictional, but written the way werkplaatsen describe their projects."""

#: theme slug -> (subject for a title, who it concerns, a concrete problem)
SUBJECTS = {
    "eenzaamheid": [
        (
            "eenzame ouderen in beeld",
            "ouderen die alleen wonen",
            "eenzaamheid blijft achter de voordeur",
        ),
        (
            "ontmoeten in de buurt",
            "bewoners zonder netwerk",
            "ontmoetingsplekken worden slecht gevonden",
        ),
    ],
    "armoede-en-schulden": [
        (
            "vroegsignalering van schulden",
            "huishoudens met betalingsachterstanden",
            "hulp komt pas als de schulden hoog zijn",
        ),
        (
            "rondkomen met een laag inkomen",
            "gezinnen in armoede",
            "regelingen worden niet aangevraagd",
        ),
    ],
    "bestaanszekerheid": [
        (
            "bestaanszekerheid als basis",
            "inwoners met een onzeker inkomen",
            "stress over geld maakt andere hulp moeilijk",
        ),
    ],
    "sociale-basis": [
        (
            "een sterke sociale basis",
            "vrijwilligers en buurtinitiatieven",
            "formele en informele hulp kennen elkaar niet",
        ),
        (
            "het buurthuis van de toekomst",
            "wijkbewoners",
            "voorzieningen sluiten niet aan bij wat bewoners willen",
        ),
    ],
    "wijkteams": [
        (
            "het wijkteam aan zet",
            "professionals in wijkteams",
            "wijkteams worstelen met complexe casuïstiek",
        ),
        (
            "generalistisch werken in het wijkteam",
            "wijkteammedewerkers",
            "specialistische kennis raakt uit beeld",
        ),
    ],
    "jeugd": [
        (
            "opgroeien in kwetsbare wijken",
            "jongeren en hun ouders",
            "jeugdhulp komt te laat in beeld",
        ),
        (
            "normaliseren in de jeugdhulp",
            "gezinnen met opvoedvragen",
            "gewone opvoedvragen worden problemen",
        ),
    ],
    "wmo": [
        (
            "het keukentafelgesprek",
            "Wmo-consulenten en inwoners",
            "het gesprek gaat over voorzieningen in plaats van over de vraag",
        ),
    ],
    "participatiewet-en-werk": [
        ("meedoen naar vermogen", "mensen in de bijstand", "de afstand tot werk wordt groter"),
        (
            "werk als springplank",
            "statushouders en werkzoekenden",
            "trajecten sluiten niet aan bij talenten",
        ),
    ],
    "informele-zorg-en-mantelzorg": [
        (
            "mantelzorgers ontlasten",
            "mantelzorgers van mensen met dementie",
            "overbelasting wordt laat gezien",
        ),
        (
            "jonge mantelzorgers",
            "jongeren die zorgen voor een ouder",
            "school en hulpverlening zien hen niet",
        ),
    ],
    "langer-thuis-wonen": [
        (
            "langer thuis in de eigen wijk",
            "ouderen met een beginnende zorgvraag",
            "wonen en zorg zijn los georganiseerd",
        ),
    ],
    "verward-gedrag": [
        (
            "zorg en veiligheid bij verward gedrag",
            "inwoners met verward gedrag",
            "politie en zorg werken langs elkaar heen",
        ),
    ],
    "ervaringsdeskundigheid": [
        (
            "ervaringskennis in het team",
            "ervaringsdeskundigen en professionals",
            "ervaringskennis wordt niet benut",
        ),
    ],
    "inclusie": [
        (
            "een inclusieve wijk",
            "mensen met een beperking",
            "drempels om mee te doen blijven bestaan",
        ),
    ],
    "digitale-samenleving": [
        (
            "digitaal meedoen",
            "inwoners met weinig digitale vaardigheden",
            "digitale loketten sluiten mensen uit",
        ),
    ],
    "vluchtelingen-en-nieuwkomers": [
        (
            "nieuwkomers op weg",
            "statushouders en hun gezinnen",
            "inburgering en ondersteuning lopen los van elkaar",
        ),
    ],
    "gezondheid-en-sociaal-domein": [
        (
            "positieve gezondheid in de wijk",
            "huisartsen en sociaal werkers",
            "gezondheidsvragen met een sociale oorzaak blijven liggen",
        ),
    ],
    "integraal-samenwerken": [
        (
            "samenwerken rond multiproblematiek",
            "gezinnen met problemen op meerdere terreinen",
            "te veel hulpverleners in één gezin",
        ),
        (
            "één gezin, één plan",
            "professionals van verschillende organisaties",
            "plannen van organisaties botsen",
        ),
    ],
    "professionalisering": [
        (
            "de reflectieve professional",
            "sociaal professionals",
            "er is weinig ruimte om te leren van het werk",
        ),
        (
            "methodisch werken versterken",
            "beginnende sociaal werkers",
            "nieuwe collega's vallen snel uit",
        ),
    ],
}

TITLE_PATTERNS = [
    "{Subject}",
    "{Subject} in {town}",
    "Samen leren: {subject}",
    "{Subject}: een {form}",
    "Werkplaats in de wijk: {subject}",
]

BACKGROUNDS = [
    (
        "Professionals in {town} zien dat {problem}. Het gaat om {who}. Zij brachten die vraag "
        "in bij de werkplaats."
    ),
    "Uit praktijkvragen van {who} in {town} bleek steeds weer hetzelfde: {problem}.",
    "De gemeente {town} en haar partners merken dat {problem}. Wat werkt voor {who}, weet niemand precies.",
]

GOALS = [
    "Samen met {who} ontwikkelen we een werkwijze die professionals direct kunnen gebruiken.",
    "We willen begrijpen waarom {problem} en wat professionals daaraan kunnen doen.",
    "Het project wil de samenwerking tussen gemeente, welzijn en onderwijs rond {who} versterken.",
]

APPROACHES = [
    (
        "In een {form} werken professionals, onderzoekers, studenten en {who} samen. We "
        "verzamelen verhalen uit de praktijk en proberen nieuwe werkwijzen uit."
    ),
    "We volgen een jaar lang casussen in {town}. Elke maand bespreken we wat we zien in een {form}.",
    (
        "Studenten doen praktijkonderzoek; docenten en lectoraat begeleiden. De resultaten "
        "toetsen we in een {form} met de gemeente."
    ),
]

RESULTS = [
    "Een handreiking voor professionals en een korte training, getest in {town}.",
    "Een werkwijze die in drie wijkteams is ingevoerd, en een factsheet voor beleidsmakers.",
    "Een rapport met aanbevelingen voor de gemeente en een lesmodule voor het onderwijs.",
]

LEARNING_OUTCOMES = [
    "Professionals leerden eerst te luisteren en pas daarna te handelen.",
    "Door samen casussen te bespreken zagen gemeente en welzijn elkaars dilemma's.",
    "Ervaringsdeskundigen hielpen ons de taal van inwoners te gebruiken.",
    "Studenten brachten frisse vragen mee die het team aan het denken zetten.",
    "We leerden dat ruimte om te experimenteren tijd kost, en dat die tijd loont.",
]

RESULT_ITEMS = [
    "Handreiking voor het gesprek met {who}.",
    "Drie bijeenkomsten met in totaal zestig deelnemers.",
    "Een lesmodule die nu in de opleiding Social Work wordt gegeven.",
    "Beleidsadvies aan de gemeente {town}.",
    "Een instrument om de voortgang te volgen.",
]

SUBSTANTIATIONS = {
    "practices": "In de praktijk van {town} werken professionals nu anders met {who}.",
    "organisations": "De deelnemende organisaties hebben de werkwijze in hun eigen werkprocessen opgenomen.",
    "municipalities": "De gemeente {town} gebruikt de uitkomsten bij de herziening van haar beleid.",
    "professionals": "Professionals reflecteren samen op hun handelen en nemen dat mee in hun werk.",
}

PROGRAMMES = {
    "hogeschool": [
        "Social Work",
        "Toegepaste Psychologie",
        "Pedagogiek",
        "Bestuurskunde",
        "Verpleegkunde",
    ],
    "roc": [
        "Maatschappelijke Zorg (mbo 4)",
        "Sociaal Werk (mbo 4)",
        "Pedagogisch Medewerker (mbo 4)",
    ],
}

FUNDING = {
    "basissubsidie-vws": ("Ministerie van VWS", "Basissubsidie Werkplaatsen Sociaal Domein"),
    "gemeente": ("", "Subsidie sociaal domein"),
    "regieorgaan-sia": ("Regieorgaan SIA", "RAAK-publiek"),
    "zonmw": ("ZonMw", "Programma Sociaal Domein"),
    "fonds": ("Fonds Sociaal Initiatief", "Projectsubsidie"),
    "eigen-bijdrage-hogeschool": ("", "Uren lectoraat"),
    "eigen-bijdrage-partner": ("", "Inzet van medewerkers"),
    "europees": ("Europese Unie", "ESF+"),
    "overig": ("Provincie", "Regionale stimuleringsregeling"),
}

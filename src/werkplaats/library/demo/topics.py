"""What the demo products are about: per topic a theme, who benefits, and the words of a method
description after the Dutch intervention databanks. Fictional, but written the way werkplaatsen
describe their work, in plain Dutch (B1): short sentences and common words."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    theme: str
    groups: tuple[str, ...]
    subject: str  # for a title: "eenzaamheid onder ouderen"
    who: str  # who it concerns: "ouderen die alleen wonen"
    problem: str  # two short sentences
    method: str  # the name of a method on this topic
    goal: str
    approach: str
    elements: str
    conditions: str
    intermediate: str  # who works with it
    also: tuple[str, ...] = ()  # further themes


TOPICS = [
    Topic(
        "eenzaamheid-ouderen",
        "eenzaamheid",
        ("ouderen",),
        "eenzaamheid onder ouderen",
        "ouderen die alleen wonen",
        "Veel ouderen voelen zich eenzaam. Ze vragen zelf niet snel om hulp.",
        "Samen uit de eenzaamheid",
        "Ouderen hebben weer contact met mensen in hun buurt. Ze voelen zich minder eenzaam.",
        "Een vrijwilliger gaat op huisbezoek. Samen maken ze een plan. Daarna zoeken ze een "
        "plek in de buurt waar de oudere zich thuis voelt. Na drie maanden kijken ze samen terug.",
        "Een vast gezicht. Kleine stappen. De oudere kiest zelf. Een warme overdracht naar de "
        "buurt.",
        "Vrijwilligers krijgen een training van twee dagdelen. Een opbouwwerker begeleidt hen.",
        "Vrijwilligers, ouderenwerkers en wijkverpleegkundigen",
        also=("langer-thuis-wonen",),
    ),
    Topic(
        "ontmoeten-buurt",
        "eenzaamheid",
        ("bewoners-van-een-wijk", "ouderen"),
        "ontmoeten in de buurt",
        "bewoners zonder netwerk",
        "Niet iedereen kent mensen in de straat. Veel mensen weten niet waar ze anderen zien.",
        "De buurtkamer",
        "Bewoners vinden een plek in de buurt waar ze anderen ontmoeten.",
        "Bewoners openen samen een buurtkamer. Ze bepalen zelf wat er gebeurt. Een "
        "welzijnswerker helpt bij de start en trekt zich daarna terug.",
        "Eigen regie van bewoners. Een vaste plek. Lage drempel. Koffie staat altijd klaar.",
        "Een ruimte in de wijk en een welzijnswerker voor vier uur per week.",
        "Welzijnswerkers en actieve bewoners",
        also=("sociale-basis",),
    ),
    Topic(
        "schulden-vroeg",
        "armoede-en-schulden",
        ("mensen-in-armoede-of-met-schulden",),
        "vroeg signaleren van schulden",
        "huishoudens met betalingsachterstanden",
        "Hulp komt vaak pas als de schulden hoog zijn. Dan is het lastig om eruit te komen.",
        "Vroeg erop af",
        "Mensen met een betalingsachterstand krijgen binnen twee weken hulp.",
        "De woningcorporatie en het energiebedrijf melden een achterstand. Een schuldhulpmaatje "
        "belt aan. Samen kijken ze wat nodig is en maken ze een plan.",
        "Snel zijn. Aanbellen in plaats van een brief sturen. Niet oordelen. Samen de post "
        "doornemen.",
        "Afspraken over het delen van meldingen. Getrainde schuldhulpmaatjes.",
        "Schuldhulpverleners, schuldhulpmaatjes en medewerkers van woningcorporaties",
    ),
    Topic(
        "armoede-gezinnen",
        "armoede-en-schulden",
        ("mensen-in-armoede-of-met-schulden", "jeugd-en-gezin"),
        "rondkomen met een laag inkomen",
        "gezinnen in armoede",
        "Veel gezinnen vragen regelingen niet aan. Ze weten niet dat ze er recht op hebben.",
        "Het keukentafelplan",
        "Gezinnen gebruiken de regelingen waar ze recht op hebben. Kinderen doen mee.",
        "Een sociaal werker gaat aan de keukentafel zitten. Samen lopen ze alle regelingen na. "
        "De aanvraag doen ze direct samen.",
        "Een gesprek thuis. Alles in één keer. Hulp bij het invullen. Aandacht voor de kinderen.",
        "Een actueel overzicht van alle regelingen in de gemeente.",
        "Sociaal werkers en consulenten inkomen",
        also=("bestaanszekerheid",),
    ),
    Topic(
        "bestaanszekerheid-stress",
        "bestaanszekerheid",
        ("mensen-in-armoede-of-met-schulden",),
        "geldstress en bestaanszekerheid",
        "inwoners met een onzeker inkomen",
        "Zorgen over geld kosten veel energie. Dan lukt andere hulp vaak niet.",
        "Eerst rust",
        "Inwoners hebben eerst rust over geld. Daarna is er ruimte voor andere vragen.",
        "De hulpverlener regelt eerst een stabiel inkomen. Pas daarna komen andere doelen aan "
        "bod. Het gesprek gaat over wat iemand zelf belangrijk vindt.",
        "Eerst geld, dan de rest. Rustig tempo. Eén vaste hulpverlener.",
        "Ruimte om af te wijken van regels. Korte lijnen met de afdeling inkomen.",
        "Consulenten werk en inkomen en sociaal werkers",
    ),
    Topic(
        "sociale-basis-netwerk",
        "sociale-basis",
        ("bewoners-van-een-wijk",),
        "een sterke sociale basis",
        "vrijwilligers en buurtinitiatieven",
        "Formele en informele hulp kennen elkaar niet goed. Zo valt er veel tussen wal en schip.",
        "Buurtnetwerk in beeld",
        "Professionals en bewoners weten wat er in de buurt is. Ze verwijzen naar elkaar.",
        "Bewoners en professionals brengen samen de buurt in kaart. Ze maken een kaart van "
        "plekken, mensen en initiatieven. Die kaart houden ze samen bij.",
        "Samen kijken. Een kaart die leeft. Elkaar persoonlijk kennen.",
        "Tijd voor professionals om de buurt in te gaan.",
        "Opbouwwerkers, wijkteams en buurtinitiatieven",
    ),
    Topic(
        "wijkteam-casuistiek",
        "wijkteams",
        ("sociaal-professionals",),
        "complexe casuïstiek in het wijkteam",
        "professionals in wijkteams",
        "Wijkteams krijgen veel zware vragen. Vaak weten ze niet wie het voortouw neemt.",
        "De casustafel",
        "Wijkteams lossen samen moeilijke situaties op. Eén persoon houdt het overzicht.",
        "Eens per twee weken bespreekt het team één vastgelopen situatie. Ze gebruiken vaste "
        "stappen. Aan het eind kiezen ze wie het voortouw neemt.",
        "Vaste stappen. Eén regisseur. Ruimte om het anders te doen.",
        "Een getrainde voorzitter en een vast moment in de agenda.",
        "Wijkteammedewerkers en hun leidinggevenden",
        also=("integraal-samenwerken",),
    ),
    Topic(
        "jeugd-normaliseren",
        "jeugd",
        ("jeugd-en-gezin",),
        "gewone opvoedvragen",
        "ouders met opvoedvragen",
        "Gewone vragen over opvoeden worden soms te snel een probleem. Dan volgt zware hulp.",
        "Gewoon opvoeden",
        "Ouders krijgen steun dichtbij huis. Minder kinderen hebben zware jeugdhulp nodig.",
        "Een jeugdwerker is er op school en in de buurt. Ouders kunnen gewoon binnenlopen. Samen "
        "zoeken ze wat het gezin zelf kan en wie kan helpen.",
        "Dichtbij. Laagdrempelig. Uitgaan van wat goed gaat.",
        "Een vaste plek op school en afspraken met de huisarts.",
        "Jeugdwerkers, leerkrachten en praktijkondersteuners jeugd",
    ),
    Topic(
        "jonge-mantelzorgers",
        "informele-zorg-en-mantelzorg",
        ("mantelzorgers", "jeugd-en-gezin"),
        "jonge mantelzorgers",
        "kinderen die thuis zorgen",
        "Veel kinderen zorgen thuis voor een ouder. School en hulpverleners zien dat vaak niet.",
        "Zie de jonge zorger",
        "Jonge mantelzorgers worden gezien. Ze hebben tijd voor school en vrienden.",
        "Leraren en hulpverleners leren signalen herkennen. Ze voeren een kort gesprek met het "
        "kind. Samen kiezen ze wat helpt, zoals een maatje of een plek om op adem te komen.",
        "Herkennen. Erkennen. Ruimte voor het kind zelf.",
        "Een korte training voor leraren en een vast aanspreekpunt.",
        "Leraren, jeugdwerkers en mantelzorgconsulenten",
    ),
    Topic(
        "mantelzorg-ontlasten",
        "informele-zorg-en-mantelzorg",
        ("mantelzorgers", "ouderen"),
        "overbelaste mantelzorgers",
        "mantelzorgers van mensen met dementie",
        "Mantelzorgers gaan vaak te lang door. Ze vragen pas hulp als het niet meer gaat.",
        "Op adem",
        "Mantelzorgers houden het langer vol. Ze weten waar ze hulp kunnen vinden.",
        "Een mantelzorgconsulent belt elke maand. Samen kijken ze hoe het gaat. Als het nodig is, "
        "regelt de consulent respijtzorg.",
        "Vast contact. Vroeg ingrijpen. Hulp die past bij de week van de mantelzorger.",
        "Respijtzorg die snel te regelen is.",
        "Mantelzorgconsulenten en casemanagers dementie",
        also=("langer-thuis-wonen",),
    ),
    Topic(
        "langer-thuis",
        "langer-thuis-wonen",
        ("ouderen",),
        "langer thuis wonen",
        "ouderen die thuis willen blijven wonen",
        "Ouderen willen zo lang mogelijk thuis wonen. Het huis en de buurt zijn daar niet altijd "
        "op ingericht.",
        "Thuis in de wijk",
        "Ouderen wonen veilig en prettig thuis. Ze hebben mensen om zich heen.",
        "Een ouderenadviseur komt op bezoek. Samen kijken ze naar het huis, de buren en de "
        "hulp. Ze maken een plan voor nu en voor later.",
        "Op tijd beginnen. Kijken naar huis en buurt samen. Het plan is van de oudere.",
        "Samenwerking tussen welzijn, wijkverpleging en de woningcorporatie.",
        "Ouderenadviseurs, wijkverpleegkundigen en woonconsulenten",
        also=("eenzaamheid",),
    ),
    Topic(
        "verward-gedrag",
        "verward-gedrag",
        ("mensen-met-psychische-kwetsbaarheid",),
        "verward gedrag in de wijk",
        "mensen met verward gedrag",
        "Buren maken zich zorgen. Politie en zorg weten elkaar niet altijd te vinden.",
        "Samen op straat",
        "Mensen met verward gedrag krijgen snel de juiste hulp. De buurt voelt zich veiliger.",
        "Een wijkagent en een sociaal psychiatrisch verpleegkundige gaan samen op pad. Ze "
        "bespreken elke week wie zorg nodig heeft.",
        "Samen op pad. Korte lijnen. Oog voor de buren.",
        "Afspraken over privacy en een vast overleg.",
        "Wijkagenten, sociaal psychiatrisch verpleegkundigen en wijkteams",
    ),
    Topic(
        "ervaringsdeskundigheid",
        "ervaringsdeskundigheid",
        ("mensen-met-psychische-kwetsbaarheid", "sociaal-professionals"),
        "ervaringsdeskundigheid in het team",
        "ervaringsdeskundigen en hun collega's",
        "Teams willen werken met mensen met eigen ervaring. Ze weten niet goed hoe dat moet.",
        "Ervaring telt",
        "Ervaringsdeskundigen hebben een vaste plek in het team. Cliënten voelen zich beter "
        "begrepen.",
        "Het team bespreekt wat ervaringskennis toevoegt. De ervaringsdeskundige krijgt een "
        "eigen rol en een coach. Elk kwartaal kijkt het team samen terug.",
        "Gelijkwaardig samenwerken. Een eigen rol. Steun voor de ervaringsdeskundige.",
        "Een betaalde functie en begeleiding.",
        "Teamleiders, sociaal werkers en ervaringsdeskundigen",
        also=("professionalisering",),
    ),
    Topic(
        "participatie-werk",
        "participatiewet-en-werk",
        ("jongvolwassenen",),
        "aan het werk met steun",
        "jongeren met een uitkering",
        "Veel jongeren met een uitkering willen werken. Regels en wachtlijsten zitten in de weg.",
        "Werk als begin",
        "Jongeren vinden werk dat bij hen past. Ze houden dat werk vast.",
        "Een jobcoach zoekt samen met de jongere een werkplek. De coach blijft een jaar "
        "betrokken, ook bij de werkgever.",
        "Eerst werk, dan scholing. Een coach voor jongere en werkgever.",
        "Werkgevers in de regio die mee willen doen.",
        "Jobcoaches, consulenten werk en werkgevers",
    ),
    Topic(
        "nieuwkomers",
        "vluchtelingen-en-nieuwkomers",
        ("nieuwkomers-statushouders",),
        "meedoen als nieuwkomer",
        "statushouders in een nieuwe gemeente",
        "Wie net in Nederland is, moet veel leren. Taal, regels en werk komen tegelijk.",
        "Welkom in de buurt",
        "Nieuwkomers kennen binnen een jaar mensen en plekken in hun buurt.",
        "Elke nieuwkomer krijgt een buddy uit de buurt. Ze spreken elke week af. De buddy laat "
        "de buurt zien en helpt met brieven.",
        "Een vaste buddy. Samen dingen doen. Oefenen met taal in het echt.",
        "Getrainde buddy's en een coördinator.",
        "Vrijwilligers, welzijnswerkers en klantmanagers",
        also=("inclusie",),
    ),
    Topic(
        "digitale-inclusie",
        "digitale-samenleving",
        ("ouderen", "bewoners-van-een-wijk"),
        "digitaal meedoen",
        "inwoners die moeite hebben met de computer",
        "Steeds meer regel je online. Niet iedereen kan dat.",
        "Digihulp dichtbij",
        "Inwoners kunnen zelf hun zaken online regelen, of weten waar ze hulp krijgen.",
        "In de bibliotheek en het buurthuis zitten vaste digihulpen. Inwoners oefenen met hun "
        "eigen telefoon. Ze leren één ding per keer.",
        "Eigen telefoon. Eén ding per keer. Vaste tijden.",
        "Vrijwilligers met geduld en een plek met wifi.",
        "Vrijwilligers, bibliotheekmedewerkers en welzijnswerkers",
        also=("inclusie",),
    ),
    Topic(
        "gezondheid-wijk",
        "gezondheid-en-sociaal-domein",
        ("bewoners-van-een-wijk",),
        "gezond en sociaal in de wijk",
        "bewoners met gezondheidsklachten en sociale zorgen",
        "Veel klachten bij de huisarts hebben een sociale oorzaak. Zorg en welzijn werken nog "
        "apart.",
        "Welzijn op recept",
        "Bewoners met sociale zorgen krijgen hulp van welzijn in plaats van alleen zorg.",
        "De huisarts verwijst naar een welzijnscoach. De coach zoekt samen met de bewoner een "
        "activiteit die energie geeft.",
        "Een warme verwijzing. Kijken naar wat energie geeft. Terugkoppeling aan de huisarts.",
        "Afspraken tussen huisartsen en welzijn.",
        "Huisartsen, praktijkondersteuners en welzijnscoaches",
    ),
    Topic(
        "integraal-samenwerken",
        "integraal-samenwerken",
        ("sociaal-professionals",),
        "samenwerken over grenzen",
        "professionals van verschillende organisaties",
        "Bij één gezin zijn soms tien hulpverleners betrokken. Ze weten niet wat de ander doet.",
        "Eén gezin, één plan",
        "Elk gezin heeft één plan en één vast aanspreekpunt.",
        "Alle hulpverleners komen met het gezin aan tafel. Samen maken ze één plan. Eén "
        "hulpverlener houdt het overzicht.",
        "Het gezin aan tafel. Eén plan. Eén aanspreekpunt.",
        "Afspraken tussen organisaties over wie wat doet.",
        "Hulpverleners van wijkteam, jeugdhulp en schuldhulp",
        also=("wijkteams",),
    ),
    Topic(
        "professionalisering",
        "professionalisering",
        ("sociaal-professionals",),
        "leren in de praktijk",
        "sociaal werkers",
        "Sociaal werkers hebben weinig tijd om te leren. Nieuwe kennis komt moeilijk in de "
        "praktijk.",
        "Het leeratelier",
        "Sociaal werkers leren samen van hun eigen praktijk. Ze gebruiken nieuwe kennis.",
        "Eens per maand komen sociaal werkers, studenten en een docent samen. Ze brengen een "
        "vraag uit hun werk in. Samen zoeken ze wat werkt.",
        "Eigen vragen. Leren met studenten. Kort en vaak.",
        "Tijd in het rooster en een begeleider van de hogeschool.",
        "Sociaal werkers, docenten en studenten",
    ),
    Topic(
        "inclusie-beperking",
        "inclusie",
        ("mensen-met-een-beperking",),
        "meedoen met een beperking",
        "mensen met een licht verstandelijke beperking",
        "Mensen met een beperking worden vaak niet herkend. Brieven en regels zijn te moeilijk.",
        "Makkelijk meedoen",
        "Mensen met een beperking begrijpen de hulp en doen mee in de buurt.",
        "Professionals leren een beperking herkennen. Ze praten in eenvoudige taal en checken of "
        "iemand het begrijpt. Brieven gaan eerst langs een leespanel.",
        "Herkennen. Eenvoudige taal. Checken of het is begrepen.",
        "Een leespanel van ervaringsdeskundigen.",
        "Klantmanagers, wijkteams en schuldhulpverleners",
    ),
    Topic(
        "wmo-gesprek",
        "wmo",
        ("ouderen", "mensen-met-een-beperking"),
        "het keukentafelgesprek",
        "inwoners met een Wmo-vraag",
        "Het gesprek gaat vaak over voorzieningen. De echte vraag blijft dan liggen.",
        "Het goede gesprek",
        "Het gesprek gaat over wat de inwoner zelf wil. De hulp past beter.",
        "De consulent begint met de vraag wat er goed gaat. Daarna praten ze over wat beter kan. "
        "Pas aan het eind gaat het over voorzieningen.",
        "Eerst luisteren. Vragen naar wat goed gaat. Samen kiezen.",
        "Tijd voor het gesprek en ruimte in de regels.",
        "Wmo-consulenten en sociaal werkers",
    ),
    Topic(
        "dakloosheid",
        "bestaanszekerheid",
        ("dak-en-thuislozen",),
        "eerst een woning",
        "mensen zonder vaste woonplek",
        "Zonder huis lukt bijna niets. Werk, zorg en geld lopen dan vast.",
        "Eerst een thuis",
        "Mensen zonder woonplek krijgen snel een eigen huis met begeleiding.",
        "De woningcorporatie stelt woningen beschikbaar. Een begeleider komt aan huis zolang het "
        "nodig is. De bewoner kiest zelf welke hulp hij wil.",
        "Eerst wonen. Eigen keuze. Begeleiding zolang het nodig is.",
        "Afspraken met woningcorporaties over woningen.",
        "Woonbegeleiders en medewerkers van woningcorporaties",
    ),
]

BY_KEY = {topic.key: topic for topic in TOPICS}

#: The topics each werkplaats works on most (after its agenda in the reference data).
WORKSHOP_TOPICS = {
    "noord": ["participatie-werk", "inclusie-beperking", "sociale-basis-netwerk"],
    "friesland": ["sociale-basis-netwerk", "integraal-samenwerken", "eenzaamheid-ouderen"],
    "regio-zwolle": ["langer-thuis", "jeugd-normaliseren", "inclusie-beperking"],
    "twente": ["bestaanszekerheid-stress", "eenzaamheid-ouderen", "verward-gedrag"],
    "arnhem-nijmegen": ["armoede-gezinnen", "jonge-mantelzorgers", "ontmoeten-buurt"],
    "gelderse-vallei": ["mantelzorg-ontlasten", "ontmoeten-buurt", "sociale-basis-netwerk"],
    "utrecht": ["jeugd-normaliseren", "wijkteam-casuistiek", "integraal-samenwerken"],
    "amsterdam": ["schulden-vroeg", "dakloosheid", "professionalisering"],
    "noord-holland": ["professionalisering", "ervaringsdeskundigheid", "wmo-gesprek"],
    "den-haag-leiden": ["schulden-vroeg", "langer-thuis", "gezondheid-wijk"],
    "zuid-holland-zuid": ["armoede-gezinnen", "nieuwkomers", "schulden-vroeg"],
    "fontys": ["jeugd-normaliseren", "digitale-inclusie", "gezondheid-wijk"],
    "avans": ["wijkteam-casuistiek", "ervaringsdeskundigheid", "mantelzorg-ontlasten"],
    "zuyd": ["verward-gedrag", "eenzaamheid-ouderen", "digitale-inclusie"],
    "zeeland": ["eenzaamheid-ouderen", "langer-thuis", "nieuwkomers"],
}

#: How people call the region in a sentence.
REGION_NAMES = {
    "noord": "Groningen en Drenthe",
    "friesland": "Friesland",
    "regio-zwolle": "de regio Zwolle",
    "twente": "Twente",
    "arnhem-nijmegen": "Arnhem en Nijmegen",
    "gelderse-vallei": "de Gelderse Vallei",
    "utrecht": "Utrecht",
    "amsterdam": "Amsterdam",
    "noord-holland": "Noord-Holland Noord",
    "den-haag-leiden": "Den Haag en Leiden",
    "zuid-holland-zuid": "Zuid-Holland Zuid",
    "fontys": "Oost-Brabant",
    "avans": "West-Brabant",
    "zuyd": "Limburg",
    "zeeland": "Zeeland",
}

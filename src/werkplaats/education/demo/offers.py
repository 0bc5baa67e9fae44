"""The demo's offers: what each werkplaats offered education, and how far each one got.

Every text is written for the offer (a coordinator's own words for students), never the words of
the question it came from. ``question`` names the demo question an offer is made from (its title
as the question demo writes it); when that question is not in the werkplaats, any question there on
``theme`` in an open or answered state is taken, and when there is none the offer stands alone.
``project=True`` makes the offer from a project of the werkplaats on ``theme`` instead.
"""

from dataclasses import dataclass, field

from ..constants import Level, OfferKind, OfferState
from .programmes import AD_SW, HBOV, MASTER_SW, MBO_SW, MZ3, MZ4, PED, SW

BA, MA, AD, MBO3, MBO4 = Level.BACHELOR, Level.MASTER, Level.ASSOCIATE, Level.MBO_3, Level.MBO_4


@dataclass
class Spec:
    workshop: str
    theme: str
    kind: str
    levels: list
    when: str  # coming, after (the semester after it), current, block (the last one ended), previous, earlier
    state: str
    title: str
    summary: str
    product: str
    question: str = ""
    project: bool = False
    programmes: list = field(default_factory=list)  # (institution slug, name, place)
    group: tuple = ()  # the programme that claims it; default: the first of ``programmes``
    students: int = 2
    lecturer: str = ""  # "docent" for the demo lecturer's groups
    members: list = field(default_factory=list)  # (name or "student", named publicly)
    work: tuple = ()  # (title, summary, link)
    assessment: str = ""
    agreed: str = "all"  # all, students, none, some
    licence: str = "CC-BY-4.0"
    feedback: tuple = ()  # (usefulness, in use, comment)
    reason: str = ""  # why it was withdrawn
    days_ago: int = 10  # when an offer still on offer was made


SAXION_SW = ("saxion", SW, "Enschede")

#: Offers still on offer, taken but not started, and withdrawn.
OPEN = [
    # --- On offer -------------------------------------------------------------------------
    Spec(
        "twente",
        "wijkteams",
        OfferKind.GRADUATION,
        [BA],
        "coming",
        OfferState.OFFERED,
        "Afstudeeropdracht: de registratiedruk in het wijkteam verlagen",
        "Professionals in de Twentse wijkteams besteden veel uren aan verslaglegging. Onderzoek "
        "met een wijkteam welke registraties echt nodig zijn voor goede hulp en verantwoording, en "
        "ontwerp samen met de teamleden een lichtere werkwijze die zij een maand uitproberen.",
        "Adviesrapport met een uitgeprobeerde werkwijze voor verslaglegging",
        question="Minder registreren, meer tijd voor inwoners",
        programmes=[SAXION_SW, ("saxion", SW, "Deventer")],
        days_ago=6,
    ),
    Spec(
        "twente",
        "eenzaamheid",
        OfferKind.COURSE,
        [MBO4, AD],
        "coming",
        OfferState.OFFERED,
        "Gesprekken met ouderen over contact in hun buurt",
        "Voer in tweetallen huisbezoeken af bij ouderen die weinig mensen zien, samen met een "
        "ouderenwerker. Vraag wat zij missen en wat hen zou helpen om weer mee te doen, en zet "
        "de verhalen om in een korte presentatie voor het project.",
        "Verslag van tien gesprekken en een presentatie voor het projectteam",
        project=True,
        programmes=[("roc-van-twente", MBO_SW, "Enschede")],
        students=6,
        days_ago=12,
    ),
    Spec(
        "twente",
        "inclusie",
        OfferKind.RESEARCH,
        [BA],
        "after",
        OfferState.OFFERED,
        "Samen beslissen met inwoners met een licht verstandelijke beperking",
        "Welke hulpmiddelen helpen een consulent om een inwoner met een licht verstandelijke "
        "beperking echt mee te laten beslissen over zijn ondersteuning? Verzamel bestaande "
        "materialen, test er twee in gesprekken en beschrijf wat werkt.",
        "Overzicht van hulpmiddelen met ervaringen uit de praktijk",
        question="Meebeslissen over ondersteuning bij een licht verstandelijke beperking",
        students=3,
        days_ago=20,
    ),
    Spec(
        "friesland",
        "vluchtelingen-en-nieuwkomers",
        OfferKind.INTERNSHIP,
        [BA],
        "coming",
        OfferState.OFFERED,
        "Stage: nieuwkomers aan het stuur van hun inburgering",
        "Loop een semester mee met de consulenten inburgering van een Friese gemeente. Onderzoek "
        "met nieuwkomers hoe zij zelf keuzes maken in hun plan, en welke gewoonten van de "
        "gemeente die ruimte kleiner of groter maken.",
        "Stageverslag met aanbevelingen voor de consulenten",
        question="Regie van nieuwkomers over hun eigen inburgeringsplan",
        programmes=[("nhl-stenden-hogeschool", SW, "Leeuwarden")],
        days_ago=4,
    ),
    Spec(
        "noord",
        "gezondheid-en-sociaal-domein",
        OfferKind.GRADUATION,
        [BA],
        "coming",
        OfferState.OFFERED,
        "Huisarts en wijkteam: één route voor psychosociale klachten",
        "Breng in kaart hoe mensen met stress, rouw of geldzorgen van de huisartsenpraktijk naar "
        "het wijkteam gaan, en waar ze onderweg afhaken. Ontwerp met praktijkondersteuners en "
        "wijkteamleden een afspraak over doorverwijzen.",
        "Afstudeerrapport met een uitgewerkt samenwerkingsvoorstel",
        question="Samenwerking tussen huisarts en wijkteam bij psychosociale klachten",
        programmes=[
            ("hanzehogeschool-groningen", HBOV, "Groningen"),
            ("hanzehogeschool-groningen", SW, "Groningen"),
        ],
        days_ago=15,
    ),
    Spec(
        "fontys",
        "armoede-en-schulden",
        OfferKind.RESEARCH,
        [BA, MA],
        "after",
        OfferState.OFFERED,
        "Vroege signalen van schulden: wat delen corporaties en energieleveranciers?",
        "Zoek uit welke signalen van betalingsachterstanden partners al mogen delen met de "
        "gemeente, hoe snel die bij een schuldhulpverlener terechtkomen en wat inwoners van een "
        "eerste telefoontje vinden.",
        "Onderzoeksrapport en een stroomschema voor de partners",
        question="Vroegsignalering van schulden met corporaties en energiebedrijven",
        days_ago=25,
    ),
    Spec(
        "gelderse-vallei",
        "bestaanszekerheid",
        OfferKind.COURSE,
        [AD, BA],
        "coming",
        OfferState.OFFERED,
        "Energiecoaches die verder kijken dan de meterkast",
        "Energiecoaches komen achter de voordeur en zien soms meer dan een hoge energierekening. "
        "Ontwikkel met hen een korte gesprekskaart om andere zorgen te herkennen en bespreekbaar "
        "te maken, en probeer die uit tijdens drie bezoeken.",
        "Gesprekskaart met een evaluatie van drie huisbezoeken",
        question="Energiecoaches die ook andere zorgen zien",
        programmes=[("christelijke-hogeschool-ede", SW, "Ede")],
        students=4,
        days_ago=8,
    ),
    Spec(
        "zeeland",
        "ervaringsdeskundigheid",
        OfferKind.COURSE,
        [BA],
        "coming",
        OfferState.OFFERED,
        "Verhalen van inwoners naast de cijfers van de monitor",
        "De gemeentelijke monitor telt veel, maar vertelt weinig. Verzamel verhalen van inwoners "
        "over hun buurt en ondersteuning, en laat zien hoe die verhalen de cijfers aanvullen in "
        "een verslag voor de gemeenteraad.",
        "Verhalenbundel en een voorstel voor de opzet van de monitor",
        question="Verhalen van inwoners meenemen in de monitor",
        programmes=[("hz-university-of-applied-sciences", SW, "Vlissingen")],
        students=3,
        days_ago=3,
    ),
    Spec(
        "zeeland",
        "gezondheid-en-sociaal-domein",
        OfferKind.INTERNSHIP,
        [MBO3, MBO4],
        "coming",
        OfferState.OFFERED,
        "Stage in de wijk: gezondheid vanuit het gesprek",
        "Werk mee in een buurtteam in Middelburg en oefen het gesprek over gezondheid in brede "
        "zin: meedoen, zingeving, dagelijks leven. Houd bij welke vragen bewoners zelf inbrengen.",
        "Stageportfolio met een verslag van de gesprekken",
        question="Positieve gezondheid meten in de wijk",
        programmes=[("scalda", MZ3, "Goes"), ("scalda", MZ4, "Vlissingen")],
        students=4,
        days_ago=18,
    ),
    Spec(
        "zuid-holland-zuid",
        "jeugd",
        OfferKind.GRADUATION,
        [BA],
        "coming",
        OfferState.OFFERED,
        "Jongeren schrijven hun eigen plan",
        "Ontwikkel met jongeren uit de jeugdhulp een werkvorm waarmee zij hun perspectiefplan in "
        "hun eigen taal opstellen. Test de werkvorm bij twee teams en beschrijf wat professionals "
        "anders moeten doen.",
        "Werkvorm met handleiding en een afstudeerverslag",
        question="Jongeren zelf laten meeschrijven aan hun perspectiefplan",
        programmes=[("hogeschool-rotterdam", PED, "Rotterdam")],
        days_ago=9,
    ),
    Spec(
        "utrecht",
        "jeugd",
        OfferKind.MINOR,
        [BA],
        "after",
        OfferState.OFFERED,
        "Minorproject: thuiszitters terug naar school",
        "Onderzoek in een interdisciplinair team hoe school, leerplicht en jeugdhulp samen "
        "optrekken als een leerling maanden thuis zit, en ontwerp een eerste overleg waarin de "
        "leerling en ouders het woord hebben.",
        "Ontwerp van een overleg, getest in een rollenspel met professionals",
        question="Thuiszitters: onderwijs en jeugdhulp samen aan tafel",
        programmes=[("hogeschool-utrecht", SW, "Utrecht")],
        students=5,
        days_ago=30,
    ),
    Spec(
        "amsterdam",
        "armoede-en-schulden",
        OfferKind.RESEARCH,
        [MA],
        "coming",
        OfferState.OFFERED,
        "Jongeren, gokken en kopen op afbetaling",
        "Verken met jongerenwerkers en schuldhulpverleners hoe jongvolwassenen schulden opbouwen "
        "via online gokken en achteraf betalen, en welke aanpak hen vroeg bereikt.",
        "Praktijkgericht onderzoeksrapport met aanbevelingen",
        question="Jongeren met schulden door online gokken en kopen op afbetaling",
        programmes=[("hogeschool-van-amsterdam", MASTER_SW, "Amsterdam")],
        students=1,
        days_ago=14,
    ),
    Spec(
        "arnhem-nijmegen",
        "ervaringsdeskundigheid",
        OfferKind.COURSE,
        [MA],
        "after",
        OfferState.OFFERED,
        "Ervaringskennis in het gemeentelijk beleid",
        "Analyseer hoe drie gemeenten ervaringsdeskundigen betrekken bij het maken van beleid, en "
        "wat het verschil maakt tussen meepraten en meebeslissen.",
        "Vergelijkende analyse en een presentatie voor de beleidsmakers",
        question="Ervaringsdeskundigen aan tafel bij het gemeentelijk beleid",
        programmes=[("hogeschool-van-arnhem-en-nijmegen-han", MASTER_SW, "Nijmegen")],
        students=2,
        days_ago=22,
    ),
    Spec(
        "friesland",
        "sociale-basis",
        OfferKind.INTERNSHIP,
        [MBO4],
        "coming",
        OfferState.OFFERED,
        "Stage bij het buurtwerk in Leeuwarden",
        "Help een project van de werkplaats bij activiteiten in een buurthuis en houd met "
        "bewoners bij wat de activiteiten hen opleveren.",
        "Stageverslag en een overzicht van wat bewoners noemen",
        project=True,
        programmes=[("roc-friesland-college", MBO_SW, "Leeuwarden")],
        students=2,
        days_ago=5,
    ),
    # --- Taken by a group, not started yet --------------------------------------------------
    Spec(
        "twente",
        "sociale-basis",
        OfferKind.GRADUATION,
        [BA],
        "coming",
        OfferState.MATCHED,
        "Wie doet wat in de sociale basis van Almelo?",
        "Vrijwilligersorganisaties en beroepskrachten zitten elkaar soms in de weg en laten soms "
        "gaten vallen. Breng met beide kanten in beeld wie welke taken oppakt, en werk met hen een "
        "heldere taakverdeling uit voor één wijk.",
        "Afstudeerrapport met een taakverdeling voor één wijk",
        question="Vrijwilligersorganisaties en professionals in de sociale basis",
        programmes=[SAXION_SW],
        lecturer="docent",
        members=[("Sven Roelofs", True), ("Yara Bulut", False)],
    ),
    Spec(
        "regio-zwolle",
        "sociale-basis",
        OfferKind.COURSE,
        [BA],
        "coming",
        OfferState.MATCHED,
        "Samenwerken met vrijwilligers in Kampen",
        "Interview vrijwilligers en sociaal werkers in Kampen over hun samenwerking en maak een "
        "overzicht van wat goed gaat en wat beter kan.",
        "Interviewverslag en een poster voor het wijkoverleg",
        question="Vrijwilligersorganisaties en professionals in de sociale basis",
        programmes=[("hogeschool-viaa", SW, "Zwolle")],
        students=4,
    ),
    Spec(
        "den-haag-leiden",
        "ervaringsdeskundigheid",
        OfferKind.INTERNSHIP,
        [BA],
        "coming",
        OfferState.MATCHED,
        "Stage: de ervaringsdeskundige als collega in het wijkteam",
        "Loop mee met een ervaringsdeskundige in een Haags wijkteam en onderzoek hoe collega's "
        "zijn inbreng gebruiken bij het bespreken van casussen.",
        "Stageverslag met een beschrijving van de rol",
        question="De rol van een ervaringsdeskundige in het wijkteam",
        programmes=[("hogeschool-leiden", SW, "Leiden")],
        students=1,
        members=[("Noa Verbeek", True)],
    ),
    Spec(
        "noord-holland",
        "participatiewet-en-werk",
        OfferKind.RESEARCH,
        [AD],
        "coming",
        OfferState.MATCHED,
        "Meedoen telt ook: opbrengst van participatie zichtbaar maken",
        "Ontwikkel met klantmanagers een eenvoudige manier om vast te leggen wat meedoen oplevert "
        "voor mensen die (nog) niet aan betaald werk toekomen: vrijwilligerswerk, contacten, "
        "gezondheid.",
        "Registratievoorstel en een korte toelichting voor het team",
        question="Maatschappelijke opbrengst van participatie",
        programmes=[("hogeschool-inholland", AD_SW, "Haarlem")],
        members=[("Kevin Doornbos", False)],
    ),
    # --- Withdrawn ----------------------------------------------------------------------------
    Spec(
        "fontys",
        "digitale-samenleving",
        OfferKind.COURSE,
        [BA],
        "coming",
        OfferState.WITHDRAWN,
        "Een dashboard dat professionals gebruiken",
        "Test met professionals of het dashboard sociaal domein de vragen beantwoordt die zij in "
        "hun werk hebben.",
        "Testverslag met verbeteringen",
        question="Een dashboard sociaal domein",
        programmes=[("fontys-hogescholen", SW, "Eindhoven")],
        reason="De gemeente laat het dashboard nu door een extern bureau vernieuwen; de "
        "opdracht vervalt.",
    ),
    Spec(
        "den-haag-leiden",
        "wmo",
        OfferKind.COURSE,
        [BA],
        "coming",
        OfferState.WITHDRAWN,
        "Brieven van de gemeente die iedereen begrijpt",
        "Herschrijf met inwoners drie standaardbrieven over ondersteuning en test ze in gesprekken.",
        "Drie herschreven brieven met een testverslag",
        question="Beschikkingen en brieven die inwoners begrijpen",
        programmes=[("hogeschool-leiden", SW, "Leiden")],
        members=[("Tess Vermeulen", True)],
        reason="De gemeente stelt de herziening van haar brieven een jaar uit. De groep kiest een "
        "andere opdracht.",
    ),
]

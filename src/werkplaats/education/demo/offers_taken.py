"""The demo's offers that students took up: at work, delivered, assessed (see ``offers``)."""

from ..constants import OfferKind, OfferState, Usefulness
from .offers import BA, MA, MBO3, MBO4, SAXION_SW, Spec
from .programmes import MASTER_SW, MBO_SW, MZ3, MZ4, PED, SW, TP

#: Offers students work on or delivered, with what came back.
TAKEN = [
    # --- Students at work -------------------------------------------------------------------
    Spec(
        "twente",
        "armoede-en-schulden",
        OfferKind.GRADUATION,
        [BA],
        "current",
        OfferState.RUNNING,
        "Waarom blijven regelingen voor minima onbenut in Enschede?",
        "Veel huishoudens met een laag inkomen vragen regelingen waar ze recht op hebben niet "
        "aan. Onderzoek met inwoners en de afdeling inkomen waar de drempels zitten, en doe "
        "voorstellen om het bereik te vergroten.",
        "Afstudeerrapport met een advies aan de gemeente",
        question="Het bereik van armoederegelingen in beeld",
        programmes=[SAXION_SW],
        lecturer="docent",
        members=[("student", True), ("Mats Oude Wesselink", False)],
    ),
    Spec(
        "twente",
        "jeugd",
        OfferKind.RESEARCH,
        [BA],
        "current",
        OfferState.RUNNING,
        "Wat levert preventief jeugdwerk op?",
        "Zoek met het team jeugd van een gemeente uit welke uitkomsten van preventieve "
        "activiteiten je kunt volgen zonder gezinnen extra te belasten.",
        "Onderzoeksverslag met een set uitkomstmaten",
        question="Wat levert preventie in de jeugdhulp op?",
        programmes=[("saxion", PED, "Deventer")],
        students=3,
        members=[("Hidde Brink", True), ("Selin Arslan", True), ("Jesse Plas", False)],
    ),
    Spec(
        "arnhem-nijmegen",
        "eenzaamheid",
        OfferKind.INTERNSHIP,
        [MBO4],
        "current",
        OfferState.RUNNING,
        "Stage jongerenwerk: jongvolwassenen die alleen zijn",
        "Zoek als stagiair de jongvolwassenen op die het jongerenwerk nu mist: via de sportclub, "
        "online en op straat. Houd bij welke aanpak tot een gesprek leidt.",
        "Stageopdracht met een logboek van contacten",
        question="Eenzame jongvolwassenen die niet naar het jongerenwerk komen",
        programmes=[("roc-nijmegen", MBO_SW, "Nijmegen")],
        members=[("Romy Hendriks", True), ("Amir Haddad", False)],
    ),
    Spec(
        "avans",
        "wijkteams",
        OfferKind.GRADUATION,
        [BA],
        "current",
        OfferState.RUNNING,
        "Resultaten van het wijkteam laten zien zonder turven",
        "Ontwerp met een wijkteam in Breda een manier om resultaten te laten zien die past bij "
        "het werk: verhalen, doelen van inwoners en een paar cijfers die ertoe doen.",
        "Afstudeerrapport en een voorbeeldrapportage",
        question="Resultaten van wijkteams meten zonder alles te tellen",
        programmes=[("avans-hogeschool", SW, "Breda")],
        members=[("Floor van Rijn", True), ("Daan Smulders", True)],
    ),
    Spec(
        "gelderse-vallei",
        "informele-zorg-en-mantelzorg",
        OfferKind.COURSE,
        [BA],
        "current",
        OfferState.RUNNING,
        "Mantelzorgers met een migratieachtergrond bereiken",
        "Ga in gesprek met mantelzorgers uit verschillende gemeenschappen in Ede en Soest over "
        "wat zij nodig hebben, en toets met het steunpunt mantelzorg welke ideeën haalbaar zijn.",
        "Gespreksverslagen en een advies aan het steunpunt",
        question="Mantelzorgers met een migratieachtergrond",
        programmes=[("christelijke-hogeschool-ede", TP, "Ede")],
        students=3,
        members=[("Hanna de Bruin", True), ("Oussama Benali", False), ("Iris Jonker", True)],
    ),
    Spec(
        "noord",
        "professionalisering",
        OfferKind.MINOR,
        [BA],
        "current",
        OfferState.RUNNING,
        "Minorproject: leren van elkaar in het project",
        "Begeleid als minorgroep een reeks intervisiebijeenkomsten in een project van de "
        "werkplaats en beschrijf wat professionals daarvan meenemen.",
        "Minorverslag en een draaiboek voor intervisie",
        project=True,
        programmes=[("hanzehogeschool-groningen", TP, "Groningen")],
        students=4,
        members=[("Jildou Hoekstra", True), ("Bram Kuipers", False)],
    ),
    # --- Delivered, waiting for the assessment --------------------------------------------------
    Spec(
        "twente",
        "armoede-en-schulden",
        OfferKind.GRADUATION,
        [BA],
        "block",
        OfferState.DELIVERED,
        "Werkende huishoudens met geldzorgen: hoe bereik je ze?",
        "Mensen met werk en toch te weinig geld komen zelden bij het wijkteam. Onderzoek via "
        "werkgevers, scholen en sportclubs hoe je hen eerder bereikt.",
        "Adviesrapport voor het wijkteam en de gemeente",
        question="Werkende huishoudens met geldzorgen bereiken",
        programmes=[SAXION_SW],
        lecturer="docent",
        members=[("student", False), ("Thomas Lansink", True)],
        work=(
            "Geldzorgen achter de voordeur van werkende gezinnen",
            "Uit gesprekken met twaalf werkende ouders en vijf werkgevers blijkt dat schaamte en "
            "onbekendheid met het wijkteam de grootste drempels zijn. Werkgevers en sportclubs "
            "zijn een goede ingang. Het rapport doet vijf voorstellen, waaronder een spreekuur "
            "op het werk.",
            "https://example.org/studentwerk/geldzorgen-werkende-gezinnen.pdf",
        ),
        agreed="none",
    ),
    Spec(
        "friesland",
        "armoede-en-schulden",
        OfferKind.COURSE,
        [MBO4],
        "block",
        OfferState.DELIVERED,
        "Voorlichting over gokken en schulden voor mbo-studenten",
        "Maak met jongerenwerkers een voorlichtingsles over gokken, loot boxes en achteraf betalen "
        "voor eerstejaars mbo-studenten, en geef die twee keer.",
        "Lesmateriaal en een verslag van twee lessen",
        question="Jongeren met schulden door online gokken",
        programmes=[("roc-friesland-college", MBO_SW, "Leeuwarden")],
        students=3,
        members=[("Sietske Bergsma", True), ("Rutger Dijkstra", False), ("Nina Postma", True)],
        work=(
            "Les: Wie betaalt de rekening?",
            "Een les van negentig minuten met een quiz, een rollenspel en een gesprek met een "
            "ervaringsdeskundige, twee keer gegeven aan in totaal 48 studenten.",
            "",
        ),
        agreed="none",
    ),
    Spec(
        "zuyd",
        "jeugd",
        OfferKind.GRADUATION,
        [BA],
        "block",
        OfferState.DELIVERED,
        "Leerlingen die thuiszitten: een overleg dat werkt",
        "Onderzoek hoe school, leerplicht en jeugdhulp in Beesel samen besluiten over leerlingen "
        "die lang thuiszitten, en wat ouders daarvan merken.",
        "Afstudeerrapport met een voorstel voor het overleg",
        question="Thuiszitters: onderwijs en jeugdhulp samen aan tafel",
        programmes=[("zuyd-hogeschool", SW, "Sittard")],
        members=[("Lars Janssen", True), ("Fenna Cremers", False)],
        work=(
            "Samen aan tafel voor leerlingen die thuiszitten",
            "Ouders voelen zich vaak niet gehoord in het overleg over hun kind. Het rapport "
            "beschrijft een vaste opzet met een gespreksleider en de leerling zelf aan tafel.",
            "",
        ),
        agreed="students",
        licence="CC-BY-SA-4.0",
    ),
    # --- Assessed ---------------------------------------------------------------------------
    Spec(
        "twente",
        "informele-zorg-en-mantelzorg",
        OfferKind.RESEARCH,
        [BA],
        "previous",
        OfferState.ASSESSED,
        "Overbelaste mantelzorgers in Enschede in kaart",
        "Combineer cijfers van de gezondheidsmonitor met gesprekken met mantelzorgconsulenten om "
        "te zien in welke wijken mantelzorgers het zwaarst belast zijn.",
        "Onderzoeksrapport met een wijkkaart",
        question="Hoeveel mantelzorgers zijn overbelast",
        programmes=[SAXION_SW],
        lecturer="docent",
        members=[("Eline Ter Haar", True), ("Ruben Kolkman", False)],
        work=(
            "Zwaar belaste mantelzorgers in Enschede: een wijkkaart",
            "Het rapport combineert de gezondheidsmonitor met twintig gesprekken. In drie wijken "
            "is de belasting het hoogst; daar helpen respijtzorg dichtbij en een vast contact "
            "bij het steunpunt het meest.",
            "https://example.org/studentwerk/mantelzorg-wijkkaart-enschede.pdf",
        ),
        assessment="Goed onderbouwd; de wijkkaart is direct bruikbaar. Cijfer 8.",
        feedback=(Usefulness.VERY, True, "We gebruiken de wijkkaart bij de verdeling van de uren."),
    ),
    Spec(
        "twente",
        "sociale-basis",
        OfferKind.COURSE,
        [MBO4],
        "previous",
        OfferState.ASSESSED,
        "Zorgcoöperaties in Twentse dorpen: wat doen de vrijwilligers?",
        "Bezoek drie zorgcoöperaties en vraag vrijwilligers wat ze doen, wat ze nodig hebben en "
        "waar ze tegenaan lopen met de gemeente.",
        "Verslag van drie bezoeken",
        question="Zorgcoöperaties in dorpen en de gemeente",
        programmes=[("roc-van-twente", MBO_SW, "Enschede")],
        students=3,
        members=[("Jorn Nijland", True), ("Esra Kaplan", True), ("Tim Vos", True)],
        work=(
            "Vrijwilligers in de zorgcoöperatie",
            "Drie zorgcoöperaties bezocht. Vrijwilligers willen vooral een vast aanspreekpunt bij "
            "de gemeente en minder formulieren.",
            "",
        ),
        assessment="Voldoende; de interviews zijn zorgvuldig uitgewerkt.",
        licence="CC-BY-SA-4.0",
        feedback=(
            Usefulness.USEFUL,
            False,
            "Herkenbaar beeld, we bespreken het in het dorpenoverleg.",
        ),
    ),
    Spec(
        "arnhem-nijmegen",
        "langer-thuis-wonen",
        OfferKind.GRADUATION,
        [BA],
        "previous",
        OfferState.ASSESSED,
        "Alleen thuis met dementie: een netwerk om iemand heen",
        "Onderzoek met casemanagers dementie in Lochem hoe je een netwerk vormt rond iemand die "
        "alleen woont en weinig familie heeft.",
        "Afstudeerrapport met een stappenplan",
        question="Alleenwonend met dementie en zonder netwerk",
        programmes=[("hogeschool-van-arnhem-en-nijmegen-han", SW, "Nijmegen")],
        members=[("Maud Gerritsen", True), ("Sam Peeters", True)],
        work=(
            "Een netwerk rond wie alleen woont met dementie",
            "Een stappenplan in vijf stappen, van buren en winkeliers tot de huisarts, getest bij "
            "vier cliënten van de casemanagers.",
            "https://example.org/studentwerk/netwerk-dementie-lochem.pdf",
        ),
        assessment="Sterk praktijkgericht, cijfer 7,5.",
        feedback=(Usefulness.VERY, True, "Het stappenplan hoort nu bij ons werkproces."),
    ),
    Spec(
        "amsterdam",
        "jeugd",
        OfferKind.RESEARCH,
        [MA],
        "previous",
        OfferState.ASSESSED,
        "Zorgen over veiligheid thuis: de rol van de school",
        "Onderzoek hoe intern begeleiders, het wijkteam en Veilig Thuis samenwerken als een "
        "leerling zich thuis niet veilig voelt, en wat de school daarin kan.",
        "Masterthesis met aanbevelingen",
        question="Zorgen over veiligheid thuis",
        programmes=[("hogeschool-van-amsterdam", MASTER_SW, "Amsterdam")],
        students=1,
        members=[("Dewi Pranoto", False)],
        work=(
            "Signalen van onveiligheid op school",
            "Een verkenning van de samenwerking tussen school, wijkteam en Veilig Thuis in drie "
            "gemeenten, met aanbevelingen voor de intern begeleider.",
            "",
        ),
        assessment="Goed; de analyse kan scherper. Cijfer 7.",
        agreed="none",
    ),
    Spec(
        "zeeland",
        "eenzaamheid",
        OfferKind.COURSE,
        [MBO3, MBO4],
        "previous",
        OfferState.ASSESSED,
        "Eenzaamheid in Hulst: wat vinden bewoners zelf?",
        "Interview bewoners en vrijwilligers in Hulst over de aanpak van eenzaamheid en maak een "
        "kort verslag voor het team.",
        "Kort verslag met citaten van bewoners",
        question="Werkt onze aanpak van eenzaamheid?",
        programmes=[("scalda", MZ3, "Goes"), ("scalda", MZ4, "Vlissingen")],
        group=("scalda", MZ4, "Vlissingen"),
        students=3,
        members=[("Jade Meulmeester", True), ("Stijn de Kraker", True)],
        work=(
            "Wat bewoners van Hulst zeggen over eenzaamheid",
            "Vijftien bewoners en zes vrijwilligers vertellen wat helpt: een vaste koffieochtend "
            "en iemand die aanbelt.",
            "",
        ),
        assessment="Voldoende.",
    ),
    Spec(
        "utrecht",
        "participatiewet-en-werk",
        OfferKind.GRADUATION,
        [BA],
        "earlier",
        OfferState.ASSESSED,
        "Wat levert meedoen op in Veenendaal?",
        "Onderzoek met klantmanagers en deelnemers wat participatieplekken opleveren naast "
        "uitstroom naar werk.",
        "Afstudeerrapport",
        question="Maatschappelijke opbrengst van participatie",
        programmes=[("hogeschool-utrecht", SW, "Utrecht")],
        members=[("Lisa Schouten", True), ("Milan Bosman", False)],
        work=(
            "Meer dan uitstroom: de opbrengst van participatieplekken",
            "Deelnemers noemen structuur, contacten en zelfvertrouwen. Het rapport stelt vier "
            "indicatoren voor die klantmanagers zonder extra werk kunnen bijhouden.",
            "https://example.org/studentwerk/opbrengst-participatie-veenendaal.pdf",
        ),
        assessment="Goed, cijfer 8.",
        licence="CC-BY-NC-4.0",
        feedback=(
            Usefulness.LITTLE,
            False,
            "Interessant, maar de indicatoren passen niet in ons systeem.",
        ),
    ),
]

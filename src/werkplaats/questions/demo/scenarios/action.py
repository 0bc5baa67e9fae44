"""Action questions on unexplored ground: professionals meet something they have no method for yet."""

from . import QuestionType, TimeFrame, scenario

A = QuestionType.ACTION

SCENARIOS = [
    scenario(
        A,
        ["informele-zorg-en-mantelzorg", "jeugd"],
        ["docent", "sociaal-professional"],
        title="Hoe herkennen we jonge mantelzorgers op het mbo?",
        question=(
            "We vermoeden dat een flink deel van onze studenten thuis zorgt voor een ouder, broer "
            "of zus. Zij melden zich ziek, komen te laat of haken af, maar vertellen zelden waarom. "
            "Hoe herkennen docenten en studentbegeleiders deze jongeren, en wat kunnen we dan doen "
            "zonder dat ze zich gecontroleerd voelen?"
        ),
        context=(
            "Op onze locatie in {plaats} volgen ongeveer 1.200 studenten zorg en welzijn. "
            "Het verzuim is in twee jaar sterk gestegen."
        ),
        actors="Docenten, studentbegeleiders, het steunpunt mantelzorg, de jongeren zelf.",
        hoped_result="Signalen om op te letten en een eerste gesprekswijzer voor docenten.",
        public_title="Jonge mantelzorgers in het mbo herkennen en steunen",
        public_summary=(
            "Een mbo-opleiding ziet verzuim en uitval bij studenten die thuis zorgen. Hoe herken "
            "je jonge mantelzorgers en hoe bied je steun die zij zelf willen?"
        ),
    ),
    scenario(
        A,
        ["verward-gedrag", "wijkteams"],
        ["sociaal-professional", "manager"],
        title="Wat doen we als een bewoner met verward gedrag elke hulp weigert?",
        question=(
            "In een portiekflat in {plaats} woont een man die buren 's nachts lastigvalt en zijn "
            "woning verwaarloost. Hij wil niemand binnenlaten en er is geen crisis, dus de GGZ "
            "komt niet. Wij blijven langsgaan, maar weten niet goed hoe we contact opbouwen met "
            "iemand die niets wil."
        ),
        context="Het wijkteam heeft drie vergelijkbare situaties in een half jaar gehad.",
        actors="Wijkteam, wijkagent, woningcorporatie, GGZ-bemoeizorg, buren.",
        hoped_result="Handvatten voor bemoeizorg door generalisten, en wanneer je opschaalt.",
        public_title="Contact maken met bewoners die zorg mijden",
        public_summary=(
            "Wijkteams lopen vast bij bewoners met verward gedrag die geen hulp willen en (nog) "
            "niet in crisis zijn. Wat werkt bij het opbouwen van contact?"
        ),
        time_frame=TimeFrame.WEEKS,
    ),
    scenario(
        A,
        ["armoede-en-schulden", "bestaanszekerheid"],
        ["beleidsmedewerker-gemeente", "sociaal-professional"],
        title="Werkende huishoudens met geldzorgen bereiken",
        question=(
            "Steeds meer mensen met een baan komen niet rond, maar zij vinden de weg naar "
            "schuldhulp of de voedselbank niet. Ze schamen zich of denken dat het niet voor hen "
            "is. Hoe bereiken we werkende armen eerder, voordat de schulden zijn opgelopen?"
        ),
        context=(
            "Bij de gemeente {plaats} melden zich vooral mensen met een uitkering. Het aantal "
            "werkenden met betalingsachterstanden bij de woningcorporatie stijgt."
        ),
        actors="Gemeente, werkgevers, woningcorporatie, schuldhulpverlening, welzijnswerk.",
        hoped_result="Ideeën voor vindplaatsen en een boodschap die geen schaamte oproept.",
        public_title="Werkende armen eerder bereiken",
        public_summary=(
            "Huishoudens met werk en geldzorgen komen laat in beeld. Hoe vind je ze eerder, "
            "zonder schaamte op te roepen?"
        ),
    ),
    scenario(
        A,
        ["vluchtelingen-en-nieuwkomers", "inclusie"],
        ["vrijwilliger", "sociaal-professional"],
        title="Statushouders in een dorp zonder voorzieningen",
        question=(
            "In ons dorp in de gemeente {plaats} zijn vier gezinnen met een verblijfsvergunning "
            "gehuisvest. Er is geen bus in de avond, geen taalcafé en de school is vol. Hoe helpen "
            "we hen een netwerk op te bouwen als de gewone aanpak uit de stad hier niet past?"
        ),
        context="Wij zijn een groep vrijwilligers vanuit de kerk en het dorpshuis.",
        actors="Vrijwilligers, dorpshuis, gemeente, VluchtelingenWerk, school, sportclub.",
        hoped_result="Voorbeelden uit andere dorpen en wat wij als vrijwilligers kunnen doen.",
        public_title="Nieuwkomers een plek geven in kleine dorpen",
        public_summary=(
            "Statushouders die in een dorp gaan wonen missen voorzieningen die in de stad "
            "vanzelfsprekend zijn. Wat kunnen vrijwilligers en het dorp zelf doen?"
        ),
    ),
    scenario(
        A,
        ["digitale-samenleving", "wmo"],
        ["sociaal-professional", "vrijwilliger"],
        title="Ouderen lopen vast in digitale aanvragen",
        question=(
            "Bij het inloopspreekuur in {plaats} komen elke week ouderen die een toeslag, een "
            "Wmo-voorziening of een DigiD moeten aanvragen en er niet uitkomen. Wij nemen het dan "
            "over, maar zo leren ze het nooit en wordt het steeds drukker. Hoe begeleiden we "
            "zonder het over te nemen?"
        ),
        context="Het spreekuur draait op zes vrijwilligers en één sociaal werker.",
        actors="Bibliotheek, welzijnsorganisatie, vrijwilligers, gemeente.",
        hoped_result="Een manier van werken die zelfredzaamheid vergroot en ons werk behapbaar houdt.",
        public_title="Digitale zelfredzaamheid van ouderen bij aanvragen",
        public_summary=(
            "Inloopspreekuren nemen digitale aanvragen vaak over. Hoe ondersteun je ouderen zo "
            "dat ze het zelf leren?"
        ),
    ),
    scenario(
        A,
        ["eenzaamheid", "jeugd"],
        ["sociaal-professional", "student"],
        title="Eenzame jongvolwassenen die niet naar het jongerenwerk komen",
        question=(
            "Uit de gezondheidsmonitor blijkt dat bijna de helft van de jongeren tussen 18 en 25 "
            "in {plaats} zich soms eenzaam voelt. Ons jongerenwerk bereikt vooral tieners. Hoe "
            "leggen we contact met jongvolwassenen die thuis of online zitten en niet bij ons "
            "binnenlopen?"
        ),
        context="Na de coronaperiode is het bereik onder twintigers niet meer hersteld.",
        actors="Jongerenwerk, mbo en hbo, studentenverenigingen, GGD, de jongeren zelf.",
        hoped_result="Een paar kleine experimenten die we dit jaar kunnen proberen.",
        public_title="Eenzaamheid onder jongvolwassenen",
        public_summary=(
            "Jongvolwassenen voelen zich vaak eenzaam, maar het jongerenwerk bereikt ze nauwelijks. "
            "Welke vindplaatsen en werkvormen passen bij deze groep?"
        ),
    ),
    scenario(
        A,
        ["ervaringsdeskundigheid", "wijkteams", "professionalisering"],
        ["ervaringsdeskundige", "manager"],
        title="De rol van een ervaringsdeskundige in het wijkteam",
        question=(
            "Sinds een jaar werk ik als ervaringsdeskundige in een wijkteam. Collega's vragen mij "
            "soms om 'even te praten' met een lastige cliënt, en soms word ik juist buiten "
            "overleggen gehouden. Wat is een goede rol voor ervaringsdeskundigheid in een team "
            "van generalisten, en hoe maken we daar samen afspraken over?"
        ),
        context="Ons team in {plaats} heeft twee ervaringsdeskundigen op twaalf medewerkers.",
        actors="Ervaringsdeskundigen, wijkteamcollega's, teamleider, opleiders.",
        hoped_result="Een gesprek in het team met een heldere rolbeschrijving als uitkomst.",
        public_title="Ervaringsdeskundigen in wijkteams: rol en samenwerking",
        public_summary=(
            "Wijkteams nemen ervaringsdeskundigen aan, maar hun rol blijft vaag. Hoe geef je "
            "ervaringskennis een volwaardige plek naast professionele kennis?"
        ),
    ),
    scenario(
        A,
        ["verward-gedrag", "langer-thuis-wonen"],
        ["sociaal-professional", "manager"],
        title="Ernstig vervuilde woningen bij ouderen die geen hulp willen",
        question=(
            "We krijgen meldingen van buren en de corporatie over woningen die vol spullen staan, "
            "soms met ongedierte. De bewoners zijn vaak ouder, alleen en willen niet dat we "
            "opruimen. Hoe gaan we hiermee om, en wanneer mag je ingrijpen?"
        ),
        context="In {plaats} ging het vorig jaar om ruim twintig meldingen.",
        actors="Wijkteam, woningcorporatie, GGD, huisarts, schoonmaakbedrijf, familie.",
        hoped_result="Een werkwijze van melding tot nazorg, met aandacht voor de persoon.",
        public_title="Vervuilde woningen en verzamelen bij ouderen",
        public_summary=(
            "Bij vervuilde woningen botsen veiligheid en eigen regie. Hoe werk je met bewoner, "
            "buren en corporatie naar een oplossing die blijft?"
        ),
    ),
    scenario(
        A,
        ["armoede-en-schulden", "bestaanszekerheid"],
        ["vrijwilliger", "beleidsmedewerker-gemeente"],
        title="Energiecoaches die ook andere zorgen zien",
        question=(
            "Onze vrijwillige energiecoaches komen bij mensen thuis voor tochtstrips en een "
            "ledlamp. Ze zien daar vaak meer: stapels ongeopende post, koude kamers, eenzaamheid. "
            "Hoe kunnen zij dat signaleren en doorgeven zonder hulpverlener te worden?"
        ),
        context="Het energieloket in {plaats} heeft in een jaar 900 huisbezoeken gedaan.",
        actors="Energiecoaches, energieloket, wijkteam, schuldhulp, woningcorporatie.",
        hoped_result="Een eenvoudige manier van signaleren en een warme overdracht.",
        public_title="Signaleren achter de voordeur door energiecoaches",
        public_summary=(
            "Vrijwilligers die huisbezoeken afleggen zien vaak meer dan energiezorgen. Hoe "
            "signaleren zij zonder hun rol te buiten te gaan?"
        ),
    ),
    scenario(
        A,
        ["jeugd", "armoede-en-schulden", "digitale-samenleving"],
        ["sociaal-professional", "docent"],
        title="Jongeren met schulden door online gokken en kopen op afbetaling",
        question=(
            "Bij het jongerenloket zien we jongeren van 18 tot 23 die binnen een paar maanden "
            "duizenden euro's schuld hebben door online gokken, achteraf betalen en "
            "telefoonabonnementen. Onze schuldhulp is ingericht op gezinnen. Hoe spreken we deze "
            "jongeren aan en wat helpt hen echt?"
        ),
        context="Het jongerenloket in {plaats} krijgt hierover elke maand meer vragen.",
        actors="Jongerenloket, schuldhulpverlening, verslavingszorg, mbo-scholen, ouders.",
        hoped_result="Een aanpak die aansluit bij hoe jongeren met geld en schaamte omgaan.",
        public_title="Jongeren, online gokken en snelle schulden",
        public_summary=(
            "Jongvolwassenen bouwen via apps snel schulden op. De schuldhulp is daar niet op "
            "ingericht. Wat past bij deze groep?"
        ),
    ),
    scenario(
        A,
        ["langer-thuis-wonen", "informele-zorg-en-mantelzorg"],
        ["sociaal-professional", "onderzoeker"],
        title="Alleenwonend met dementie en zonder netwerk",
        question=(
            "Wij ondersteunen steeds meer mensen met beginnende dementie die alleen wonen en geen "
            "kinderen of buren hebben die meekijken. Casemanagement komt pas later in beeld. "
            "Wie let op hen, en hoe organiseer je een netwerk als er niemand is?"
        ),
        context="In {plaats} wonen naar schatting 300 mensen met dementie alleen.",
        actors="Wijkverpleging, casemanagers dementie, welzijnswerk, huisartsen, vrijwilligers.",
        hoped_result="Inzicht in wat elders werkt en een plan voor een proef in één wijk.",
        public_title="Alleenwonende mensen met dementie zonder netwerk",
        public_summary=(
            "Niet iedereen met dementie heeft familie of buren die meekijken. Hoe bouw je een "
            "netwerk rond iemand die alleen is?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        A,
        ["informele-zorg-en-mantelzorg", "inclusie"],
        ["sociaal-professional", "ervaringsdeskundige"],
        title="Mantelzorgers met een migratieachtergrond",
        question=(
            "Het steunpunt mantelzorg bereikt vooral autochtone vrouwen van boven de zestig. "
            "Turkse, Marokkaanse en Surinaamse mantelzorgers zien we bijna niet, terwijl we weten "
            "dat zij veel zorg dragen. Het woord mantelzorger zegt hen vaak niets. Hoe komen we "
            "met hen in gesprek?"
        ),
        context="Het steunpunt in {plaats} heeft 1.400 ingeschreven mantelzorgers.",
        actors="Steunpunt mantelzorg, zelforganisaties, moskeeën en kerken, huisartsen.",
        hoped_result="Samenwerking met zelforganisaties en ondersteuning die aansluit.",
        public_title="Mantelzorgers met een migratieachtergrond bereiken",
        public_summary=(
            "Ondersteuning voor mantelzorgers bereikt niet iedereen. Hoe sluit je aan bij "
            "mantelzorgers die zichzelf niet zo noemen?"
        ),
    ),
]

"""The texts of the demo dossier: practice examples in the style of a national dossier on the
social domain. Each article names its werkplaatsen and themes by slug; the body is composed from
the question, the approach (three steps), what it yields and a quote (``demo.body``)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoArticle:
    key: str
    title: str
    workshops: tuple[str, ...]
    themes: tuple[str, ...]
    lead: str
    question: str
    steps: tuple[str, str, str]
    result: str
    quote: str
    #: Days before today it was published; None for a draft, negative for scheduled.
    age: int | None = 30


ARTICLES = [
    DemoArticle(
        "twente-eenzaamheid",
        "Hoe Twente eenzaamheid onder ouderen aanpakt",
        ("twente",),
        ("eenzaamheid", "sociale-basis"),
        "In Enschede en Hengelo zoeken wijkcoaches, vrijwilligers en studenten samen naar ouderen "
        "die niemand meer ziet. Ze bellen niet aan met een folder, maar met een vraag.",
        "Hoe bereik je ouderen die zich terugtrekken en zelf nooit om hulp vragen? De gemeenten "
        "zagen de cijfers van de gezondheidsmonitor stijgen, maar de inloop in het buurthuis bleef "
        "leeg.",
        (
            "Studenten social work deden huisbezoeken samen met een vrijwilliger uit de wijk.",
            "Wat ouderen vertelden, werd elke maand besproken in een casuïstiekoverleg.",
            "De huisarts en de wijkverpleging meldden zorgen direct bij de wijkcoach.",
        ),
        "Na een jaar kenden de wijkcoaches ruim tweehonderd ouderen die eerder buiten beeld waren. "
        "Een derde van hen doet nu mee aan een activiteit in de buurt.",
        "Eenzaamheid los je niet op met een activiteit, maar met iemand die terugkomt.",
        12,
    ),
    DemoArticle(
        "zeeland-wijkteam",
        "Een wijkteam in Zeeland leert van zijn eigen casussen",
        ("zeeland",),
        ("wijkteams", "professionalisering"),
        "In Vlissingen bespreekt het wijkteam elke maand één vastgelopen casus met een lector en "
        "studenten. Wat ze leren, komt terug in de werkwijze van het hele team.",
        "Hoe houd je als wijkteam het overzicht als een gezin met vijf hulpverleners te maken "
        "heeft? Professionals voelden zich vaak alleen verantwoordelijk.",
        (
            "Het team koos samen met de hogeschool één werkvorm: de leerateliers.",
            "Een student hield bij welke afspraken werkten en welke niet.",
            "De gemeente paste op basis daarvan het reglement voor maatwerk aan.",
        ),
        "Casussen worden sneller afgerond en professionals zeggen vaker dat ze ruimte voelen om af "
        "te wijken van de regels als dat beter is voor het gezin.",
        "We dachten dat we tijd tekortkwamen. We kwamen gesprekken tekort.",
        26,
    ),
    DemoArticle(
        "rotterdam-schulden-jongeren",
        "Schulden en jongeren in Rotterdam: eerst vertrouwen, dan een plan",
        ("zuid-holland-zuid",),
        ("armoede-en-schulden", "jeugd"),
        "Jongeren met schulden melden zich laat, als er al beslag ligt. In Rotterdam-Zuid werken "
        "jongerenwerkers en schuldhulpverleners daarom samen op de plek waar jongeren al komen.",
        "Waarom bereikt de schuldhulp zo weinig jongeren tussen 18 en 27 jaar? De drempel bleek "
        "niet het loket, maar schaamte en wantrouwen.",
        (
            "Schuldhulpverleners hielden spreekuur in de sportschool en het jongerencentrum.",
            "Ervaringsdeskundige jongeren vertelden hoe zij uit de schulden kwamen.",
            "Met de Belastingdienst en zorgverzekeraars werden vaste contactpersonen afgesproken.",
        ),
        "Het aantal jongeren dat zelf hulp vroeg verdubbelde. Gemiddeld melden ze zich nu met "
        "lagere schulden.",
        "Ik wilde niet dat iemand wist dat ik schulden had. Hier was het gewoon een gesprek.",
        40,
    ),
    DemoArticle(
        "friesland-mantelzorg",
        "Mantelzorgers in Súdwest-Fryslân bepalen zelf wat ondersteuning is",
        ("friesland",),
        ("informele-zorg-en-mantelzorg", "langer-thuis-wonen"),
        "Een groep mantelzorgers ontwierp samen met onderzoekers en de gemeente een nieuwe vorm "
        "van respijtzorg. Het resultaat is kleiner en flexibeler dan verwacht.",
        "Waarom maken mantelzorgers zo weinig gebruik van respijtzorg, terwijl ze overbelast zijn?",
        (
            "Mantelzorgers hielden een maand een dagboek bij van hun zorgtaken.",
            "In co-creatiesessies ontwierpen ze samen met professionals een alternatief.",
            "De gemeente probeerde het nieuwe aanbod een half jaar uit in drie dorpen.",
        ),
        "Korte, te plannen uren vervanging bleken meer op te leveren dan een logeerweekend. "
        "De gemeente neemt de werkwijze over.",
        "Ik hoef niet weg. Ik wil één middag in de week niet opletten.",
        55,
    ),
    DemoArticle(
        "amsterdam-ervaringsdeskundigheid",
        "Ervaringsdeskundigen in het Amsterdamse wijkteam: samen sterker",
        ("amsterdam",),
        ("ervaringsdeskundigheid", "wijkteams"),
        "In drie Amsterdamse wijkteams werken ervaringsdeskundigen mee als volwaardige collega. "
        "Onderzoek laat zien wat dat vraagt van het team.",
        "Hoe zet je ervaringskennis in zonder dat de ervaringsdeskundige een tolk of een mascotte "
        "wordt?",
        (
            "Elk team maakte afspraken over rol, begeleiding en betaling.",
            "Onderzoekers volgden het team een jaar met interviews en observaties.",
            "In intervisie bespraken collega's waar ervaringskennis en vakkennis botsten.",
        ),
        "Bewoners voelen zich eerder begrepen; collega's noemen de vragen van de "
        "ervaringsdeskundige het belangrijkste effect.",
        "Ik vraag niet wat er mis is, maar wat er al gelukt is.",
        70,
    ),
    DemoArticle(
        "utrecht-bestaanszekerheid",
        "Utrecht test een vast aanspreekpunt voor bestaanszekerheid",
        ("utrecht",),
        ("bestaanszekerheid", "integraal-samenwerken"),
        "Wie rond moet komen van een uitkering heeft vaak met zes instanties te maken. In Utrecht "
        "proberen gemeente, woningcorporatie en welzijn één aanspreekpunt.",
        "Kan één professional de regie houden op inkomen, wonen en schulden, zonder alle kennis "
        "zelf te hebben?",
        (
            "Twintig huishoudens kregen één vast aanspreekpunt voor alle geldzaken.",
            "Het aanspreekpunt mocht direct beslissen over kleine bedragen.",
            "Onderzoekers vergeleken de ervaringen met die van een vergelijkbare groep.",
        ),
        "Huishoudens ervaren meer rust. Het doorzettingsvermogen van één persoon bleek belangrijker "
        "dan een nieuw systeem.",
        "Eindelijk hoefde ik mijn verhaal niet zes keer te vertellen.",
        90,
    ),
    DemoArticle(
        "noord-verward-gedrag",
        "Groningen zoekt een gezamenlijke aanpak van verward gedrag in de wijk",
        ("noord",),
        ("verward-gedrag", "integraal-samenwerken"),
        "Politie, ggz en wijkteam in Groningen leren elkaars taal spreken. Een leergemeenschap "
        "brengt hen maandelijks samen rond echte meldingen.",
        "Wie is aan zet als een buurtbewoner zich zorgen maakt over iemand die verward is, maar "
        "niemand een crisis ziet?",
        (
            "De leergemeenschap besprak geanonimiseerde meldingen uit de eigen wijk.",
            "Deelnemers liepen een dag mee met een collega van een andere organisatie.",
            "Samen schreven ze een werkafspraak voor de eerste 48 uur na een melding.",
        ),
        "Meldingen worden sneller opgepakt en minder vaak heen en weer geschoven.",
        "Pas toen ik een dag met de wijkagent meeliep, begreep ik zijn vragen.",
        110,
    ),
    DemoArticle(
        "arnhem-nijmegen-statushouders",
        "Nieuwkomers in Nijmegen vinden werk via het buurtnetwerk",
        ("arnhem-nijmegen",),
        ("vluchtelingen-en-nieuwkomers", "participatiewet-en-werk"),
        "Statushouders in Nijmegen zoeken werk via buren, sportclubs en kerken, niet via het "
        "werkplein. Een actieonderzoek maakt dat netwerk zichtbaar.",
        "Hoe kan de gemeente aansluiten bij de manier waarop nieuwkomers zelf werk vinden?",
        (
            "Studenten brachten met nieuwkomers hun netwerken in kaart.",
            "Werkgevers uit de wijk kwamen in gesprek in een kenniscafé.",
            "Klantmanagers kregen ruimte om een proefplaatsing direct te regelen.",
        ),
        "In een half jaar vonden achttien nieuwkomers een baan of stage via iemand uit hun buurt.",
        "Mijn buurman kende de bakker. Dat was mijn sollicitatie.",
        130,
    ),
    DemoArticle(
        "den-haag-digitale-inclusie",
        "Den Haag helpt bewoners digitaal op weg in de bibliotheek",
        ("den-haag-leiden",),
        ("digitale-samenleving", "inclusie"),
        "Wie geen DigiD kan gebruiken, loopt vast bij toeslagen en zorg. In Den Haag werken "
        "bibliotheek, welzijn en studenten samen aan een digitaal spreekuur.",
        "Wat hebben bewoners die digitaal niet meekomen nodig, naast een cursus?",
        (
            "Het spreekuur helpt bij de echte vraag van vandaag, niet bij een lesplan.",
            "Studenten van het mbo en hbo werken samen als digihulp.",
            "Vragen die vaak terugkomen, gaan naar de gemeente als signaal.",
        ),
        "Bewoners komen vaker terug met een nieuwe vraag en durven meer zelf te proberen.",
        "Ik dacht dat ik te oud was voor de computer. Het was de website die te moeilijk was.",
        150,
    ),
    DemoArticle(
        "zuyd-gezondheid",
        "Heerlen verbindt gezondheid en sociaal domein in de wijk",
        ("zuyd",),
        ("gezondheid-en-sociaal-domein", "sociale-basis"),
        "In Heerlen-Noord leven mensen gemiddeld zeven jaar korter in goede gezondheid. Huisartsen "
        "en welzijnswerkers werken daarom vanuit één plek.",
        "Hoe help je mensen met klachten die eigenlijk uit geldzorgen of eenzaamheid voortkomen?",
        (
            "De huisarts kan een welzijnswerker inschakelen met een 'welzijn op recept'.",
            "Elke week bespreken huisarts en wijkteam samen de doorverwijzingen.",
            "Onderzoekers volgen met bewoners wat de aanpak voor hen verandert.",
        ),
        "Het aantal consulten bij de huisarts daalde bij deelnemers; ze zeggen zich vaker gehoord "
        "te voelen.",
        "Mijn dokter schreef geen pillen voor, maar een wandelgroep.",
        170,
    ),
    DemoArticle(
        "avans-jeugd",
        "Breda leert van jongeren zelf wat jeugdhulp dichtbij betekent",
        ("avans",),
        ("jeugd", "ervaringsdeskundigheid"),
        "Een jongerenpanel in Breda beoordeelt elk half jaar de jeugdhulp in de stad. Hun advies "
        "wordt echt gebruikt.",
        "Hoe zorg je dat jongeren niet alleen gehoord worden, maar dat er ook iets verandert?",
        (
            "Twaalf jongeren met ervaring in de jeugdhulp vormen het panel.",
            "Ze interviewen leeftijdsgenoten met hulp van studenten.",
            "De wethouder reageert schriftelijk op elk advies.",
        ),
        "Drie adviezen zijn al uitgevoerd, waaronder een vaste contactpersoon na je achttiende.",
        "Na je achttiende val je van een klif. Dat hebben we laten zien.",
        200,
    ),
    DemoArticle(
        "fontys-participatiewet",
        "Eindhoven maakt de Participatiewet menselijker met maatwerk",
        ("fontys",),
        ("participatiewet-en-werk", "bestaanszekerheid"),
        "Klantmanagers in Eindhoven mochten een jaar afwijken van de regels als dat beter werkte. "
        "Onderzoek laat zien wat ze met die ruimte deden.",
        "Wat gebeurt er als professionals vertrouwen krijgen in plaats van een protocol?",
        (
            "Elke afwijking werd kort vastgelegd en maandelijks besproken.",
            "Onderzoekers interviewden klantmanagers en bijstandsgerechtigden.",
            "Een juridisch adviseur toetste welke afwijkingen houdbaar zijn.",
        ),
        "De meeste afwijkingen waren klein en goedkoop, maar maakten voor mensen een groot verschil.",
        "Ik mocht eindelijk doen wat ik al jaren wist dat werkte.",
        230,
    ),
    DemoArticle(
        "regio-zwolle-sociale-basis",
        "Zwolle versterkt de sociale basis met bewonersinitiatieven",
        ("regio-zwolle",),
        ("sociale-basis", "inclusie"),
        "In Zwolle krijgen bewonersinitiatieven steun van een vaste opbouwwerker en een klein "
        "budget. Het werkplaatsonderzoek volgt wat dat oplevert.",
        "Welke steun hebben bewoners nodig om een initiatief langer dan een jaar vol te houden?",
        (
            "Vijftien initiatieven werden twee jaar gevolgd.",
            "Opbouwwerkers en bewoners reflecteerden elk kwartaal samen.",
            "De gemeente vereenvoudigde de aanvraag voor kleine subsidies.",
        ),
        "Initiatieven met een vaste opbouwwerker houden het vaker vol; geld alleen is niet genoeg.",
        "We hadden geen geld nodig, we hadden iemand nodig die de weg wist.",
        260,
    ),
    DemoArticle(
        "gelderse-vallei-langer-thuis",
        "Ede zoekt uit wat ouderen nodig hebben om langer thuis te wonen",
        ("gelderse-vallei",),
        ("langer-thuis-wonen", "wmo"),
        "In Ede en Scherpenzeel onderzoeken studenten met ouderen welke kleine aanpassingen het "
        "verschil maken. Woningcorporatie en gemeente doen mee.",
        "Waarom stellen ouderen aanpassingen in huis uit tot het te laat is?",
        (
            "Studenten deden met ouderen een 'woonscan' aan de keukentafel.",
            "De woningcorporatie kon kleine aanpassingen binnen twee weken uitvoeren.",
            "Wmo-consulenten bespraken de resultaten in een casuïstiekoverleg.",
        ),
        "Veel ouderen kozen voor een kleine aanpassing die ze zelf eerder niet kenden.",
        "Een beugel bij de douche. Meer was het niet, en ik kan weer alleen douchen.",
        290,
    ),
    DemoArticle(
        "noord-holland-texel",
        "Op Texel werken zorg en welzijn samen over de grenzen van de organisatie",
        ("noord-holland",),
        ("integraal-samenwerken", "langer-thuis-wonen"),
        "Op een eiland kun je niet doorverwijzen naar de buurgemeente. Op Texel leren zorg en "
        "welzijn daarom met één team te werken.",
        "Hoe organiseer je zorg en ondersteuning als er maar één van elke professional is?",
        (
            "Professionals van vier organisaties vormen één netwerkteam.",
            "Ze hebben één overleg en één plan per inwoner.",
            "De hogeschool begeleidt het team met actieonderzoek.",
        ),
        "Inwoners merken minder overdrachten; professionals kennen elkaar en weten wie wat doet.",
        "Hier kun je niet zeggen dat het niet jouw taak is. Er is geen ander.",
        320,
    ),
    DemoArticle(
        "twente-studenten-wijk",
        "Studenten in de wijk: leren van praktijkvragen in Almelo",
        ("twente",),
        ("professionalisering", "sociale-basis"),
        "In Almelo werken hbo- en mbo-studenten een semester in een wijkteam. Ze pakken "
        "praktijkvragen op die het team zelf niet toekomt te onderzoeken.",
        "Hoe worden studenten een echte bijdrage in plaats van extra werk voor het team?",
        (
            "Elke student krijgt een praktijkvraag van het team als opdracht.",
            "Een docent en een wijkprofessional begeleiden samen.",
            "De uitkomsten worden gepresenteerd aan team en gemeente.",
        ),
        "Het team gebruikt de uitkomsten in zijn werk; twee studenten kregen er een baan.",
        "De studenten stelden vragen die wij niet meer stelden.",
        350,
    ),
    DemoArticle(
        "zeeland-armoede-kinderen",
        "Zeeuwse scholen signaleren armoede zonder kinderen te labelen",
        ("zeeland",),
        ("armoede-en-schulden", "jeugd"),
        "Leerkrachten zien als eersten dat een kind zonder ontbijt komt. In Middelburg leren ze "
        "samen met het wijkteam hoe ze dat bespreekbaar maken.",
        "Hoe bespreek je armoede met ouders zonder dat ze zich schamen?",
        (
            "Leerkrachten en wijkteam volgden samen een training gespreksvoering.",
            "Scholen kregen een vaste contactpersoon bij het wijkteam.",
            "Ouders met ervaring gaven feedback op de brieven van school.",
        ),
        "Meer gezinnen vinden de weg naar regelingen voor kinderen; leerkrachten voelen zich "
        "zekerder.",
        "Ik vroeg niet of ze geld tekortkwamen. Ik vroeg hoe het thuis ging.",
        380,
    ),
    DemoArticle(
        "amsterdam-amstelveen-eenzaamheid-jongeren",
        "Ook jongeren zijn eenzaam: een aanpak in Amstelveen",
        ("amsterdam",),
        ("eenzaamheid", "jeugd"),
        "Eenzaamheid wordt vaak gezien als iets van ouderen. In Amstelveen onderzoeken jongeren "
        "zelf wat eenzaamheid voor hen betekent.",
        "Hoe herken je eenzaamheid bij jongeren die veel online contact hebben?",
        (
            "Jonge onderzoekers interviewden leeftijdsgenoten.",
            "Jongerenwerk organiseerde kleine groepen rond een gedeelde interesse.",
            "De uitkomsten gingen naar scholen en de sportclubs.",
        ),
        "Jongeren vonden vooral steun in kleine, terugkerende groepjes zonder het label eenzaamheid.",
        "Ik had vierhonderd volgers en niemand om mee te praten.",
        410,
    ),
    DemoArticle(
        "utrecht-wmo-keukentafel",
        "Het keukentafelgesprek opnieuw bekeken in Amersfoort",
        ("utrecht",),
        ("wmo", "professionalisering"),
        "Wmo-consulenten in Amersfoort namen hun eigen gesprekken op, met toestemming van "
        "inwoners. Samen met onderzoekers keken ze terug.",
        "Wat gebeurt er echt in een keukentafelgesprek, en wie heeft de regie?",
        (
            "Consulenten namen twintig gesprekken op en bespraken fragmenten.",
            "Inwoners vertelden achteraf hoe zij het gesprek ervaren hadden.",
            "Het team paste de gespreksleidraad aan.",
        ),
        "Consulenten laten inwoners meer aan het woord en beginnen vaker met wat goed gaat.",
        "Ik hoorde mezelf praten en dacht: wanneer laat ik haar iets zeggen?",
        440,
    ),
    DemoArticle(
        "den-haag-leiden-mbo",
        "Leiden verbindt mbo-studenten met de sociale basis",
        ("den-haag-leiden",),
        ("professionalisering", "sociale-basis"),
        "Mbo-studenten Maatschappelijke Zorg lopen stage in buurthuizen in Leiden. Een "
        "leerwerkplaats maakt hen deel van het team.",
        "Hoe leiden we professionals op die de wijk al kennen voor ze afstuderen?",
        (
            "Studenten werken in vaste duo's met een professional.",
            "Elke week is er een leermoment met docent en praktijkbegeleider.",
            "Bewoners geven feedback op wat studenten organiseren.",
        ),
        "Buurthuizen hebben meer handen en studenten kiezen vaker voor werk in de wijk.",
        "Ik leer hier dingen die niet in het boek staan.",
        470,
    ),
    DemoArticle(
        "zuid-holland-zuid-dordrecht-inclusie",
        "Dordrecht maakt de stad toegankelijker met ervaringsdeskundigen",
        ("zuid-holland-zuid",),
        ("inclusie", "ervaringsdeskundigheid"),
        "Mensen met een beperking testten in Dordrecht gebouwen, websites en formulieren. Hun "
        "bevindingen leidden tot concrete aanpassingen.",
        "Hoe maak je het VN-verdrag Handicap concreet in de eigen gemeente?",
        (
            "Een testpanel van ervaringsdeskundigen bezocht openbare plekken.",
            "Studenten maakten met hen een toegankelijkheidsscan.",
            "De gemeente koppelde elke bevinding aan een verantwoordelijke.",
        ),
        "Het stadskantoor, de bibliotheek en drie websites zijn aangepast.",
        "Het gaat niet om een hellingbaan alleen. Het gaat om mee kunnen doen.",
        500,
    ),
    DemoArticle(
        "friesland-dorpen",
        "Friese dorpen organiseren zelf zorg met een dorpsondersteuner",
        ("friesland",),
        ("sociale-basis", "informele-zorg-en-mantelzorg"),
        "In Achtkarspelen is een dorpsondersteuner het eerste aanspreekpunt. Het onderzoek laat "
        "zien hoe dorpen zelf voor elkaar zorgen.",
        "Wat kan een dorp zelf, en wanneer is professionele hulp nodig?",
        (
            "Dorpsondersteuners zijn bekende gezichten uit het dorp zelf.",
            "Ze worden gecoacht door een professional van het welzijnswerk.",
            "Onderzoekers volgden drie dorpen een jaar.",
        ),
        "Inwoners vragen eerder om hulp; de dorpsondersteuner verwijst gericht door.",
        "Hier kent iedereen elkaar. Dat is een kracht, als je er iets mee doet.",
        None,
    ),
    DemoArticle(
        "fontys-tilburg-schuldpreventie",
        "Tilburg voorkomt schulden met een vroegsignaleringsteam",
        ("fontys",),
        ("armoede-en-schulden", "bestaanszekerheid"),
        "Bij een betalingsachterstand op huur of energie belt in Tilburg binnen een week iemand "
        "aan. Het onderzoek kijkt wat dat gesprek oplevert.",
        "Hoe zorg je dat een huisbezoek niet voelt als controle?",
        (
            "Vroegsignaleerders krijgen een training in motiverende gespreksvoering.",
            "Woningcorporaties en energiebedrijven delen signalen volgens vaste afspraken.",
            "Bewoners met ervaring denken mee over de eerste brief.",
        ),
        "Het eerste rapport verschijnt in het voorjaar.",
        "Een klop op de deur kan het verschil maken als hij op tijd komt.",
        None,
    ),
    DemoArticle(
        "werkplaatsen-samen",
        "Vijftien werkplaatsen, één netwerk: wat we van elkaar leren",
        ("twente", "zeeland", "friesland", "utrecht"),
        ("integraal-samenwerken", "professionalisering"),
        "De werkplaatsen sociaal domein delen methoden, vragen en uitkomsten. Een terugblik op wat "
        "regio's van elkaar overnamen.",
        "Hoe wordt een aanpak uit de ene regio bruikbaar in een andere?",
        (
            "Werkplaatsen presenteren elkaar hun methoden in een jaarlijkse leerdag.",
            "Een methode wordt overgenomen met een lokale aanpassing, niet als kopie.",
            "De bibliotheek van het netwerk laat zien wie op wiens werk voortbouwt.",
        ),
        "Een aanpak tegen eenzaamheid uit Twente wordt nu gebruikt in Friesland en Zeeland.",
        "Je kunt een methode niet verhuizen. Je kunt haar wel laten groeien.",
        5,
    ),
    DemoArticle(
        "avans-den-bosch-volgende-week",
        "'s-Hertogenbosch experimenteert met een basisbaan",
        ("avans",),
        ("participatiewet-en-werk", "bestaanszekerheid"),
        "Mensen die al lang in de bijstand zitten, krijgen in 's-Hertogenbosch een baan met "
        "maatschappelijk nut. De werkplaats onderzoekt wat het hen oplevert.",
        "Wat betekent betaald werk voor mensen die al jaren geen baan hebben gehad?",
        (
            "Deelnemers werken in de wijk, in de zorg of bij de gemeente.",
            "Onderzoekers interviewen hen bij de start, na een half jaar en na een jaar.",
            "Een begeleidingsgroep van deelnemers denkt mee over het onderzoek.",
        ),
        "De eerste ervaringen zijn positief: deelnemers noemen vooral structuur en erkenning.",
        "Voor het eerst in jaren heb ik collega's.",
        -7,
    ),
]

#: The article that gets the small generated image (with its alt text and caption).
IMAGE_ARTICLE = "twente-eenzaamheid"
IMAGE_ALT = "Een rond vlak in warm oranje, het beeldmerk van de demo-dossierreeks"
IMAGE_CAPTION = "Beeldmerk van de demo: een gegenereerde afbeelding."

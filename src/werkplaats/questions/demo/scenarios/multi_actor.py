"""Several actors: questions that only collaboration, and reflection on it, can answer."""

from . import QuestionType, TimeFrame, scenario

M = QuestionType.MULTI_ACTOR

SCENARIOS = [
    scenario(
        M,
        ["jeugd", "integraal-samenwerken"],
        ["beleidsmedewerker-gemeente", "sociaal-professional"],
        title="Jongeren die bij hun achttiende tussen wal en schip vallen",
        question=(
            "Bij de overgang van jeugdhulp naar volwassenenzorg stopt de hulp vaak abrupt. "
            "Jeugdwet, Wmo, Zorgverzekeringswet en de Participatiewet hebben elk hun eigen regels "
            "en loketten. Hoe organiseren we met alle partijen een doorgaande lijn voor jongeren "
            "van 16 tot 23?"
        ),
        context="In {plaats} gaat het jaarlijks om ongeveer 120 jongeren met jeugdhulp die 18 worden.",
        actors="Jeugdhulp, Wmo, zorgverzekeraar, werk en inkomen, onderwijs, jongeren en ouders.",
        hoped_result="Afspraken tussen partijen en één vast aanspreekpunt voor de jongere.",
        public_title="Een doorgaande lijn van 16 tot 23 jaar",
        public_summary=(
            "Bij hun achttiende verjaardag verliezen jongeren vaak hulp. Hoe maken jeugdhulp, "
            "Wmo, werk en inkomen en onderwijs samen een doorgaande lijn?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        M,
        ["gezondheid-en-sociaal-domein", "wijkteams"],
        ["sociaal-professional", "manager"],
        title="Samenwerking tussen huisarts en wijkteam bij psychosociale klachten",
        question=(
            "Huisartsen zien veel mensen met klachten die eigenlijk over geldzorgen, eenzaamheid "
            "of problemen thuis gaan. Ze verwijzen nauwelijks naar het wijkteam, en als ze het "
            "doen horen ze niets terug. Hoe bouwen we een samenwerking op die voor beide kanten "
            "werkt?"
        ),
        context="In {plaats} zijn twaalf huisartsenpraktijken en vier wijkteams.",
        actors="Huisartsen, praktijkondersteuners GGZ, wijkteams, welzijn op recept, zorgverzekeraar.",
        hoped_result="Een vaste route van huisarts naar wijkteam met terugkoppeling.",
        public_title="Huisarts en wijkteam bij psychosociale vragen",
        public_summary=(
            "Veel klachten bij de huisarts hebben een sociale oorzaak. Hoe werken huisartsen en "
            "wijkteams samen zonder elkaar kwijt te raken?"
        ),
    ),
    scenario(
        M,
        ["verward-gedrag", "integraal-samenwerken"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Overlast en verward gedrag: wie doet wat in de wijk?",
        question=(
            "Bij meldingen over overlast door verward gedrag gaan corporatie, politie, wijkteam "
            "en GGZ ieder hun eigen weg. Niemand voelt zich eigenaar en de bewoner en de buren "
            "worden van loket naar loket gestuurd. Hoe komen we tot een gezamenlijke aanpak?"
        ),
        context="De meldingen in {plaats} zijn in drie jaar verdubbeld.",
        actors="Politie, woningcorporaties, wijkteams, GGZ, Zorg- en Veiligheidshuis, bewoners.",
        hoped_result="Een gedeelde werkwijze en regie per casus.",
        public_title="Samen optrekken bij overlast en verward gedrag",
        public_summary=(
            "Bij verward gedrag in de wijk werken veel partijen langs elkaar heen. Hoe maak je "
            "een aanpak waar iedereen eigenaar van is?"
        ),
        time_frame=TimeFrame.WEEKS,
    ),
    scenario(
        M,
        ["armoede-en-schulden", "integraal-samenwerken"],
        ["beleidsmedewerker-gemeente", "sociaal-professional"],
        title="Vroegsignalering van schulden met corporaties en energiebedrijven",
        question=(
            "We krijgen sinds kort signalen van achterstanden binnen van woningcorporaties, "
            "zorgverzekeraars en energie- en drinkwaterbedrijven. Het huisbezoek daarna levert "
            "weinig op: mensen doen niet open. Hoe maken we met de melders een aanpak die "
            "inwoners wel bereikt?"
        ),
        context="De gemeente {plaats} ontvangt ruim 300 signalen per maand.",
        actors="Gemeente, woningcorporaties, energie- en waterbedrijven, zorgverzekeraars, welzijnswerk.",
        hoped_result="Betere eerste contacten en afspraken met de melders.",
        public_title="Vroegsignalering van schulden die inwoners bereikt",
        public_summary=(
            "Signalen over achterstanden komen binnen, maar inwoners doen niet open. Wat werkt "
            "in het eerste contact en wat kunnen de melders doen?"
        ),
    ),
    scenario(
        M,
        ["jeugd", "integraal-samenwerken"],
        ["docent", "sociaal-professional"],
        title="Thuiszitters: onderwijs en jeugdhulp samen aan tafel",
        question=(
            "Er zitten in onze regio tientallen kinderen thuis zonder passend onderwijs. School, "
            "leerplicht, jeugdhulp en ouders wijzen naar elkaar. Hoe organiseren we overleg waarin "
            "het kind centraal staat en iemand doorzettingsmacht heeft?"
        ),
        context="In {plaats} zitten volgens de leerplicht 45 kinderen langer dan drie maanden thuis.",
        actors="Scholen, samenwerkingsverband, leerplicht, jeugdhulp, ouders, kinderen.",
        hoped_result="Een werkwijze voor thuiszittersoverleg en ervaringen van ouders.",
        public_title="Samenwerken rond thuiszittende kinderen",
        public_summary=(
            "Kinderen die thuiszitten raken klem tussen onderwijs en jeugdhulp. Hoe organiseer "
            "je overleg waarin het kind centraal staat?"
        ),
    ),
    scenario(
        M,
        ["sociale-basis", "integraal-samenwerken"],
        ["manager", "vrijwilliger"],
        title="Vrijwilligersorganisaties en professionals in de sociale basis",
        question=(
            "De gemeente wil dat meer ondersteuning in de sociale basis plaatsvindt: buurthuizen, "
            "maatjesprojecten, sportclubs. Vrijwilligersorganisaties voelen zich overvraagd en "
            "krijgen mensen doorverwezen met zware problemen. Hoe verdelen we de taken zo dat "
            "het voor iedereen haalbaar is?"
        ),
        context="In {plaats} zijn ruim tachtig vrijwilligersinitiatieven actief.",
        actors="Gemeente, welzijnsorganisatie, vrijwilligersorganisaties, wijkteams, inwoners.",
        hoped_result="Heldere afspraken over doorverwijzen, steun en financiering.",
        public_title="Taakverdeling in de sociale basis",
        public_summary=(
            "Vrijwilligers krijgen steeds zwaardere vragen doorverwezen. Hoe verdelen formele en "
            "informele partijen het werk zo dat het haalbaar blijft?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        M,
        ["informele-zorg-en-mantelzorg", "integraal-samenwerken"],
        ["sociaal-professional", "onderzoeker"],
        title="Formele en informele zorg rond één gezin afstemmen",
        question=(
            "Rond gezinnen met een ernstig ziek kind zijn vaak tien of meer hulpverleners en "
            "vrijwilligers betrokken. Ouders zijn de coördinatie kwijt en worden zelf de spil. "
            "Hoe stemmen we formele en informele zorg af zonder dat ouders nog meer moeten regelen?"
        ),
        context="Wij zijn een netwerk van organisaties in {plaats} en omgeving.",
        actors="Kinderthuiszorg, ziekenhuis, wijkteam, vrijwilligers, school, ouders.",
        hoped_result="Een vorm van coördinatie die ouders ontlast.",
        public_title="Afstemming rond gezinnen met een ziek kind",
        public_summary=(
            "Ouders van een ernstig ziek kind coördineren vaak zelf tien hulpverleners. Hoe kan "
            "dat anders?"
        ),
    ),
    scenario(
        M,
        ["participatiewet-en-werk", "inclusie"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Werkgevers betrekken bij inclusief werk",
        question=(
            "We hebben veel kandidaten met een arbeidsbeperking en veel werkgevers met vacatures, "
            "maar het komt niet bij elkaar. Werkgevers vinden de regelingen ingewikkeld en zijn "
            "bang voor gedoe. Hoe bouwen we samen met werkgevers aan duurzame plaatsingen?"
        ),
        context="Het werkbedrijf in {plaats} begeleidt zo'n 600 mensen met een arbeidsbeperking.",
        actors="Werkgevers, werkbedrijf, UWV, jobcoaches, praktijkonderwijs, kandidaten.",
        hoped_result="Een werkgeversaanpak met één loket en ervaringen van werkgevers zelf.",
        public_title="Inclusief werkgeverschap in de regio",
        public_summary=(
            "Kandidaten en vacatures komen niet bij elkaar. Hoe maken werkgevers en gemeente "
            "samen plaatsingen die blijven?"
        ),
    ),
    scenario(
        M,
        ["sociale-basis", "langer-thuis-wonen"],
        ["bewoner-client", "beleidsmedewerker-gemeente"],
        title="Zorgcoöperaties in dorpen en de gemeente",
        question=(
            "In onze dorpen hebben inwoners zelf zorgcoöperaties opgezet: vervoer, maaltijden, "
            "een huiskamer. De gemeente wil hen steunen, maar past haar regels en subsidies toe "
            "alsof het een zorgaanbieder is. Hoe werken dorpsinitiatieven en gemeente gelijkwaardig "
            "samen?"
        ),
        context="In de gemeente {plaats} zijn zes dorpen met een eigen coöperatie.",
        actors="Zorgcoöperaties, dorpsbelangen, gemeente, wijkverpleging, welzijnswerk.",
        hoped_result="Een manier van samenwerken en financieren die bij burgerinitiatief past.",
        public_title="Gemeente en burgerinitiatieven in dorpen",
        public_summary=(
            "Dorpen organiseren zelf zorg en ondersteuning. Hoe werken gemeente en initiatief "
            "samen zonder het initiatief in regels te smoren?"
        ),
    ),
    scenario(
        M,
        ["vluchtelingen-en-nieuwkomers", "integraal-samenwerken"],
        ["sociaal-professional", "beleidsmedewerker-gemeente"],
        title="Samenwerking rond nieuwkomersgezinnen na de huisvesting",
        question=(
            "Na de huisvesting van een gezin met een verblijfsvergunning zijn er ineens veel "
            "partijen: gemeente, VluchtelingenWerk, school, huisarts, taalaanbieder, vrijwilligers. "
            "Gezinnen weten niet meer wie wat doet. Hoe stemmen we af en wie houdt het overzicht?"
        ),
        context="In {plaats} komen dit jaar naar verwachting veertig gezinnen wonen.",
        actors="Gemeente, VluchtelingenWerk, scholen, huisartsen, taalaanbieders, vrijwilligers.",
        hoped_result="Een overzicht van rollen en een vaste contactpersoon per gezin.",
        public_title="Samenwerking rond nieuwkomersgezinnen",
        public_summary=(
            "Nieuwkomersgezinnen krijgen met veel partijen te maken. Hoe houd je samen overzicht "
            "en wie is het aanspreekpunt?"
        ),
    ),
    scenario(
        M,
        ["jeugd", "integraal-samenwerken"],
        ["sociaal-professional", "docent"],
        title="Zorgen over veiligheid thuis: school, wijkteam en Veilig Thuis",
        question=(
            "Leerkrachten maken zich zorgen over kinderen, maar weten niet goed wanneer ze het "
            "wijkteam of Veilig Thuis inschakelen. Na een melding horen ze vaak niets meer. Hoe "
            "maken school, wijkteam en Veilig Thuis afspraken die de leerkracht steunen en het "
            "kind beschermen?"
        ),
        context="Het gaat om basisscholen in {plaats} met samen ruim 5.000 leerlingen.",
        actors="Basisscholen, wijkteam, Veilig Thuis, jeugdgezondheidszorg, ouders.",
        hoped_result="Een werkafspraak en een korte scholing voor intern begeleiders.",
        public_title="School, wijkteam en Veilig Thuis bij zorgen over kinderen",
        public_summary=(
            "Leerkrachten twijfelen wanneer zij hulp inschakelen bij zorgen over veiligheid thuis. "
            "Welke afspraken helpen?"
        ),
    ),
    scenario(
        M,
        ["ervaringsdeskundigheid", "inclusie"],
        ["ervaringsdeskundige", "beleidsmedewerker-gemeente"],
        title="Ervaringsdeskundigen aan tafel bij het gemeentelijk beleid",
        question=(
            "De gemeente wil ervaringsdeskundigen betrekken bij het nieuwe armoedebeleid. Eerdere "
            "pogingen strandden: mensen haakten af, voelden zich een vinkje of werden niet betaald. "
            "Hoe organiseren gemeente, hogeschool en cliëntenorganisaties een inbreng die echt "
            "meetelt?"
        ),
        context="Het armoedebeleid van {plaats} wordt dit jaar herschreven.",
        actors="Gemeente, ervaringsdeskundigen, cliëntenraad, hogeschool, welzijnswerk.",
        hoped_result="Een werkwijze met vergoeding, begeleiding en terugkoppeling.",
        public_title="Ervaringskennis in gemeentelijk beleid",
        public_summary=(
            "Ervaringsdeskundigen worden gevraagd mee te denken over beleid, maar haken af. Hoe "
            "maak je inbreng die echt meetelt?"
        ),
    ),
]

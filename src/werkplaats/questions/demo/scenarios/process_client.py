"""Work processes and the client's perspective: own strength, own direction, the route through help."""

from . import QuestionType, TimeFrame, scenario

P = QuestionType.PROCESS_CLIENT

SCENARIOS = [
    scenario(
        P,
        ["wmo"],
        ["sociaal-professional", "beleidsmedewerker-gemeente"],
        title="Het keukentafelgesprek zo voeren dat de inwoner de regie houdt",
        question=(
            "Onze Wmo-consulenten voeren de gesprekken met een vaste vragenlijst. Inwoners zeggen "
            "achteraf dat het 'over de voorziening ging en niet over mij'. Hoe voeren we het "
            "gesprek zo dat de inwoner zelf vertelt wat belangrijk is, en we toch zorgvuldig "
            "kunnen beslissen?"
        ),
        context="De gemeente {plaats} voert jaarlijks zo'n 2.500 meldingsgesprekken.",
        actors="Wmo-consulenten, inwoners, cliëntenraad, teamleiders.",
        hoped_result="Een andere gespreksopzet en training van consulenten.",
        public_title="Eigen regie in het Wmo-gesprek",
        public_summary=(
            "Gesprekken over ondersteuning volgen vaak een vaste lijst. Hoe geef je de inwoner "
            "de regie en beslis je toch zorgvuldig?"
        ),
    ),
    scenario(
        P,
        ["jeugd"],
        ["sociaal-professional", "manager"],
        title="Jongeren zelf laten meeschrijven aan hun perspectiefplan",
        question=(
            "In de jeugdhulp schrijven wij plannen over jongeren, vaak met hun ouders, maar de "
            "jongere zelf zit er vooral bij. Hoe zorgen we dat jongeren vanaf twaalf jaar echt "
            "meeschrijven, in hun eigen woorden?"
        ),
        context="Ons team in {plaats} werkt met ruim honderd gezinnen.",
        actors="Jeugdprofessionals, jongeren, ouders, gedragswetenschappers.",
        hoped_result="Een werkvorm die we met jongeren zelf testen.",
        public_title="Jongeren als mede-auteur van hun plan",
        public_summary=(
            "Jongeren zijn vaak toeschouwer bij hun eigen hulpplan. Welke werkvormen maken hen "
            "mede-auteur?"
        ),
    ),
    scenario(
        P,
        ["participatiewet-en-werk", "bestaanszekerheid"],
        ["beleidsmedewerker-gemeente", "sociaal-professional"],
        title="Re-integratie die begint bij wat iemand zelf wil",
        question=(
            "Onze klantmanagers werken met trajecten richting werk, maar veel mensen in de bijstand "
            "hebben eerst andere zorgen: gezondheid, schulden, mantelzorg. Hoe richten we de "
            "begeleiding zo in dat we beginnen bij wat iemand zelf wil, zonder de wet los te laten?"
        ),
        context="In {plaats} zitten ruim 1.800 mensen langer dan drie jaar in de bijstand.",
        actors="Klantmanagers, werkbedrijf, wijkteam, inwoners, cliëntenraad.",
        hoped_result="Een werkwijze en de ruimte die de Participatiewet daarvoor biedt.",
        public_title="Re-integratie vanuit de eigen doelen van inwoners",
        public_summary=(
            "Begeleiding naar werk gaat vaak voorbij aan wat mensen zelf belangrijk vinden. Hoe "
            "begin je bij hun doelen binnen de regels?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        P,
        ["armoede-en-schulden"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Waar haken inwoners af in de schuldhulpverlening?",
        question=(
            "Van de mensen die zich melden voor schuldhulp begint maar ongeveer de helft aan een "
            "traject. We weten niet waar en waarom de anderen afhaken. Hoe brengen we de klantreis "
            "in kaart vanuit het perspectief van de inwoner, en wat kunnen we daarna verbeteren?"
        ),
        context="De schuldhulp in {plaats} heeft een wachttijd van zes tot acht weken.",
        actors="Schuldhulpverlening, inwoners, vrijwillige thuisadministratie, gemeente.",
        hoped_result="Inzicht in de afhaakmomenten en twee of drie verbeteringen.",
        public_title="De klantreis in de schuldhulpverlening",
        public_summary=(
            "Veel inwoners haken af tussen aanmelding en traject. Waar gebeurt dat, en wat helpt "
            "om ze vast te houden?"
        ),
    ),
    scenario(
        P,
        ["wmo", "inclusie"],
        ["beleidsmedewerker-gemeente", "ervaringsdeskundige"],
        title="Beschikkingen en brieven die inwoners begrijpen",
        question=(
            "Onze beschikkingen voor de Wmo en jeugdhulp zijn juridisch correct, maar inwoners "
            "bellen ons omdat ze niet snappen wat er staat. Hoe schrijven we besluiten die iedereen "
            "begrijpt, ook mensen die moeite hebben met lezen?"
        ),
        context="De gemeente {plaats} verstuurt per jaar zo'n 6.000 beschikkingen.",
        actors="Juristen, consulenten, communicatie, taalambassadeurs, cliëntenraad.",
        hoped_result="Nieuwe voorbeeldbrieven die we met inwoners testen.",
        public_title="Begrijpelijke besluiten in het sociaal domein",
        public_summary=(
            "Besluiten over ondersteuning zijn vaak onleesbaar. Hoe schrijf je ze zo dat iedereen "
            "ze begrijpt en ze toch juridisch kloppen?"
        ),
    ),
    scenario(
        P,
        ["verward-gedrag", "ervaringsdeskundigheid"],
        ["manager", "ervaringsdeskundige"],
        title="Herstelgericht werken bij de uitstroom uit beschermd wonen",
        question=(
            "Bewoners die uitstromen naar een eigen woning vallen vaak terug in de eerste maanden. "
            "Wij willen herstelgericht werken, maar onze begeleiding stopt bij de verhuizing. "
            "Hoe houden we de regie bij de bewoner en zorgen we voor een zachte landing in de wijk?"
        ),
        context="Onze organisatie begeleidt in {plaats} zo'n zestig mensen per jaar naar zelfstandig wonen.",
        actors="Beschermd wonen, wijkteams, woningcorporaties, herstelacademie, bewoners.",
        hoped_result="Afspraken over een overgangsperiode en de rol van ervaringsdeskundigen.",
        public_title="Een zachte landing na beschermd wonen",
        public_summary=(
            "Na de verhuizing uit beschermd wonen is de kans op terugval groot. Hoe blijft de "
            "bewoner aan het roer en wie staat er in de wijk klaar?"
        ),
    ),
    scenario(
        P,
        ["inclusie", "wmo"],
        ["sociaal-professional", "bewoner-client"],
        title="Meebeslissen over ondersteuning bij een licht verstandelijke beperking",
        question=(
            "Mensen met een licht verstandelijke beperking zeggen in gesprekken vaak 'ja' om ervan "
            "af te zijn. Daarna werkt de ondersteuning niet. Hoe zorgen we dat zij echt "
            "meebeslissen, en hoe merken we dat iemand ons niet begrijpt?"
        ),
        context="Veel cliënten van ons wijkteam in {plaats} hebben een LVB zonder dat het bekend is.",
        actors="Wijkteam, LVB-deskundigen, cliënten, naasten, MEE.",
        hoped_result="Herkenning van LVB en gesprekshulpmiddelen.",
        public_title="Meebeslissen bij een licht verstandelijke beperking",
        public_summary=(
            "Een LVB wordt vaak niet herkend en instemming is dan schijn. Hoe voer je gesprekken "
            "waarin iemand echt meebeslist?"
        ),
    ),
    scenario(
        P,
        ["wijkteams", "professionalisering"],
        ["manager", "sociaal-professional"],
        title="Minder registreren, meer tijd voor inwoners",
        question=(
            "Onze wijkteammedewerkers besteden naar eigen schatting een derde van hun tijd aan "
            "registratie en verantwoording. Welke registratie is echt nodig, en hoe maken we "
            "ruimte voor het werk met inwoners zonder het zicht op kwaliteit te verliezen?"
        ),
        context="Het wijkteam in {plaats} bestaat uit vier teams met ieder een eigen werkwijze.",
        actors="Wijkteams, gemeente als opdrachtgever, teamleiders, ICT, controllers.",
        hoped_result="Een kleinere set registraties waar gemeente en teams achter staan.",
        public_title="Registratiedruk in wijkteams verminderen",
        public_summary=(
            "Wijkteams besteden veel tijd aan registratie. Welke informatie is echt nodig, en "
            "voor wie?"
        ),
    ),
    scenario(
        P,
        ["inclusie", "wijkteams"],
        ["sociaal-professional", "beleidsmedewerker-gemeente"],
        title="Onze werkwijze aanpassen voor laaggeletterde inwoners",
        question=(
            "Bij aanmelding vragen we inwoners formulieren in te vullen en afspraken via een "
            "portaal te maken. We merken dat laaggeletterde inwoners daardoor wegblijven of te "
            "laat komen. Hoe passen we onze werkprocessen aan, van aanmelding tot evaluatie?"
        ),
        context="In {plaats} heeft naar schatting één op de zes volwassenen moeite met lezen.",
        actors="Wijkteam, Taalhuis, bibliotheek, taalambassadeurs, gemeente.",
        hoped_result="Een toegankelijke route door onze dienstverlening.",
        public_title="Toegankelijke dienstverlening voor laaggeletterden",
        public_summary=(
            "Formulieren en portalen sluiten laaggeletterde inwoners buiten. Hoe maak je de hele "
            "route toegankelijk?"
        ),
    ),
    scenario(
        P,
        ["informele-zorg-en-mantelzorg"],
        ["sociaal-professional", "vrijwilliger"],
        title="Mantelzorgers vragen wat zíj nodig hebben",
        question=(
            "Ons aanbod voor mantelzorgers bestaat uit cursussen, lotgenotencontact en een "
            "waarderingsbon. Toch zeggen veel mantelzorgers dat het niet past. Hoe voeren we het "
            "gesprek zo dat we ondersteuning op maat kunnen bieden, ook als dat iets anders is "
            "dan wat we in huis hebben?"
        ),
        context="Het steunpunt in {plaats} werkt met twee consulenten en veertig vrijwilligers.",
        actors="Steunpunt mantelzorg, wijkteam, respijtzorg, werkgevers, mantelzorgers.",
        hoped_result="Een gespreksaanpak en ruimte in het budget voor maatwerk.",
        public_title="Ondersteuning op maat voor mantelzorgers",
        public_summary=(
            "Het aanbod voor mantelzorgers past lang niet altijd. Hoe vraag je door naar wat "
            "iemand werkelijk nodig heeft?"
        ),
    ),
    scenario(
        P,
        ["langer-thuis-wonen", "gezondheid-en-sociaal-domein"],
        ["sociaal-professional", "docent"],
        title="Levensdoelen van ouderen bespreken in de thuiszorg",
        question=(
            "Wijkverpleegkundigen en thuiszorgmedewerkers praten met ouderen vooral over zorgtaken. "
            "We willen het gesprek openen over wat iemand nog wil in het leven: contact, "
            "zingeving, een hobby. Hoe doe je dat in een druk schema, en wat doe je met de "
            "antwoorden?"
        ),
        context="Onze thuiszorgteams in {plaats} zien dagelijks zo'n 800 cliënten.",
        actors="Wijkverpleging, welzijnswerk, vrijwilligers, ouderen, familie.",
        hoped_result="Een korte gespreksmethode en een route naar welzijn in de wijk.",
        public_title="Het gesprek over wat ouderen nog willen",
        public_summary=(
            "Zorggesprekken gaan vaak over taken, niet over wat iemand nog wil. Hoe breng je "
            "levensdoelen ter sprake en wat doe je ermee?"
        ),
    ),
    scenario(
        P,
        ["vluchtelingen-en-nieuwkomers", "participatiewet-en-werk"],
        ["beleidsmedewerker-gemeente", "sociaal-professional"],
        title="Regie van nieuwkomers over hun eigen inburgeringsplan",
        question=(
            "Sinds de nieuwe inburgeringswet maken wij met elke nieuwkomer een plan. In de praktijk "
            "vullen onze consulenten het in en tekent de inburgeraar. Hoe zorgen we dat "
            "nieuwkomers hun eigen doelen inbrengen, met een tolk en in een paar gesprekken?"
        ),
        context="De gemeente {plaats} begeleidt ruim 150 inburgeraars.",
        actors="Consulenten inburgering, taalaanbieders, VluchtelingenWerk, werkgevers, tolken.",
        hoped_result="Een gespreksopzet die de eigen regie van nieuwkomers vergroot.",
        public_title="Eigen regie in de inburgering",
        public_summary=(
            "Inburgeringsplannen worden vaak vóór nieuwkomers geschreven in plaats van mét hen. "
            "Hoe maak je er hun eigen plan van?"
        ),
    ),
]

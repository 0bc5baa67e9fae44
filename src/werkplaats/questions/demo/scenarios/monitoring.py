"""Visibility, measurability and monitoring: showing what social work achieves."""

from . import QuestionType, TimeFrame, scenario

T = QuestionType.MONITORING

SCENARIOS = [
    scenario(
        T,
        ["sociale-basis"],
        ["manager", "beleidsmedewerker-gemeente"],
        title="Het effect van welzijnsactiviteiten zichtbaar maken",
        question=(
            "De gemeente vraagt ons aan te tonen wat buurthuizen, maatjesprojecten en "
            "ontmoetingsactiviteiten opleveren. Wij tellen bezoekers, maar dat zegt weinig. Hoe "
            "maken we zichtbaar wat het voor inwoners betekent, zonder hen te belasten met "
            "vragenlijsten?"
        ),
        context="De welzijnsorganisatie in {plaats} heeft een nieuwe subsidieafspraak voor vier jaar.",
        actors="Welzijnsorganisatie, gemeente, vrijwilligers, bezoekers, hogeschool.",
        hoped_result="Een set indicatoren en verhalen die gemeente en organisatie samen kiezen.",
        public_title="De opbrengst van welzijnswerk zichtbaar maken",
        public_summary=(
            "Bezoekersaantallen zeggen weinig over wat welzijnswerk oplevert. Hoe laat je zien wat "
            "het voor inwoners betekent?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        T,
        ["wijkteams"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Resultaten van wijkteams meten zonder alles te tellen",
        question=(
            "De gemeenteraad wil weten of de wijkteams hun geld waard zijn. We hebben veel cijfers "
            "over aantallen casussen en doorlooptijden, maar niets over resultaat voor inwoners. "
            "Welke maten zijn zinvol en haalbaar?"
        ),
        context="De wijkteams in {plaats} bestaan sinds 2015 en worden dit jaar geëvalueerd.",
        actors="Gemeente, wijkteams, gemeenteraad, inwoners, onderzoekers.",
        hoped_result="Een beperkt aantal resultaatmaten en een manier om ze op te halen.",
        public_title="Zinvolle resultaatmaten voor wijkteams",
        public_summary=(
            "Cijfers over aantallen en doorlooptijden zeggen weinig over resultaat. Welke maten "
            "vertellen wat wijkteams voor inwoners betekenen?"
        ),
    ),
    scenario(
        T,
        ["eenzaamheid"],
        ["beleidsmedewerker-gemeente", "onderzoeker"],
        title="Werkt onze aanpak van eenzaamheid?",
        question=(
            "Sinds drie jaar doen we mee aan Eén tegen eenzaamheid, met een coalitie van veertig "
            "partners. We organiseren veel, maar weten niet of eenzaamheid afneemt of dat we "
            "vooral mensen bereiken die het al goed hebben. Hoe monitoren we dat?"
        ),
        context="Volgens de GGD-monitor voelt in {plaats} ruim 45 procent van de volwassenen zich eenzaam.",
        actors="Gemeente, coalitiepartners, GGD, welzijnswerk, inwoners.",
        hoped_result="Een monitor die bereik en effect laat zien, per wijk.",
        public_title="De aanpak van eenzaamheid monitoren",
        public_summary=(
            "Veel activiteiten tegen eenzaamheid, weinig zicht op effect. Hoe meet je bereik en "
            "resultaat, ook bij wie moeilijk te bereiken is?"
        ),
    ),
    scenario(
        T,
        ["armoede-en-schulden", "bestaanszekerheid"],
        ["beleidsmedewerker-gemeente", "onderzoeker"],
        title="Het bereik van armoederegelingen in beeld",
        question=(
            "We hebben een kindpakket, een meedoenregeling en een individuele inkomenstoeslag, "
            "maar we weten niet welk deel van de rechthebbenden ze gebruikt. Hoe brengen we het "
            "niet-gebruik in beeld, met respect voor privacy?"
        ),
        context="De gemeente {plaats} schat dat zo'n 4.000 huishoudens recht hebben op een regeling.",
        actors="Gemeente, CBS, Nibud, welzijnswerk, scholen, inwoners.",
        hoped_result="Een schatting van het bereik en aanknopingspunten om het te vergroten.",
        public_title="Niet-gebruik van armoederegelingen",
        public_summary=(
            "Veel huishoudens gebruiken regelingen niet waar ze recht op hebben. Hoe breng je dat "
            "in beeld zonder privacy te schenden?"
        ),
    ),
    scenario(
        T,
        ["jeugd"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Wat levert preventie in de jeugdhulp op?",
        question=(
            "We investeren in preventie: praktijkondersteuners jeugd bij huisartsen, "
            "ouderschapscursussen, jongerenwerk op scholen. De kosten van specialistische "
            "jeugdhulp stijgen toch. Hoe laten we zien wat preventie oplevert, ook als het effect "
            "pas later zichtbaar wordt?"
        ),
        context="Het jeugdbudget van {plaats} wordt al twee jaar overschreden.",
        actors="Gemeente, jeugdhulpaanbieders, huisartsen, scholen, onderzoekers.",
        hoped_result="Een onderbouwde manier om de waarde van preventie te volgen.",
        public_title="De waarde van preventie in het jeugddomein",
        public_summary=(
            "Preventie kost nu geld en levert later op. Hoe volg je de effecten zodat keuzes "
            "onderbouwd worden?"
        ),
        time_frame=TimeFrame.YEAR,
    ),
    scenario(
        T,
        ["informele-zorg-en-mantelzorg"],
        ["sociaal-professional", "beleidsmedewerker-gemeente"],
        title="Hoeveel mantelzorgers zijn overbelast, en waar wonen ze?",
        question=(
            "Het steunpunt kent alleen de mantelzorgers die zich inschrijven. We willen weten "
            "hoeveel mantelzorgers er zijn, wie overbelast raakt en waar, zodat we gericht "
            "kunnen werken. Welke bronnen zijn er en hoe combineren we ze?"
        ),
        context="De gemeente {plaats} herziet dit jaar haar mantelzorgbeleid.",
        actors="Steunpunt mantelzorg, GGD, gemeente, huisartsen, werkgevers.",
        hoped_result="Een beeld per wijk en signalen van overbelasting.",
        public_title="Overbelaste mantelzorgers in beeld",
        public_summary=(
            "Alleen ingeschreven mantelzorgers zijn bekend. Welke bronnen laten zien wie "
            "overbelast raakt, en waar?"
        ),
    ),
    scenario(
        T,
        ["participatiewet-en-werk"],
        ["beleidsmedewerker-gemeente", "onderzoeker"],
        title="Maatschappelijke opbrengst van participatie, niet alleen uitstroom",
        question=(
            "Ons werkbedrijf wordt afgerekend op uitstroom naar betaald werk. Veel deelnemers "
            "gaan vooruit in gezondheid, contacten en zelfvertrouwen zonder dat ze uitstromen. "
            "Hoe maken we die bredere opbrengst zichtbaar?"
        ),
        context="Het werkbedrijf in {plaats} heeft 900 deelnemers aan participatietrajecten.",
        actors="Werkbedrijf, gemeente, deelnemers, jobcoaches, onderzoekers.",
        hoped_result="Een instrument voor brede opbrengst dat deelnemers zelf invullen.",
        public_title="De brede opbrengst van participatietrajecten",
        public_summary=(
            "Uitstroom naar werk is maar één resultaat. Hoe maak je vooruitgang in gezondheid, "
            "contacten en zelfvertrouwen zichtbaar?"
        ),
    ),
    scenario(
        T,
        ["ervaringsdeskundigheid", "professionalisering"],
        ["onderzoeker", "manager"],
        title="Verhalen van inwoners meenemen in de monitor",
        question=(
            "Onze monitor sociaal domein bestaat uit cijfers. Beleidsmakers vragen om 'het verhaal "
            "erachter'. Hoe verzamelen we ervaringen van inwoners op een systematische manier, "
            "zodat ze naast de cijfers meetellen?"
        ),
        context="De monitor van {plaats} verschijnt twee keer per jaar.",
        actors="Gemeente, onderzoekers, ervaringsdeskundigen, wijkteams, inwoners.",
        hoped_result="Een methode voor verhalen, bijvoorbeeld met studenten als interviewers.",
        public_title="Ervaringsverhalen naast cijfers in de monitor",
        public_summary=(
            "Cijfers vertellen niet het hele verhaal. Hoe verzamel je ervaringen van inwoners "
            "zo dat ze in beleid meetellen?"
        ),
    ),
    scenario(
        T,
        ["digitale-samenleving", "integraal-samenwerken"],
        ["beleidsmedewerker-gemeente", "manager"],
        title="Een dashboard sociaal domein dat professionals ook gebruiken",
        question=(
            "We bouwen een dashboard met gegevens uit Wmo, jeugd en participatie. Beleid is "
            "enthousiast, maar professionals zien het als controle. Hoe maken we een dashboard dat "
            "ook de mensen in de uitvoering helpt, en wat mag wel en niet volgens de AVG?"
        ),
        context="De gemeente {plaats} heeft sinds vorig jaar een datateam.",
        actors="Datateam, beleid, wijkteams, privacy officer, cliëntenraad.",
        hoped_result="Een dashboard dat samen met professionals is ontworpen.",
        public_title="Datagedreven werken met professionals",
        public_summary=(
            "Dashboards in het sociaal domein worden vaak als controle gezien. Hoe ontwerp je "
            "er een dat de uitvoering ook helpt, binnen de AVG?"
        ),
    ),
    scenario(
        T,
        ["gezondheid-en-sociaal-domein"],
        ["sociaal-professional", "onderzoeker"],
        title="Positieve gezondheid meten in de wijk",
        question=(
            "Zorg en welzijn in onze wijk werken met het gedachtegoed van positieve gezondheid. "
            "We willen weten of het verschil maakt voor inwoners. Kun je positieve gezondheid "
            "meten, en hoe doe je dat zonder het gesprek zelf te verliezen?"
        ),
        context="In {plaats} werken huisartsen, wijkverpleging en welzijn samen in één wijk.",
        actors="Huisartsen, wijkverpleging, welzijnswerk, GGD, inwoners.",
        hoped_result="Een eenvoudige meting voor en na, gekoppeld aan het gesprek.",
        public_title="Positieve gezondheid in de wijk volgen",
        public_summary=(
            "Werken met positieve gezondheid is populair, meten lastig. Hoe volg je het effect "
            "zonder het gesprek te verliezen?"
        ),
    ),
    scenario(
        T,
        ["inclusie"],
        ["beleidsmedewerker-gemeente", "ervaringsdeskundige"],
        title="Voortgang van de lokale inclusieagenda volgen",
        question=(
            "Onze gemeente heeft een inclusieagenda vanwege het VN-verdrag Handicap. Na twee jaar "
            "weten we niet of er iets veranderd is voor mensen met een beperking. Hoe volgen we "
            "de voortgang, samen met de mensen om wie het gaat?"
        ),
        context="De agenda van {plaats} telt 35 acties, verdeeld over zeven afdelingen.",
        actors="Gemeente, ervaringsdeskundigen, belangenorganisaties, ondernemers.",
        hoped_result="Een monitor die ervaringsdeskundigen mee vormgeven.",
        public_title="De inclusieagenda volgen met ervaringsdeskundigen",
        public_summary=(
            "Veel gemeenten hebben een inclusieagenda, weinig weten of die werkt. Hoe volg je de "
            "voortgang samen met mensen met een beperking?"
        ),
    ),
    scenario(
        T,
        ["vluchtelingen-en-nieuwkomers", "participatiewet-en-werk"],
        ["beleidsmedewerker-gemeente", "onderzoeker"],
        title="Hoe gaat het met nieuwkomers na drie jaar?",
        question=(
            "We begeleiden nieuwkomers intensief in de eerste jaren, maar we weten niet hoe het "
            "daarna gaat: werk, taal, gezondheid, contacten. Hoe volgen we hun ontwikkeling op "
            "een manier die iets zegt en die nieuwkomers zelf ook zinvol vinden?"
        ),
        context="Sinds 2016 zijn in {plaats} zo'n 700 statushouders gehuisvest.",
        actors="Gemeente, VluchtelingenWerk, taalaanbieders, werkgevers, nieuwkomers.",
        hoped_result="Een cohortmonitor met een kwalitatief deel.",
        public_title="De ontwikkeling van nieuwkomers volgen",
        public_summary=(
            "Na de eerste jaren verdwijnen nieuwkomers uit beeld. Hoe volg je hun ontwikkeling op "
            "een manier die voor hen zelf ook zinvol is?"
        ),
        time_frame=TimeFrame.OPEN,
    ),
]

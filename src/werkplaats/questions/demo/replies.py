"""What coordinators and submitters write along a demo question's timeline.

``{thema}`` is the question's first theme (lower case), ``{werkplaats}`` the werkplaats that
handles it and ``{naar}`` the werkplaats it is referred to.
"""

ACCEPT = [
    "Dank voor uw vraag. We pakken hem op en nemen binnen twee weken contact met u op om te "
    "bespreken wie er aan tafel moeten.",
    "Uw vraag past goed bij de agenda van {werkplaats}. We zoeken er een onderzoeker en een paar "
    "praktijkpartners bij en laten u weten wanneer we een eerste gesprek plannen.",
    "We nemen uw vraag in behandeling. Een collega van het lectoraat belt u om de vraag verder "
    "aan te scherpen.",
    "Dank u wel. Dit speelt bij meer organisaties in de regio; we brengen uw vraag in bij het "
    "eerstvolgende werkplaatsoverleg.",
]

ADVICE = [
    "Over {thema} is al veel bekend. Wij raden u aan te beginnen met de handreikingen van Movisie "
    "en contact op te nemen met de welzijnsorganisatie in uw gemeente, die hier een werkgroep "
    "over heeft. Komt u daarna vragen tegen die nog open zijn, dan horen we het graag.",
    "Wij adviseren om deze vraag eerst intern te bespreken in een intervisiebijeenkomst met het "
    "team; de werkvorm stuur ik u toe. Een onderzoeksproject is op dit moment niet nodig.",
    "Een vergelijkbare vraag is vorig jaar in een leergemeenschap behandeld. Het verslag en de "
    "contactgegevens van de trekker hebben we u per e-mail gestuurd.",
    "Studenten Social Work kunnen deze vraag in het volgende semester als praktijkopdracht "
    "oppakken. Wij adviseren u contact op te nemen met de stagecoördinator van de hogeschool.",
    "Voor deze vraag is een korte literatuurverkenning het beste begin. Die hebben we voor u "
    "gemaakt; u vindt hem in de bijlage van onze mail.",
]

DECLINE = [
    "Deze vraag gaat over een individuele cliëntsituatie. Daarvoor kunt u het beste terecht bij "
    "het wijkteam of de huisarts; de werkplaats werkt aan vragen die voor meer organisaties "
    "spelen.",
    "Uw vraag gaat over de inkoop en bekostiging van zorg. Dat valt buiten wat de werkplaats doet; "
    "wij verwijzen u naar de regionale inkooporganisatie.",
    "Dit is een juridische vraag over de uitvoering van de wet. Daarvoor kunt u beter terecht bij "
    "een jurist sociaal domein of de VNG.",
    "Op dit moment loopt er al een landelijk onderzoek naar precies deze vraag. We houden u op de "
    "hoogte van de resultaten, maar starten er zelf niets naast.",
]

REFERRAL = [
    "Deze vraag sluit aan bij het lopende project over {thema} van {naar}; zij hebben hier meer "
    "ervaring mee.",
    "De gemeente valt onder de regio van {naar}. Wij sturen de vraag door met onze aantekeningen.",
    "{naar} heeft een leergemeenschap die precies hierover gaat. Graag daar verder.",
]

IN_PROJECT = [
    "De vraag is opgenomen in een praktijkonderzoek van het lectoraat, samen met twee andere "
    "organisaties uit de regio.",
    "We starten een leergemeenschap over {thema} waarin uw vraag het vertrekpunt is.",
    "Uw vraag is de basis van een afstudeeronderzoek van twee studenten, begeleid door een "
    "docent-onderzoeker.",
    "De vraag maakt deel uit van een actieonderzoek in drie wijken; u neemt deel aan de werkgroep.",
]

ANSWER = [
    "Het onderzoek is afgerond. In het rapport staan de belangrijkste bevindingen en vijf "
    "aanbevelingen voor de praktijk; we presenteren ze graag in uw team.",
    "De leergemeenschap heeft een handreiking over {thema} opgeleverd. U vindt hem in de "
    "bibliotheek van de werkplaats.",
    "De studenten hebben hun onderzoek gepresenteerd. Hun advies en de gesprekswijzer die ze "
    "ontwikkelden zijn naar u gemaild.",
    "We hebben de vraag beantwoord met een factsheet en een werkbijeenkomst. Het verslag staat "
    "online.",
]

CLOSE = [
    "",
    "Afgesloten.",
    "Afgesloten na een laatste contact met de vraagsteller.",
]

NOTES = [
    "Gebeld met de vraagsteller: de vraag speelt bij het hele team, niet alleen bij deze "
    "organisatie.",
    "Lijkt op een vraag van vorig jaar; even navragen bij het lectoraat wat daaruit kwam.",
    "Bespreken in het kernteam van volgende week.",
    "Mogelijk interessant als afstudeeropdracht voor het voorjaar.",
    "De gemeente is al op de hoogte en wil graag aanschuiven.",
    "Vraagsteller wil graag anoniem blijven richting de eigen organisatie.",
]

MESSAGES = [
    "Kunt u iets meer vertellen over de organisaties die al bij deze vraag betrokken zijn?",
    "Wij hebben een eerste gesprek gepland met het lectoraat. U ontvangt een uitnodiging.",
    "Zou u de vragenlijst die u noemde met ons willen delen?",
    "Dank voor het gesprek van vandaag. Het verslag sturen we deze week.",
]

ADDITIONS = [
    "Inmiddels heeft ook de woningcorporatie laten weten dat ze mee wil denken.",
    "Ter aanvulling: het gaat vooral om de wijken aan de oostkant van de gemeente.",
    "We hebben intern nog eens gekeken; de vraag speelt ook bij onze collega's in de "
    "buurgemeenten.",
    "De vragenlijst die we gebruiken heb ik gisteren per mail gestuurd.",
]

WITHDRAW = [
    "Intern is besloten dit zelf op te pakken.",
    "De vraag is door een reorganisatie niet meer actueel.",
    "We hebben elders al een antwoord gevonden, dank voor de moeite.",
    "",
]

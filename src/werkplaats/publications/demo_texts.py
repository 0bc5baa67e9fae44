"""Words for the demo publications: fictional titles, abstracts, journals and publishers in the
style of Dutch applied research in the social domain (hbo practice-based research)."""

#: (theme slug, Dutch title, English title or "", abstract sentence)
SUBJECTS = [
    (
        "eenzaamheid",
        "Eenzaamheid onder ouderen in {place}: wat professionals en vrijwilligers samen zien",
        "Loneliness among older people in {place}: what professionals and volunteers notice together",
        "Wijkcoaches, ouderenwerkers en vrijwilligers brachten in kaart hoe eenzaamheid onder "
        "ouderen zich laat zien en wat helpt om het eerder te signaleren.",
    ),
    (
        "eenzaamheid",
        "Zingeving en eenzaamheid bij thuiswonende ouderen",
        "Meaning in life and loneliness among older people living at home",
        "Gesprekken over zingeving blijken een ingang om eenzaamheid bij ouderen bespreekbaar te "
        "maken.",
    ),
    (
        "eenzaamheid",
        "Eenzaamheid ouderen doorbreken met buurtnetwerken: lessen uit {place}",
        "",
        "Een actieonderzoek naar buurtnetwerken die eenzame ouderen verbinden met buren, "
        "verenigingen en het sociaal werk.",
    ),
    (
        "armoede-en-schulden",
        "Geldzorgen in gezinnen: wat werkt in de schuldhulpverlening van {place}",
        "Financial worries in families: what works in debt counselling in {place}",
        "Schuldhulpverleners, gezinnen en ervaringsdeskundigen vertellen wat helpt om uit de "
        "schulden te komen en te blijven.",
    ),
    (
        "bestaanszekerheid",
        "Bestaanszekerheid als opdracht voor de gemeente",
        "Income security as a task for local government",
        "Het onderzoek laat zien hoe regels en uitvoering bestaanszekerheid kunnen versterken of "
        "juist ondermijnen.",
    ),
    (
        "wijkteams",
        "Het wijkteam als lerende organisatie",
        "The neighbourhood team as a learning organisation",
        "Medewerkers van wijkteams reflecteerden een jaar lang samen op hun casuïstiek; dit rapport "
        "beschrijft wat zij leerden.",
    ),
    (
        "jeugd",
        "Samen werken aan veilig opgroeien in {place}",
        "",
        "Jeugdprofessionals, ouders en onderwijs zochten samen naar een aanpak bij gezinnen met "
        "meervoudige problemen.",
    ),
    (
        "verward-gedrag",
        "Verward gedrag in de wijk: samenwerking tussen politie, GGZ en sociaal werk",
        "Confused behaviour in the neighbourhood: police, mental health care and social work",
        "Een casestudie van de samenwerking rond inwoners met verward gedrag, met aanbevelingen "
        "voor gemeenten.",
    ),
    (
        "ervaringsdeskundigheid",
        "Ervaringskennis in het sociaal werk: van inzet naar inbedding",
        "Experiential knowledge in social work: from deployment to embedding",
        "Ervaringsdeskundigen, docenten en studenten onderzochten hoe ervaringskennis een vaste "
        "plek krijgt in teams en opleidingen.",
    ),
    (
        "informele-zorg-en-mantelzorg",
        "Jonge mantelzorgers in beeld",
        "Young carers in view",
        "Jonge mantelzorgers blijven vaak onzichtbaar; het onderzoek beschrijft hoe school en "
        "sociaal werk hen eerder kunnen zien.",
    ),
    (
        "sociale-basis",
        "Een sterke sociale basis in {place}: wat bewoners en organisaties samen doen",
        "",
        "Een verkenning van de sociale basis in de wijk: ontmoeting, informele hulp en "
        "laagdrempelige voorzieningen.",
    ),
    (
        "integraal-samenwerken",
        "Integraal samenwerken in het sociaal domein: een evaluatie",
        "Integrated collaboration in the social domain: an evaluation",
        "De evaluatie volgt de samenwerking tussen zorg, welzijn en gemeente over organisatiegrenzen "
        "heen.",
    ),
    (
        "professionalisering",
        "Leren in de praktijk: professionalisering van sociaal werkers",
        "Learning in practice: professional development of social workers",
        "Leerateliers en intervisie als vorm van professionalisering, beschreven vanuit de ervaring "
        "van deelnemers.",
    ),
    (
        "langer-thuis-wonen",
        "Langer thuis wonen met steun uit de buurt",
        "Ageing in place with support from the neighbourhood",
        "Ouderen, mantelzorgers en wijkverpleging over wat nodig is om langer thuis te blijven "
        "wonen.",
    ),
    (
        "inclusie",
        "Meedoen voor iedereen: inclusie in {place}",
        "",
        "Mensen met een beperking vertellen waar zij drempels ervaren om mee te doen in de wijk.",
    ),
    (
        "vluchtelingen-en-nieuwkomers",
        "Nieuwkomers in dunbevolkte gebieden: werk, taal en netwerk",
        "Newcomers in sparsely populated areas: work, language and networks",
        "Statushouders, werkgevers en gemeenten over wat nieuwkomers buiten de stad helpt om hun "
        "weg te vinden.",
    ),
    (
        "participatiewet-en-werk",
        "Van uitkering naar werk: de Participatiewet in de praktijk",
        "",
        "Klantmanagers en werkzoekenden beschrijven hoe de Participatiewet in de uitvoering "
        "uitpakt.",
    ),
    (
        "digitale-samenleving",
        "Digitale inclusie: inwoners die niet meekomen",
        "Digital inclusion: residents who are left behind",
        "Bibliotheek, welzijn en studenten hielpen inwoners met digitale zaken en leerden wat "
        "daarbij werkt.",
    ),
]

METHOD_SENTENCES = [
    "Het onderzoek is uitgevoerd als participatief actieonderzoek met professionals en bewoners.",
    "Er zijn interviews gehouden met inwoners, professionals en beleidsmedewerkers.",
    "Studenten van de hogeschool deden het veldwerk onder begeleiding van de lector.",
    "De bevindingen zijn besproken in een leergemeenschap van praktijk, beleid en onderwijs.",
    "Een vragenlijst onder sociaal werkers vulde de gesprekken aan.",
]
CONCLUSION_SENTENCES = [
    "De publicatie sluit af met aanbevelingen voor gemeenten en organisaties.",
    "Een vast aanspreekpunt in de wijk blijkt een belangrijke voorwaarde.",
    "Kleine, vaste momenten van contact werken beter dan grote acties.",
    "Samen leren over organisatiegrenzen heen vraagt tijd en ruimte.",
]

#: (name, fictional ISSN base of seven digits, language)
JOURNALS = [
    ("Journal of Social Intervention: Theory and Practice", "9999001", "en"),
    ("Tijdschrift voor Sociale Vraagstukken", "9999002", "nl"),
    ("Beleid en Maatschappij", "9999003", "nl"),
    ("Tijdschrift voor Gerontologie en Geriatrie", "9999004", "nl"),
    ("European Journal of Social Work", "9999005", "en"),
    ("Journal of Community Practice", "9999006", "en"),
]
PERIODICALS = [
    ("Vakblad Sociaal Werk", "9999007"),
    ("Sozio", "9999008"),
    ("Zorg + Welzijn", "9999009"),
]
CONFERENCES = [
    "Proceedings van de Landelijke Dag van de Werkplaatsen Sociaal Domein",
    "Proceedings of the European Conference for Social Work Research",
    "Congresbundel Sociaal Werk Nederland",
]
BOOK_PUBLISHERS = ["Boom", "Coutinho", "Bohn Stafleu van Loghum", "SWP"]
BOOKS = [
    "Sociaal werk in de wijk: praktijk en onderzoek",
    "Handboek praktijkgericht onderzoek in het sociaal domein",
    "De lerende gemeente",
]
LECTURE_TITLES = [
    "Werken aan sociale kwaliteit: lectorale rede",
    "Samen leren in het sociaal domein: openbare les",
    "De kracht van de wijk: lectorale rede",
]
EXTERNAL_AUTHORS = [
    ("Brouwer", "Ingrid"),
    ("Kok", "Hanneke"),
    ("Vermeulen", "Bas"),
    ("El Amrani", "Samira"),
    ("Postma", "Tjitske"),
    ("Hoekstra", "Douwe"),
    ("Schouten", "Marloes"),
    ("Yilmaz", "Emre"),
]

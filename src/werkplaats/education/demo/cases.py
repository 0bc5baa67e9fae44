"""The demo's teaching cases: situations for class that a coordinator wrote anew after a question
closed. Fictional people, no place that points to the submitter, never the question's words
(``services.cases`` checks every case before it is saved)."""

from dataclasses import dataclass, field

from ..constants import Level


@dataclass
class CaseText:
    workshop: str
    question: str  # the title of the closed demo question it is derived from
    theme: str  # when that question is not there: another closed question on this theme
    title: str
    situation: str
    discussion: str
    levels: list = field(default_factory=list)
    publish: bool = True


CASES = [
    CaseText(
        "twente",
        "Eenzame jongvolwassenen die niet naar het jongerenwerk komen",
        "eenzaamheid",
        "Joris is 22 en zit vooral op zijn kamer",
        "Joris woont sinds een jaar op zichzelf. Zijn opleiding heeft hij afgebroken, zijn "
        "vrienden van vroeger zijn verhuisd. Overdag slaapt hij veel, 's avonds gamet hij online. "
        "Zijn moeder belt de wijkcoach omdat ze zich zorgen maakt, maar Joris zelf ziet geen "
        "probleem en komt niet naar afspraken. Het jongerenwerk organiseert activiteiten in het "
        "buurthuis, maar daar komen vooral jongere tieners.",
        "Wat maakt dat Joris niet naar het buurthuis gaat?\n"
        "Hoe leg je contact met iemand die geen hulp vraagt?\n"
        "Welke rol kan zijn moeder spelen, en welke beter niet?\n"
        "Wat zou je in de eerste drie weken doen?",
        levels=[Level.MBO_4, Level.ASSOCIATE, Level.BACHELOR],
    ),
    CaseText(
        "twente",
        "Hoeveel mantelzorgers zijn overbelast",
        "informele-zorg-en-mantelzorg",
        "Fatma zorgt voor haar vader naast een volle baan",
        "Fatma werkt vier dagen als doktersassistent. Haar vader heeft na een beroerte hulp "
        "nodig bij wassen, eten en zijn post. Haar broers wonen ver weg. Ze slaapt slecht en "
        "meldt zich steeds vaker ziek. Hulp van buiten vindt haar vader lastig: 'daar heb ik "
        "toch mijn dochter voor'. Het steunpunt mantelzorg kent Fatma niet.",
        "Hoe herken je dat een mantelzorger overbelast raakt?\n"
        "Wie zou Fatma als eerste kunnen zien, en wat kan die persoon doen?\n"
        "Hoe bespreek je hulp van buiten met haar vader, met respect voor zijn opvattingen?\n"
        "Welke afspraken met de werkgever kunnen helpen?",
        levels=[Level.MBO_3, Level.MBO_4, Level.BACHELOR],
    ),
    CaseText(
        "noord",
        "Het bereik van armoederegelingen in beeld",
        "armoede-en-schulden",
        "Recht op een toeslag, maar geen aanvraag",
        "Een gezin met drie kinderen leeft van één laag inkomen. De kinderen sporten niet en gaan "
        "niet mee op schoolreis. De ouders weten niet dat de gemeente een regeling heeft voor "
        "sport en school, en het formulier op de website vraagt om bewijsstukken die ze niet "
        "kunnen vinden. Een leerkracht merkt dat de oudste zich terugtrekt.",
        "Waarom vragen mensen regelingen niet aan waar ze recht op hebben?\n"
        "Wat kan de school doen, en waar ligt de grens van haar taak?\n"
        "Hoe zou jij het formulier eenvoudiger maken?\n"
        "Welke partners in de wijk kunnen dit gezin eerder bereiken?",
        levels=[Level.ASSOCIATE, Level.BACHELOR],
    ),
    CaseText(
        "avans",
        "Thuiszitters: onderwijs en jeugdhulp samen aan tafel",
        "jeugd",
        "Drie maanden niet naar school: wie neemt de regie?",
        "Sanne van veertien gaat sinds de herfstvakantie niet meer naar school. Ze heeft "
        "buikpijn als ze aan school denkt. De mentor, de leerplichtambtenaar, een jeugdhulpverlener "
        "en de huisarts hebben allemaal contact met het gezin, maar niet met elkaar. Elke partij "
        "wacht op een besluit van een ander. Sanne zelf is nog bij geen enkel overleg geweest.",
        "Wie zou in deze situatie de regie moeten nemen, en waarom?\n"
        "Hoe geef je Sanne een stem in het overleg over haar?\n"
        "Wat betekent deze situatie voor haar ouders?\n"
        "Hoe ziet een goed eerste overleg eruit?",
        levels=[Level.BACHELOR, Level.MASTER],
    ),
    CaseText(
        "regio-zwolle",
        "Overlast en verward gedrag: wie doet wat in de wijk?",
        "verward-gedrag",
        "Een buurman die 's nachts roept",
        "In een flat klagen bewoners over een man die 's nachts op de galerij roept en tegen "
        "deuren slaat. De woningcorporatie stuurt brieven, de wijkagent is twee keer langs geweest. "
        "Niemand weet of de man hulp krijgt. Een buurvrouw brengt hem soms eten en zegt dat hij "
        "vroeger vrachtwagenchauffeur was.",
        "Welke partijen zijn betrokken en wat is ieders taak?\n"
        "Wat kan de buurvrouw betekenen, en wat vraag je beter niet van haar?\n"
        "Hoe maak je contact met de man zelf?\n"
        "Wanneer is er sprake van zorg, en wanneer van overlast?",
        levels=[Level.MBO_4, Level.BACHELOR],
    ),
    CaseText(
        "zuyd",
        "Het keukentafelgesprek zo voeren dat de inwoner de regie houdt",
        "wmo",
        "Het gesprek aan de keukentafel",
        "Meneer Willems is 81 en valt de laatste tijd vaker. Zijn dochter heeft een melding gedaan "
        "bij de gemeente voor een traplift. Bij het gesprek praat vooral de dochter. Meneer "
        "Willems zegt aan het eind dat hij eigenlijk vooral zijn wandeling naar de bakker mist.",
        "Wat is de vraag van meneer Willems zelf?\n"
        "Hoe voer je een gesprek waarin hij het woord heeft, met zijn dochter aan tafel?",
        levels=[Level.BACHELOR],
        publish=False,
    ),
]

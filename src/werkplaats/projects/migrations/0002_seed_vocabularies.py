"""Seeds the starting vocabularies of projects from GLOSSARY.md: learning forms, beneficiary
groups and funding kinds, in Dutch with English names. Network editors keep them afterwards."""

from django.db import migrations

LEARNING_FORMS = [
    ("actieonderzoek", "Actieonderzoek", "Action research"),
    ("participatief-actieonderzoek", "Participatief actieonderzoek", "Participatory action research"),
    ("leergemeenschap", "Leergemeenschap", "Learning community"),
    ("community-of-practice", "Community of practice", "Community of practice"),
    ("leeratelier", "Leeratelier", "Learning studio"),
    ("living-lab", "Living lab", "Living lab"),
    ("co-creatie", "Co-creatie", "Co-creation"),
    ("ontwerpgericht-onderzoek", "Ontwerpgericht onderzoek", "Design-based research"),
    ("casuistiekbespreking", "Casuïstiekbespreking", "Case review"),
    ("intervisie", "Intervisie", "Peer consultation"),
    ("masterclass", "Masterclass", "Masterclass"),
    ("kenniscafe", "Kenniscafé", "Knowledge café"),
    ("shadowing", "Shadowing", "Shadowing"),
    ("community-mapping", "Community mapping", "Community mapping"),
    ("appreciative-inquiry", "Appreciative inquiry", "Appreciative inquiry"),
    ("responsieve-evaluatie", "Responsieve evaluatie", "Responsive evaluation"),
    (
        "praktijkonderzoek-door-studenten",
        "Praktijkonderzoek door studenten",
        "Practice research by students",
    ),
]

BENEFICIARY_GROUPS = [
    ("ouderen", "Ouderen", "Older people"),
    ("jeugd-en-gezin", "Jeugd en gezin", "Youth and families"),
    ("jongvolwassenen", "Jongvolwassenen", "Young adults"),
    (
        "mensen-met-een-beperking",
        "Mensen met een (licht verstandelijke) beperking",
        "People with a (mild intellectual) disability",
    ),
    (
        "mensen-met-psychische-kwetsbaarheid",
        "Mensen met psychische kwetsbaarheid",
        "People with mental health vulnerabilities",
    ),
    ("mantelzorgers", "Mantelzorgers", "Informal carers"),
    (
        "mensen-in-armoede-of-met-schulden",
        "Mensen in armoede of met schulden",
        "People in poverty or debt",
    ),
    ("nieuwkomers-statushouders", "Nieuwkomers/statushouders", "Newcomers and refugees"),
    ("dak-en-thuislozen", "Dak- en thuislozen", "Homeless people"),
    ("bewoners-van-een-wijk", "Bewoners van een wijk", "Residents of a neighbourhood"),
    ("sociaal-professionals", "Sociaal professionals", "Social professionals"),
]

FUNDING_KINDS = [
    ("basissubsidie-vws", "Basissubsidie ministerie (VWS)", "Basic grant of the ministry (VWS)"),
    ("gemeente", "Gemeente", "Municipality"),
    ("regieorgaan-sia", "Regieorgaan SIA (RAAK e.a.)", "Regieorgaan SIA (RAAK and others)"),
    ("zonmw", "ZonMw", "ZonMw"),
    ("fonds", "Fonds", "Foundation"),
    ("eigen-bijdrage-hogeschool", "Eigen bijdrage hogeschool", "Own contribution of the hogeschool"),
    ("eigen-bijdrage-partner", "Eigen bijdrage partner", "Own contribution of a partner"),
    ("europees", "Europees", "European"),
    ("overig", "Overig", "Other"),
]

VOCABULARIES = (
    ("LearningForm", LEARNING_FORMS),
    ("BeneficiaryGroup", BENEFICIARY_GROUPS),
    ("FundingKind", FUNDING_KINDS),
)


def seed(apps, schema_editor):
    for model_name, rows in VOCABULARIES:
        model = apps.get_model("projects", model_name)
        for position, (slug, name, name_en) in enumerate(rows):
            model.objects.update_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "position": position}
            )


def unseed(apps, schema_editor):
    for model_name, rows in VOCABULARIES:
        apps.get_model("projects", model_name).objects.filter(
            slug__in=[slug for slug, _name, _en in rows]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]

"""Seeds the starting vocabularies (GLOSSARY.md) and all 342 municipalities of 2025 (CBS)."""

import csv
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

DATA = Path(__file__).resolve().parent.parent / "data"

THEMES = [
    ("eenzaamheid", "Eenzaamheid", "Loneliness"),
    ("armoede-en-schulden", "Armoede en schulden", "Poverty and debt"),
    ("bestaanszekerheid", "Bestaanszekerheid", "Income security"),
    ("sociale-basis", "Sociale basis", "Social infrastructure"),
    ("wijkteams", "Wijkteams", "Neighbourhood teams"),
    ("jeugd", "Jeugd", "Youth"),
    ("wmo", "Wmo", "Social Support Act (Wmo)"),
    ("participatiewet-en-werk", "Participatiewet en werk", "Participation Act and work"),
    ("informele-zorg-en-mantelzorg", "Informele zorg en mantelzorg", "Informal care and carers"),
    ("langer-thuis-wonen", "Langer thuis wonen", "Living at home longer"),
    ("verward-gedrag", "Verward gedrag", "Confused behaviour"),
    ("ervaringsdeskundigheid", "Ervaringsdeskundigheid", "Lived experience expertise"),
    ("inclusie", "Inclusie", "Inclusion"),
    ("digitale-samenleving", "Digitale samenleving", "Digital society"),
    ("vluchtelingen-en-nieuwkomers", "Vluchtelingen en nieuwkomers", "Refugees and newcomers"),
    ("gezondheid-en-sociaal-domein", "Gezondheid en sociaal domein", "Health and the social domain"),
    ("integraal-samenwerken", "Integraal samenwerken", "Integrated collaboration"),
    ("professionalisering", "Professionalisering", "Professional development"),
]

ORGANISATION_KINDS = [
    ("hogeschool", "Hogeschool", "University of applied sciences"),
    ("roc", "ROC (mbo)", "Vocational college (mbo)"),
    ("universiteit", "Universiteit", "University"),
    ("gemeente", "Gemeente", "Municipality"),
    ("zorgorganisatie", "Zorgorganisatie", "Care organisation"),
    ("welzijnsorganisatie", "Welzijnsorganisatie", "Welfare organisation"),
    ("clientenorganisatie", "Cliënten- of bewonersorganisatie", "Client or residents' organisation"),
    ("kennisinstituut", "Kennisinstituut", "Knowledge institute"),
    ("financier", "Financier", "Funder"),
    ("ggd", "GGD", "Public health service (GGD)"),
    ("woningcorporatie", "Woningcorporatie", "Housing association"),
    ("overig", "Overig", "Other"),
]

ROLES = [
    ("sociaal-professional", "Sociaal professional", "Social professional"),
    ("beleidsmedewerker-gemeente", "Beleidsmedewerker gemeente", "Municipal policy officer"),
    ("onderzoeker", "Onderzoeker", "Researcher"),
    ("lector", "Lector", "Lector (professor of applied sciences)"),
    ("docent", "Docent", "Lecturer"),
    ("student", "Student (hbo/mbo)", "Student (higher or vocational education)"),
    ("ervaringsdeskundige", "Ervaringsdeskundige", "Expert by experience"),
    ("vrijwilliger", "Vrijwilliger", "Volunteer"),
    ("bewoner-client", "Bewoner/cliënt", "Resident/client"),
    ("manager", "Manager", "Manager"),
]

COMPETENCES = [
    ("actieonderzoek", "Actieonderzoek", "Action research"),
    ("participatief-onderzoek", "Participatief onderzoek", "Participatory research"),
    ("kwalitatief-onderzoek", "Kwalitatief onderzoek", "Qualitative research"),
    ("kwantitatief-onderzoek", "Kwantitatief onderzoek en data-analyse", "Quantitative research and data analysis"),
    ("monitoring-en-evaluatie", "Monitoring en evaluatie", "Monitoring and evaluation"),
    ("methodiekontwikkeling", "Methodiekontwikkeling", "Method development"),
    ("procesbegeleiding", "Procesbegeleiding", "Process facilitation"),
    ("co-creatie", "Co-creatie", "Co-creation"),
    ("leergemeenschappen-begeleiden", "Leergemeenschappen begeleiden", "Facilitating learning communities"),
    ("intervisie", "Intervisie en casuïstiekbespreking", "Peer consultation and case review"),
    ("beleidsadvies", "Beleidsadvies sociaal domein", "Social domain policy advice"),
    ("schuldhulpverlening", "Schuldhulpverlening", "Debt counselling"),
    ("jeugdhulp", "Jeugdhulp", "Youth care"),
    ("gespreksvoering", "Motiverende gespreksvoering", "Motivational interviewing"),
    ("netwerkversterking", "Netwerkversterking", "Strengthening social networks"),
    ("community-building", "Community building en opbouwwerk", "Community building and development"),
    ("ervaringskennis-inzetten", "Ervaringskennis inzetten", "Using lived experience"),
    ("onderwijsontwikkeling", "Onderwijsontwikkeling", "Curriculum development"),
    ("wijkgericht-werken", "Wijkgericht werken", "Neighbourhood-based work"),
    ("zingeving", "Zingeving", "Meaning and spirituality in care"),
]

PROVINCE_CODES = {
    "PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31",
}


def seed(apps, schema_editor):
    for model_name, rows in (
        ("Theme", THEMES),
        ("OrganisationKind", ORGANISATION_KINDS),
        ("ParticipantRole", ROLES),
        ("Competence", COMPETENCES),
    ):
        model = apps.get_model("network", model_name)
        for position, (slug, name, name_en) in enumerate(rows):
            model.objects.update_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "position": position}
            )

    Municipality = apps.get_model("network", "Municipality")
    from werkplaats.utils.text import fold

    with open(DATA / "gemeenten.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert row["province_code"] in PROVINCE_CODES, row
            Municipality.objects.update_or_create(
                code=row["code"],
                defaults={
                    "name": row["name"],
                    "slug": slugify(row["name"].replace("'", "")),
                    "province": row["province_code"],
                    "corop": row["corop"],
                    "labour_market_region": row["arbeidsmarktregio"],
                    "search_text": fold(f"{row['name']} {row['code']} {row['province']}"),
                },
            )


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""Seeds the product kinds (after the Dutch "beroepsproduct" types), in Dutch with English
names. Network editors keep them afterwards."""

from django.db import migrations

PRODUCT_KINDS = [
    ("methodiek-interventie", "Methodiek/interventie", "Method or intervention"),
    ("handreiking", "Handreiking", "Guide"),
    ("instrument", "Instrument", "Instrument"),
    ("trainings-of-lesmodule", "Trainings- of lesmodule", "Training or teaching module"),
    ("rapport", "Rapport", "Report"),
    ("factsheet", "Factsheet", "Factsheet"),
    ("video", "Video", "Video"),
    ("podcast", "Podcast", "Podcast"),
    ("prototype", "Prototype", "Prototype"),
    ("bijeenkomst-event", "Bijeenkomst/event", "Meeting or event"),
    ("beleidsadvies", "Beleidsadvies", "Policy advice"),
]


def seed(apps, schema_editor):
    ProductKind = apps.get_model("library", "ProductKind")
    for position, (slug, name, name_en) in enumerate(PRODUCT_KINDS):
        ProductKind.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "position": position}
        )


def unseed(apps, schema_editor):
    apps.get_model("library", "ProductKind").objects.filter(
        slug__in=[slug for slug, _, _ in PRODUCT_KINDS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    """The twelve provinces, in CBS spelling; the value is the CBS code."""

    GRONINGEN = "PV20", "Groningen"
    FRYSLAN = "PV21", "Fryslân"
    DRENTHE = "PV22", "Drenthe"
    OVERIJSSEL = "PV23", "Overijssel"
    FLEVOLAND = "PV24", "Flevoland"
    GELDERLAND = "PV25", "Gelderland"
    UTRECHT = "PV26", "Utrecht"
    NOORD_HOLLAND = "PV27", "Noord-Holland"
    ZUID_HOLLAND = "PV28", "Zuid-Holland"
    ZEELAND = "PV29", "Zeeland"
    NOORD_BRABANT = "PV30", "Noord-Brabant"
    LIMBURG = "PV31", "Limburg"


class PartnershipRole(models.TextChoices):
    LEAD = "lead", _("Lead partner (trekker)")
    PARTNER = "partner", _("Partner")
    ADVISORY = "advisory", _("Advisory partner")
    FUNDER = "funder", _("Funder")

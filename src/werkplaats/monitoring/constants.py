"""What the 2018 evaluation gives monitoring: the three lines of force, the six overviews and the
four attention points. They come from the evaluation itself, so they are code, not data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LineOfForce(models.TextChoices):
    """Krachtlijnen: vorm, inhoud, relaties."""

    FORM = "form", _("Form")
    CONTENT = "content", _("Content")
    RELATIONS = "relations", _("Relations")


class Overview(models.TextChoices):
    """The six overviews the evaluation assembled by hand."""

    FORMS = "forms", _("Learning, development and research forms")
    PRODUCTS = "products", _("Products")
    PARTNERS = "partners", _("Partners")
    PARTICIPANTS = "participants", _("Participants")
    BENEFICIARIES = "beneficiaries", _("Beneficiaries")
    PUBLICATIONS = "publications", _("Publications")


class AttentionPoint(models.TextChoices):
    """The four points the evaluation asks the network to watch."""

    FUNDING = "funding", _("Flexibility of funding")
    LASTING_IMPACT = "lasting_impact", _("Lasting impact")
    CONNECTIONS = "connections", _("Stronger connections")
    LEARNING_RESULTS = "learning_results", _("Room to learn versus delivering results")


class Unit(models.TextChoices):
    COUNT = "count", _("number")
    DAYS = "days", _("days")
    SHARE = "share", _("percent")
    EURO = "euro", _("euro")
    RATIO = "ratio", _("ratio")

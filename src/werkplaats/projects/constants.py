"""Project statuses and the four learning levels. The levels come from the 2018 evaluation, so they
are code, not data (see DESIGN.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class LearningLevel(models.TextChoices):
    """Lerende praktijken, organisaties, gemeenten, professionals."""

    PRACTICES = "practices", _("Learning practices")
    ORGANISATIONS = "organisations", _("Learning organisations")
    MUNICIPALITIES = "municipalities", _("Learning municipalities")
    PROFESSIONALS = "professionals", _("Learning professionals")


class PartnerRole(models.TextChoices):
    CO_LEAD = "co_lead", _("Co-lead")
    RESEARCH = "research", _("Research partner")
    PRACTICE = "practice", _("Practice partner")
    EDUCATION = "education", _("Education partner")
    CLIENT = "client", _("Client or commissioning party")
    ADVISORY = "advisory", _("Advisory partner")
    OTHER = "other", _("Other")


class EducationForm(models.TextChoices):
    COURSE = "course", _("Course or assignment")
    MINOR = "minor", _("Minor")
    GRADUATION = "graduation", _("Graduation work")
    OTHER = "other", _("Other")


class OutcomeKind(models.TextChoices):
    """Learning outcomes and results are recorded side by side: the evaluation names the tension
    between room to learn and delivering results."""

    LEARNING = "learning", _("Learning outcome")
    RESULT = "result", _("Result")


#: Organisation kinds (slugs) an education link may name as its institution.
EDUCATION_INSTITUTION_KINDS = ("hogeschool", "roc")

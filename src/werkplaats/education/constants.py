"""Levels of education, kinds of assignment and the journey of an offer.

The levels are those of Dutch education (mbo 2-4, Associate degree, bachelor, master); the journey
is the issue's: offered → matched → running → delivered → assessed, or withdrawn on the way.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    MBO_2 = "mbo2", _("mbo level 2")
    MBO_3 = "mbo3", _("mbo level 3")
    MBO_4 = "mbo4", _("mbo level 4")
    ASSOCIATE = "ad", _("Associate degree")
    BACHELOR = "bachelor", _("Bachelor")
    MASTER = "master", _("Master")


MBO_LEVELS = {Level.MBO_2, Level.MBO_3, Level.MBO_4}


class OfferKind(models.TextChoices):
    INTERNSHIP = "internship", _("Internship")
    GRADUATION = "graduation", _("Graduation assignment")
    MINOR = "minor", _("Minor project")
    COURSE = "course", _("Course assignment")
    RESEARCH = "research", _("Practice-based research")


class OfferState(models.TextChoices):
    OFFERED = "offered", _("Offered")
    MATCHED = "matched", _("Matched")
    RUNNING = "running", _("Running")
    DELIVERED = "delivered", _("Delivered")
    ASSESSED = "assessed", _("Assessed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Which state may follow which; withdrawing is possible until the work is delivered.
TRANSITIONS: dict[str, set[str]] = {
    OfferState.OFFERED: {OfferState.MATCHED, OfferState.WITHDRAWN},
    OfferState.MATCHED: {OfferState.RUNNING, OfferState.WITHDRAWN},
    OfferState.RUNNING: {OfferState.DELIVERED, OfferState.WITHDRAWN},
    OfferState.DELIVERED: {OfferState.ASSESSED},
    OfferState.ASSESSED: set(),
    OfferState.WITHDRAWN: set(),
}
#: States an offer is shown in on the public board (a withdrawn offer leaves it).
PUBLIC_STATES = [s for s in OfferState.values if s != OfferState.WITHDRAWN]
#: States in which the work has come back from education.
DELIVERED_STATES = {OfferState.DELIVERED, OfferState.ASSESSED}


class EventKind(models.TextChoices):
    OFFERED = "offered", _("Offered to education")
    STATE_CHANGED = "state_changed", _("State changed")
    STUDENT_JOINED = "student_joined", _("A student joined")
    PUBLISHED = "published", _("Student work in the library")
    FEEDBACK = "feedback", _("Feedback from practice")


class Usefulness(models.IntegerChoices):
    NOT = 1, _("Not useful")
    LITTLE = 2, _("A little useful")
    USEFUL = 3, _("Useful")
    VERY = 4, _("Very useful")

"""Values that come from outside the network: the recognition levels of the Dutch intervention
databanks and the licences a product may carry."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RecognitionLevel(models.TextChoices):
    """The recognition levels of the Dutch databanks of effective interventions (Movisie)."""

    NOT_ASSESSED = "not_assessed", _("Not assessed")
    WELL_DESCRIBED = "well_described", _("Well described")
    WELL_SUBSTANTIATED = "well_substantiated", _("Well substantiated")
    EFFECTIVE_FIRST = "effective_first", _("Effective: first indications")
    EFFECTIVE_GOOD = "effective_good", _("Effective: good indications")
    EFFECTIVE_STRONG = "effective_strong", _("Effective: strong indications")


class Licence(models.TextChoices):
    """SPDX identifiers, plus all rights reserved."""

    CC_BY = "CC-BY-4.0", _("CC BY 4.0")
    CC_BY_SA = "CC-BY-SA-4.0", _("CC BY-SA 4.0")
    CC_BY_NC = "CC-BY-NC-4.0", _("CC BY-NC 4.0")
    CC0 = "CC0-1.0", _("CC0 1.0 (public domain)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


#: The kind that carries the method fields of the intervention databanks.
METHOD_KIND = "methodiek-interventie"

from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import VocabularyTerm


class LearningForm(VocabularyTerm):
    """How a project learns, develops or researches: action research, living lab, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("learning form")
        verbose_name_plural = _("learning forms")


class BeneficiaryGroup(VocabularyTerm):
    """Who benefits in the end (profijtgroep)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("beneficiary group")
        verbose_name_plural = _("beneficiary groups")


class FundingKind(VocabularyTerm):
    """Where money comes from: the ministry's basic grant, a municipality, Regieorgaan SIA, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("funding kind")
        verbose_name_plural = _("funding kinds")

from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import VocabularyTerm


class Theme(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Competence(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("competence")
        verbose_name_plural = _("competences")


class OrganisationKind(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("organisation kind")
        verbose_name_plural = _("organisation kinds")


class ParticipantRole(VocabularyTerm):
    """What someone does in the network: social professional, lector, student, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkplaats.utils.models import Searchable

from ..constants import Province
from ..validators import validate_municipality_code


class Municipality(Searchable):
    """A Dutch municipality as CBS lists it; the CBS code is its public identity."""

    code = models.CharField(
        _("CBS code"), max_length=6, unique=True, validators=[validate_municipality_code]
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.CharField(_("province"), max_length=4, choices=Province.choices)
    corop = models.CharField(_("COROP region"), max_length=100, blank=True)
    labour_market_region = models.CharField(_("labour market region"), max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name

    def search_parts(self) -> list[str]:
        return [self.name, self.code, self.get_province_display()]

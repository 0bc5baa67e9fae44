"""Publications: what the werkplaatsen publish and how openly."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from werkplaats.projects.constants import LearningLevel
from werkplaats.publications.constants import AccessRights, PublicationType

from ..constants import LineOfForce, Overview, Unit
from ..scope import Scope
from .base import Result, Row, indicator
from .sources import choice_rows, publications_in


@indicator(
    key="publications-by-type",
    name=_("Publications by type"),
    definition=_(
        "Publications of the year(s) of the period that name the werkplaats, on the theme, by type "
        "(article, report, book, chapter, lecture, ...). Published ones only in public; drafts too "
        "for the werkplaats's coordinators."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PROFESSIONALS, LearningLevel.ORGANISATIONS),
    overview=Overview.PUBLICATIONS,
)
def publications_by_type(scope: Scope) -> Result:
    counts = dict(
        publications_in(scope)
        .order_by()
        .values_list("publication_type")
        .annotate(n=Count("pk", distinct=True))
    )
    rows = [row for row in choice_rows(PublicationType, counts) if row.value]
    return Result(rows=rows, total=sum(counts.values()))


@publications_by_type.records
def _publications_by_type_records(scope: Scope, row_key: str):
    publications = publications_in(scope)
    return publications.filter(publication_type=row_key) if row_key else publications


@indicator(
    key="publications-open-access",
    name=_("Open access of publications"),
    definition=_(
        "The share (percent) of the publications of the period with each kind of access: open, "
        "embargoed, restricted or closed. The total is the open-access share. Same publications "
        "as 'Publications by type'."
    ),
    line=LineOfForce.CONTENT,
    levels=(LearningLevel.PROFESSIONALS,),
    overview=Overview.PUBLICATIONS,
    unit=Unit.SHARE,
)
def publications_open_access(scope: Scope) -> Result:
    counts = dict(
        publications_in(scope)
        .order_by()
        .values_list("access_rights")
        .annotate(n=Count("pk", distinct=True))
    )
    everything = sum(counts.values())

    def share(count):
        return round(100 * count / everything, 1) if everything else 0

    rows = [
        Row(choice.value, choice.label, share(counts.get(choice.value, 0)))
        for choice in AccessRights
    ]
    note = ""
    if everything:
        note = _("Out of %(count)d publications.") % {"count": everything}
    return Result(
        rows=rows, total=share(counts.get(AccessRights.OPEN, 0)) if everything else None, note=note
    )


@publications_open_access.records
def _publications_open_access_records(scope: Scope, row_key: str):
    publications = publications_in(scope)
    return publications.filter(access_rights=row_key) if row_key else publications

"""Published publications in the one search index (``werkplaats.search``), with facets for the
werkplaats, theme and year; a draft or withdrawn publication is not in it."""

from django.utils.translation import gettext_lazy as _

from werkplaats.search.registry import EntryData, SearchSource, register, source_for_kind

KIND = "publications"


def _provinces(workshops) -> list[str]:
    return sorted({m.province for w in workshops for m in w.municipalities.all()})


def _entry(publication) -> EntryData:
    # Title, abstract and where it appeared; never author names (see Publication.search_parts).
    workshops = list(publication.workshops.all())
    return EntryData(
        title=publication.title,
        body="\n".join(
            x for x in (publication.abstract, publication.journal, publication.publisher) if x
        ),
        url=publication.get_absolute_url(),
        language=publication.language if publication.language in ("nl", "en") else "nl",
        uuid=publication.uuid,
        year=publication.year,
        workshops=[w.slug for w in workshops],
        themes=[t.slug for t in publication.themes.all()],
        provinces=_provinces(workshops),
    )


def _public():
    from .models import Publication

    return Publication.objects.filter(is_published=True).prefetch_related(
        "themes", "workshops__municipalities"
    )


def register_publications() -> None:
    from .models import Publication

    if source_for_kind(KIND) is None:
        register(
            SearchSource(
                kind=KIND,
                label=_("Publications"),
                model=Publication,
                queryset_public=_public,
                to_entry=_entry,
                m2m_fields=("themes", "workshops"),
                order=58,
            )
        )
    # The search app connected its signals before this source existed: connect again (each
    # connection has a dispatch_uid, so nothing is connected twice).
    from werkplaats.search import signals

    signals.connect()

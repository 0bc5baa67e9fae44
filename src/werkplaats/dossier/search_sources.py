"""Published dossier articles in the one search index (``werkplaats.search``), with facets for
werkplaats, theme and year. A draft, or an article scheduled for later, is not in it; a scheduled
article is added when its time has come by ``services.publish_due_articles`` (the daily task and
the ``publish_scheduled`` command), since time passing saves nothing."""

from django.utils.translation import gettext_lazy as _

from werkplaats.search.registry import EntryData, SearchSource, register, source_for_kind

KIND = "articles"


def _provinces(workshops) -> list[str]:
    return sorted({m.province for w in workshops for m in w.municipalities.all()})


def _entry(article) -> EntryData:
    from .richtext import plain_text

    # Title, lead and body; never the name of a registry author (see Article.search_parts).
    workshops = list(article.workshops.all())
    return EntryData(
        title=article.title,
        body="\n".join(x for x in (article.lead, plain_text(article.body_html)) if x),
        url=article.get_absolute_url(),
        uuid=article.uuid,
        year=article.published_at.year if article.published_at else None,
        workshops=[w.slug for w in workshops],
        themes=[t.slug for t in article.themes.all()],
        provinces=_provinces(workshops),
    )


def _public():
    from .models import Article

    return Article.objects.published().prefetch_related("themes", "workshops__municipalities")


def register_articles() -> None:
    from .models import Article

    if source_for_kind(KIND) is None:
        register(
            SearchSource(
                kind=KIND,
                label=_("Dossier articles"),
                model=Article,
                queryset_public=_public,
                to_entry=_entry,
                m2m_fields=("themes", "workshops"),
                order=57,
            )
        )
    # The search app connected its signals before this source existed: connect again (each
    # connection has a dispatch_uid, so nothing is connected twice).
    from werkplaats.search import signals

    signals.connect()

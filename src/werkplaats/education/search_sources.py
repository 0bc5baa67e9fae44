"""Assignment offers and teaching cases in the one search index (``werkplaats.search``), with the
facets werkplaats, theme, province and year.

What is indexed is what their public pages show: an offer that is not withdrawn (its title,
description and expected product; never its question, group or supervisor), a published case (its
title, situation and questions for discussion). A withdrawn offer or a case taken back leaves the
index when it is saved (each step of the journey is a save)."""

from django.utils.translation import gettext_lazy as _

from werkplaats.search.registry import EntryData, SearchSource, register, source_for_kind


def _provinces(workshop) -> list[str]:
    return sorted({m.province for m in workshop.municipalities.all()})


def _offer_entry(offer) -> EntryData:
    return EntryData(
        title=offer.title,
        body="\n".join(x for x in (offer.summary, offer.expected_product) if x),
        url=offer.get_absolute_url(),
        uuid=offer.uuid,
        year=offer.starts_on.year,
        workshops=[offer.workshop.slug],
        themes=[t.slug for t in offer.themes.all()],
        provinces=_provinces(offer.workshop),
    )


def _public_offers():
    from .models import AssignmentOffer

    return (
        AssignmentOffer.objects.public()
        .select_related("workshop")
        .prefetch_related("themes", "workshop__municipalities")
    )


def _case_entry(case) -> EntryData:
    return EntryData(
        title=case.title,
        body="\n".join((case.situation, case.discussion)),
        url=case.get_absolute_url(),
        uuid=case.uuid,
        year=case.published_at.year if case.published_at else None,
        workshops=[case.workshop.slug],
        themes=[t.slug for t in case.themes.all()],
        provinces=_provinces(case.workshop),
    )


def _published_cases():
    from .models import TeachingCase

    return (
        TeachingCase.objects.filter(is_published=True)
        .select_related("workshop")
        .prefetch_related("themes", "workshop__municipalities")
    )


def register_education() -> None:
    from .models import AssignmentOffer, TeachingCase

    for source in (
        SearchSource(
            kind="assignments",
            label=_("Assignments for education"),
            model=AssignmentOffer,
            queryset_public=_public_offers,
            to_entry=_offer_entry,
            m2m_fields=("themes",),
            order=62,
        ),
        SearchSource(
            kind="cases",
            label=_("Teaching cases"),
            model=TeachingCase,
            queryset_public=_published_cases,
            to_entry=_case_entry,
            m2m_fields=("themes",),
            order=63,
        ),
    ):
        if source_for_kind(source.kind) is None:
            register(source)
    # The search app connected its signals before these sources existed: connect again (each
    # connection has a dispatch_uid, so nothing is connected twice).
    from werkplaats.search import signals

    signals.connect()

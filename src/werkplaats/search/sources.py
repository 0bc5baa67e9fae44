"""The built-in search sources: werkplaatsen, organisations, public people, published questions,
projects and learning communities. Other apps register their own (see ``registry``)."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from .registry import EntryData, SearchSource, register, source_for_kind


def _provinces(workshops) -> list[str]:
    return sorted({m.province for w in workshops for m in w.municipalities.all()})


def _workshops():
    from werkplaats.network.models import Workshop

    def entry(w):
        return EntryData(
            title=w.name,
            body=" ".join([w.description, " ".join(w.agenda or [])]),
            url=w.get_absolute_url(),
            uuid=w.uuid,
            workshops=[w.slug],
            themes=[t.slug for t in w.themes.all()],
            provinces=_provinces([w]),
        )

    return SearchSource(
        kind="workshops",
        label=_("Werkplaatsen"),
        model=Workshop,
        queryset_public=lambda: Workshop.objects.prefetch_related("themes", "municipalities"),
        to_entry=entry,
        m2m_fields=("themes", "municipalities"),
        order=10,
    )


def _organisations():
    from werkplaats.network.models import Organisation

    def entry(o):
        return EntryData(
            title=o.name,
            body=o.description,
            url=o.get_absolute_url(),
            uuid=o.uuid,
            themes=[t.slug for t in o.themes.all()],
            provinces=[o.location.province] if o.location else [],
        )

    return SearchSource(
        kind="organisations",
        label=_("Organisations"),
        model=Organisation,
        queryset_public=lambda: Organisation.objects.select_related("location").prefetch_related(
            "themes"
        ),
        to_entry=entry,
        m2m_fields=("themes",),
        order=20,
    )


def _people():
    from werkplaats.network.models import Person

    def entry(p):
        # Name and bio only: never the e-mail address.
        workshops = list(p.workshops.all())
        return EntryData(
            title=p.full_name,
            body=p.bio,
            url=p.get_absolute_url(),
            uuid=p.uuid,
            workshops=[w.slug for w in workshops],
            themes=[t.slug for t in p.themes.all()],
            provinces=_provinces(workshops),
        )

    return SearchSource(
        kind="people",
        label=_("People"),
        model=Person,
        queryset_public=lambda: Person.objects.filter(is_public=True).prefetch_related(
            "themes", "workshops__municipalities"
        ),
        to_entry=entry,
        m2m_fields=("themes", "workshops"),
        order=30,
    )


def _questions():
    from werkplaats.questions.models import PracticeQuestion

    def entry(q):
        # The public title and summary only: the question itself stays with the werkplaats.
        when = q.published_at or q.submitted_at
        return EntryData(
            title=q.public_title,
            body=q.public_summary,
            url=q.get_absolute_url(),
            uuid=q.uuid,
            year=when.year if when else None,
            workshops=[q.workshop.slug] if q.workshop else [],
            themes=[t.slug for t in q.themes.all()],
            provinces=[q.municipality.province] if q.municipality else [],
        )

    return SearchSource(
        kind="questions",
        label=_("Practice questions"),
        model=PracticeQuestion,
        queryset_public=lambda: (
            PracticeQuestion.objects.filter(is_published=True)
            .exclude(public_title="")
            .select_related("workshop", "municipality")
            .prefetch_related("themes")
        ),
        to_entry=entry,
        m2m_fields=("themes",),
        order=40,
    )


def _projects():
    from werkplaats.projects.models import Project

    def entry(p):
        workshops = [p.lead_workshop, *[w for w in p.workshops.all() if w != p.lead_workshop]]
        when = p.start_date or p.published_at
        return EntryData(
            title=p.title,
            body="\n".join(x for x in (p.goal, p.background, p.approach, p.result) if x),
            url=p.get_absolute_url(),
            uuid=p.uuid,
            year=when.year if when else None,
            workshops=[w.slug for w in workshops],
            themes=[t.slug for t in p.themes.all()],
            provinces=_provinces(workshops),
        )

    return SearchSource(
        kind="projects",
        label=_("Projects"),
        model=Project,
        queryset_public=lambda: (
            Project.objects.filter(is_published=True)
            .select_related("lead_workshop")
            .prefetch_related(
                "themes", "workshops__municipalities", "lead_workshop__municipalities"
            )
        ),
        to_entry=entry,
        m2m_fields=("themes", "workshops"),
        order=50,
    )


def _communities():
    from werkplaats.communities.models import LearningCommunity

    def entry(c):
        # Name and purpose only: closed communities show no more than that publicly.
        return EntryData(
            title=c.name,
            body=c.purpose,
            url=c.get_absolute_url(),
            uuid=c.uuid,
            year=c.created_at.year if c.created_at else None,
            workshops=[c.workshop.slug],
            themes=[c.theme.slug] if c.theme else [],
            provinces=_provinces([c.workshop]),
        )

    return SearchSource(
        kind="communities",
        label=_("Learning communities"),
        model=LearningCommunity,
        queryset_public=lambda: LearningCommunity.objects.select_related(
            "workshop", "theme"
        ).prefetch_related("workshop__municipalities"),
        to_entry=entry,
        order=60,
    )


def _products():
    from werkplaats.library.models import Product

    def entry(p):
        workshops = list(p.workshops.all())
        when = p.date or p.published_at
        return EntryData(
            title=p.title,
            body="\n".join(x for x in (p.summary, p.goal, p.approach) if x),
            url=p.get_absolute_url(),
            uuid=p.uuid,
            year=when.year if when else None,
            workshops=[w.slug for w in workshops],
            themes=[t.slug for t in p.themes.all()],
            provinces=_provinces(workshops),
        )

    return SearchSource(
        kind="products",
        label=_("Products"),
        model=Product,
        queryset_public=lambda: Product.objects.filter(is_published=True).prefetch_related(
            "themes", "workshops__municipalities"
        ),
        to_entry=entry,
        m2m_fields=("themes", "workshops"),
        order=55,
    )


def register_builtin() -> None:
    factories = [_workshops, _organisations, _people, _questions, _projects, _communities]
    if apps.is_installed("werkplaats.library"):
        factories.append(_products)
    for factory in factories:
        source = factory()
        if source_for_kind(source.kind) is None:
            register(source)

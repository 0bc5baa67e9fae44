"""A small network with something public and something private of every kind the feeds, the
structured data and the sitemap show. Private things carry marker words that must never appear."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from werkplaats.communities.tests.factories import CommunityFactory, MeetingFactory
from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.tests.factories import ArticleFactory
from werkplaats.library.tests.factories import ProductFactory
from werkplaats.network.models import Theme
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications.tests.factories import PublicationFactory

#: Words only private things carry.
PRIVATE = [
    "DRAFTMARKER",
    "SCHEDULEDMARKER",
    "HIDDENPERSONMARKER",
    "CLOSEDMARKER",
    "UNPUBLISHEDMARKER",
    "maildomainmarker.example",
]


def soon(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def theme(db):
    return Theme.objects.order_by("position", "name").first()


@pytest.fixture
def network(twente, zeeland, theme):
    """Public and private items of every kind in Twente, one public item of each in Zeeland."""
    public_person = PersonFactory(
        given_name="Open",
        family_name="Zichtbaar",
        is_public=True,
        orcid="0000-0002-1825-0097",
        email="open@maildomainmarker.example",
    )
    hidden_person = PersonFactory(
        given_name="Verborgen",
        family_name="HIDDENPERSONMARKER",
        is_public=False,
        email="hidden@maildomainmarker.example",
    )
    items = SimpleNamespace(public_person=public_person, hidden_person=hidden_person)

    items.article = ArticleFactory(
        title="Buurtkamer werkt",
        workshops=[twente],
        themes=[theme],
        author=public_person,
        author_name="",
    )
    items.hidden_author_article = ArticleFactory(
        title="Stil artikel", workshops=[twente], author=hidden_person, author_name=""
    )
    items.due_article = ArticleFactory(
        title="Ingepland en nu openbaar",
        workshops=[twente],
        scheduled_in=-datetime.timedelta(hours=1),
    )
    ArticleFactory(
        title="DRAFTMARKER artikel", workshops=[twente], state=ArticleState.DRAFT, published_at=None
    )
    ArticleFactory(
        title="SCHEDULEDMARKER artikel", workshops=[twente], scheduled_in=datetime.timedelta(days=3)
    )
    items.zeeland_article = ArticleFactory(title="Zeeuwse aanpak", workshops=[zeeland])

    items.publication = PublicationFactory(
        title="Eenzaamheid in Twente",
        workshops=[twente],
        authors=[hidden_person, public_person, ("Extern", "Eva")],
        doi="10.99999/wsd.1",
    )
    items.publication.themes.set([theme])
    PublicationFactory(title="DRAFTMARKER publicatie", workshops=[twente], is_published=False)
    items.zeeland_publication = PublicationFactory(title="Zeeuwse studie", workshops=[zeeland])

    items.product = ProductFactory(
        title="Handreiking buurtkamer", workshops=[twente], published_at=timezone.now()
    )
    items.product.themes.set([theme])
    items.product.makers.set([public_person, hidden_person])
    ProductFactory(title="UNPUBLISHEDMARKER product", workshops=[twente], is_published=False)
    items.zeeland_product = ProductFactory(title="Zeeuwse methode", workshops=[zeeland])

    items.community = CommunityFactory(name="Leergemeenschap Buurt", workshop=twente, theme=theme)
    items.meeting = MeetingFactory(
        community=items.community,
        title="Buurtavond",
        starts_at=soon(7),
        online_url="https://meet.example.org/x",
    )
    MeetingFactory(community=items.community, title="Voorbij", starts_at=soon(-30))
    items.closed = CommunityFactory(name="Besloten kring", workshop=twente, is_open=False)
    items.closed_meeting = MeetingFactory(
        community=items.closed,
        title="CLOSEDMARKER avond",
        agenda="CLOSEDMARKER agenda",
        starts_at=soon(5),
    )
    items.zeeland_community = CommunityFactory(name="Zeeuwse kring", workshop=zeeland)
    MeetingFactory(community=items.zeeland_community, title="Zeeuwse avond", starts_at=soon(9))

    items.project = ProjectFactory(title="Buurt in beweging", lead_workshop=twente)
    items.project.themes.set([theme])
    ProjectFactory(title="UNPUBLISHEDMARKER project", lead_workshop=twente, is_published=False)
    return items

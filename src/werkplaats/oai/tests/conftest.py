"""A small repository: public, draft, withdrawn and deleted publications and products in two
werkplaatsen, authors and makers with and without consent, a public and a draft project.

Markers are planted in everything that must never reach ``/oai``: the draft publication and
product, the draft project, the person without consent, and every person's e-mail address.
"""

from dataclasses import dataclass

import pytest

from werkplaats.library import services as library
from werkplaats.library.tests.factories import ProductFactory, kind
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.oai import constants as c
from werkplaats.oai.protocol import oai_identifier
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.publications import services as publications
from werkplaats.publications.constants import PublicationType
from werkplaats.publications.tests.factories import PublicationFactory

DRAFT_TITLE = "CONCEPTMARKER7Q"
DRAFT_PRODUCT = "PRODUCTCONCEPTMARKER3W"
DRAFT_PROJECT = "PROJECTCONCEPTMARKER9Z"
HIDDEN_GIVEN = "VERBORGENMARKER4R"
HIDDEN_FAMILY = "ANONIEMMARKER8D"
MAIL_DOMAIN = "persoonmarker.example"
MARKERS = [DRAFT_TITLE, DRAFT_PRODUCT, DRAFT_PROJECT, HIDDEN_GIVEN, HIDDEN_FAMILY, MAIL_DOMAIN]


def pub_id(item) -> str:
    return oai_identifier(c.PUBLICATION, item.uuid)


def product_id(item) -> str:
    return oai_identifier(c.PRODUCT, item.uuid)


@dataclass
class Repository:
    public: list[str]  # identifiers of every public record
    deleted: list[str]  # identifiers of every withdrawn or deleted record
    never_public: list[str]
    items: dict


@pytest.fixture
def repository(twente, zeeland):
    hidden = PersonFactory(
        given_name=HIDDEN_GIVEN,
        family_name=HIDDEN_FAMILY,
        slug="verborgen-oai",
        email=f"verborgen@{MAIL_DOMAIN}",
        is_public=False,
    )
    visible = PersonFactory(
        given_name="Anna",
        family_name_prefix="van den",
        family_name="Berg",
        slug="anna-van-den-berg",
        email=f"anna@{MAIL_DOMAIN}",
    )
    public_project = ProjectFactory(title="Samen sterk in de wijk", lead_workshop=twente)
    draft_project = ProjectFactory(title=DRAFT_PROJECT, lead_workshop=twente, is_published=False)
    article = PublicationFactory(
        title="Eenzaamheid onder ouderen in Twente",
        doi="10.99999/oai.1",
        licence="CC-BY-4.0",
        workshops=[twente],
        authors=[hidden, visible, ("Bakker", "Eva")],
    )
    article.projects.set([public_project, draft_project])
    report = PublicationFactory(
        title="Schulden en armoede in Zeeland",
        publication_type=PublicationType.REPORT,
        workshops=[zeeland],
        authors=[("Visser", "Jan")],
    )
    draft = PublicationFactory(
        title=DRAFT_TITLE,
        is_published=False,
        published_at=None,
        workshops=[twente],
        authors=[visible],
    )
    withdrawn = PublicationFactory(title="Teruggetrokken rapport", workshops=[twente])
    publications.unpublish_publication(withdrawn)
    gone = PublicationFactory(title="Verwijderde publicatie", workshops=[zeeland])
    gone_id = pub_id(gone)
    gone.delete()

    video = ProductFactory(
        title="Video over buurtwerk", kind=kind("video"), workshops=[twente, zeeland]
    )
    video.makers.set([hidden, visible])
    video.project = draft_project
    video.save()
    guide = ProductFactory(title="Handreiking wijkteams", workshops=[zeeland])
    guide.project = public_project
    guide.save()
    draft_product = ProductFactory(title=DRAFT_PRODUCT, is_published=False, workshops=[twente])
    unpublished = ProductFactory(
        title="Ingetrokken instrument", kind=kind("instrument"), workshops=[twente]
    )
    library.unpublish(unpublished)
    removed = ProductFactory(title="Verwijderd product", workshops=[zeeland])
    removed_id = product_id(removed)
    removed.delete()
    return Repository(
        public=[pub_id(article), pub_id(report), product_id(video), product_id(guide)],
        deleted=[pub_id(withdrawn), gone_id, product_id(unpublished), removed_id],
        never_public=[pub_id(draft), product_id(draft_product)],
        items={
            "article": article,
            "report": report,
            "draft": draft,
            "withdrawn": withdrawn,
            "video": video,
            "guide": guide,
            "draft_product": draft_product,
            "unpublished": unpublished,
            "hidden": hidden,
            "visible": visible,
            "public_project": public_project,
            "draft_project": draft_project,
        },
    )

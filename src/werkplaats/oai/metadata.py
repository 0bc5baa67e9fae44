"""Simple Dublin Core (``oai_dc``) for publications and products.

Only what is public goes in: authors and makers who consented or are external (the publications
app's ``csl_name`` and ``Person.objects.public()`` decide), and relations to projects, products
and publications a visitor may see (prefetched in ``records``). No e-mail address is ever written.
"""

from __future__ import annotations

import re

from django.conf import settings
from lxml import etree

from werkplaats.library.models import Product
from werkplaats.publications.citation import csl_name
from werkplaats.publications.constants import AccessRights, PublicationType, semantics_uri
from werkplaats.publications.models import Publication

from . import constants as c

# Characters XML 1.0 cannot carry at all; a stray one in an abstract must not break a harvest.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text) -> str:
    return NOT_XML.sub("", str(text)).strip()


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _name(family: str, given: str, prefix: str = "") -> str:
    """``Family, Given`` with the Dutch prefix before the family name (``van den Berg, An``)."""
    family = " ".join(p for p in (prefix, family) if p)
    return f"{family}, {given}" if given else family


def _licence(value: str) -> str:
    if not value:
        return ""
    from werkplaats.library.constants import Licence

    return c.LICENCE_URIS.get(value) or str(Licence(value).label)


class DublinCore:
    """Collects the elements of one record in the order ``oai_dc`` lists them."""

    ORDER = [
        "title",
        "creator",
        "subject",
        "description",
        "publisher",
        "contributor",
        "date",
        "type",
        "format",
        "identifier",
        "source",
        "language",
        "relation",
        "coverage",
        "rights",
    ]

    def __init__(self):
        self.values: dict[str, list[str]] = {name: [] for name in self.ORDER}

    def add(self, name: str, *values) -> None:
        for value in values:
            text = clean(value) if value else ""
            if text and text not in self.values[name]:
                self.values[name].append(text)

    def element(self) -> etree._Element:
        root = etree.Element(
            f"{{{c.OAI_DC}}}dc",
            {f"{{{c.XSI}}}schemaLocation": f"{c.OAI_DC} {c.OAI_DC_SCHEMA}"},
            nsmap={"oai_dc": c.OAI_DC, "dc": c.DC, "xsi": c.XSI},
        )
        for name in self.ORDER:
            for value in self.values[name]:
                etree.SubElement(root, f"{{{c.DC}}}{name}").text = value
        return root


def _citation_source(publication: Publication) -> str:
    if not publication.journal:
        return ""
    parts = [publication.journal]
    if publication.volume:
        parts.append(
            f"{publication.volume}({publication.issue})"
            if publication.issue
            else publication.volume
        )
    if publication.pages:
        parts.append(publication.pages)
    return ", ".join(parts)


def publication_dc(publication: Publication) -> etree._Element:
    dc = DublinCore()
    dc.add("title", publication.title)
    for authorship in publication.authorships.all():
        name = csl_name(authorship)
        if name:
            dc.add(
                "creator",
                _name(name["family"], name.get("given", ""), name.get("non-dropping-particle", "")),
            )
    dc.add("subject", *(theme.name for theme in publication.themes.all()))
    dc.add("description", publication.abstract)
    dc.add("publisher", publication.publisher)
    if publication.date:
        dc.add("date", publication.date.isoformat())
    elif publication.year:
        dc.add("date", str(publication.year))
    if publication.access_rights == AccessRights.EMBARGOED and publication.embargo_until:
        dc.add("date", f"{c.EMBARGO_END}{publication.embargo_until.isoformat()}")
    dc.add("type", publication.type_uri)
    dc.add("identifier", publication.doi_url, absolute(publication.get_absolute_url()))
    dc.add("identifier", publication.url)
    isbn = f"urn:isbn:{publication.isbn}" if publication.isbn else ""
    if publication.publication_type == PublicationType.BOOK:
        dc.add("identifier", isbn)
    else:
        dc.add("source", isbn)
    dc.add("source", _citation_source(publication))
    dc.add("source", f"urn:issn:{publication.issn}" if publication.issn else "")
    dc.add("language", publication.language)
    dc.add("relation", *(absolute(w.get_absolute_url()) for w in publication.workshops.all()))
    dc.add("relation", *(absolute(p.get_absolute_url()) for p in publication.projects.all()))
    dc.add("relation", *(absolute(p.get_absolute_url()) for p in publication.products.all()))
    dc.add("rights", publication.access_rights_uri, _licence(publication.licence))
    return dc.element()


def product_dc(product: Product) -> etree._Element:
    dc = DublinCore()
    dc.add("title", product.title)
    for person in product.makers.all():  # prefetched: only people who consented
        dc.add("creator", _name(person.family_name, person.given_name, person.family_name_prefix))
    dc.add("subject", *(theme.name for theme in product.themes.all()))
    dc.add("description", product.summary)
    workshops = list(product.workshops.all())
    dc.add("publisher", *([w.name for w in workshops] or [c.REPOSITORY_NAME]))
    if product.date:
        dc.add("date", product.date.isoformat())
    elif product.published_at:
        dc.add("date", product.published_at.date().isoformat())
    dcmi = c.PRODUCT_DCMI_TYPES.get(product.kind.slug, "Text")
    dc.add("type", f"{c.DCMI_TYPE}{dcmi}", product.kind.name)
    dc.add("identifier", absolute(product.get_absolute_url()))
    # The library is written in Dutch; products carry no language of their own.
    dc.add("language", settings.LANGUAGE_CODE)
    dc.add("relation", *(absolute(w.get_absolute_url()) for w in workshops))
    if product.project is not None:  # prefetched: only a project a visitor may see
        dc.add("relation", absolute(product.project.get_absolute_url()))
    dc.add("relation", *(absolute(p.get_absolute_url()) for p in product.publications.all()))
    dc.add("rights", semantics_uri(AccessRights.OPEN), _licence(product.licence))
    return dc.element()


def record_metadata(item) -> etree._Element:
    return publication_dc(item) if isinstance(item, Publication) else product_dc(item)

"""schema.org structured data (JSON-LD) for the public pages, one function per kind.

Each function turns an object the page already loaded into a dict, using only what the page shows
the public: never an e-mail address, a person only while they consent (``Person.is_public``), a
meeting only when its community is open. Related rows are read from what the page's query already
fetched (``prefetch_related``), so structured data adds no queries per item. ``script`` serialises
a dict into a ``<script type="application/ld+json">`` block with ``<``, ``>`` and ``&`` escaped as
JSON ``\\u`` sequences, so no text in the data can close the script element.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

CONTEXT = "https://schema.org"
DESCRIPTION_WORDS = 120
#: JSON escapes that keep a script element closed (as Django's ``json_script`` does).
ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
#: Organisation kinds (vocabulary slugs) with a more precise schema.org type.
ORGANISATION_TYPES = {
    "hogeschool": "CollegeOrUniversity",
    "universiteit": "CollegeOrUniversity",
    "roc": "EducationalOrganization",
    "gemeente": "GovernmentOrganization",
    "ggd": "GovernmentOrganization",
}
#: info:eu-repo publication types with a more precise schema.org type than CreativeWork.
PUBLICATION_TYPES = {
    "article": "ScholarlyArticle",
    "contributionToPeriodical": "Article",
    "report": "Report",
    "workingPaper": "Report",
    "book": "Book",
    "bookPart": "Chapter",
    "review": "Review",
}
PERIODICAL_TYPES = {"article", "contributionToPeriodical", "review"}

Absolute = Callable[[str], str]


# Serialising ------------------------------------------------------------------------------------


def compact(value):
    """Drops empty values (None, "", [], {}) at every level: absent beats empty in JSON-LD."""
    if isinstance(value, dict):
        cleaned = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        cleaned = [compact(item) for item in value]
        return [item for item in cleaned if item not in (None, "", [], {})]
    return value


def dumps(data: dict | list) -> str:
    """JSON text safe inside a script element."""
    text = json.dumps(compact(data), cls=DjangoJSONEncoder, ensure_ascii=False)
    return text.translate(ESCAPES)


def script(data: dict | list | None) -> SafeString:
    if not data:
        return mark_safe("")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(dumps(data)))


def document(node: dict) -> dict:
    return {"@context": CONTEXT, **node}


def graph(nodes: list[dict]) -> dict | None:
    nodes = [node for node in nodes if node]
    return {"@context": CONTEXT, "@graph": nodes} if nodes else None


# Small parts ------------------------------------------------------------------------------------


def text(value: str, words: int = DESCRIPTION_WORDS) -> str:
    return Truncator(" ".join(strip_tags(value or "").split())).words(words, truncate=" …")


def moment(value) -> str | None:
    """An aware datetime in Dutch time, or a date, in ISO 8601."""
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def network(absolute: Absolute) -> dict:
    return {
        "@type": "Organization",
        "name": _("Werkplaatsen Sociaal Domein"),
        "url": absolute(reverse("network:home")),
    }


def person(person, absolute: Absolute) -> dict | None:
    """A registry person as the public may see them, or None without their consent."""
    if person is None or not person.is_public:
        return None
    return {
        "@type": "Person",
        "name": person.full_name,
        "url": absolute(person.get_absolute_url()),
        "sameAs": [f"https://orcid.org/{person.orcid}"] if person.orcid else [],
    }


def workshop_ref(workshop, absolute: Absolute) -> dict:
    return {
        "@type": "Organization",
        "name": workshop.name,
        "url": absolute(workshop.get_absolute_url()),
    }


def theme_keywords(themes) -> str:
    return ", ".join(theme.label for theme in themes)


# One function per kind --------------------------------------------------------------------------


def website(absolute: Absolute) -> dict:
    """The home page: the site, and how to search it."""
    search = absolute(reverse("search:results"))
    return document(
        {
            "@type": "WebSite",
            "name": _("Werkplaatsen Sociaal Domein"),
            "url": absolute(reverse("network:home")),
            "inLanguage": get_language(),
            "publisher": network(absolute),
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": f"{search}?q={{search_term_string}}",
                },
                "query-input": "required name=search_term_string",
            },
        }
    )


def workshop_organization(workshop, absolute: Absolute) -> dict:
    """A werkplaats: an organisation of its own, member of the network."""
    english = (get_language() or "nl").startswith("en") and workshop.description_en
    return document(
        {
            "@type": "Organization",
            "@id": absolute(workshop.get_absolute_url()),
            "name": workshop.name,
            "url": absolute(workshop.get_absolute_url()),
            "description": text(workshop.description_en if english else workshop.description),
            "sameAs": [workshop.website] if workshop.website else [],
            "memberOf": network(absolute),
        }
    )


def organisation_organization(organisation, absolute: Absolute) -> dict:
    """A partner organisation; its kind, location and themes come with the page's query."""
    identifiers = []
    if organisation.kvk_number:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "KvK", "value": organisation.kvk_number}
        )
    if organisation.municipality_code:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "CBS", "value": organisation.municipality_code}
        )
    location = organisation.location
    return document(
        {
            "@type": ORGANISATION_TYPES.get(organisation.kind.slug, "Organization"),
            "@id": absolute(organisation.get_absolute_url()),
            "name": organisation.name,
            "url": absolute(organisation.get_absolute_url()),
            "description": text(organisation.description),
            "sameAs": [
                *([organisation.website] if organisation.website else []),
                *([f"https://ror.org/{organisation.ror_id}"] if organisation.ror_id else []),
            ],
            "identifier": identifiers,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": location.name,
                "addressCountry": "NL",
            }
            if location
            else None,
            "knowsAbout": [theme.label for theme in organisation.themes.all()],
        }
    )


def research_project(project, absolute: Absolute) -> dict:
    """A project (schema.org's ResearchProject is an organisation: founded and dissolved)."""
    funders = []
    for source in project.funding_sources.all():
        name = source.funder.name if source.funder_id else source.funder_name
        if name:
            funders.append({"@type": "Organization", "name": name})
    return document(
        {
            "@type": "ResearchProject",
            "@id": absolute(project.get_absolute_url()),
            "name": project.title,
            "url": absolute(project.get_absolute_url()),
            "description": text(project.goal or project.background),
            "foundingDate": moment(project.start_date),
            "dissolutionDate": moment(project.end_date),
            "parentOrganization": workshop_ref(project.lead_workshop, absolute),
            "member": [workshop_ref(w, absolute) for w in project.workshops.all()],
            "funder": funders,
            "keywords": theme_keywords(project.themes.all()),
        }
    )


def creative_work(product, absolute: Absolute) -> dict:
    """A library product; makers only with their consent, werkplaatsen as its creators too."""
    makers = [person(maker, absolute) for maker in product.makers.all()]
    return document(
        {
            "@type": "CreativeWork",
            "@id": absolute(product.get_absolute_url()),
            "name": product.title,
            "url": absolute(product.get_absolute_url()),
            "description": text(product.summary),
            "genre": product.kind.label,
            "dateCreated": moment(product.date),
            "datePublished": moment(product.published_at),
            "dateModified": moment(product.updated_at),
            "license": LICENCE_URLS.get(product.licence),
            "inLanguage": "nl",
            "creator": [*makers, *(workshop_ref(w, absolute) for w in product.workshops.all())],
            "keywords": theme_keywords(product.themes.all()),
            "publisher": network(absolute),
        }
    )


def _author(authorship, absolute: Absolute) -> dict | None:
    if authorship.person_id is not None:
        return person(authorship.person, absolute)
    return {
        "@type": "Person",
        "name": authorship.display_name,
        "givenName": authorship.given_name,
        "familyName": authorship.family_name,
        "sameAs": [f"https://orcid.org/{authorship.orcid}"] if authorship.orcid else [],
    }


def publication(publication, absolute: Absolute) -> dict:
    """A publication as ScholarlyArticle, Report, Book, Chapter … or CreativeWork."""
    kind = publication.publication_type
    container = None
    if publication.journal:
        periodical = kind in PERIODICAL_TYPES
        container = {
            "@type": "Periodical" if periodical else "Book",
            "name": publication.journal,
            "issn": publication.issn if periodical else "",
            "isbn": publication.isbn if kind == "bookPart" else "",
        }
    return document(
        {
            "@type": PUBLICATION_TYPES.get(kind, "CreativeWork"),
            "@id": absolute(publication.get_absolute_url()),
            "name": publication.title,
            "headline": Truncator(publication.title).chars(110),
            "url": absolute(publication.get_absolute_url()),
            "abstract": text(publication.abstract, 400),
            "author": [_author(a, absolute) for a in publication.authorships.all()],
            "datePublished": moment(publication.date) or (str(publication.year or "") or None),
            "inLanguage": publication.language,
            "publisher": {"@type": "Organization", "name": publication.publisher}
            if publication.publisher
            else None,
            "isPartOf": container,
            "volumeNumber": publication.volume if kind in PERIODICAL_TYPES else "",
            "issueNumber": publication.issue if kind in PERIODICAL_TYPES else "",
            "pagination": publication.pages,
            "isbn": publication.isbn if kind == "book" else "",
            "identifier": {"@type": "PropertyValue", "propertyID": "DOI", "value": publication.doi}
            if publication.doi
            else None,
            "sameAs": [publication.doi_url or publication.url]
            if (publication.doi or publication.url)
            else [],
            "license": LICENCE_URLS.get(publication.licence),
            "isAccessibleForFree": publication.access_rights == "openAccess",
            "keywords": theme_keywords(publication.themes.all()),
            "sourceOrganization": [workshop_ref(w, absolute) for w in publication.workshops.all()],
        }
    )


def article(article, absolute: Absolute) -> dict:
    """A dossier article; a registry author only with consent, a free author line as it is."""
    author = article.public_author
    if author and author["person"] is not None:
        author_node = person(author["person"], absolute)
    elif author:
        author_node = {"@type": "Person", "name": author["name"]}
    else:
        author_node = None
    return document(
        {
            "@type": "Article",
            "@id": absolute(article.get_absolute_url()),
            "headline": Truncator(article.title).chars(110),
            "name": article.title,
            "url": absolute(article.get_absolute_url()),
            "description": text(article.lead),
            "datePublished": moment(article.published_at),
            "dateModified": moment(article.updated_at),
            "author": author_node,
            "publisher": network(absolute),
            "image": [absolute(image.url) for image in article.images.all()],
            "inLanguage": "nl",
            "keywords": theme_keywords(article.themes.all()),
            "about": [workshop_ref(w, absolute) for w in article.workshops.all()],
        }
    )


def _is_public(meeting) -> bool:
    from werkplaats.communities.permissions import can_see_agenda

    return can_see_agenda(AnonymousUser(), meeting.community)


def event_node(meeting, absolute: Absolute) -> dict | None:
    """A meeting anyone may read about (of an open community), else None."""
    if not _is_public(meeting):
        return None
    community = meeting.community
    places = []
    if meeting.location:
        places.append({"@type": "Place", "name": meeting.location})
    if meeting.online_url:
        places.append({"@type": "VirtualLocation", "url": meeting.online_url})
    if meeting.location and meeting.online_url:
        mode = "MixedEventAttendanceMode"
    elif meeting.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    return {
        "@type": "Event",
        "@id": absolute(meeting.get_absolute_url()),
        "name": meeting.title,
        "url": absolute(meeting.get_absolute_url()),
        "description": text(meeting.agenda),
        "startDate": moment(meeting.starts_at),
        "endDate": moment(meeting.ends_at),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": places,
        "organizer": {
            "@type": "Organization",
            "name": community.name,
            "url": absolute(community.get_absolute_url()),
        },
    }


def event(meeting, absolute: Absolute) -> dict | None:
    node = event_node(meeting, absolute)
    return document(node) if node else None


def events(meetings, absolute: Absolute) -> dict | None:
    """Several meetings (a community's coming ones) as one graph; None when none is public."""
    return graph([event_node(meeting, absolute) for meeting in meetings])

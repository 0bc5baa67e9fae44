"""Business rules of publications: creating them with their authors in order, publishing and
withdrawing (with the tombstone harvesters need), and finding duplicates.

Privacy: a registry person is linked, never copied. Their name is read from the registry each time
a publication is shown and only when they consented (``Person.is_public``); a person who did not
consent is never named in public, not even as an "external" name (``author_from_person``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from werkplaats.network.models import Person
from werkplaats.network.validators import normalise_orcid
from werkplaats.utils.slugs import unique_slug
from werkplaats.utils.text import fold

from .models import Authorship, DeletedPublication, Publication, title_key
from .validators import normalise_doi


@dataclass(frozen=True)
class AuthorInput:
    """One author to record: a registry person, or an external name with an optional ORCID."""

    family_name: str = ""
    given_name: str = ""
    orcid: str = ""
    person: Person | None = None


def author_from_person(person: Person) -> AuthorInput:
    """A registry person as author: always the link, never a copy of the name."""
    return AuthorInput(person=person)


def match_registry_person(author: AuthorInput, people=None) -> Person | None:
    """The registry person an external name stands for: by ORCID, else by the exact full name.

    Linking matters for privacy: a person who did not consent is then not named in public, even
    when a file we imported names them.
    """
    if author.person is not None:
        return author.person
    candidates = people if people is not None else Person.objects.all()
    if author.orcid:
        found = candidates.filter(orcid=normalise_orcid(author.orcid)).first()
        if found:
            return found
    if not author.family_name:
        return None
    family, given = fold(author.family_name), fold(author.given_name)
    for person in candidates.filter(family_name__iexact=author.family_name.split()[-1]):
        full_family = fold(
            " ".join(p for p in (person.family_name_prefix, person.family_name) if p)
        )
        if full_family == family and fold(person.given_name) == given:
            return person
    return None


@transaction.atomic
def set_authors(publication: Publication, authors: list[AuthorInput]) -> list[Authorship]:
    """Replace the authors of a publication, in this order."""
    publication.authorships.all().delete()
    rows = []
    for position, author in enumerate(authors, start=1):
        person = match_registry_person(author)
        row = Authorship(publication=publication, position=position, person=person)
        if person is None:
            row.family_name = author.family_name.strip()
            row.given_name = author.given_name.strip()
            row.orcid = normalise_orcid(author.orcid) if author.orcid else ""
        row.full_clean(exclude=["publication"])
        row.save()
        rows.append(row)
    publication.save(update_fields=["search_text", "updated_at"])
    return rows


@transaction.atomic
def create_publication(
    *,
    title: str,
    authors: list[AuthorInput] = (),
    workshops=(),
    themes=(),
    projects=(),
    products=(),
    publish: bool = False,
    **fields,
) -> Publication:
    """A new publication with its authors in order; a draft unless ``publish``."""
    publication = Publication(title=title, **fields)
    publication.slug = fields.get("slug") or unique_slug(Publication, title)
    publication.full_clean(exclude=["slug"])
    publication.save()
    publication.workshops.set(workshops)
    publication.themes.set(themes)
    publication.projects.set(projects)
    publication.products.set(products)
    if authors:
        set_authors(publication, list(authors))
    if publish:
        publish_publication(publication)
    return publication


def publish_publication(publication: Publication) -> Publication:
    if not publication.is_published:
        publication.is_published = True
        publication.published_at = publication.published_at or timezone.now()
        publication.save(update_fields=["is_published", "published_at", "updated_at"])
    return publication


def unpublish_publication(publication: Publication) -> Publication:
    """Back to draft: off the site, the API and search at once; harvesters learn it is gone."""
    if publication.is_published:
        publication.is_published = False
        publication.save(update_fields=["is_published", "updated_at"])
    return publication


def remember_withdrawal(publication: Publication, *, deleting: bool = False) -> None:
    """Keep the tombstone in step: a once-public record that is no longer public has one, a
    public record none. Called on every save and delete (``signals``)."""
    once_public = publication.is_published or publication.published_at is not None
    if publication.is_published and not deleting:
        DeletedPublication.objects.filter(uuid=publication.uuid).delete()
        return
    if not once_public or publication.pk is None:
        return
    values = {
        "slug": publication.slug,
        "publication_type": publication.publication_type,
        "workshops": sorted(publication.workshops.values_list("slug", flat=True)),
        "deleted_at": timezone.now(),
    }
    if deleting:
        DeletedPublication.objects.update_or_create(uuid=publication.uuid, defaults=values)
    else:  # edits of the withdrawn draft do not move the moment it left the public
        DeletedPublication.objects.get_or_create(uuid=publication.uuid, defaults=values)


def find_duplicate(*, doi: str = "", title: str = "", year: int | None = None):
    """An existing publication with this DOI, or with this title (normalised) in this year."""
    doi = normalise_doi(doi)
    condition = Q(pk__in=[])
    if doi:
        condition |= Q(doi__iexact=doi)
    key = title_key(title)
    if key:
        condition |= Q(title_key=key, year=year)
    return Publication.objects.filter(condition).first()

"""The API under ``/api/v1/``: every list and detail of the router, search, indicators, schema.

Reading is public; what is private (a draft, an unpublished question, a person without consent, a
closed community's meeting) answers 404 to anyone who may not see it. POSTing to a list is
refused (405) except where the API accepts it (a practice question, which ``{}`` leaves invalid).
"""

from .rows import NOT_OFFERED, PUBLIC, TWENTE_PRIVATE, Case, fixed

INVALID = ("invalid",) * 6
#: Writing needs a key or a session: nobody logged in is asked to authenticate (401); the
#: read-only endpoints do not offer POST (405).
READ_ONLY = ("login", *NOT_OFFERED[1:])
#: The write API (``projects.api_writing``, ``library.api_writing``, ...): coordinators for their
#: own werkplaatsen and network editors; ``{}`` is refused for what it lacks.
WRITABLE = ("login", "forbidden", "invalid", "invalid", "invalid", "invalid")
EDITORS_ONLY = ("hidden", "hidden", "hidden", "hidden", "ok", "ok")


def _api(path, get=PUBLIC, post=None):
    return Case(fixed(f"/api/v1/{path}"), get, post, i18n=False)


API = {
    "api-root": _api("", post=READ_ONLY),
    "api-schema": _api("schema/"),
    "api-docs": _api("docs/"),
    "api-search": _api("search/?q=wijk", post=NOT_OFFERED),
    "api-indicators": _api("indicators/"),
    "api-indicator": _api("indicators/community-meetings/"),
    "workshop-list": _api("workshops/", post=READ_ONLY),
    "workshop-detail": _api("workshops/twente/"),
    "workshop-partner-list": _api("workshops/twente/partners/", post=WRITABLE),
    "workshop-partner-detail": _api("workshops/twente/partners/saxion/partner/"),
    "organisation-list": _api("organisations/", post=READ_ONLY),
    "organisation-detail": _api("organisations/saxion/"),
    "municipality-list": _api("municipalities/", post=READ_ONLY),
    "municipality-detail": _api("municipalities/GM0153/"),
    "person-list": _api("people/", post=READ_ONLY),
    "person-detail": _api("people/petra-open/"),
    "person-detail [without consent]": _api("people/pim-dicht/", TWENTE_PRIVATE),
    "theme-list": _api("themes/", post=READ_ONLY),
    "theme-detail": _api("themes/wijkteams/"),
    "theme-comparison": _api("themes/wijkteams/comparison/"),
    "competence-list": _api("competences/", post=READ_ONLY),
    "competence-detail": Case(
        lambda w: f"/api/v1/competences/{w.competence_slug}/", PUBLIC, i18n=False
    ),
    "organisation-kind-list": _api("organisation-kinds/", post=READ_ONLY),
    "organisation-kind-detail": _api("organisation-kinds/hogeschool/"),
    "role-list": _api("roles/", post=READ_ONLY),
    "role-detail": _api("roles/sociaal-professional/"),
    "question-list": _api("questions/", post=INVALID),
    "question-detail": Case(lambda w: f"/api/v1/questions/{w.published.uuid}/", PUBLIC, i18n=False),
    "question-detail [unpublished]": Case(
        lambda w: f"/api/v1/questions/{w.question.uuid}/", TWENTE_PRIVATE, i18n=False
    ),
    "community-list": _api("communities/", post=READ_ONLY),
    "community-detail": _api("communities/kring-twente/"),
    "community-detail [closed]": _api("communities/besloten-kring/"),
    "meeting-list": _api("meetings/", post=WRITABLE),
    "meeting-detail": Case(lambda w: f"/api/v1/meetings/{w.meeting.uuid}/", PUBLIC, i18n=False),
    # Listed by title and time; its agenda and location are left out (``CLOSED_HELP``).
    "meeting-detail [of a closed community]": Case(
        lambda w: f"/api/v1/meetings/{w.closed_meeting.uuid}/", PUBLIC, i18n=False
    ),
    "project-list": _api("projects/", post=WRITABLE),
    "project-detail": _api("projects/samen-in-de-wijk/"),
    "project-detail [draft]": _api("projects/concept-twente/", TWENTE_PRIVATE),
    "product-list": _api("products/", post=WRITABLE),
    "product-detail": _api("products/handreiking-wijk/"),
    "product-detail [draft]": _api("products/concept-handreiking/", TWENTE_PRIVATE),
    "publication-list": _api("publications/", post=WRITABLE),
    "publication-detail": _api("publications/eenzaamheid-wijk/"),
    "publication-detail [draft]": _api("publications/concept-publicatie/", TWENTE_PRIVATE),
    "article-list": _api("articles/", post=READ_ONLY),
    "article-detail": _api("articles/wijk-artikel/"),
    "article-detail [draft]": _api("articles/concept-artikel/", EDITORS_ONLY),
    "programme-list": _api("programmes/", post=READ_ONLY),
    "programme-detail": _api("programmes/social-work-windesheim/"),
    "assignment-list": _api("assignments/", post=READ_ONLY),
    "assignment-detail": Case(lambda w: f"/api/v1/assignments/{w.offer.slug}/", PUBLIC, i18n=False),
    # A withdrawn offer: for anyone but who runs it as if it did not exist.
    "assignment-detail [withdrawn]": Case(
        lambda w: f"/api/v1/assignments/{w.withdrawn_offer.slug}/", TWENTE_PRIVATE, i18n=False
    ),
}

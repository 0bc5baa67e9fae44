"""Every role against every view of issues 2 and 3, in one table.

Read a row as: "this view, asked by a visitor / member / coordinator of Twente / coordinator of
Zeeland (an outsider to Twente) / network editor / administrator, answers ...". The words mean:

- ``ok``: 200, the page or API answer;
- ``done``: a POST that worked and redirects onwards (not to a login page);
- ``login``: a redirect to a login page (the site's or the admin's);
- ``forbidden``: 403;
- ``hidden``: 404, answered exactly as for something that does not exist.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from werkplaats.communities.tests.factories import CommunityFactory, MeetingFactory
from werkplaats.network.models import Municipality, Organisation, Partnership, Person, Theme
from werkplaats.network.tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    PersonFactory,
)
from werkplaats.projects.tests.builders import full_project
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit

ROLES = ("visitor", "member", "coordinator", "outsider", "network_editor", "administrator")
USERS = {
    "visitor": None,
    "member": "mila",
    "coordinator": "cor",
    "outsider": "otto",
    "network_editor": "noor",
    "administrator": "ada",
}

OK, DONE, LOGIN, FORBIDDEN, HIDDEN = "ok", "done", "login", "forbidden", "hidden"

# fmt: off
#                        visitor  member     coordinator outsider   net. editor administrator
PUBLIC =                (OK,     OK,        OK,         OK,        OK,         OK)
ANY_LOGIN =             (LOGIN,  OK,        OK,         OK,        OK,         OK)
ANY_LOGIN_POST =        (LOGIN,  DONE,      DONE,       DONE,      DONE,       DONE)
TWENTE_MANAGERS =       (LOGIN,  FORBIDDEN, OK,         FORBIDDEN, OK,         OK)
TWENTE_MANAGERS_POST =  (LOGIN,  FORBIDDEN, DONE,       FORBIDDEN, DONE,       DONE)
ZEELAND_MANAGERS =      (LOGIN,  FORBIDDEN, FORBIDDEN,  OK,        OK,         OK)
ZEELAND_MANAGERS_POST = (LOGIN,  FORBIDDEN, FORBIDDEN,  DONE,      DONE,       DONE)
TWENTE_PRIVATE =        (HIDDEN, HIDDEN,    OK,         HIDDEN,    OK,         OK)
EVERYONE_POST =         (DONE,   DONE,      DONE,       DONE,      DONE,       DONE)
EDITORS_ADMIN =         (LOGIN,  LOGIN,     LOGIN,      LOGIN,     OK,         OK)
EDITORS_ADMIN_POST =    (LOGIN,  LOGIN,     LOGIN,      LOGIN,     DONE,       DONE)
ADMINISTRATORS_ADMIN =  (LOGIN,  LOGIN,     LOGIN,      LOGIN,     FORBIDDEN,  OK)
NOBODY =                (HIDDEN, HIDDEN,    HIDDEN,     HIDDEN,    HIDDEN,     HIDDEN)
# fmt: on

EXPECTED = {
    # Public pages
    "home": PUBLIC,
    "werkplaats list": PUBLIC,
    "werkplaats page": PUBLIC,
    "organisation list": PUBLIC,
    "organisation page": PUBLIC,
    "people directory": PUBLIC,
    "public person": PUBLIC,
    "private person of twente": TWENTE_PRIVATE,
    "municipality lookup": PUBLIC,
    "municipality page": PUBLIC,
    # API
    "api workshops": PUBLIC,
    "api organisations": PUBLIC,
    "api municipalities": PUBLIC,
    "api people": PUBLIC,
    "api themes": PUBLIC,
    "api competences": PUBLIC,
    # Accounts
    "login": PUBLIC,
    "password reset": PUBLIC,
    "password reset (POST)": EVERYONE_POST,
    "dashboard": ANY_LOGIN,
    "own profile": ANY_LOGIN,
    "own profile (POST)": ANY_LOGIN_POST,
    "log out (POST)": EVERYONE_POST,
    # Maintaining Twente in the site
    "manage twente": TWENTE_MANAGERS,
    "add partner form": TWENTE_MANAGERS,
    "add partner (POST)": TWENTE_MANAGERS_POST,
    "edit partnership form": TWENTE_MANAGERS,
    "edit partnership (POST)": TWENTE_MANAGERS_POST,
    "end partnership form": TWENTE_MANAGERS,
    "end partnership (POST)": TWENTE_MANAGERS_POST,
    "add person form": TWENTE_MANAGERS,
    "add new person (POST)": TWENTE_MANAGERS_POST,
    "add existing person (POST)": TWENTE_MANAGERS_POST,
    "edit person form": TWENTE_MANAGERS,
    "edit person (POST)": TWENTE_MANAGERS_POST,
    "remove person form": TWENTE_MANAGERS,
    "remove person (POST)": TWENTE_MANAGERS_POST,
    # Maintaining Zeeland: Twente's coordinator is the outsider here
    "manage zeeland": ZEELAND_MANAGERS,
    "add partner to zeeland (POST)": ZEELAND_MANAGERS_POST,
    # Admin
    "admin index": EDITORS_ADMIN,
    "admin theme list": EDITORS_ADMIN,
    "admin add theme (POST)": EDITORS_ADMIN_POST,
    "admin person list": EDITORS_ADMIN,
    "admin workshop region": EDITORS_ADMIN,
    "admin user list": ADMINISTRATORS_ADMIN,
    # Practice questions (issue 3): anyone holding a tracking link may follow that question
    "question intake form": PUBLIC,
    "question tracking page": PUBLIC,
    "forged tracking link": NOBODY,
    "question board": PUBLIC,
    "published question": PUBLIC,
    "unpublished question on the board": NOBODY,
    "twente question inbox": TWENTE_MANAGERS,
    "twente question triage": TWENTE_MANAGERS,
    "twente question export": TWENTE_MANAGERS,
    "zeeland question inbox": ZEELAND_MANAGERS,
    "api questions": PUBLIC,
    "api published question": PUBLIC,
    "api unpublished question of twente": TWENTE_PRIVATE,
    # Projects and learning communities (issue 4)
    "project list": PUBLIC,
    "project page": PUBLIC,
    "draft project of twente": TWENTE_PRIVATE,
    "new twente project form": TWENTE_MANAGERS,
    "edit twente project": TWENTE_MANAGERS,
    "community list": PUBLIC,
    "community page": PUBLIC,
    "meeting page": PUBLIC,
    "community calendar": PUBLIC,
    "werkplaats calendar": PUBLIC,
    "my work": ANY_LOGIN,
    "twente import": TWENTE_MANAGERS,
    "api projects": PUBLIC,
    "api communities": PUBLIC,
    "api meetings": PUBLIC,
}


@pytest.fixture
def world(twente, zeeland):
    """A little network: Twente with a partner and two people (one private), a spare organisation
    and a consenting person from elsewhere."""
    partner = PartnershipFactory(
        workshop=twente,
        role="partner",
        organisation=OrganisationFactory(name="Saxion", slug="saxion"),
    )
    spare = OrganisationFactory(name="Wijkracht", slug="wijkracht")
    public = PersonFactory(
        given_name="Petra", family_name="Open", slug="petra-open", is_public=True
    )
    private = PersonFactory(
        given_name="Pim", family_name="Dicht", slug="pim-dicht", is_public=False
    )
    elsewhere = PersonFactory(given_name="Els", family_name="Ander", slug="els-ander")
    public.workshops.add(twente)
    private.workshops.add(twente)
    elsewhere.workshops.add(zeeland)
    municipality = Municipality.objects.get(code="GM0153")
    twente.municipalities.add(municipality)
    question, token = submit(workshop=twente, municipality="GM0153")
    published, _ = submit(workshop=twente, municipality="GM0153")
    workflow.publish_question(published, None, "Eenzaamheid in de wijk", "Hoe vind je ze?")
    return {
        **_issue4_world(twente),
        "question": question,
        "token": token,
        "published": published,
        "twente": twente,
        "zeeland": zeeland,
        "partner": partner,
        "spare": spare,
        "public": public,
        "private": private,
        "elsewhere": elsewhere,
        "municipality": municipality,
    }


def _issue4_world(twente):
    """A published project and a draft of Twente, and an open community with a meeting."""
    community = CommunityFactory(workshop=twente, slug="kring-twente")
    return {
        "project": full_project(twente, title="Samen in de wijk"),
        "draft": ProjectFactory(lead_workshop=twente, slug="concept-twente", is_published=False),
        "community": community,
        "meeting": MeetingFactory(community=community),
    }


def _manage(name, workshop="twente", **kwargs):
    return reverse(f"manage:{name}", kwargs={"slug": workshop, **kwargs})


def _requests(world):
    """What each row of the table asks: (method, url, data)."""
    partnership = {"organisation": "saxion", "role": "partner"}
    person_data = {"given_name": "Nieuwe", "family_name": "Naam"}
    theme = {"slug": "wonen", "name": "Wonen", "position": 1, "is_active": "on"}
    get = "get"
    post = "post"
    return {
        "home": (get, reverse("network:home"), None),
        "werkplaats list": (get, reverse("network:workshop_list"), None),
        "werkplaats page": (get, reverse("network:workshop", kwargs={"slug": "twente"}), None),
        "organisation list": (get, reverse("network:organisation_list"), None),
        "organisation page": (
            get,
            reverse("network:organisation", kwargs={"slug": "saxion"}),
            None,
        ),
        "people directory": (get, reverse("network:person_list"), None),
        "public person": (get, reverse("network:person", kwargs={"slug": "petra-open"}), None),
        "private person of twente": (
            get,
            reverse("network:person", kwargs={"slug": "pim-dicht"}),
            None,
        ),
        "municipality lookup": (get, reverse("network:municipality_lookup") + "?q=enschede", None),
        "municipality page": (
            get,
            reverse("network:municipality", kwargs={"slug": world["municipality"].slug}),
            None,
        ),
        "api workshops": (get, "/api/v1/workshops/", None),
        "api organisations": (get, "/api/v1/organisations/", None),
        "api municipalities": (get, "/api/v1/municipalities/", None),
        "api people": (get, "/api/v1/people/", None),
        "api themes": (get, "/api/v1/themes/", None),
        "api competences": (get, "/api/v1/competences/", None),
        "login": (get, reverse("accounts:login"), None),
        "password reset": (get, reverse("accounts:password_reset"), None),
        "password reset (POST)": (
            post,
            reverse("accounts:password_reset"),
            {"email": "mila@example.org"},
        ),
        "dashboard": (get, reverse("accounts:dashboard"), None),
        "own profile": (get, reverse("accounts:profile"), None),
        "own profile (POST)": (post, reverse("accounts:profile"), person_data),
        "log out (POST)": (post, reverse("accounts:logout"), {}),
        "manage twente": (get, _manage("workshop"), None),
        "add partner form": (get, _manage("partner_add"), None),
        "add partner (POST)": (
            post,
            _manage("partner_add"),
            {"organisation": "wijkracht", "role": "partner"},
        ),
        "edit partnership form": (get, _manage("partner_edit", **partnership), None),
        "edit partnership (POST)": (
            post,
            _manage("partner_edit", **partnership),
            {"role": "advisory"},
        ),
        "end partnership form": (get, _manage("partner_end", **partnership), None),
        "end partnership (POST)": (
            post,
            _manage("partner_end", **partnership),
            {"end_date": timezone.localdate().isoformat()},
        ),
        "add person form": (get, _manage("person_add"), None),
        "add new person (POST)": (post, _manage("person_add"), person_data),
        "add existing person (POST)": (
            post,
            _manage("person_add_existing"),
            {"person": "els-ander"},
        ),
        "edit person form": (get, _manage("person_edit", person="pim-dicht"), None),
        "edit person (POST)": (post, _manage("person_edit", person="pim-dicht"), person_data),
        "remove person form": (get, _manage("person_remove", person="pim-dicht"), None),
        "remove person (POST)": (post, _manage("person_remove", person="pim-dicht"), {}),
        "manage zeeland": (get, _manage("workshop", "zeeland"), None),
        "add partner to zeeland (POST)": (
            post,
            _manage("partner_add", "zeeland"),
            {"organisation": "wijkracht", "role": "partner"},
        ),
        "admin index": (get, reverse("admin:index"), None),
        "admin theme list": (get, reverse("admin:network_theme_changelist"), None),
        "admin add theme (POST)": (post, reverse("admin:network_theme_add"), theme),
        "admin person list": (get, reverse("admin:network_person_changelist"), None),
        "admin workshop region": (
            get,
            reverse("admin:network_workshop_change", args=[world["twente"].pk]),
            None,
        ),
        "admin user list": (get, reverse("admin:accounts_user_changelist"), None),
        **_question_requests(world),
        **_issue4_requests(world),
    }


def _issue4_requests(world):
    project, community, meeting = world["project"], world["community"], world["meeting"]
    twente = {"slug": "twente"}
    return {
        "project list": ("get", reverse("projects:list"), None),
        "project page": ("get", project.get_absolute_url(), None),
        "draft project of twente": ("get", world["draft"].get_absolute_url(), None),
        "new twente project form": (
            "get",
            reverse("projects:create", kwargs={"workshop_slug": "twente"}),
            None,
        ),
        "edit twente project": (
            "get",
            reverse("projects:manage", kwargs={"slug": project.slug}),
            None,
        ),
        "community list": ("get", reverse("communities:list"), None),
        "community page": ("get", community.get_absolute_url(), None),
        "meeting page": (
            "get",
            reverse("communities:meeting", kwargs={"slug": community.slug, "uuid": meeting.uuid}),
            None,
        ),
        "community calendar": (
            "get",
            reverse("communities:ical", kwargs={"slug": community.slug}),
            None,
        ),
        "werkplaats calendar": ("get", reverse("communities:workshop_ical", kwargs=twente), None),
        "my work": ("get", reverse("communities:mine"), None),
        "twente import": ("get", reverse("imports:start", kwargs=twente), None),
        "api projects": ("get", "/api/v1/projects/", None),
        "api communities": ("get", "/api/v1/communities/", None),
        "api meetings": ("get", "/api/v1/meetings/", None),
    }


def _question_requests(world):
    question, published = world["question"], world["published"]

    def inbox(name, workshop="twente", **kwargs):
        return reverse(f"questions:{name}", kwargs={"slug": workshop, **kwargs})

    return {
        "question intake form": ("get", reverse("questions:submit"), None),
        "question tracking page": (
            "get",
            reverse("questions:track", kwargs={"token": world["token"]}),
            None,
        ),
        "forged tracking link": (
            "get",
            reverse("questions:track", kwargs={"token": world["token"][::-1]}),
            None,
        ),
        "question board": ("get", reverse("questions:board"), None),
        "published question": ("get", published.get_absolute_url(), None),
        "unpublished question on the board": ("get", question.get_absolute_url(), None),
        "twente question inbox": ("get", inbox("inbox"), None),
        "twente question triage": ("get", inbox("detail", uuid=question.uuid), None),
        "twente question export": ("get", inbox("export"), None),
        "zeeland question inbox": ("get", inbox("inbox", "zeeland"), None),
        "api questions": ("get", "/api/v1/questions/", None),
        "api published question": ("get", f"/api/v1/questions/{published.uuid}/", None),
        "api unpublished question of twente": (
            "get",
            f"/api/v1/questions/{question.uuid}/",
            None,
        ),
    }


# These POSTs do not change the registry, whoever sends them.
NO_REGISTRY_CHANGE = {"password reset (POST)", "log out (POST)"}


def _registry_state():
    """A fingerprint of everything the POSTs above may change."""
    return (
        sorted(
            Partnership.objects.values_list(
                "workshop__slug", "organisation__slug", "role", "end_date"
            )
        ),
        sorted(Person.objects.values_list("slug", "given_name", "is_public")),
        sorted(Person.workshops.through.objects.values_list("person__slug", "workshop__slug")),
        Organisation.objects.count(),
        Theme.objects.count(),
    )


def _outcome(response) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 302:
        location = response["Location"]
        logins = (reverse("accounts:login"), reverse("admin:login"))
        return LOGIN if location.startswith(logins) else DONE
    return {403: FORBIDDEN, 404: HIDDEN}.get(response.status_code, str(response.status_code))


CASES = [
    (view, role, expected[i]) for view, expected in EXPECTED.items() for i, role in enumerate(ROLES)
]


def test_the_table_covers_every_role_for_every_view():
    assert all(len(expected) == len(ROLES) for expected in EXPECTED.values())


@pytest.mark.parametrize(
    ("view", "role", "expected"), CASES, ids=[f"{view} as {role}" for view, role, _ in CASES]
)
def test_each_role_gets_what_the_table_says(client, request, world, view, role, expected):
    if USERS[role]:
        client.force_login(request.getfixturevalue(USERS[role]))
    method, url, data = _requests(world)[view]
    before = _registry_state()
    response = client.post(url, data) if method == "post" else client.get(url)
    assert _outcome(response) == expected, f"{view} as {role}: {response.status_code} {url}"
    changed = _registry_state() != before
    if method == "get" or view in NO_REGISTRY_CHANGE:
        assert not changed, f"{view} as {role} changed the registry"
    else:
        assert changed == (expected == DONE), f"{view} as {role}: changed={changed}"

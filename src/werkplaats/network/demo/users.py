"""Demo login accounts, one per role. Demo only: the password is public, in the README.

- ``beheerder``: administrator (superuser)
- ``redacteur``: network editor
- ``coordinator-twente``: coordinator of Werkplaats Sociaal Domein Twente
- ``coordinator-friesland``: coordinator of Werkplaats Sociaal Domein Friesland (where a question
  from, say, Súdwest-Fryslân lands)
- ``lid``: member with a public person profile (a wijkcoach in Twente)

Every role but the member's requires two-factor authentication: those accounts get an authenticator
app with the public ``DEMO_TOTP_SECRET`` (add it to an app, or run ``werkplaats totp USERNAME``).
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from werkplaats.accounts.models import TwoFactorDevice

from ..models import Affiliation, Organisation, Person, Workshop
from .people import CONSENT_MOMENT
from .plan import Vocabularies

DEMO_PASSWORD = "werkplaats-demo"
#: The demo's public two-factor secret (base32), for the accounts whose role requires it.
DEMO_TOTP_SECRET = "WERKPLAATSENSOCIAALDOMEINDEMO234"
COORDINATED_WORKSHOP = "twente"
#: Coordinator accounts and the werkplaats each one coordinates.
COORDINATORS = {"coordinator-twente": "twente", "coordinator-friesland": "friesland"}
#: The member's person, reserved so no generated person takes its slug.
MEMBER_PERSON = {
    "given_name": "Femke",
    "family_name_prefix": "de",
    "family_name": "Wit",
    "slug": "femke-de-wit",
}

ACCOUNTS = {
    "beheerder": {"is_superuser": True, "first_name": "Beheerder"},
    "redacteur": {"is_network_editor": True, "first_name": "Redacteur"},
    "coordinator-twente": {"first_name": "Coördinator", "last_name": "Twente"},
    "coordinator-friesland": {"first_name": "Coördinator", "last_name": "Friesland"},
    "lid": {"first_name": "Femke", "last_name": "de Wit"},
}


def _member_person(user, vocab: Vocabularies) -> None:
    twente = Workshop.objects.get(slug=COORDINATED_WORKSHOP)
    welfare = Organisation.objects.filter(
        partnerships__workshop=twente, kind__slug="welzijnsorganisatie"
    ).order_by("name")
    employer = welfare.filter(location__name="Enschede").first() or welfare.first()
    at = f" bij {employer.name}" if employer else ""
    person = Person.objects.create(
        user=user,
        email=user.email,
        is_public=True,
        consent_changed_at=CONSENT_MOMENT,
        bio=f"Wijkcoach{at}. Werkt aan eenzaamheid en de sociale basis.",
        **MEMBER_PERSON,
    )
    person.roles.add(vocab.roles["sociaal-professional"])
    person.themes.add(*(vocab.themes[s] for s in ("eenzaamheid", "sociale-basis")))
    person.competences.add(vocab.competences["wijkgericht-werken"])
    person.workshops.add(twente)
    if employer is not None:
        Affiliation.objects.create(
            person=person,
            organisation=employer,
            function="wijkcoach",
            start_date=datetime.date(2021, 3, 1),
        )


def create_demo_accounts(vocab: Vocabularies) -> list[str]:
    """Create the demo accounts that do not exist yet; returns their usernames. Existing accounts
    are left as they are (their password too)."""
    User = get_user_model()
    created = []
    for username, fields in ACCOUNTS.items():
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, email=f"{username}@example.org", **fields)
        user.set_password(DEMO_PASSWORD)
        user.save()
        created.append(username)
        if username in COORDINATORS:
            Workshop.objects.get(slug=COORDINATORS[username]).coordinators.add(user)
        elif username == "lid":
            _member_person(user, vocab)
        if username != "lid":
            TwoFactorDevice.objects.create(
                user=user, secret=DEMO_TOTP_SECRET, confirmed_at=timezone.now()
            )
    return created

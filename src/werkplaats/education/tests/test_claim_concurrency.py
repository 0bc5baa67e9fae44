"""Two lecturers claim the same offer at the same moment: exactly one group gets it, the other is
told so, and the offer is matched once. Real threads, each with its own database connection."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection
from django.utils import translation

from werkplaats.education.constants import OfferState
from werkplaats.education.models import AssignmentEvent, AssignmentOffer, StudentGroup
from werkplaats.education.services import journey

from .factories import ProgrammeFactory, offer_for


def waiting_for_the_lock(call):
    """Runs ``call`` as a file database with a busy timeout would (production SQLite waits up to
    ``busy_timeout`` for the other writer). The test database is SQLite's shared-cache in-memory
    one, which refuses a second writer at once ("database table is locked") instead of waiting:
    here the thread waits and tries again, as SQLite's busy handler does. PostgreSQL blocks on
    ``select_for_update`` and never gets here."""
    for _attempt in range(1000):
        try:
            return call()
        except OperationalError as error:
            if connection.vendor != "sqlite" or "locked" not in str(error):
                raise
            time.sleep(0.005)
    raise AssertionError("the other claim held the database for more than five seconds")


@pytest.mark.django_db(transaction=True)
def test_of_two_claims_at_once_exactly_one_matches_the_offer(cor, twente, django_user_model):
    offer = offer_for(twente, cor)
    claims = []
    for name, programme in (("lotte", "hbo Social Work"), ("ties", "hbo Toegepaste Psychologie")):
        lecturer = django_user_model.objects.create_user(name, f"{name}@example.org")
        claims.append((lecturer, ProgrammeFactory(name=programme)))
    barrier = threading.Barrier(len(claims))
    won, refused, failed = [], [], []

    def claim(lecturer, programme):
        translation.activate("en")  # a thread starts in the default language
        try:
            own = AssignmentOffer.objects.get(pk=offer.pk)  # each thread reads the row itself
            barrier.wait(timeout=30)
            won.append(waiting_for_the_lock(lambda: journey.claim_offer(own, lecturer, programme)))
        except ValidationError as error:
            refused.append(error)
        except Exception as error:  # anything else fails the test
            failed.append(error)
        finally:
            translation.deactivate()
            connection.close()

    threads = [threading.Thread(target=claim, args=claim_) for claim_ in claims]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not failed
    assert len(won) == 1 and len(refused) == 1
    assert "Another group has just taken this offer" in " ".join(refused[0].messages)
    assert StudentGroup.objects.filter(offer=offer).count() == 1
    group, code = won[0]
    assert journey.group_for_code(code) == group
    offer.refresh_from_db()
    assert offer.state == OfferState.MATCHED
    assert AssignmentEvent.objects.filter(offer=offer, to_state=OfferState.MATCHED).count() == 1

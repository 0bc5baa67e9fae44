"""Loading the real werkplaatsen into a database that does not hold them yet."""

import pytest

from werkplaats.network.models import Municipality, Workshop
from werkplaats.network.reference import ReferenceDataError, load_reference_network

from .test_reference import _counts

pytestmark = pytest.mark.django_db


def test_loading_twice_changes_nothing():
    first = load_reference_network()
    counts = _counts()
    second = load_reference_network()
    assert first.changed and not second.changed
    assert _counts() == counts


def test_an_unknown_named_municipality_fails_with_a_clear_message():
    Municipality.objects.filter(name="Hengelo (O.)").update(name="Hengelo")
    with pytest.raises(ReferenceDataError, match=r"'Hengelo \(O\.\)'.*werkplaats migrate"):
        load_reference_network()
    assert not Workshop.objects.exists()

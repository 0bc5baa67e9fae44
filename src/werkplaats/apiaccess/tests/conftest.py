import pytest
from rest_framework.test import APIClient

from werkplaats.apiaccess import services
from werkplaats.apiaccess.models import Access


def _client(key=None) -> APIClient:
    client = APIClient()
    if key:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


@pytest.fixture
def twente_read_key(cor, twente):
    return services.issue_token(
        workshop=twente, name="Monitor Twente", access=Access.READ, created_by=cor
    )[1]


@pytest.fixture
def twente_write_key(cor, twente):
    return services.issue_token(
        workshop=twente, name="CRM Twente", access=Access.WRITE, created_by=cor
    )[1]


@pytest.fixture
def zeeland_write_key(otto, zeeland):
    return services.issue_token(
        workshop=zeeland, name="CRM Zeeland", access=Access.WRITE, created_by=otto
    )[1]


@pytest.fixture
def client_with():
    """``client_with(key)``: an API client that sends the key; ``client_with()`` sends none."""
    return _client

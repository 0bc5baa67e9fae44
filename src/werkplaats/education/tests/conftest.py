"""The people of an offer's journey, next to the shared ones in ``werkplaats/conftest.py``:

- ``lotte``: lecturer of ``programme`` (hbo Social Work, bachelor)
- ``ties``: lecturer of ``other_programme`` (hbo Toegepaste Psychologie, bachelor): another lecturer
- ``sem``: a student (an account, no role)
- ``supervisor``: the practice supervisor, a Person with an account (``fenna``), not listed publicly
- ``offer``: an offer of ``twente`` made by ``cor``, with ``supervisor``
- ``question``: a question to ``twente``, on the question board under a title ``cor`` wrote
- ``smtp`` and ``on_commit``: the real SMTP server and the after-commit hooks of the questions'
  mail tests

A test module's own fixture of the same name takes precedence over these.
"""

import pytest

from werkplaats.conftest import PASSWORD
from werkplaats.network.tests.factories import PersonFactory
from werkplaats.questions.services import workflow
from werkplaats.questions.tests.factories import submit
from werkplaats.questions.tests.test_notifications import on_commit, smtp  # noqa: F401 - fixtures

from .factories import ProgrammeFactory, offer_for
from .helpers import SUBMITTERS_WORDS


def _account(django_user_model, username, **extra):
    return django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **extra
    )


@pytest.fixture
def programme(db):
    return ProgrammeFactory(name="hbo Social Work")


@pytest.fixture
def other_programme(db):
    return ProgrammeFactory(name="hbo Toegepaste Psychologie")


@pytest.fixture
def lotte(django_user_model, programme):
    user = _account(django_user_model, "lotte", first_name="Lotte", last_name="Bakker")
    programme.lecturers.add(user)
    return user


@pytest.fixture
def ties(django_user_model, other_programme):
    user = _account(django_user_model, "ties", first_name="Ties", last_name="Smit")
    other_programme.lecturers.add(user)
    return user


@pytest.fixture
def sem(django_user_model):
    return _account(django_user_model, "sem", first_name="Sem", last_name="Jansen")


@pytest.fixture
def supervisor(django_user_model):
    user = _account(django_user_model, "fenna")
    return PersonFactory(
        given_name="Fenna",
        family_name="Wijkteam",
        user=user,
        email="fenna@example.org",
        is_public=False,
    )


@pytest.fixture
def offer(twente, cor, supervisor):
    return offer_for(twente, cor, practice_supervisor=supervisor)


@pytest.fixture
def question(twente, cor):
    question, _token = submit(workshop=twente, question=SUBMITTERS_WORDS)
    workflow.publish_question(
        question, cor, "Eenzame ouderen vinden", "Hoe vinden wijkteams ouderen die alleen zijn?"
    )
    return question

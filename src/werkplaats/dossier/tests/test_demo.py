"""The demo dossier: realistic articles over the demo network, idempotent."""

import pytest
from django.utils import timezone

from werkplaats.dossier.constants import ArticleState
from werkplaats.dossier.demo import load_demo_dossier
from werkplaats.dossier.models import Article
from werkplaats.library.demo import load_demo_library
from werkplaats.network.demo import load_demo
from werkplaats.projects.demo import load_demo_projects
from werkplaats.search.models import SearchEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(settings, tmp_path):
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    load_demo()
    load_demo_projects()
    load_demo_library()
    return settings.DOSSIER_MEDIA_ROOT


def test_it_writes_a_dossier_of_practice_examples_once(network):
    lines = []
    first = load_demo_dossier(report=lines.append)
    second = load_demo_dossier()

    assert first.changed and not second.changed
    assert first.created == Article.objects.count() == 25
    assert first.drafts == 2 and first.scheduled == 1 and first.images == 1
    assert lines and "25" in lines[0]
    public = Article.objects.published()
    assert public.count() == 22
    assert Article.objects.get(slug="twente-eenzaamheid").title.startswith("Hoe Twente")
    scheduled = Article.objects.get(state=ArticleState.SCHEDULED)
    assert 6 <= (scheduled.published_at - timezone.now()).days <= 7
    assert SearchEntry.objects.filter(kind="articles").count() == 22


def test_articles_link_to_the_demo_network_and_carry_an_image_with_alt_text(network):
    load_demo_dossier()

    twente = Article.objects.get(slug="twente-eenzaamheid")
    assert [w.slug for w in twente.workshops.all()] == ["twente"]
    assert twente.projects.exists() and twente.products.exists()
    assert all(p.is_published for p in twente.projects.all())
    image = twente.images.get()
    assert image.alt and f'alt="{image.alt}"' in twente.body_html
    assert (network / image.file.name).read_bytes().startswith(b"\x89PNG")
    authors = Article.objects.exclude(author=None).select_related("author")
    assert any(a.author.is_public for a in authors)
    assert any(not a.author.is_public and a.public_author is None for a in authors)

import pytest
from django.core.management import call_command
from django.db import connection

from werkplaats.communities.tests.factories import CommunityFactory
from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory
from werkplaats.projects.tests.factories import ProjectFactory
from werkplaats.search.index import rebuild
from werkplaats.search.models import SearchEntry
from werkplaats.search.services import search

pytestmark = pytest.mark.django_db


def kinds(query):
    return sorted(h.kind for h in search(query, None).hits)


def test_saving_a_werkplaats_indexes_it_and_dutch_stemming_finds_it():
    WorkshopFactory(name="Werkplaats Eenzaamheid", description="Over eenzame ouderen in de wijk.")
    results = search("eenzame", None)
    assert results.total == 1
    assert "<mark>Eenzaamheid</mark>" in results.hits[0].title_html


def test_unpublishing_a_project_removes_it_from_results_at_once():
    project = ProjectFactory(title="Buurtkracht Zwolle", goal="Buurtkracht versterken.")
    assert kinds("buurtkracht") == ["projects"]
    project.is_published = False
    project.save()
    assert kinds("buurtkracht") == []
    project.is_published = True
    project.save()
    assert kinds("buurtkracht") == ["projects"]


def test_deleting_an_item_removes_it_from_results():
    community = CommunityFactory(name="Leergemeenschap Mantelzorgwaardering")
    assert kinds("mantelzorgwaardering") == ["communities"]
    community.delete()
    assert kinds("mantelzorgwaardering") == []
    assert not SearchEntry.objects.filter(kind="communities").exists()


def test_withdrawing_consent_takes_a_person_out_of_the_index():
    person = PersonFactory(given_name="Quirijntje", family_name="Zoekbaar")
    assert kinds("quirijntje") == ["people"]
    person.is_public = False
    person.save()
    assert kinds("quirijntje") == []


def test_adding_a_theme_after_saving_updates_the_facets(twente):
    from werkplaats.network.models import Theme

    theme = Theme.objects.first()
    project = ProjectFactory(title="Wijkteamkracht", lead_workshop=twente)
    project.themes.add(theme)
    facets = search("wijkteamkracht", None).facets
    assert [f.value for f in facets["theme"]] == [theme.slug]
    assert [f.value for f in facets["workshop"]] == ["twente"]


def test_the_rebuild_command_indexes_what_bulk_create_left_out(twente):
    from werkplaats.projects.models import Project

    Project.objects.bulk_create(
        [
            Project(
                title="Stille armoede",
                slug="stille-armoede",
                lead_workshop=twente,
                is_published=True,
            )
        ]
    )
    assert kinds("armoede") == []
    call_command("rebuild_search_index", verbosity=0)
    assert kinds("armoede") == ["projects"]


def test_a_rebuild_keeps_the_full_text_side_in_step_with_the_entries():
    WorkshopFactory(name="Werkplaats Schuldhulp")
    counts = rebuild()
    assert counts["workshops"] == SearchEntry.objects.filter(kind="workshops").count()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    assert kinds("schuldhulp") == ["workshops"]


def test_products_are_found_once_published_and_gone_when_withdrawn(twente):
    from werkplaats.library.tests.factories import ProductFactory

    product = ProductFactory(title="Handreiking Zingevingsgesprek", is_published=True)
    product.workshops.add(twente)
    results = search("zingevingsgesprek", None)
    assert [h.kind for h in results.hits] == ["products"]
    assert [f.value for f in results.facets["workshop"]] == ["twente"]
    product.is_published = False
    product.save()
    assert kinds("zingevingsgesprek") == []

from django_tasks import task

from .index import rebuild


@task()
def rebuild_search_index(kinds: list[str] | None = None) -> dict[str, int]:
    """Rebuild the index in the background (after bulk loads that bypass the signals)."""
    return rebuild(kinds)

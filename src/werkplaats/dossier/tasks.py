from django_tasks import task

from . import services


@task()
def publish_scheduled_articles() -> int:
    """Marks scheduled articles whose time has come as published and puts them in search.
    Safe to run any number of times (see ``services.publish_due_articles``)."""
    return len(services.publish_due_articles())

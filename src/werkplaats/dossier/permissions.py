"""Who may read and write dossier articles. Lists are filtered here, never in templates."""

from django.db.models import QuerySet

from werkplaats.accounts.roles import is_network_editor

from .models import Article


def can_edit_articles(user) -> bool:
    """Network editors and administrators write the dossier; nobody else does."""
    return is_network_editor(user)


def articles_visible_to(user) -> QuerySet:
    """Published articles whose time has come for everyone; drafts and articles scheduled for
    later only for those who edit the dossier (their preview)."""
    if can_edit_articles(user):
        return Article.objects.all()
    return Article.objects.published()

"""Publications in Django's admin, for network editors: authors in order (a registry person or an
external name), and the tombstones of withdrawn publications, read-only."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from werkplaats.network.admin import EditorAdmin, EditorInline

from .models import Authorship, DeletedPublication, Publication


class AuthorshipInline(EditorInline):
    model = Authorship
    autocomplete_fields = ["person"]
    fields = ["position", "person", "family_name", "given_name", "orcid"]


@admin.register(Publication)
class PublicationAdmin(EditorAdmin):
    list_display = ["title", "publication_type", "year", "doi", "is_published"]
    list_filter = ["is_published", "publication_type", "access_rights", "year", "workshops"]
    search_fields = ["title", "doi", "search_text"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["projects", "products"]
    filter_horizontal = ["themes", "workshops"]
    readonly_fields = ["uuid", "published_at", "updated_at"]
    inlines = [AuthorshipInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "uuid", "publication_type", "year", "date"]}),
        (_("Content"), {"fields": ["abstract", "language"]}),
        (
            _("Where it appeared"),
            {
                "fields": [
                    "journal",
                    "publisher",
                    "volume",
                    "issue",
                    "pages",
                    "isbn",
                    "issn",
                    "doi",
                    "url",
                ]
            },
        ),
        (_("Access"), {"fields": ["access_rights", "embargo_until", "licence"]}),
        (_("Links"), {"fields": ["workshops", "themes", "projects", "products"]}),
        (_("Publication"), {"fields": ["is_published", "published_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        from . import services

        publish = obj.is_published and not obj.published_at
        super().save_model(request, obj, form, change)
        if publish:
            obj.is_published = False
            services.publish_publication(obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The search text holds the external authors, saved only now.
        form.instance.save(update_fields=["search_text", "updated_at"])


@admin.register(DeletedPublication)
class DeletedPublicationAdmin(EditorAdmin):
    list_display = ["slug", "uuid", "publication_type", "deleted_at"]
    readonly_fields = ["uuid", "slug", "publication_type", "workshops", "deleted_at"]

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # harvesters rely on it for ever (deletedRecord=persistent)

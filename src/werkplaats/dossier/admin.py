"""The dossier in Django's admin, for network editors. Images are uploaded in the site's own
article form (which reads their type from the content); here their alt text and captions can be
corrected."""

from django.contrib import admin

from werkplaats.network.admin import EditorAdmin, EditorInline

from .forms import ImageForm
from .models import Article, ArticleImage


class ImageInline(EditorInline):
    model = ArticleImage
    form = ImageForm
    fields = ["alt", "caption", "position", "content_type", "size"]
    readonly_fields = ["content_type", "size"]

    def has_add_permission(self, request, obj=None):
        return False  # uploads go through the article form, which checks the file


@admin.register(Article)
class ArticleAdmin(EditorAdmin):
    list_display = ["title", "state", "published_at", "updated_at"]
    list_filter = ["state", "workshops", "themes"]
    search_fields = ["title", "search_text"]
    date_hierarchy = "published_at"
    readonly_fields = ["uuid", "created_at", "updated_at"]
    autocomplete_fields = ["author", "projects", "products"]
    filter_horizontal = ["themes", "workshops"]
    inlines = [ImageInline]
    fields = [
        "title",
        "slug",
        "lead",
        "body",
        "author",
        "author_name",
        "state",
        "published_at",
        "themes",
        "workshops",
        "projects",
        "products",
        "uuid",
        "created_at",
        "updated_at",
    ]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        form.instance.save()  # the body shows the images' alt text: render it again

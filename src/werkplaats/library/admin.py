"""The library in Django's admin, for network editors, with the readability of the summary."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from werkplaats.network.admin import EditorAdmin, EditorInline

from .models import Adoption, BuildsOn, Product, ProductKind, ProductLink
from .readability import flesch_douma


@admin.register(ProductKind)
class ProductKindAdmin(EditorAdmin):
    list_display = ["name", "name_en", "slug", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class LinkInline(EditorInline):
    model = ProductLink
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class BuildsOnInline(EditorInline):
    model = BuildsOn
    fk_name = "product"
    autocomplete_fields = ["source"]


class AdoptionInline(EditorInline):
    model = Adoption
    autocomplete_fields = ["organisation", "municipality"]


@admin.register(Product)
class ProductAdmin(EditorAdmin):
    list_display = ["title", "kind", "date", "recognition_level", "is_published"]
    list_filter = ["is_published", "kind", "recognition_level", "workshops"]
    search_fields = ["title", "search_text"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["project", "makers"]
    filter_horizontal = ["themes", "beneficiary_groups", "workshops"]
    readonly_fields = ["readability"]
    inlines = [LinkInline, BuildsOnInline, AdoptionInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "summary",
                    "readability",
                    "kind",
                    "date",
                    "licence",
                    "is_published",
                ]
            },
        ),
        (
            _("Where it comes from"),
            {"fields": ["workshops", "project", "makers", "themes", "beneficiary_groups"]},
        ),
        (
            _("Method or intervention"),
            {
                "fields": [
                    "goal",
                    "target_group_final",
                    "target_group_intermediate",
                    "approach",
                    "working_elements",
                    "conditions",
                    "substantiation",
                    "recognition_level",
                ]
            },
        ),
    ]

    @admin.display(description=_("readability of the summary"))
    def readability(self, obj):
        result = flesch_douma(obj.summary) if obj and obj.pk else None
        if result is None:
            return _("Save a summary to see its readability.")
        if result.above_b1:
            return format_html(
                "{} ({}) — <strong>{}</strong>",
                result.score,
                result.label,
                _("Harder than B1: use shorter sentences and shorter words."),
            )
        return format_html("{} ({})", result.score, result.label)

"""The registry in Django's admin, for network editors and administrators.

Access follows the role (``accounts.roles.is_network_editor``), not Django's per-model
permissions, so
making someone a network editor is all it takes. Coordinators work in the site itself
(``manage_views``), never here.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.accounts.roles import is_administrator, is_network_editor

from .models import (
    Affiliation,
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Partnership,
    Person,
    ResearchGroup,
    Theme,
    Workshop,
)


class NetworkEditorAccess:
    """Network editors (and administrators) may view, add, change and delete; nobody else may."""

    def has_module_permission(self, request):
        return is_network_editor(request.user)

    def has_view_permission(self, request, obj=None):
        return is_network_editor(request.user)

    def has_add_permission(self, request, *args):
        return is_network_editor(request.user)

    def has_change_permission(self, request, obj=None):
        return is_network_editor(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_network_editor(request.user)


class EditorAdmin(NetworkEditorAccess, admin.ModelAdmin):
    pass


class EditorInline(NetworkEditorAccess, admin.TabularInline):
    extra = 0


@admin.register(Theme, Competence, OrganisationKind, ParticipantRole)
class VocabularyAdmin(EditorAdmin):
    """Controlled vocabularies: data that network editors keep, in Dutch and English."""

    list_display = ["name", "name_en", "slug", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Municipality)
class MunicipalityAdmin(EditorAdmin):
    list_display = ["name", "code", "province", "workshop_count"]
    list_filter = ["province", "workshops"]
    search_fields = ["name", "code", "search_text"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(workshop_total=Count("workshops"))

    @admin.display(description=_("werkplaatsen"), ordering="workshop_total")
    def workshop_count(self, obj):
        return obj.workshop_total


class PartnershipInline(EditorInline):
    model = Partnership
    autocomplete_fields = ["organisation", "workshop"]
    fields = ["workshop", "organisation", "role", "start_date", "end_date"]


@admin.register(Organisation)
class OrganisationAdmin(EditorAdmin):
    list_display = ["name", "kind", "location", "kvk_number", "ror_id"]
    list_filter = ["kind", "location__province", "partnerships__workshop"]
    list_select_related = ["kind", "location"]
    search_fields = ["name", "slug", "kvk_number", "ror_id", "municipality_code"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["location"]
    filter_horizontal = ["themes", "competences"]
    readonly_fields = ["uuid", "created_at", "updated_at"]
    inlines = [PartnershipInline]


@admin.register(ResearchGroup)
class ResearchGroupAdmin(EditorAdmin):
    list_display = ["name", "organisation", "lector"]
    list_filter = ["workshops"]
    list_select_related = ["organisation", "lector"]
    search_fields = ["name", "slug", "organisation__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation", "lector"]
    filter_horizontal = ["themes"]
    readonly_fields = ["uuid"]


class AffiliationInline(EditorInline):
    model = Affiliation
    autocomplete_fields = ["organisation"]


@admin.register(Person)
class PersonAdmin(EditorAdmin):
    list_display = ["full_name", "is_public", "consent_changed_at", "orcid", "user"]
    list_filter = ["is_public", "workshops", "roles", "themes"]
    list_select_related = ["user"]
    search_fields = ["given_name", "family_name", "slug", "email", "orcid"]
    prepopulated_fields = {"slug": ["given_name", "family_name_prefix", "family_name"]}
    autocomplete_fields = ["user"]
    filter_horizontal = ["roles", "competences", "themes", "workshops"]
    readonly_fields = ["uuid", "consent_changed_at", "created_at", "updated_at"]
    inlines = [AffiliationInline]
    fieldsets = [
        (None, {"fields": ["given_name", "family_name_prefix", "family_name", "slug", "bio"]}),
        (_("Contact (never public)"), {"fields": ["email", "orcid", "user"]}),
        (_("Consent"), {"fields": ["is_public", "consent_changed_at"]}),
        (_("In the network"), {"fields": ["workshops", "roles", "competences", "themes"]}),
        (_("Record"), {"fields": ["uuid", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("name"), ordering="family_name")
    def full_name(self, obj):
        return obj.full_name

    def get_readonly_fields(self, request, obj=None):
        # Linking accounts is a matter of users, and users are for administrators.
        fields = list(super().get_readonly_fields(request, obj))
        if not is_administrator(request.user):
            fields.append("user")
        return fields

    def save_model(self, request, obj, form, change):
        # Same rule as services.set_person_consent: record when consent changes.
        if "is_public" in form.changed_data:
            obj.consent_changed_at = timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(Workshop)
class WorkshopAdmin(EditorAdmin):
    list_display = ["name", "slug", "municipality_count", "coordinator_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["municipalities", "themes", "research_groups", "coordinators"]
    readonly_fields = ["uuid", "created_at", "updated_at"]
    inlines = [PartnershipInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                municipality_total=Count("municipalities", distinct=True),
                coordinator_total=Count("coordinators", distinct=True),
            )
        )

    def get_readonly_fields(self, request, obj=None):
        # Who coordinates a werkplaats is a matter of roles, and roles are for administrators.
        fields = list(super().get_readonly_fields(request, obj))
        if not is_administrator(request.user):
            fields.append("coordinators")
        return fields

    @admin.display(description=_("municipalities"), ordering="municipality_total")
    def municipality_count(self, obj):
        return obj.municipality_total

    @admin.display(description=_("coordinators"), ordering="coordinator_total")
    def coordinator_count(self, obj):
        return obj.coordinator_total


@admin.register(Partnership)
class PartnershipAdmin(EditorAdmin):
    list_display = ["organisation", "workshop", "role", "start_date", "end_date"]
    list_filter = ["role", "workshop", "organisation__kind"]
    list_select_related = ["organisation", "workshop"]
    search_fields = ["organisation__name", "workshop__name"]
    autocomplete_fields = ["organisation", "workshop"]
    date_hierarchy = "start_date"

"""Users and their roles, in the admin, for administrators only."""

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Workshop

from .models import User
from .roles import is_administrator


class UserChangeForm(BaseUserAdmin.form):
    coordinated_workshops = forms.ModelMultipleChoiceField(
        label=_("coordinates werkplaatsen"),
        queryset=Workshop.objects.order_by("name"),
        required=False,
        widget=admin.widgets.FilteredSelectMultiple(_("werkplaatsen"), is_stacked=False),
        help_text=_("A coordinator maintains the partners and people of these werkplaatsen."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["coordinated_workshops"].initial = self.instance.coordinated_workshops.all()


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserChangeForm
    list_display = [
        "username",
        "email",
        "get_full_name",
        "is_network_editor",
        "is_superuser",
        "coordinates",
        "is_active",
        "last_login",
    ]
    list_filter = ["is_network_editor", "is_superuser", "is_active", "coordinated_workshops"]
    search_fields = ["username", "email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (_("Personal details"), {"fields": ["first_name", "last_name", "email"]}),
        (
            _("Roles"),
            {"fields": ["is_active", "is_superuser", "is_network_editor", "coordinated_workshops"]},
        ),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("coordinated_workshops")

    @admin.display(description=_("coordinates"))
    def coordinates(self, obj):
        return ", ".join(workshop.name for workshop in obj.coordinated_workshops.all()) or "—"

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "coordinated_workshops" in form.cleaned_data:
            form.instance.coordinated_workshops.set(form.cleaned_data["coordinated_workshops"])

    # Roles, not Django's model permissions, decide: only administrators manage users.
    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return is_administrator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_administrator(request.user)

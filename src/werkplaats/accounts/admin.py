"""Users and their roles, in the admin, for administrators only."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from werkplaats.network.models import Workshop

from . import lockout, twofactor
from .models import FailedLogin, LoginLock, User
from .roles import is_administrator


@never_cache
def _site_login(request, extra_context=None):
    """The admin's login page sends everyone to the site's, with its second factor and lock-out."""
    target = request.GET.get(REDIRECT_FIELD_NAME) or reverse("admin:index")
    return redirect(f"{reverse('accounts:login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")


admin.site.login = _site_login


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
    actions = ["unlock", "reset_two_factor"]

    @admin.action(description=_("Unlock the selected accounts (after too many failed logins)"))
    def unlock(self, request, queryset):
        count = lockout.unlock(queryset.values_list("username", flat=True))
        self.message_user(
            request,
            ngettext("%(count)d account unlocked.", "%(count)d accounts unlocked.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Reset two-factor authentication (they set it up again at the next login)")
    )
    def reset_two_factor(self, request, queryset):
        for user in queryset:
            twofactor.turn_off(user)
        self.message_user(request, _("Two-factor authentication reset."), messages.SUCCESS)

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


class AdministratorsOnly:
    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return is_administrator(request.user)


@admin.register(LoginLock)
class LoginLockAdmin(AdministratorsOnly, admin.ModelAdmin):
    list_display = ["username", "locked_until", "created_at"]
    search_fields = ["username"]
    actions = ["unlock"]

    @admin.action(description=_("Unlock the selected account names"))
    def unlock(self, request, queryset):
        count = lockout.unlock(queryset.values_list("username", flat=True))
        self.message_user(
            request,
            ngettext("%(count)d account unlocked.", "%(count)d accounts unlocked.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(FailedLogin)
class FailedLoginAdmin(AdministratorsOnly, admin.ModelAdmin):
    list_display = ["username", "stage", "created_at", "counts"]
    list_filter = ["stage", "created_at"]
    search_fields = ["username"]
    readonly_fields = ["username", "user", "address_hash", "stage", "counts", "created_at"]

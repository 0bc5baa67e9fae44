from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from . import services
from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Keys are made by coordinators in the site (the key is shown once there); the admin lists
    and revokes them."""

    list_display = ["name", "workshop", "access", "prefix", "created_by", "created_at",
                    "last_used_at", "expires_at", "revoked_at"]  # fmt: skip
    list_filter = ["access", "workshop"]
    search_fields = ["name", "prefix"]
    list_select_related = ["workshop", "created_by"]
    readonly_fields = ["uuid", "name", "workshop", "access", "prefix", "created_by", "created_at",
                       "last_used_at", "expires_at", "revoked_at", "revoked_by"]  # fmt: skip
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Revoke the selected API keys"))
    def revoke(self, request, queryset):
        for token in queryset:
            services.revoke_token(token, by=request.user)
        self.message_user(request, _("The keys have been revoked."), messages.SUCCESS)

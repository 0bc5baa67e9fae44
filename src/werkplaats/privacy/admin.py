from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from werkplaats.network.models import Person

from .context import acting_as
from .erasure import erase_person
from .models import AuditEntry
from .permissions import may_administer_privacy


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: nobody edits the log, not even an administrator."""

    list_display = ["created_at", "actor_label", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type", "created_at"]
    search_fields = ["object_id", "actor__username", "actor_name"]
    list_select_related = ["actor"]
    date_hierarchy = "created_at"

    def has_module_permission(self, request):
        return may_administer_privacy(request.user)

    def has_view_permission(self, request, obj=None):
        return may_administer_privacy(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.action(description=_("Erase the selected people (anonymise everywhere, keep counts)"))
def erase_people(modeladmin, request, queryset):
    if not may_administer_privacy(request.user):
        messages.error(request, _("Only administrators may erase people."))
        return
    with acting_as(user=request.user):
        count = 0
        for person in queryset:
            erase_person(person)
            count += 1
    messages.success(
        request,
        ngettext("Erased %(n)d person.", "Erased %(n)d people.", count) % {"n": count},
    )


def add_erase_action() -> None:
    """The Person admin belongs to the network app; the erase action is added to it here."""
    person_admin = admin.site._registry.get(Person)
    if person_admin is not None and erase_people not in (person_admin.actions or []):
        person_admin.actions = [*(person_admin.actions or []), erase_people]


add_erase_action()

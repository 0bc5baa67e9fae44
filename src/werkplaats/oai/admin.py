from django.contrib import admin

from .models import DeletedProduct


@admin.register(DeletedProduct)
class DeletedProductAdmin(admin.ModelAdmin):
    list_display = ["slug", "kind", "deleted_at"]
    search_fields = ["slug"]
    readonly_fields = ["uuid", "slug", "kind", "workshops", "deleted_at"]

    def has_add_permission(self, request):
        return False

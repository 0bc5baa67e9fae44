from django.utils.functional import SimpleLazyObject

from .roles import is_coordinator, is_network_editor


def roles(request):
    """Lazily tells templates what the current user may reach, for the navigation only."""
    user = request.user
    return {
        "user_is_network_editor": SimpleLazyObject(lambda: is_network_editor(user)),
        "user_is_coordinator": SimpleLazyObject(lambda: is_coordinator(user)),
    }

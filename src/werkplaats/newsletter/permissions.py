"""Who may do what with the newsletter. Subscribers are no users: their own signed links are
their only way in (``tokens``)."""

from werkplaats.accounts.roles import is_network_editor


def can_edit_newsletter(user) -> bool:
    """Network editors (and administrators) compose and send issues; nobody else does. Even they
    see subscriber counts only, never an address."""
    return is_network_editor(user)

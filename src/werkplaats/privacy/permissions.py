"""Who may see the audit log, export a person's data and erase: administrators only."""

from werkplaats.accounts.roles import is_administrator


def may_administer_privacy(user) -> bool:
    return is_administrator(user)

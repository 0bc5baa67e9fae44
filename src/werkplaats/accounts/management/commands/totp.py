"""``werkplaats totp USERNAME``: the current code of an account's authenticator app.

For trying the demo roles (their secret is public, in the README) and for operators, who can read
the secret from the database anyway. Prints the code that the app would show now.
"""

import pyotp
from django.core.management.base import BaseCommand, CommandError

from werkplaats.accounts import twofactor
from werkplaats.accounts.models import User


class Command(BaseCommand):
    help = "Prints the current two-factor code of an account (for the demo accounts)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = User.objects.filter(username=username).first()
        device = twofactor.confirmed_device(user) if user is not None else None
        if device is None:
            raise CommandError(f"No account {username!r} with two-factor authentication set up.")
        self.stdout.write(pyotp.TOTP(device.secret).now())

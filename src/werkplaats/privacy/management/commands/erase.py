"""werkplaats erase --person SLUG | --email X: anonymise a person or submitter everywhere."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from werkplaats.network.models import Person
from werkplaats.privacy.context import acting_as
from werkplaats.privacy.erasure import erase_person, erase_submitter


class Command(BaseCommand):
    help = (
        "Erases one person (--person: anonymised everywhere, counts kept) or one submitter "
        "(--email: their questions' personal data and newsletter subscription)."
    )

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--email", help="A submitter's or subscriber's e-mail address.")
        who.add_argument("--person", help="The slug of a person in the registry.")

    def handle(self, *args, email=None, person=None, **options):
        with acting_as(name="erase"):
            if person:
                found = Person.objects.filter(slug=person).first()
                if found is None:
                    raise CommandError(f"No person has the slug {person!r}.")
                report = erase_person(found)
            else:
                try:
                    validate_email(email)
                except ValidationError:
                    raise CommandError(f"{email!r} is not an e-mail address.") from None
                report = erase_submitter(email)
        summary = ", ".join(f"{key}: {n}" for key, n in sorted(report.counts.items()))
        self.stdout.write(f"Erased. {summary or 'Nothing held for this address.'}")

"""werkplaats subject_access --email X | --person SLUG: everything about one person as JSON."""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from werkplaats.network.models import Person
from werkplaats.privacy.context import acting_as
from werkplaats.privacy.subject_access import export_person, export_submitter


class Command(BaseCommand):
    help = "Writes everything held about one person (--person) or submitter (--email) as JSON."

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--email", help="A submitter's or subscriber's e-mail address.")
        who.add_argument("--person", help="The slug of a person in the registry.")
        parser.add_argument("--output", help="Write to this file instead of standard output.")

    def handle(self, *args, email=None, person=None, output=None, **options):
        with acting_as(name="subject_access"):
            if person:
                found = Person.objects.filter(slug=person).first()
                if found is None:
                    raise CommandError(f"No person has the slug {person!r}.")
                document = export_person(found)
            else:
                try:
                    validate_email(email)
                except ValidationError:
                    raise CommandError(f"{email!r} is not an e-mail address.") from None
                document = export_submitter(email)
        text = json.dumps(document, ensure_ascii=False, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            self.stdout.write(text)

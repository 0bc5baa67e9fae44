import datetime
import zoneinfo

import factory
from django.utils.text import slugify

from werkplaats.communities import models
from werkplaats.network.models import ParticipantRole
from werkplaats.network.tests.factories import PersonFactory, WorkshopFactory

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def role(slug: str = "sociaal-professional") -> ParticipantRole:
    return ParticipantRole.objects.get(slug=slug)


class CommunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.LearningCommunity

    name = factory.Sequence(lambda n: f"Leergemeenschap Proef {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    workshop = factory.SubFactory(WorkshopFactory)
    purpose = "Samen leren over eenzaamheid in de wijk."
    is_open = True


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Membership

    community = factory.SubFactory(CommunityFactory)
    person = factory.SubFactory(PersonFactory)
    role = factory.LazyFunction(role)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Meeting

    community = factory.SubFactory(CommunityFactory)
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    agenda = "Opening, casus, reflectie."
    starts_at = datetime.datetime(2026, 7, 2, 19, 30, tzinfo=AMSTERDAM)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    location = "Wijkcentrum De Bron, Enschede"


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Reflection

    meeting = factory.SubFactory(MeetingFactory)
    what_we_saw = "Bewoners zoeken elkaar op bij de koffie."
    what_we_learned = "Vaste momenten helpen."

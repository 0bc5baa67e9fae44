"""Meetings of the learning communities of a werkplaats, as coordinators plan them in a spreadsheet.

Times are Europe/Amsterdam wall-clock times (summer and winter time follow the date). A meeting of
the same community with the same title and start is already there and is left alone.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.communities.models import LearningCommunity, Meeting
from werkplaats.utils.text import fold

from ..engine import Column, ImportSpec, RowInvalid
from ..parsers import DateTime, Lookup, Text
from ..registry import register


class MeetingSpec(ImportSpec):
    name = "bijeenkomsten"
    label = gettext_lazy("Meetings of learning communities")
    columns = [
        Column(
            "community",
            "Leergemeenschap",
            Lookup(
                lambda context: LearningCommunity.objects.filter(workshop=context.workshop),
                ("slug", "name"),
                scoped=True,
                noun=gettext_lazy("learning community of this werkplaats"),
            ),
            aliases=("Learning community", "Community"),
            required=True,
            help=gettext_lazy("The community's name or its slug from the site."),
        ),
        Column("title", "Titel", Text(200), aliases=("Title",), required=True),
        Column(
            "starts_at",
            "Begin",
            DateTime(),
            aliases=("Starts at", "Start", "Aanvang"),
            required=True,
            help=gettext_lazy("dd-mm-yyyy hh:mm, Dutch time."),
        ),
        Column(
            "ends_at",
            "Einde",
            DateTime(),
            aliases=("Ends at", "End", "Eind"),
            required=True,
            help=gettext_lazy("dd-mm-yyyy hh:mm, Dutch time."),
        ),
        Column("location", "Plaats", Text(200), aliases=("Location", "Place", "Locatie")),
        Column("online_url", "Online link", Text(200), aliases=("Online URL", "Link")),
        Column("agenda", "Agenda", Text()),
    ]

    def make(self, values, context):
        if "meetings" not in context.cache:
            context.cache["meetings"] = {
                (community_id, fold(title), starts_at)
                for community_id, title, starts_at in Meeting.objects.filter(
                    community__workshop=context.workshop
                ).values_list("community_id", "title", "starts_at")
            }
        meeting = Meeting(
            community=values["community"],
            title=values["title"],
            starts_at=values["starts_at"],
            ends_at=values["ends_at"],
            location=values["location"] or "",
            online_url=values["online_url"] or "",
            agenda=values["agenda"] or "",
        )
        try:
            meeting.clean_fields(exclude=["community"])
            meeting.clean()
        except ValidationError as error:
            raise RowInvalid(
                {key: " ".join(str(m) for m in msgs) for key, msgs in error.message_dict.items()}
            ) from None
        key = (values["community"].pk, fold(values["title"]), values["starts_at"])
        if key in context.seen:
            raise RowInvalid(
                {
                    "title": _("repeats row %(row)s. Remove one of the two rows.")
                    % {"row": context.seen[key]}
                }
            )
        context.seen[key] = context.row
        if key in context.cache["meetings"]:
            return meeting, "unchanged"
        return meeting, "create"

    def commit(self, results, context) -> int:
        new = [result.obj for result in results if result.action == "create"]
        Meeting.objects.bulk_create(new, batch_size=500)
        return len(new)

    def export_queryset(self, workshop):
        return (
            Meeting.objects.filter(community__workshop=workshop)
            .select_related("community")
            .order_by("starts_at", "pk")
        )

    def export_values(self, meeting) -> dict:
        return {
            "community": meeting.community.slug,
            "title": meeting.title,
            "starts_at": meeting.starts_at,
            "ends_at": meeting.ends_at,
            "location": meeting.location,
            "online_url": meeting.online_url,
            "agenda": meeting.agenda,
        }


register(MeetingSpec())

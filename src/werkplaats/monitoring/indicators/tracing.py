"""The records behind a figure, as a trace list shows them: a label, a link and a short detail.

What a record shows depends on the scope: a public scope shows only what is public anyway (a
question by its ``public_title``, never the submitter's words; participants and members by role,
never by name), an internal scope links drafts to the coordinator's page where one exists.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor
from werkplaats.communities.models import Meeting, Membership
from werkplaats.library.models import Adoption, Product
from werkplaats.network.models import Organisation
from werkplaats.projects.models import EducationLink, Outcome, Participant
from werkplaats.questions.models import PracticeQuestion

from ..scope import Scope

#: What each kind of record needs from the database to be shown without a query per row.
RELATED = {
    PracticeQuestion: ("workshop",),
    Participant: ("role", "organisation", "project"),
    Product: ("kind",),
    Adoption: ("organisation", "product"),
    Meeting: ("community",),
    Membership: ("role", "community"),
    EducationLink: ("institution", "project"),
    Outcome: ("project",),
    Organisation: ("kind",),
}


@dataclass
class Line:
    label: str
    url: str = ""
    detail: str = ""


def prepare(records):
    """The records with what ``describe`` reads, fetched in the same query."""
    related = RELATED.get(records.model)
    return records.select_related(*related) if related else records


class Describer:
    """Turns records into lines for one viewer and scope; knows once which inboxes they handle."""

    def __init__(self, scope: Scope, user):
        self.scope = scope
        self.user = user
        self._inboxes = None

    def handles(self, question) -> bool:
        if not self.scope.internal or not getattr(self.user, "is_authenticated", False):
            return False
        if self._inboxes is None:
            self._inboxes = (
                None
                if is_network_editor(self.user)
                else set(coordinated_workshops(self.user).values_list("pk", flat=True))
            )
        return self._inboxes is None or question.workshop_id in self._inboxes

    def project_url(self, project) -> str:
        if project.is_published:
            return project.get_absolute_url()
        if self.scope.internal:
            return reverse("projects:manage", kwargs={"slug": project.slug})
        return ""

    def project_title(self, project) -> str:
        if project.is_published or self.scope.internal:
            return project.title
        return _("a project that is not public")

    def describe(self, record) -> Line:
        method = getattr(self, f"_{type(record).__name__.lower()}", None)
        if method is None:
            return Line(str(record), getattr(record, "get_absolute_url", lambda: "")())
        return method(record)

    def _practicequestion(self, question):
        # Never the submitter's title or words: the public title, or the reference.
        label = question.public_title or _("Question %(reference)s (not public)") % {
            "reference": question.reference
        }
        url = question.get_absolute_url() if question.is_published else ""
        if self.handles(question):
            url = reverse(
                "questions:detail", kwargs={"slug": question.workshop.slug, "uuid": question.uuid}
            )
        detail = date_format(question.submitted_at, "DATE_FORMAT")
        return Line(label, url, detail)

    def _project(self, project):
        detail = "" if project.is_published else _("draft")
        return Line(project.title, self.project_url(project), detail)

    def _participant(self, participant):
        organisation = participant.organisation.name if participant.organisation_id else ""
        label = participant.role.label + (f", {organisation}" if organisation else "")
        return Line(
            label, self.project_url(participant.project), self.project_title(participant.project)
        )

    def _product(self, product):
        url = product.get_absolute_url()
        if not product.is_published:
            url = (
                reverse("library:edit", kwargs={"slug": product.slug})
                if self.scope.internal
                else ""
            )
        return Line(product.title, url, product.kind.label)

    def _adoption(self, adoption):
        label = _("%(organisation)s uses %(product)s") % {
            "organisation": adoption.organisation.name,
            "product": adoption.product.title,
        }
        detail = date_format(adoption.since, "DATE_FORMAT") if adoption.since else ""
        url = adoption.product.get_absolute_url() if adoption.product.is_published else ""
        return Line(label, url, detail)

    def _publication(self, publication):
        detail = str(publication.year or "")
        return Line(publication.title, publication.get_absolute_url(), detail)

    def _organisation(self, organisation):
        return Line(organisation.name, organisation.get_absolute_url(), organisation.kind.label)

    def _meeting(self, meeting):
        community = meeting.community
        when = date_format(meeting.starts_at, "DATE_FORMAT")
        if community.is_open:
            return Line(f"{community.name}: {meeting.title}", meeting.get_absolute_url(), when)
        return Line(community.name, community.get_absolute_url(), when)

    def _membership(self, membership):
        # Members by role only: names follow the community's own rules, not the trace list.
        return Line(
            membership.role.label,
            membership.community.get_absolute_url(),
            membership.community.name,
        )

    def _educationlink(self, link):
        label = f"{link.programme}, {link.institution.name}"
        detail = _("%(students)d students, %(year)s, %(project)s") % {
            "students": link.students,
            "year": link.academic_year,
            "project": self.project_title(link.project),
        }
        return Line(label, self.project_url(link.project), detail)

    def _outcome(self, outcome):
        label = _("%(kind)s of %(project)s") % {
            "kind": outcome.get_kind_display(),
            "project": self.project_title(outcome.project),
        }
        return Line(label, self.project_url(outcome.project))


def counted_not_listed(indicator, scope: Scope, row_key: str, listed: int) -> int:
    """How many of the records a public figure counts cannot be listed: questions are counted
    whatever their state but listed only when published."""
    if scope.internal or indicator.records_for is None:
        return 0
    everything = indicator.records_for(
        Scope(period=scope.period, workshop=scope.workshop, theme=scope.theme, internal=True),
        row_key,
    )
    if everything.model is not PracticeQuestion:
        return 0
    return max(everything.count() - listed, 0)

"""Projects and their participants, as coordinators list them in spreadsheets.

Imported projects are drafts (not published): a coordinator reads them on the site first. A project
whose title the werkplaats already leads is left alone, so an export imports again without
duplicates.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.network.models import Organisation, ParticipantRole, Person, Theme, Workshop
from werkplaats.network.permissions import people_visible_to
from werkplaats.network.validators import normalise_orcid, validate_orcid
from werkplaats.projects.constants import ProjectStatus
from werkplaats.projects.models import BeneficiaryGroup, LearningForm, Participant, Project
from werkplaats.utils.text import fold

from ..engine import Column, ImportSpec, RowInvalid, SlugAllocator, fill_search_text
from ..parsers import Choice, Date, Lookup, Text
from ..registry import register


def _names(objects) -> str:
    return "; ".join(obj.name for obj in objects)


def _invalid(error: ValidationError) -> RowInvalid:
    return RowInvalid(
        {key: " ".join(str(m) for m in msgs) for key, msgs in error.message_dict.items()}
    )


@dataclass
class ProjectRow:
    project: Project
    relations: dict = field(default_factory=dict)


class ProjectSpec(ImportSpec):
    name = "projecten"
    label = gettext_lazy("Projects")
    columns = [
        Column("title", "Titel", Text(200), aliases=("Title", "Projecttitel"), required=True),
        Column(
            "lead_workshop",
            "Penvoerende werkplaats",
            Lookup(Workshop.objects.all, ("slug", "name"), noun=gettext_lazy("werkplaats")),
            aliases=("Lead werkplaats", "Lead workshop", "Trekker"),
            help=gettext_lazy("The werkplaats you import into, or empty."),
        ),
        Column(
            "workshops",
            "Deelnemende werkplaatsen",
            Lookup(
                Workshop.objects.all, ("slug", "name"), many=True, noun=gettext_lazy("werkplaats")
            ),
            aliases=("Participating werkplaatsen", "Participating workshops"),
            help=gettext_lazy("Other werkplaatsen in a joint project, separated by semicolons."),
        ),
        Column(
            "status",
            "Status",
            Choice(ProjectStatus),
            help=gettext_lazy("Planned, running or finished; planned if empty."),
        ),
        Column("start_date", "Startdatum", Date(), aliases=("Start date", "Start", "Begin")),
        Column("end_date", "Einddatum", Date(), aliases=("End date", "End", "Eind")),
        Column(
            "themes",
            "Thema's",
            Lookup(
                Theme.objects.all,
                ("slug", "name", "name_en"),
                many=True,
                noun=gettext_lazy("theme"),
            ),
            aliases=("Themas", "Themes", "Thema"),
            help=gettext_lazy("Separated by semicolons."),
        ),
        Column(
            "learning_forms",
            "Leervormen",
            Lookup(
                LearningForm.objects.all,
                ("slug", "name", "name_en"),
                many=True,
                noun=gettext_lazy("learning form"),
            ),
            aliases=("Learning forms", "Leer- en onderzoeksvormen"),
            help=gettext_lazy("Separated by semicolons."),
        ),
        Column(
            "beneficiary_groups",
            "Profijtgroepen",
            Lookup(
                BeneficiaryGroup.objects.all,
                ("slug", "name", "name_en"),
                many=True,
                noun=gettext_lazy("beneficiary group"),
            ),
            aliases=("Beneficiary groups", "Doelgroepen"),
            help=gettext_lazy("Separated by semicolons."),
        ),
        Column("background", "Aanleiding", Text(), aliases=("Background",)),
        Column("goal", "Doel", Text(), aliases=("Goal",)),
        Column("approach", "Aanpak", Text(), aliases=("Approach",)),
        Column("result", "Resultaat", Text(), aliases=("Result",)),
    ]
    relations = ("workshops", "themes", "learning_forms", "beneficiary_groups")

    def make(self, values, context):
        workshop = context.workshop
        lead = values["lead_workshop"] or workshop
        if lead.pk != workshop.pk:
            raise RowInvalid(
                {
                    "lead_workshop": _(
                        "is not the werkplaats you import into. Import this row on that "
                        "werkplaats's import page, or leave the column empty."
                    )
                }
            )
        if "projects" not in context.cache:
            context.cache["projects"] = {
                fold(title)
                for title in Project.objects.filter(lead_workshop=workshop).values_list(
                    "title", flat=True
                )
            }
        key = ("project", fold(values["title"]))
        if key in context.seen:
            raise RowInvalid(
                {
                    "title": _("repeats row %(row)s. Remove one of the two rows.")
                    % {"row": context.seen[key]}
                }
            )
        context.seen[key] = context.row
        project = Project(
            title=values["title"],
            lead_workshop=lead,
            status=values["status"] or ProjectStatus.PLANNED,
            start_date=values["start_date"],
            end_date=values["end_date"],
            background=values["background"] or "",
            goal=values["goal"] or "",
            approach=values["approach"] or "",
            result=values["result"] or "",
            created_by=context.user if getattr(context.user, "pk", None) else None,
        )
        if fold(values["title"]) in context.cache["projects"]:
            return ProjectRow(project), "unchanged"
        try:
            project.clean_fields(exclude=["slug", "search_text", "lead_workshop", "created_by"])
            project.clean()
        except ValidationError as error:
            raise _invalid(error) from None
        relations = {name: values[name] or [] for name in self.relations}
        relations["workshops"] = [w for w in relations["workshops"] if w.pk != lead.pk]
        return ProjectRow(project, relations), "create"

    def commit(self, results, context) -> int:
        slugs = SlugAllocator(Project)
        rows = [result.obj for result in results if result.action == "create"]
        for row in rows:
            row.project.slug = slugs(row.project.title)
            fill_search_text(row.project)
        Project.objects.bulk_create([row.project for row in rows], batch_size=500)
        for name in self.relations:
            through = getattr(Project, name).through
            target = getattr(Project, name).field.m2m_reverse_field_name()
            links = [
                through(project_id=row.project.pk, **{f"{target}_id": obj.pk})
                for row in rows
                for obj in row.relations[name]
            ]
            through.objects.bulk_create(links, batch_size=500)
        return len(rows)

    def export_queryset(self, workshop):
        return (
            Project.objects.involving(workshop)
            .select_related("lead_workshop")
            .prefetch_related("workshops", "themes", "learning_forms", "beneficiary_groups")
        )

    def export_values(self, project) -> dict:
        return {
            "title": project.title,
            "lead_workshop": project.lead_workshop.name,
            "workshops": _names(project.workshops.all()),
            "status": str(project.get_status_display()),
            "start_date": project.start_date,
            "end_date": project.end_date,
            "themes": _names(project.themes.all()),
            "learning_forms": _names(project.learning_forms.all()),
            "beneficiary_groups": _names(project.beneficiary_groups.all()),
            "background": project.background,
            "goal": project.goal,
            "approach": project.approach,
            "result": project.result,
        }


class ParticipantSpec(ImportSpec):
    """A row names a project, a role and, optionally, a person registered in the network (found by
    ORCID iD, then e-mail address, then name). Without a person it is one unnamed participant."""

    name = "deelnemers"
    label = gettext_lazy("Project participants")
    columns = [
        Column(
            "project",
            "Project",
            Lookup(
                lambda context: Project.objects.involving(context.workshop),
                ("slug", "title"),
                scoped=True,
                noun=gettext_lazy("project of this werkplaats"),
            ),
            aliases=("Projecttitel", "Project title"),
            required=True,
            help=gettext_lazy("The project's title or its slug from the site."),
        ),
        Column("name", "Naam", Text(300), aliases=("Name", "Persoon", "Person")),
        Column(
            "orcid",
            "ORCID",
            Text(validators=[validate_orcid], clean=normalise_orcid),
            aliases=("ORCID iD",),
        ),
        Column("email", "E-mail", Text(254), aliases=("E-mailadres", "Email", "E-mail address")),
        Column(
            "role",
            "Rol",
            Lookup(
                ParticipantRole.objects.all, ("slug", "name", "name_en"), noun=gettext_lazy("role")
            ),
            aliases=("Role",),
            required=True,
            help=gettext_lazy("For example: sociaal professional, onderzoeker, student (hbo/mbo)."),
        ),
        Column(
            "organisation",
            "Organisatie",
            Lookup(
                Organisation.objects.all,
                ("slug", "name", "kvk_number"),
                noun=gettext_lazy("organisation"),
            ),
            aliases=("Organisation",),
        ),
    ]

    def _people(self, context) -> dict:
        if "people" not in context.cache:
            index: dict = {}
            visible = people_visible_to(context.user).only(
                "pk", "given_name", "family_name_prefix", "family_name", "email", "orcid"
            )
            for person in visible:
                if person.orcid:
                    index[("orcid", person.orcid)] = person
                if person.email:
                    index[("email", person.email.lower())] = person
                name_key = ("name", fold(person.full_name))
                index[name_key] = None if name_key in index else person
            context.cache["people"] = index
            context.cache["participants"] = set(
                Participant.objects.filter(
                    project__in=Project.objects.involving(context.workshop), person__isnull=False
                ).values_list("project_id", "person_id", "role_id")
            )
        return context.cache["people"]

    def make(self, values, context):
        people = self._people(context)
        person = None
        if values["orcid"]:
            person = people.get(("orcid", values["orcid"]))
            if person is None:
                raise RowInvalid(
                    {"orcid": _("belongs to nobody registered. Add the person first.")}
                )
        elif values["email"]:
            person = people.get(("email", values["email"].lower()))
            if person is None:
                raise RowInvalid(
                    {"email": _("belongs to nobody registered. Add the person first.")}
                )
        elif values["name"]:
            key = ("name", fold(values["name"]))
            if key not in people:
                raise RowInvalid(
                    {
                        "name": _(
                            "is nobody registered. Add the person first, or leave name, ORCID and "
                            "e-mail empty to count an unnamed participant."
                        )
                    }
                )
            person = people[key]
            if person is None:
                raise RowInvalid(
                    {"name": _("fits more than one person; add their ORCID iD or e-mail.")}
                )
        participant = Participant(
            project=values["project"],
            person=person,
            role=values["role"],
            organisation=values["organisation"],
        )
        if person is None:
            return participant, "create"
        key = (values["project"].pk, person.pk, values["role"].pk)
        if key in context.seen:
            raise RowInvalid(
                {
                    "name": _("repeats row %(row)s. Remove one of the two rows.")
                    % {"row": context.seen[key]}
                }
            )
        context.seen[key] = context.row
        if key in context.cache["participants"]:
            return participant, "unchanged"
        return participant, "create"

    def commit(self, results, context) -> int:
        new = [result.obj for result in results if result.action == "create"]
        Participant.objects.bulk_create(new, batch_size=500)
        return len(new)

    def export_queryset(self, workshop):
        # Names and e-mail addresses only of people this werkplaats may see: with consent, or its own.
        own = Person.workshops.through.objects.filter(person=OuterRef("person"), workshop=workshop)
        return (
            Participant.objects.filter(project__in=Project.objects.involving(workshop))
            .select_related("project", "person", "role", "organisation")
            .annotate(person_is_own=Exists(own))
            .order_by("project__title", "role__position", "pk")
        )

    def export_values(self, participant) -> dict:
        person = participant.person
        shown = person is not None and (person.is_public or participant.person_is_own)
        return {
            "project": participant.project.slug,
            "name": person.full_name if shown else "",
            "orcid": person.orcid if shown else "",
            "email": person.email if shown and participant.person_is_own else "",
            "role": participant.role.name,
            "organisation": participant.organisation.name if participant.organisation_id else "",
        }


register(ProjectSpec())
register(ParticipantSpec())

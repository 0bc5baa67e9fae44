"""What an evaluation report says, as data: built once, rendered as HTML, PDF and a workbook.

Figures come only from ``indicators.compute(scope)``, so the report shows exactly what the
dashboards and the API show for the same scope. Practice examples are published dossier articles
and published reflections of open communities: titles, short excerpts and links, never a name.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.projects.constants import LearningLevel
from werkplaats.questions.constants import QuestionType

from .. import indicators
from ..constants import AttentionPoint, LineOfForce, Overview, Unit
from ..indicators.base import Figure
from ..scope import Scope

EXCERPT_WORDS = 40
EXAMPLES = 6
CENTRAL_QUESTION = gettext_lazy(
    "How do the werkplaatsen contribute most to learning practices, learning organisations, "
    "learning municipalities and learning professionals, for the transformation of the social "
    "domain?"
)


@dataclass
class Example:
    kind: str  # "article" or "reflection"
    title: str
    excerpt: str
    url: str  # a path on the site; renderers make it absolute where needed
    date: str = ""


@dataclass
class SummaryRow:
    """One line of a summary table: an indicator and its total, pointing to where it is shown."""

    name: str
    total: str
    anchor: str


@dataclass
class Group:
    key: str
    title: str
    text: str = ""
    figures: list[Figure] = field(default_factory=list)
    summary: list[SummaryRow] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


@dataclass
class ReportContent:
    title: str
    subtitle: str
    scope: Scope
    generated_at: str
    sections: list[Section]
    figures: list[Figure]  # every figure, in registry order (the workbook's definitions)
    analysis: object | None = None  # the network analysis (helper module), when available
    drawing_svg: str = ""

    def figures_of(self, section_key: str) -> list[Figure]:
        for section in self.sections:
            if section.key == section_key:
                return [figure for group in section.groups for figure in group.figures]
        return []


def display(value, unit: str = Unit.COUNT) -> str:
    """A value as readers see it, in the active language: as on the dashboards."""
    from ..templatetags.monitoring import format_value

    return format_value(value, unit)


def spec_id(group: "Group", figure: Figure) -> str:
    """The element id of a figure's chart in the HTML report (a figure may appear in two groups)."""
    return f"{group.key}-{figure.key}"


def _has_rows_of(figure: Figure, values) -> bool:
    keys = {row.key for row in figure.rows}
    return bool(keys) and set(values) <= keys


def _is_network(figure: Figure) -> bool:
    return figure.indicator.compute_result.__module__.endswith(".indicators.network")


def build(scope: Scope, title: str, analysis=None, drawing_svg: str = "") -> ReportContent:
    """The whole report for a scope. ``analysis`` and ``drawing_svg`` come from the network
    analysis (``services`` computes them, so progress can be shown per step).

    Each figure is shown in full where it belongs first (its overview, the question types, the
    attention points, the network); figures that belong to none of those are shown under their
    line of force. The learning levels and lines of force also list every figure they hold."""
    figures = indicators.compute(scope)
    sections = [_introduction(scope), _central_question()]

    overviews = Section("overviews", _("The six overviews"))
    overviews.paragraphs.append(
        _(
            "The 2018 evaluation assembled these overviews by hand. Here they are counted from "
            "the records of the werkplaatsen."
        )
    )
    for overview in Overview:
        chosen = [f for f in figures if f.indicator.overview == overview]
        overviews.groups.append(
            Group(f"overview-{overview.value}", str(overview.label), figures=chosen)
        )
    sections.append(overviews)

    questions = Section("question-types", _("The four question types"))
    questions.paragraphs.append(
        _(
            "Action questions on unexplored ground; work processes and the client's "
            "perspective; questions of several actors; visibility, measurability and monitoring."
        )
    )
    chosen = [f for f in figures if _has_rows_of(f, QuestionType.values)]
    questions.groups.append(Group("question-types", _("By question type"), figures=chosen))
    sections.append(questions)

    levels = Section("learning-levels", _("The four learning levels"))
    chosen = [f for f in figures if _has_rows_of(f, LearningLevel.values)]
    if chosen:
        levels.groups.append(Group("levels", _("By learning level"), figures=chosen))
    level_groups = {}
    for level in LearningLevel:
        level_groups[level] = Group(f"level-{level.value}", str(level.label))
        levels.groups.append(level_groups[level])
    sections.append(levels)

    attention = Section("attention-points", _("The four attention points"))
    for point in AttentionPoint:
        chosen = [f for f in figures if f.indicator.attention == point]
        attention.groups.append(Group(f"attention-{point.value}", str(point.label), figures=chosen))
    sections.append(attention)

    network = Section("network", _("The network of relations"))
    network.paragraphs.append(
        _(
            "Organisations and werkplaatsen are tied when they work together: shared projects "
            "and communities, partnerships, referred questions and products that build on "
            "each other. People never appear in the network."
        )
    )
    network.groups.append(
        Group("network", _("Network figures"), figures=[f for f in figures if _is_network(f)])
    )
    sections.append(network)

    shown = {f.key for section in sections for group in section.groups for f in group.figures}
    lines = Section("lines-of-force", _("The three lines of force"))
    lines.paragraphs.append(
        _("Every figure belongs to one line of force: form, content or relations.")
    )
    line_groups = {}
    for line in LineOfForce:
        rest = [f for f in figures if f.indicator.line == line and f.key not in shown]
        line_groups[line] = Group(f"line-{line.value}", str(line.label), figures=rest)
        lines.groups.append(line_groups[line])
    sections.append(lines)

    examples = Section("examples", _("Practice examples"))
    examples.paragraphs.append(
        _("Published dossier articles and reflections of open learning communities.")
    )
    examples.groups.append(Group("articles", _("From the dossier"), examples=articles(scope)))
    examples.groups.append(
        Group("reflections", _("From learning communities"), examples=reflections(scope))
    )
    sections.append(examples)

    first_place = {}
    for section in sections:
        for group in section.groups:
            for figure in group.figures:
                first_place.setdefault(figure.key, f"{spec_id(group, figure)}-figure")
    for level, group in level_groups.items():
        group.summary = _summary([f for f in figures if level in f.indicator.levels], first_place)
    for line, group in line_groups.items():
        group.summary = _summary([f for f in figures if f.indicator.line == line], first_place)

    return ReportContent(
        title=title,
        subtitle=scope.period.label,
        scope=scope,
        generated_at=timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        sections=sections,
        figures=figures,
        analysis=analysis,
        drawing_svg=drawing_svg,
    )


def _summary(figure_list: list[Figure], first_place: dict[str, str]) -> list[SummaryRow]:
    return [
        SummaryRow(str(f.indicator.name), display(f.total, f.indicator.unit), first_place[f.key])
        for f in figure_list
    ]


def _introduction(scope: Scope) -> Section:
    who = scope.workshop.name if scope.workshop else _("all werkplaatsen of the network together")
    paragraphs = [
        _("This report covers %(who)s over %(period)s (%(first)s to %(last)s).")
        % {
            "who": who,
            "period": scope.period.label,
            "first": scope.period.first_year,
            "last": scope.period.last_year,
        },
    ]
    if scope.theme:
        paragraphs.append(_("Only records on the theme %(theme)s count.") % {"theme": scope.theme})
    paragraphs.append(
        _(
            "Every figure is defined once and shown with its definition; the dashboards and the "
            "API show the same figures. Questions count by the date they were submitted, "
            "projects when they ran in the period, products by their date, publications by "
            "their year."
        )
    )
    if scope.internal:
        paragraphs.append(
            _(
                "This is an internal report: it also counts records that are not public, such "
                "as draft projects. Do not share it outside the werkplaats."
            )
        )
    else:
        paragraphs.append(
            _(
                "This is a public report: it counts published records, and counts questions "
                "without naming anyone. No person is named."
            )
        )
    return Section("introduction", _("Introduction"), paragraphs=paragraphs)


def _central_question() -> Section:
    return Section(
        "central-question",
        _("The central question"),
        paragraphs=[
            str(CENTRAL_QUESTION),
            _(
                "The evaluation answers it along three lines of force (form, content and "
                "relations) and four attention points: flexibility of funding, lasting impact, "
                "stronger connections, and room to learn versus delivering results."
            ),
        ],
    )


def _excerpt(text: str) -> str:
    return Truncator(" ".join(strip_tags(text or "").split())).words(EXCERPT_WORDS, truncate="…")


def articles(scope: Scope) -> list[Example]:
    """Published dossier articles of the scope's werkplaats (any for the network), newest in the
    period first."""
    from werkplaats.dossier.models import Article

    found = Article.objects.published().filter(
        published_at__gte=scope.period.start_datetime(),
        published_at__lt=scope.period.end_datetime(),
    )
    if scope.workshop:
        found = found.filter(workshops=scope.workshop)
    if scope.theme:
        found = found.filter(themes=scope.theme)
    found = found.order_by("-published_at").only("title", "lead", "slug", "published_at")
    return [
        Example(
            "article",
            item.title,
            _excerpt(item.lead),
            item.get_absolute_url(),
            timezone.localtime(item.published_at).date().isoformat(),
        )
        for item in found.distinct()[:EXAMPLES]
    ]


def reflections(scope: Scope) -> list[Example]:
    """Published reflections of open communities, of meetings in the period."""
    from werkplaats.communities.permissions import public_reflections

    found = public_reflections().filter(
        meeting__starts_at__gte=scope.period.start_datetime(),
        meeting__starts_at__lt=scope.period.end_datetime(),
    )
    if scope.workshop:
        found = found.filter(meeting__community__workshop=scope.workshop)
    if scope.theme:
        found = found.filter(meeting__community__theme=scope.theme)
    found = found.select_related("meeting__community").order_by("-meeting__starts_at")
    return [
        Example(
            "reflection",
            f"{item.meeting.community.name}: {item.meeting.title}",
            _excerpt(item.what_we_learned or item.what_we_saw),
            item.meeting.get_absolute_url(),
            timezone.localtime(item.meeting.starts_at).date().isoformat(),
        )
        for item in found[:EXAMPLES]
    ]


def site_url(path: str) -> str:
    """An absolute address for links in the PDF and workbook (they are read off the site)."""
    base = getattr(settings, "SITE_URL", "") or ""
    return f"{base.rstrip('/')}{path}" if base else path

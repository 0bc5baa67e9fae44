"""Composing an issue: what was published since the last one, and what each subscriber gets.

Whether something is public is asked of its own app (``Article.objects.published()``,
``Publication.objects.published()``, ``Product.objects.published()``), never decided here, and
asked again whenever an issue is shown or sent: something withdrawn after it was chosen drops out
of the mail, the preview and the archive alike.

An entry matches a subscriber's preferences when it shares a werkplaats or a theme with them; a
subscriber who chose nothing gets everything. A subscriber for whom nothing in an issue matches
gets no mail at all (their delivery is marked skipped): an issue with only an introduction and
nothing they asked for would teach them to ignore the newsletter.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Max, Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from werkplaats.dossier.models import Article
from werkplaats.library.models import Product
from werkplaats.network.models import Theme, Workshop
from werkplaats.publications.models import Publication
from werkplaats.utils.slugs import unique_slug

from ..constants import IssueState, ItemKind
from ..models import Issue, IssueItem

#: Without an earlier issue, the first one offers what was published in this period.
FIRST_ISSUE_PERIOD = timedelta(days=31)
SUMMARY_WORDS = 45


@dataclass(frozen=True)
class Entry:
    """One published thing as the newsletter shows it."""

    kind: str
    pk: int
    uuid: str
    title: str
    summary: str
    path: str
    published_at: datetime | None
    workshop_ids: frozenset = field(default_factory=frozenset)
    theme_ids: frozenset = field(default_factory=frozenset)

    @property
    def key(self) -> str:
        """How a form names it: kind and UUID, never a database id."""
        return f"{self.kind}:{self.uuid}"

    @property
    def kind_label(self) -> str:
        return ItemKind(self.kind).label

    def matches(self, workshop_ids, theme_ids) -> bool:
        if not workshop_ids and not theme_ids:
            return True
        return bool(self.workshop_ids & set(workshop_ids) or self.theme_ids & set(theme_ids))


def _published(kind: str, now=None):
    if kind == ItemKind.ARTICLE:
        return Article.objects.published(now=now)
    if kind == ItemKind.PUBLICATION:
        return Publication.objects.published()
    return Product.objects.published()


SUMMARY_FIELD = {
    ItemKind.ARTICLE: "lead",
    ItemKind.PUBLICATION: "abstract",
    ItemKind.PRODUCT: "summary",
}


def _entries(kind: str, queryset) -> list[Entry]:
    queryset = queryset.prefetch_related(
        Prefetch("workshops", queryset=Workshop.objects.only("pk")),
        Prefetch("themes", queryset=Theme.objects.only("pk")),
    )
    return [
        Entry(
            kind=kind,
            pk=obj.pk,
            uuid=str(obj.uuid),
            title=obj.title,
            summary=Truncator(getattr(obj, SUMMARY_FIELD[kind])).words(SUMMARY_WORDS),
            path=obj.get_absolute_url(),
            published_at=obj.published_at,
            workshop_ids=frozenset(w.pk for w in obj.workshops.all()),
            theme_ids=frozenset(t.pk for t in obj.themes.all()),
        )
        for obj in queryset
    ]


def last_issue_started_at() -> datetime | None:
    return Issue.objects.exclude(state=IssueState.DRAFT).aggregate(at=Max("sending_started_at"))[
        "at"
    ]


def candidates(now=None) -> list[Entry]:
    """What was published since the last issue went out, newest first per kind, less what an
    issue already carried."""
    now = now or timezone.now()
    since = last_issue_started_at() or now - FIRST_ISSUE_PERIOD
    sent = IssueItem.objects.exclude(issue__state=IssueState.DRAFT)
    found = []
    for kind in ItemKind.values:
        queryset = (
            _published(kind, now)
            .filter(published_at__gt=since)
            .exclude(pk__in=sent.filter(kind=kind).values(f"{kind}_id"))
            .order_by("-published_at")
        )
        found += _entries(kind, queryset)
    return found


def issue_entries(issue: Issue) -> list[Entry]:
    """The issue's selection in its order, less anything that is no longer public."""
    items = list(issue.items.all())
    by_key = {}
    for kind in ItemKind.values:
        ids = [item.target_id for item in items if item.kind == kind]
        if ids:
            for entry in _entries(kind, _published(kind).filter(pk__in=ids)):
                by_key[(kind, entry.pk)] = entry
    return [by_key[(i.kind, i.target_id)] for i in items if (i.kind, i.target_id) in by_key]


def entries_for(entries: list[Entry], workshop_ids, theme_ids) -> list[Entry]:
    return [entry for entry in entries if entry.matches(workshop_ids, theme_ids)]


def default_subject(now=None) -> str:
    return _("Newsletter %(month)s") % {"month": date_format(now or timezone.now(), "F Y")}


def save_issue(
    *, subject: str, introduction: str, chosen: list[Entry], issue=None, user=None
) -> Issue:
    """Creates a draft issue or changes one; ``chosen`` is the selection in order."""
    with transaction.atomic():
        if issue is None:
            issue = Issue(created_by=user if user and user.is_authenticated else None)
        elif not Issue.objects.select_for_update().filter(pk=issue.pk, state=IssueState.DRAFT):
            raise ValueError("only a draft issue can be changed")
        issue.subject = subject
        issue.introduction = introduction
        if not issue.slug:
            issue.slug = unique_slug(Issue, subject)
        issue.save()
        issue.items.all().delete()
        IssueItem.objects.bulk_create(
            IssueItem(issue=issue, kind=e.kind, position=n, **{f"{e.kind}_id": e.pk})
            for n, e in enumerate(chosen)
        )
    return issue


def reach(entries: list[Entry]) -> dict:
    """How many confirmed subscribers an issue with these entries reaches, and how many get
    nothing because nothing matches their preferences. Four queries, whatever the numbers."""
    from ..constants import SubscriberStatus
    from ..models import Subscriber

    active = Subscriber.objects.filter(status=SubscriberStatus.ACTIVE)
    workshops, themes = {}, {}
    for sid, wid in Subscriber.workshops.through.objects.filter(subscriber__in=active).values_list(
        "subscriber_id", "workshop_id"
    ):
        workshops.setdefault(sid, set()).add(wid)
    for sid, tid in Subscriber.themes.through.objects.filter(subscriber__in=active).values_list(
        "subscriber_id", "theme_id"
    ):
        themes.setdefault(sid, set()).add(tid)
    total = receiving = 0
    for sid in active.values_list("pk", flat=True):
        total += 1
        mine = (workshops.get(sid, set()), themes.get(sid, set()))
        receiving += any(entry.matches(*mine) for entry in entries)
    return {"subscribers": total, "receiving": receiving, "nothing": total - receiving}

"""Demo newsletter: two issues sent in the past (the archive) and about forty fictional
subscribers at reserved example domains (RFC 2606: example.org, .net, .com), never a real one.

``load_demo_newsletter`` is idempotent: it writes what is missing and nothing twice.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import make_msgid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.dossier.models import Article
from werkplaats.library.models import Product
from werkplaats.network.models import Theme, Workshop
from werkplaats.publications.models import Publication

from .constants import DeliveryState, IssueState, ItemKind, SubscriberStatus
from .models import Delivery, Issue, IssueItem, Subscriber

GIVEN = [
    "anna", "bram", "chantal", "daan", "esra", "floor", "gijs", "hatice", "ilse", "jeroen",
    "kim", "lotte", "mohamed", "noa", "olga", "pieter", "quinten", "roos", "said", "tessa",
]  # fmt: skip
FAMILY = ["devries", "jansen", "bakker", "yilmaz", "visser", "smit", "mulder", "dekker"]
DOMAINS = ["example.org", "example.net", "example.com"]

ISSUES = [
    {
        "slug": "nieuwsbrief-eenzaamheid-en-de-sociale-basis",
        "subject": "Nieuwsbrief: eenzaamheid en de sociale basis",
        "introduction": (
            "In deze nieuwsbrief: hoe werkplaatsen samen met bewoners en professionals werken aan"
            " minder eenzaamheid, en wat de sociale basis in de wijk daarvoor nodig heeft.\n\n"
            "Veel leesplezier, namens de redactie van de Werkplaatsen Sociaal Domein."
        ),
        "days_ago": 70,
    },
    {
        "slug": "nieuwsbrief-bestaanszekerheid-in-de-praktijk",
        "subject": "Nieuwsbrief: bestaanszekerheid in de praktijk",
        "introduction": (
            "Schulden, armoede en bestaanszekerheid staan hoog op de agenda van gemeenten. In deze"
            " editie: praktijkvoorbeelden, nieuwe publicaties en bruikbare producten uit de"
            " regio's."
        ),
        "days_ago": 28,
    },
]


@dataclass
class DemoNewsletterResult:
    subscribers: int = 0
    issues: int = 0
    deliveries: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.subscribers or self.issues)


def demo_addresses(scale: int = 1) -> list[str]:
    count = 40 * max(scale, 1)
    return [
        f"{GIVEN[n % len(GIVEN)]}.{FAMILY[(n // len(GIVEN) + n) % len(FAMILY)]}{n}"
        f"@{DOMAINS[n % len(DOMAINS)]}"
        for n in range(count)
    ]


def _status(n: int) -> str:
    if n % 13 == 5:
        return SubscriberStatus.PENDING
    if n % 17 == 7:
        return SubscriberStatus.UNSUBSCRIBED
    return SubscriberStatus.ACTIVE


def _subscribers(scale: int, now) -> int:
    workshops = list(Workshop.objects.order_by("slug")[:8])
    themes = list(Theme.objects.filter(is_active=True)[:8])
    present = set(Subscriber.objects.values_list("email", flat=True))
    created = 0
    for n, address in enumerate(demo_addresses(scale)):
        if address in present:
            continue
        status = _status(n)
        subscriber = Subscriber.objects.create(
            email=address,
            language="en" if n % 9 == 4 else "nl",
            status=status,
            confirmation_sent_at=now - datetime.timedelta(days=90 - n),
            confirmed_at=(
                now - datetime.timedelta(days=90 - n)
                if status != SubscriberStatus.PENDING
                else None
            ),
            unsubscribed_at=(
                now - datetime.timedelta(days=3)
                if status == SubscriberStatus.UNSUBSCRIBED
                else None
            ),
        )
        # A third chose werkplaatsen, a third themes, a third everything.
        if n % 3 == 0 and workshops:
            subscriber.workshops.set([workshops[n % len(workshops)]])
        elif n % 3 == 1 and themes:
            subscriber.themes.set(themes[n % len(themes) : n % len(themes) + 2])
        created += 1
    return created


def _published_before(moment, count: int):
    """Up to ``count`` items of each kind public at ``moment``, newest first."""
    kinds = [
        (ItemKind.ARTICLE, Article.objects.published(now=moment)),
        (ItemKind.PUBLICATION, Publication.objects.published().filter(published_at__lte=moment)),
        (ItemKind.PRODUCT, Product.objects.published().filter(published_at__lte=moment)),
    ]
    for kind, queryset in kinds:
        for pk in queryset.order_by("-published_at").values_list("pk", flat=True)[:count]:
            yield kind, pk


def _issue(spec: dict, now, used: set) -> tuple[Issue, int]:
    sent_at = now - datetime.timedelta(days=spec["days_ago"])
    issue = Issue.objects.create(
        slug=spec["slug"],
        subject=spec["subject"],
        introduction=spec["introduction"],
        state=IssueState.SENT,
        sending_started_at=sent_at,
        sent_at=sent_at + datetime.timedelta(minutes=4),
    )
    position = 0
    for kind, pk in _published_before(sent_at, 6):
        if (kind, pk) in used or position >= 10:
            continue
        used.add((kind, pk))
        IssueItem.objects.create(issue=issue, kind=kind, position=position, **{f"{kind}_id": pk})
        position += 1
    receivers = Subscriber.objects.filter(
        confirmed_at__lte=sent_at,
        status__in=[SubscriberStatus.ACTIVE, SubscriberStatus.UNSUBSCRIBED],
    )
    deliveries = Delivery.objects.bulk_create(
        Delivery(
            issue=issue,
            subscriber=subscriber,
            state=DeliveryState.SENT,
            message_id=make_msgid(domain="demo.example.org"),
            attempts=1,
            sent_at=issue.sent_at,
        )
        for subscriber in receivers
    )
    return issue, len(deliveries)


def load_demo_newsletter(
    scale: int = 1,
    report: Callable[[str], None] | None = None,
    now: datetime.datetime | None = None,
) -> DemoNewsletterResult:
    """Writes the demo subscribers and the two past issues that are not there yet."""
    say = report or (lambda line: None)
    now = now or timezone.now()
    result = DemoNewsletterResult()
    with transaction.atomic():
        result.subscribers = _subscribers(scale, now)
        existing = set(
            Issue.objects.filter(slug__in=[s["slug"] for s in ISSUES]).values_list(
                "slug", flat=True
            )
        )
        used = set(
            IssueItem.objects.filter(issue__slug__in=existing).values_list(
                "kind", "article_id", "publication_id", "product_id"
            )
        )
        used = {(kind, a or p or d) for kind, a, p, d in used}
        for spec in ISSUES:
            if spec["slug"] in existing:
                continue
            _issue_obj, deliveries = _issue(spec, now, used)
            result.issues += 1
            result.deliveries += deliveries
    if result.changed:
        say(
            _("Newsletter: %(s)d subscribers (example addresses) and %(i)d past issues created.")
            % {"s": result.subscribers, "i": result.issues}
        )
    else:
        say(_("Newsletter: already loaded."))
    return result

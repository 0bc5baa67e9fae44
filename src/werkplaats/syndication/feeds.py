"""RSS 2.0 and Atom feeds of what the network publishes, with Django's syndication framework.

Four kinds (dossier articles, publications, library products, meetings of learning communities),
each network-wide, per werkplaats and per theme, in both formats: ``/feeds/<kind>.<rss|atom>``,
``/feeds/<kind>/werkplaats/<slug>.<rss|atom>`` and ``/feeds/<kind>/thema/<slug>.<rss|atom>``.

A feed is a public address that readers fetch without logging in, so it always shows what a
visitor may see, whoever asks: each kind takes its items from its own app's visibility rule for
an anonymous user (never a rule of its own) and narrows them with that app's list filters. Items
carry a stable ``urn:uuid:`` id, a plain-text summary (escaped, since readers treat it as HTML)
and a person's name only while that person consents to be public. A feed holds the newest 50,
read in a fixed number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.network.queries.themes import theme_by_slug

#: Items per feed, newest first.
LIMIT = 50
#: Words of a summary; the page has the rest.
SUMMARY_WORDS = 80
FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
#: Address segment of a scope -> the name of the list filter it sets.
SCOPES = {"werkplaats": "werkplaats", "thema": "theme"}
NETWORK = _("Werkplaatsen Sociaal Domein")
ANONYMOUS = AnonymousUser()


def plain_summary(text: str) -> str:
    """A short plain-text summary, HTML-escaped: readers show a description as HTML, so a ``<``
    in the text must arrive as a character, never as markup."""
    text = " ".join(strip_tags(text or "").split())
    return escape(Truncator(text).words(SUMMARY_WORDS, truncate=" …"))


@dataclass(frozen=True)
class Scope:
    """What a feed is narrowed to: nothing (network-wide), a werkplaats or a theme."""

    segment: str = ""
    target: Workshop | Theme | None = field(default=None)

    @property
    def label(self) -> str:
        if isinstance(self.target, Workshop):
            return self.target.name
        return self.target.label if self.target is not None else ""

    @property
    def filters(self) -> dict:
        """The list filter this scope stands for, as the apps' ``filter_*`` functions take it."""
        return {SCOPES[self.segment]: self.target} if self.segment else {}

    @property
    def query(self) -> str:
        """The same filter on a list page's address."""
        return urlencode({SCOPES[self.segment]: self.target.slug}) if self.segment else ""


def find_scope(segment: str | None, slug: str | None) -> Scope:
    """The scope of an address; ``DoesNotExist`` (a 404 from the feed) for an unknown slug."""
    if not segment:
        return Scope()
    if segment == "werkplaats":
        return Scope(segment, Workshop.objects.get(slug=slug))
    theme = theme_by_slug(slug)
    if theme is None:
        raise Theme.DoesNotExist
    return Scope(segment, theme)


def feed_address(kind: str, fmt: str, scope: Scope | None = None) -> str:
    if scope is None or not scope.segment:
        return reverse("syndication:feed", kwargs={"kind": kind, "fmt": fmt})
    return reverse(
        "syndication:scoped_feed",
        kwargs={"kind": kind, "scope": scope.segment, "slug": scope.target.slug, "fmt": fmt},
    )


class PublicFeed(Feed):
    """What the four feeds share; a subclass says where its items come from and what they say."""

    kind = ""
    name = ""
    #: One sentence for the feeds page and the feed's own description.
    about = ""
    list_url_name = ""
    author_name = NETWORK

    def __init__(self, fmt: str = "rss"):
        super().__init__()
        self.fmt = fmt
        self.feed_type = FORMATS[fmt]

    # What a subclass provides -------------------------------------------------------------------

    def public_items(self):
        raise NotImplementedError

    def narrow(self, items, scope: Scope):
        raise NotImplementedError

    def arrange(self, items):
        """Related rows in bulk and the order of the feed."""
        raise NotImplementedError

    # The feed -----------------------------------------------------------------------------------

    def get_object(self, request, scope=None, slug=None):
        return find_scope(scope, slug)

    def items(self, scope: Scope):
        items = self.public_items()
        if scope.segment:
            items = self.narrow(items, scope)
        return list(self.arrange(items)[:LIMIT])

    def title(self, scope: Scope) -> str:
        if scope.segment:
            return gettext("%(feed)s: %(scope)s · %(network)s") % {
                "feed": self.name,
                "scope": scope.label,
                "network": NETWORK,
            }
        return gettext("%(feed)s · %(network)s") % {"feed": self.name, "network": NETWORK}

    def link(self, scope: Scope) -> str:
        address = reverse(self.list_url_name)
        return f"{address}?{scope.query}" if scope.segment else address

    def description(self, scope: Scope) -> str:
        if isinstance(scope.target, Workshop):
            return gettext("%(about)s Only those of %(scope)s.") % {
                "about": self.about,
                "scope": scope.label,
            }
        if scope.segment:
            return gettext("%(about)s Only those on the theme %(scope)s.") % {
                "about": self.about,
                "scope": scope.label,
            }
        return str(self.about)

    subtitle = description

    def item_guid(self, item) -> str:
        return f"urn:uuid:{item.uuid}"

    item_guid_is_permalink = False

    def item_title(self, item) -> str:
        # Readers treat a title as HTML too (Django escapes it by default for that reason).
        return escape(item.title)

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item) -> list[str]:
        return [theme.label for theme in item.themes.all()]


class ArticleFeed(PublicFeed):
    kind = "dossier"
    name = _("Dossier")
    about = _("New articles of the dossier: practice examples from the werkplaatsen.")
    list_url_name = "dossier:list"

    def public_items(self):
        from werkplaats.dossier.permissions import articles_visible_to

        return articles_visible_to(ANONYMOUS)

    def narrow(self, items, scope):
        from werkplaats.dossier.queries import filter_articles

        return filter_articles(items, scope.filters)

    def arrange(self, items):
        from werkplaats.dossier.queries import with_listing_relations

        return with_listing_relations(items).order_by("-published_at", "-pk")

    def item_description(self, item) -> str:
        return plain_summary(item.lead)

    def item_pubdate(self, item):
        return item.published_at

    def item_author_name(self, item) -> str | None:
        author = item.public_author
        return author["name"] if author else None


class PublicationFeed(PublicFeed):
    kind = "publicaties"
    name = _("Publications")
    about = _("New publications of the werkplaatsen: articles, reports, books and lectures.")
    list_url_name = "publications:list"

    def public_items(self):
        from werkplaats.publications.permissions import publications_visible_to

        return publications_visible_to(ANONYMOUS)

    def narrow(self, items, scope):
        from werkplaats.publications.queries import filter_publications

        return filter_publications(items, scope.filters)

    def arrange(self, items):
        from werkplaats.network.models import Theme
        from werkplaats.publications.models import Authorship

        return items.prefetch_related(
            Prefetch(
                "authorships",
                queryset=Authorship.objects.select_related("person").order_by("position", "pk"),
            ),
            Prefetch("themes", queryset=Theme.objects.order_by("position", "name")),
        ).order_by(Coalesce("published_at", "created_at").desc(), "-pk")

    def item_description(self, item) -> str:
        if item.abstract.strip():
            return plain_summary(item.abstract)
        details = [str(item.get_publication_type_display()), str(item.year or ""), item.journal]
        return plain_summary(", ".join(part for part in details if part))

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_author_name(self, item) -> str | None:
        # ``display_name`` is empty for a registry person who did not consent: left out, not
        # replaced by another name.
        names = [a.display_name for a in item.authorships.all() if a.display_name]
        return ", ".join(names) or None

    def item_categories(self, item) -> list[str]:
        return [str(item.get_publication_type_display()), *super().item_categories(item)]


class ProductFeed(PublicFeed):
    kind = "bibliotheek"
    name = _("Library")
    about = _("New products in the library: methods, guides, instruments, reports and more.")
    list_url_name = "library:list"

    def public_items(self):
        from werkplaats.library.permissions import products_visible_to

        return products_visible_to(ANONYMOUS)

    def narrow(self, items, scope):
        from werkplaats.library.queries import filter_products

        return filter_products(items, scope.filters)

    def arrange(self, items):
        from werkplaats.library.queries import with_listing_relations

        makers = Person.objects.public().order_by("family_name", "given_name")
        return (
            with_listing_relations(items)
            .prefetch_related(Prefetch("makers", queryset=makers, to_attr="public_makers"))
            .order_by(Coalesce("published_at", "created_at").desc(), "-pk")
        )

    def item_description(self, item) -> str:
        return plain_summary(item.summary)

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_author_name(self, item) -> str | None:
        return ", ".join(person.full_name for person in item.public_makers) or None

    def item_categories(self, item) -> list[str]:
        return [item.kind.label, *super().item_categories(item)]


class MeetingFeed(PublicFeed):
    """Meetings still to come (or under way) of open communities, the soonest first; its date
    is when a meeting was announced."""

    kind = "bijeenkomsten"
    name = _("Meetings")
    about = _("Coming meetings of the open learning communities of the werkplaatsen.")
    list_url_name = "communities:list"

    def public_items(self):
        from werkplaats.communities.permissions import public_meetings

        return public_meetings().filter(ends_at__gte=timezone.now())

    def narrow(self, items, scope):
        if isinstance(scope.target, Workshop):
            return items.filter(community__workshop=scope.target)
        return items.filter(community__theme=scope.target)

    def arrange(self, items):
        return items.select_related("community__theme").order_by(F("starts_at").asc(), "pk")

    def item_title(self, item) -> str:
        when = formats.date_format(timezone.localtime(item.starts_at), "DATETIME_FORMAT")
        return escape(
            gettext("%(title)s · %(community)s · %(when)s")
            % {"title": item.title, "community": item.community.name, "when": when}
        )

    def item_description(self, item) -> str:
        parts = [
            gettext("%(start)s to %(end)s.")
            % {
                "start": formats.date_format(timezone.localtime(item.starts_at), "DATETIME_FORMAT"),
                "end": formats.time_format(timezone.localtime(item.ends_at), "TIME_FORMAT"),
            }
        ]
        if item.location:
            parts.append(gettext("Place: %(place)s.") % {"place": item.location})
        if item.online_url:
            parts.append(gettext("Also online."))
        parts.append(item.agenda)
        return plain_summary(" ".join(part for part in parts if part))

    def item_pubdate(self, item):
        return item.created_at

    def item_categories(self, item) -> list[str]:
        theme = item.community.theme
        return [theme.label] if theme else []


FEEDS: dict[str, type[PublicFeed]] = {
    feed.kind: feed for feed in (ArticleFeed, PublicationFeed, ProductFeed, MeetingFeed)
}

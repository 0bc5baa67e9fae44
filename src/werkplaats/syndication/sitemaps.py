"""The sitemap: every public page, in Dutch and English with ``hreflang`` alternates.

``/sitemap.xml`` is an index of one sitemap per section (``/sitemap-<section>.xml``). Each section
takes its items from its own app's rule for what a visitor may see (never a rule of its own), in
one query whatever the number of items; ``lastmod`` comes from the item where it is known.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

ANONYMOUS = AnonymousUser()


class PublicSitemap(Sitemap):
    """Both languages (``/…`` Dutch, ``/en/…`` English) with alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True
    limit = 5000

    def lastmod(self, item):
        return getattr(item, "updated_at", None)


class PagesSitemap(PublicSitemap):
    """The fixed pages: the home page and the lists."""

    priority = 0.8
    changefreq = "daily"

    def items(self):
        return [
            "network:home",
            "network:workshop_list",
            "network:organisation_list",
            "network:person_list",
            "network:municipality_lookup",
            "network:theme_list",
            "questions:board",
            "projects:list",
            "education:board",
            "education:programmes",
            "communities:list",
            "library:list",
            "publications:list",
            "dossier:list",
            "syndication:index",
        ]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


class WorkshopSitemap(PublicSitemap):
    priority = 0.7

    def items(self):
        from werkplaats.network.models import Workshop

        return Workshop.objects.order_by("name")


class OrganisationSitemap(PublicSitemap):
    def items(self):
        from werkplaats.network.models import Organisation

        return Organisation.objects.order_by("name")


class PersonSitemap(PublicSitemap):
    def items(self):
        from werkplaats.network.permissions import people_visible_to

        return people_visible_to(ANONYMOUS).order_by("family_name", "given_name", "pk")


class MunicipalitySitemap(PublicSitemap):
    priority = 0.3

    def items(self):
        from werkplaats.network.models import Municipality

        return Municipality.objects.order_by("name").only("slug")

    def location(self, item):
        return reverse("network:municipality", kwargs={"slug": item.slug})


class ThemeSitemap(PublicSitemap):
    def items(self):
        from werkplaats.network.models import Theme

        return Theme.objects.filter(is_active=True).order_by("position", "name")

    def location(self, item):
        return reverse("network:theme", kwargs={"slug": item.slug})


class QuestionSitemap(PublicSitemap):
    def items(self):
        from werkplaats.questions.permissions import public_questions

        return public_questions().order_by("-published_at", "pk").only("uuid", "updated_at")


class ProjectSitemap(PublicSitemap):
    priority = 0.6

    def items(self):
        from werkplaats.projects.permissions import projects_visible_to

        return projects_visible_to(ANONYMOUS).order_by("title", "pk")


class CommunitySitemap(PublicSitemap):
    def items(self):
        from werkplaats.communities.permissions import communities_visible_to

        return communities_visible_to(ANONYMOUS).order_by("name", "pk")


class MeetingSitemap(PublicSitemap):
    priority = 0.3

    def items(self):
        from werkplaats.communities.permissions import public_meetings

        return public_meetings().select_related("community").order_by("-starts_at", "pk")


class ProductSitemap(PublicSitemap):
    priority = 0.6

    def items(self):
        from werkplaats.library.permissions import products_visible_to

        return products_visible_to(ANONYMOUS).order_by("title", "pk")


class PublicationSitemap(PublicSitemap):
    priority = 0.6

    def items(self):
        from werkplaats.publications.permissions import publications_visible_to

        return publications_visible_to(ANONYMOUS).order_by("title", "pk")


class ArticleSitemap(PublicSitemap):
    priority = 0.7

    def items(self):
        from werkplaats.dossier.permissions import articles_visible_to

        return articles_visible_to(ANONYMOUS).order_by("-published_at", "pk")


class ProgrammeSitemap(PublicSitemap):
    priority = 0.5

    def items(self):
        from werkplaats.education.models import Programme

        return Programme.objects.order_by("name", "pk")


class OfferSitemap(PublicSitemap):
    priority = 0.6

    def items(self):
        from werkplaats.education.filter_forms import public_offers

        return public_offers().order_by("-created_at", "pk")


#: Section name (in ``/sitemap-<section>.xml``) -> sitemap.
SITEMAPS = {
    "pages": PagesSitemap,
    "werkplaatsen": WorkshopSitemap,
    "organisaties": OrganisationSitemap,
    "mensen": PersonSitemap,
    "gemeenten": MunicipalitySitemap,
    "themas": ThemeSitemap,
    "vragen": QuestionSitemap,
    "projecten": ProjectSitemap,
    "leergemeenschappen": CommunitySitemap,
    "bijeenkomsten": MeetingSitemap,
    "bibliotheek": ProductSitemap,
    "publicaties": PublicationSitemap,
    "dossier": ArticleSitemap,
    "opleidingen": ProgrammeSitemap,
    "opdrachten": OfferSitemap,
}

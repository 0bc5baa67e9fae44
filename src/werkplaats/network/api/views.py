"""Read-only API views of the network registry.

Each list runs a fixed number of queries whatever its length (related rows are prefetched), and
people come only from ``permissions.people_visible_to``: visitors see only those who consented.
"""

from django.db.models import Prefetch
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import filters, viewsets

from ..models import (
    Affiliation,
    Competence,
    Municipality,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Partnership,
    ResearchGroup,
    Theme,
    Workshop,
)
from ..permissions import people_visible_to
from . import filters as network_filters
from . import serializers

SEARCH_NOTE = _(
    "`?search=` matches words in the text, blind to case and accents (Súdwest = sudwest)."
)


# Only what a slug can be: anything else (a NUL byte, say) is no address and gets a plain 404.
SLUG_PATTERN = "[-a-zA-Z0-9_]+"


def _with_search_note(description):
    return format_lazy("{} {}", description, SEARCH_NOTE)


def _documented(
    tag, *, list_summary, list_description, detail_summary, detail_description, lookup=None
):
    """Summaries and descriptions for both operations of a read-only viewset."""
    detail = {"summary": detail_summary, "description": detail_description, "tags": [tag]}
    if lookup is not None:
        detail["parameters"] = [lookup]
    return extend_schema_view(
        list=extend_schema(summary=list_summary, description=list_description, tags=[tag]),
        retrieve=extend_schema(**detail),
    )


def _slug_parameter(description):
    return OpenApiParameter("slug", str, OpenApiParameter.PATH, description=description)


@_documented(
    "werkplaatsen",
    list_summary=_("List the werkplaatsen"),
    list_description=_with_search_note(
        _(
            "All werkplaatsen (workshops) of the network with their themes, region, lead "
            "organisations, lectoraten and partners. Filter by province, theme or municipality."
        )
    ),
    detail_summary=_("Get one werkplaats"),
    detail_description=_("One werkplaats, addressed by its slug (e.g. `twente`)."),
    lookup=_slug_parameter(_("Slug of the werkplaats.")),
)
class WorkshopViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.WorkshopSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = network_filters.WorkshopFilter
    ordering_fields = ["name", "slug"]
    queryset = Workshop.objects.prefetch_related(
        "themes",
        Prefetch(
            "municipalities",
            queryset=Municipality.objects.order_by("code").only("id", "code", "province"),
        ),
        Prefetch("research_groups", queryset=ResearchGroup.objects.select_related("organisation")),
        Prefetch(
            "partnerships",
            queryset=Partnership.objects.select_related("organisation__kind").order_by(
                "role", "organisation__name"
            ),
        ),
    )


@_documented(
    "organisations",
    list_summary=_("List the organisations"),
    list_description=_with_search_note(
        _(
            "Hogescholen, municipalities, care and welfare organisations and every other "
            "partner, with their kind, identifiers (KvK, ROR, CBS code), themes, competences and "
            "partnerships. Filter by kind, province, werkplaats, theme or competence."
        )
    ),
    detail_summary=_("Get one organisation"),
    detail_description=_("One organisation, addressed by its slug."),
    lookup=_slug_parameter(_("Slug of the organisation.")),
)
class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.OrganisationSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = network_filters.OrganisationFilter
    ordering_fields = ["name", "slug", "updated_at"]
    queryset = Organisation.objects.select_related("kind", "location").prefetch_related(
        "themes",
        "competences",
        Prefetch("partnerships", queryset=Partnership.objects.select_related("workshop")),
        Prefetch("research_groups", queryset=ResearchGroup.objects.select_related("organisation")),
    )


@_documented(
    "municipalities",
    list_summary=_("List the municipalities"),
    list_description=_with_search_note(
        _(
            "Every Dutch municipality with its CBS code and province, and the werkplaatsen "
            "whose region includes it: the answer to “which werkplaats works in my "
            "municipality?”. Filter by province or werkplaats."
        )
    ),
    detail_summary=_("Get one municipality"),
    detail_description=_(
        "One municipality, addressed by its CBS code (e.g. `GM1900` for Súdwest-Fryslân)."
    ),
    lookup=OpenApiParameter(
        "code",
        str,
        OpenApiParameter.PATH,
        description=_("CBS code of the municipality, GM + 4 digits."),
    ),
)
class MunicipalityViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.MunicipalitySerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z]{2}[0-9]{4}"
    filterset_class = network_filters.MunicipalityFilter
    ordering_fields = ["name", "code", "province"]
    queryset = Municipality.objects.prefetch_related(
        Prefetch("workshops", queryset=Workshop.objects.only("id", "slug", "name"))
    )

    def get_object(self):
        # Accept gm1900 as well as GM1900.
        self.kwargs[self.lookup_field] = self.kwargs[self.lookup_field].upper()
        return super().get_object()


@_documented(
    "people",
    list_summary=_("List the people"),
    list_description=_with_search_note(
        _(
            "People of the network who consented to be listed publicly, with their roles, "
            "competences, themes, affiliations and werkplaatsen (“who knows what”). E-mail "
            "addresses are never given. Filter by werkplaats, theme, competence, role, "
            "organisation or province."
        )
    ),
    detail_summary=_("Get one person"),
    detail_description=_(
        "One person, addressed by slug. A person who did not consent is not found (404)."
    ),
    lookup=_slug_parameter(_("Slug of the person.")),
)
class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.PersonSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    filterset_class = network_filters.PersonFilter
    ordering_fields = ["family_name", "given_name", "slug"]

    def get_queryset(self):
        return people_visible_to(self.request.user).prefetch_related(
            "roles",
            "competences",
            "themes",
            Prefetch("workshops", queryset=Workshop.objects.only("id", "slug")),
            Prefetch("affiliations", queryset=Affiliation.objects.select_related("organisation")),
        )


def _vocabulary_viewset(model, texts):
    """A read-only viewset for one editable vocabulary, addressed by slug."""

    @_documented(
        "vocabularies",
        list_summary=texts["list_summary"],
        list_description=format_lazy(
            "{} {}",
            texts["list_description"],
            _("Network editors maintain the list; retired terms have is_active false."),
        ),
        detail_summary=texts["detail_summary"],
        detail_description=_("One term, addressed by its slug."),
        lookup=_slug_parameter(_("Slug of the term.")),
    )
    class VocabularyViewSet(viewsets.ReadOnlyModelViewSet):
        serializer_class = serializers.VocabularyTermSerializer
        lookup_field = "slug"
        lookup_value_regex = SLUG_PATTERN
        queryset = model.objects.all()
        filter_backends = [filters.OrderingFilter]
        ordering_fields = ["position", "name", "slug"]

    VocabularyViewSet.__name__ = VocabularyViewSet.__qualname__ = f"{model.__name__}ViewSet"
    return VocabularyViewSet


ThemeViewSet = _vocabulary_viewset(
    Theme,
    {
        "list_summary": _("List the themes"),
        "list_description": _(
            "Themes of the social domain, in Dutch and English, in display order."
        ),
        "detail_summary": _("Get one theme"),
    },
)
CompetenceViewSet = _vocabulary_viewset(
    Competence,
    {
        "list_summary": _("List the competences"),
        "list_description": _("What people and organisations know or can do, in display order."),
        "detail_summary": _("Get one competence"),
    },
)
OrganisationKindViewSet = _vocabulary_viewset(
    OrganisationKind,
    {
        "list_summary": _("List the organisation kinds"),
        "list_description": _(
            "Kinds of organisation (hogeschool, gemeente, ...), in display order."
        ),
        "detail_summary": _("Get one organisation kind"),
    },
)
ParticipantRoleViewSet = _vocabulary_viewset(
    ParticipantRole,
    {
        "list_summary": _("List the roles"),
        "list_description": _(
            "Roles people have in the network (lector, student, ...), in display order."
        ),
        "detail_summary": _("Get one role"),
    },
)

"""What the programmes and the assignments endpoints share: addressing by slug, pages on the
site, and people named only with their consent."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers

from werkplaats.utils.api import represent

SLUG_PATTERN = "[-a-zA-Z0-9_]+"
BY_SLUG = OpenApiParameter(
    "slug", OpenApiTypes.STR, OpenApiParameter.PATH, description=_("Its slug.")
)


def page(serializer, obj) -> str:
    """The absolute address of ``obj``'s page on the site."""
    request = serializer.context.get("request")
    path = obj.get_absolute_url()
    return request.build_absolute_uri(path) if request else path


class PublicPersonSerializer(serializers.Serializer):
    person = serializers.SlugField(source="slug", help_text="Slug of the person (see /people/).")
    name = serializers.CharField(source="full_name")
    page = serializers.SerializerMethodField(help_text="Their public profile on the site.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_page(self, person):
        return page(self, person)


def public_person(parent, person):
    """A person by name and profile when they consented to be public, else None."""
    if person is None or not person.is_public:
        return None
    return represent(parent, PublicPersonSerializer, person, many=False)

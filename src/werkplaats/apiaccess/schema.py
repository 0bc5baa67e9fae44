"""The API key in the OpenAPI schema, and the error bodies every operation documents."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class BearerScheme(OpenApiAuthenticationExtension):
    target_class = "werkplaats.apiaccess.authentication.TokenAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "wpt_...",
            "description": (
                "An API key of one werkplaats, made by its coordinator at "
                "/werkplaatsen/<slug>/api-sleutels/. A read key reads what that werkplaats's "
                "coordinator may see; a write key also changes that werkplaats's records."
            ),
        }


class ApiErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, and what to do about it.")


class ApiValidationErrorSerializer(ApiErrorSerializer):
    errors = serializers.DictField(
        child=serializers.JSONField(),
        help_text="Messages per field (a list, or per item); `non_field_errors` for the whole.",
    )


ERRORS = {
    400: OpenApiResponse(ApiValidationErrorSerializer, description="The input is not valid."),
    401: OpenApiResponse(ApiErrorSerializer, description="Log in, or send a valid API key."),
    403: OpenApiResponse(ApiErrorSerializer, description="You may not do this."),
    404: OpenApiResponse(ApiErrorSerializer, description="Nothing (you may see) at this address."),
}


def write_responses(ok_status: int, serializer) -> dict:
    """Responses of a write operation: the result and every error."""
    return {ok_status: serializer, **ERRORS}

"""The API key in the OpenAPI schema, and the error bodies every operation documents."""

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse
from rest_framework import permissions, serializers


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


class AutoSchema(openapi.AutoSchema):
    """Documents on every operation the errors any request may meet: a bad key (401), input that
    is not valid, filters and ``?search=`` included (400), a page or object that is not there (404),
    and for writes a refusal (403). An operation that documents its own keeps it."""

    def _get_response_bodies(self, direction="response"):
        bodies = super()._get_response_bodies(direction)
        if direction != "response":
            return bodies
        codes = [400, 401, 404]
        if self.method not in permissions.SAFE_METHODS:
            codes.append(403)
        for code in codes:
            if str(code) not in bodies:
                bodies[str(code)] = self._get_response_for_code(ERRORS[code], str(code))
        return bodies

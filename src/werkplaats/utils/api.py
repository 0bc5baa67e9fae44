"""Shared pieces of the REST API: pagination, accent-blind search and JSON errors for people."""

import datetime

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.fields import IsoDateTimeField
from rest_framework import exceptions, filters
from rest_framework.pagination import PageNumberPagination
from rest_framework.views import exception_handler as drf_exception_handler

from .text import fold

MAX_SEARCH_LENGTH = 200


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 200
    invalid_page_message = gettext_lazy(
        "This page does not exist. Ask for a page from 1 to the last."
    )


class NormalisedSearchFilter(filters.BaseFilterBackend):
    """``?search=`` over the folded ``search_text`` column, blind to case and accents everywhere.

    Every word must occur; ``Súdwest``, ``sudwest`` and ``SUDWEST`` find the same rows.
    """

    search_param = "search"
    search_title = gettext_lazy("Search")
    search_description = gettext_lazy("Words to find; case and accents are ignored.")

    def filter_queryset(self, request, queryset, view):
        raw = request.query_params.get(self.search_param, "")
        if len(raw) > MAX_SEARCH_LENGTH:
            message = _("Search for at most %(n)d characters.") % {"n": MAX_SEARCH_LENGTH}
            raise exceptions.ValidationError({self.search_param: [message]})
        if "\x00" in raw:
            # PostgreSQL refuses NUL in a string: say so instead of failing with a 500.
            message = _("Remove the null character from the search.")
            raise exceptions.ValidationError({self.search_param: [message]})
        for word in fold(raw).split():
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.search_param,
                "required": False,
                "in": "query",
                "description": str(self.search_description),
                "schema": {"type": "string", "maxLength": MAX_SEARCH_LENGTH},
            }
        ]


def exception_handler(exc, context):
    """Every API error is JSON with a ``detail`` a person can act on; validation errors are 400."""
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Nothing found at this address."))
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": _("Some parameters are not valid."), "errors": response.data}
    return response


class UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 moment, turned into UTC before it reaches the database.

    Python reads offsets up to ±24 hours; PostgreSQL only up to ±15:59 and fails on more. In UTC
    every database takes it; a moment that falls outside the calendar in UTC is refused.
    """

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return moment
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            raise DjangoValidationError(
                _("Give a date and time between the years 1 and 9999."), code="invalid"
            ) from None


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """``IsoDateTimeFilter`` reading its value with :class:`UtcDateTimeField`."""

    field_class = UtcDateTimeField


def represent(parent, serializer_class, rows, *, many: bool = True):
    """``serializer_class(rows, many=many).data`` inside a method field of ``parent``, with one
    instance of ``serializer_class`` kept on ``parent``: building a serializer's fields costs more
    than rendering a row, and a list of fifty must not build them fifty times."""
    kept = parent.__dict__.setdefault("_represented_by", {})
    child = kept.get(serializer_class)
    if child is None:
        child = kept[serializer_class] = serializer_class(context=parent.context)
    if not many:
        return child.to_representation(rows)
    return [child.to_representation(row) for row in rows]

"""Write endpoints that go through the site's forms and services.

A write serializer is made from a form (``form_serializer``): it documents the body in the OpenAPI
schema and checks the JSON types (an object where a text belongs is a 400, not a crash); the form
then applies the site's own rules and messages, and the app's service writes. Related records are
named by slug (or UUID), never by database id.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor


def _field_for(form_field: forms.Field, lookup: str | None) -> serializers.Field:
    common = {"required": False, "help_text": str(form_field.help_text or "") or None}
    if isinstance(form_field, forms.ModelMultipleChoiceField):
        return serializers.ListField(
            child=serializers.CharField(max_length=200), max_length=200, **common
        )
    if isinstance(form_field, forms.ModelChoiceField):
        return serializers.CharField(max_length=200, allow_null=True, allow_blank=True, **common)
    if isinstance(form_field, forms.MultipleChoiceField):
        return serializers.ListField(
            child=serializers.ChoiceField(choices=form_field.choices), max_length=50, **common
        )
    if isinstance(form_field, forms.TypedChoiceField | forms.ChoiceField):
        return serializers.ChoiceField(
            choices=[c for c in form_field.choices if c[0] != ""],
            allow_blank=not form_field.required,
            **common,
        )
    if isinstance(form_field, forms.BooleanField):
        return serializers.BooleanField(**common)
    if isinstance(form_field, forms.SplitDateTimeField | forms.DateTimeField):
        return serializers.DateTimeField(allow_null=True, **common)
    if isinstance(form_field, forms.DateField):
        return serializers.DateField(allow_null=True, **common)
    if isinstance(form_field, forms.TimeField):
        return serializers.TimeField(allow_null=True, **common)
    if isinstance(form_field, forms.IntegerField):
        return serializers.IntegerField(
            allow_null=True, min_value=-(2**31), max_value=2**31 - 1, **common
        )
    if isinstance(form_field, forms.DecimalField):
        return serializers.DecimalField(
            max_digits=form_field.max_digits or 20,
            decimal_places=form_field.decimal_places or 2,
            allow_null=True,
            coerce_to_string=True,
            **common,
        )
    max_length = getattr(form_field, "max_length", None) or 100_000
    if isinstance(form_field, forms.URLField):
        return serializers.CharField(max_length=max_length, allow_blank=True, **common)
    return serializers.CharField(
        max_length=max_length, allow_blank=True, allow_null=True, trim_whitespace=False, **common
    )


def form_serializer(name: str, form_class, *, required=(), exclude=(), extra=None):
    """A serializer class with one field per field of ``form_class`` (minus ``exclude``), the
    ``required`` ones required on creation. ``extra`` adds fields the form does not have."""
    attrs = {}
    for field_name, form_field in form_class.base_fields.items():
        if field_name in exclude:
            continue
        field = _field_for(form_field, None)
        if field_name in required:
            field.required = True
            if hasattr(field, "allow_null"):
                field.allow_null = False
        attrs[field_name] = field
    attrs.update(extra or {})
    attrs["Meta"] = type("Meta", (), {"ref_name": name})
    return type(name, (serializers.Serializer,), attrs)


def use_slugs(form: forms.Form, **lookups: str) -> forms.Form:
    """Makes the form's model choice fields read slugs (or another field) instead of ids."""
    for name, lookup in lookups.items():
        if name in form.fields:
            form.fields[name].to_field_name = lookup
    return form


def as_form_value(value):
    """An instance's current value as the API names it: related records by slug."""
    if hasattr(value, "all") and callable(value.all):
        value = list(value.all())
    if isinstance(value, list | tuple):
        return [as_form_value(item) for item in value]
    if hasattr(value, "_meta"):
        return getattr(value, "slug", None) or str(getattr(value, "uuid", value.pk))
    return value


def form_errors(form: forms.Form) -> dict:
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if name == "__all__" else name): list(messages)
        for name, messages in form.errors.items()
    }


class FormWriteMixin:
    """Create, replace, change (and optionally delete) through a form and a service.

    A view sets ``write_serializer_class`` and implements ``build_form(data, instance)`` (a bound
    form), ``current_values(instance)`` (the form data of an existing object, for PATCH),
    ``may_create(form)`` / ``may_change(instance)`` and ``save_form(form, instance)``. The answer
    is the object as the read endpoint shows it.
    """

    write_serializer_class = None
    form_class = None

    def form_defaults(self) -> dict:
        defaults = {}
        for name, field in self.form_class.base_fields.items():
            value = field.initial() if callable(field.initial) else field.initial
            if value not in (None, "", [], ()):
                defaults[name] = value
        return defaults

    def get_serializer_class(self):
        if self.action in {"create", "update", "partial_update"}:
            return self.write_serializer_class
        return super().get_serializer_class()

    def _validated_form(self, data, instance=None, partial=False):
        if not isinstance(data, dict):
            raise ValidationError({api_settings.NON_FIELD_ERRORS_KEY: [_("Send a JSON object.")]})
        serializer = self.write_serializer_class(data=data, partial=partial)
        errors = {} if serializer.is_valid() else dict(serializer.errors)
        if errors:
            raise ValidationError(errors)
        if partial and instance is not None:
            values = dict(self.current_values(instance))
        else:  # what the site's form starts with (a status, a role) unless the body says otherwise
            values = self.form_defaults()
        values.update({key: value for key, value in data.items() if key in serializer.fields})
        values = {key: value for key, value in values.items() if value is not None}
        form = self.build_form(values, instance)
        if not form.is_valid():
            raise ValidationError(form_errors(form))
        return form

    def _answer(self, obj, code):
        obj = self.get_queryset().get(pk=obj.pk)
        body = super().get_serializer_class()(obj, context=self.get_serializer_context()).data
        return Response(body, status=code)

    def may_create_any(self) -> bool:
        """Before reading the body: may this user create such records anywhere at all?"""
        user = self.request.user
        return is_network_editor(user) or coordinated_workshops(user).exists()

    def create(self, request, *args, **kwargs):
        if not self.may_create_any():
            raise PermissionDenied
        form = self._validated_form(request.data)
        if not self.may_create(form):
            raise PermissionDenied
        return self._answer(self.save_form(form, None), status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        instance = self.get_object()
        if not self.may_change(instance):
            raise PermissionDenied
        form = self._validated_form(request.data, instance, partial=partial)
        return self._answer(self.save_form(form, instance), status.HTTP_200_OK)

    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

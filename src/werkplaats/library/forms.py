"""The library's editing form: one product with its links, files, what it builds on and who
adopted it, on one page. ``ProductEditor`` parses and checks every part first; only when all of it
is valid does it write, through ``services``, in one transaction.

Choices are limited to what the editor may see; what a product already has that the editor may
not see (a werkplaats of another region, a maker without consent, a draft of another werkplaats)
is kept as it is and never shown.
"""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from werkplaats.network.forms import DateInput, apply_errors
from werkplaats.network.models import Municipality, Organisation
from werkplaats.network.permissions import people_visible_to
from werkplaats.projects.permissions import projects_visible_to

from . import files, services
from .constants import METHOD_KIND
from .models import Adoption, Product, ProductFile, ProductKind, ProductLink
from .permissions import products_visible_to, workshops_for_products_of

METHOD_FIELDS = [
    "goal",
    "target_group_final",
    "target_group_intermediate",
    "approach",
    "working_elements",
    "conditions",
    "substantiation",
    "recognition_level",
]
#: What a method needs to be described at all, with what to do when it is missing.
METHOD_REQUIRED = {
    "goal": _("A method needs a goal: write what it achieves, and for whom."),
    "target_group_final": _("Write who the method is for in the end."),
    "approach": _("Describe the approach: what professionals do, step by step."),
}
SECTIONS = [
    ("about", _("About the product"), ["title", "summary", "kind", "date", "licence"]),
    (
        "origin",
        _("Where it comes from"),
        ["workshops", "project", "makers", "themes", "beneficiary_groups"],
    ),
    ("method", _("Method or intervention"), METHOD_FIELDS),
]


class LabelledChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or str(obj)


class LabelledMultiple(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or str(obj)


def share_choices(rows, *names) -> None:
    """Evaluates each choice list once for every row of a formset, not once per row."""
    if not rows:
        return
    for name in names:
        choices = list(rows[0].fields[name].choices)
        for row in rows:
            row.fields[name].choices = choices


class ProductForm(forms.ModelForm):
    class Meta:
        model = Product
        fields = [name for _id, _title, names in SECTIONS for name in names]
        field_classes = {
            "kind": LabelledChoice,
            "workshops": LabelledMultiple,
            "themes": LabelledMultiple,
            "beneficiary_groups": LabelledMultiple,
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 5}),
            "date": DateInput(),
            "workshops": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "beneficiary_groups": forms.CheckboxSelectMultiple,
            "makers": forms.SelectMultiple(attrs={"size": 8}),
            **{name: forms.Textarea(attrs={"rows": 3}) for name in METHOD_FIELDS[:-1]},
        }
        help_texts = {
            "workshops": _("The werkplaatsen whose coordinators may edit the product."),
            "makers": _(
                "Hold Ctrl (or Cmd) to choose several. Only people who agreed to be public are "
                "named on the product's page."
            ),
            "date": _("When it was finished or published."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        product = self.instance
        fields = self.fields
        kinds = ProductKind.objects.filter(is_active=True)
        if product.kind_id:
            kinds = kinds | ProductKind.objects.filter(pk=product.kind_id)
        fields["kind"].queryset = kinds.distinct().order_by("position", "name")
        fields["kind"].to_field_name = "slug"
        if product.kind_id:  # the initial value is the id; the choices are named by slug
            self.initial["kind"] = product.kind
        fields["workshops"].queryset = workshops_for_products_of(user).order_by("name")
        fields["workshops"].required = True
        fields["workshops"].error_messages["required"] = _(
            "Choose at least one werkplaats: its coordinators look after the product."
        )
        for name in ("themes", "beneficiary_groups"):
            fields[name].queryset = fields[name].queryset.filter(is_active=True)
        fields["makers"].queryset = people_visible_to(user).order_by("family_name", "given_name")
        visible_projects = projects_visible_to(user)
        if product.project_id and not visible_projects.filter(pk=product.project_id).exists():
            del fields["project"]  # kept as it is; the editor may not see it
        else:
            fields["project"].queryset = visible_projects.order_by("title")
        for name in METHOD_REQUIRED:
            fields[name].help_text = _("Needed for a method or intervention.")
        self.kept = self._kept(user) if product.pk else {"workshops": [], "makers": []}

    def _kept(self, user) -> dict:
        """What the product has that this editor may not choose, so the form keeps it."""
        allowed_workshops = set(self.fields["workshops"].queryset.values_list("pk", flat=True))
        visible_people = set(self.fields["makers"].queryset.values_list("pk", flat=True))
        return {
            "workshops": [
                w for w in self.instance.workshops.all() if w.pk not in allowed_workshops
            ],
            "makers": [p for p in self.instance.makers.all() if p.pk not in visible_people],
        }

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind is not None and kind.slug == METHOD_KIND:
            for name, message in METHOD_REQUIRED.items():
                if not (data.get(name) or "").strip() and name not in self.errors:
                    self.add_error(name, message)
        return data

    def sections(self):
        """The fields grouped as the page shows them."""
        return [
            {"id": key, "title": title, "fields": [self[n] for n in names if n in self.fields]}
            for key, title, names in SECTIONS
        ]

    def values(self) -> dict:
        """What the services write: plain fields and relations, with what was kept added."""
        data = dict(self.cleaned_data)
        data["workshops"] = [*data["workshops"], *self.kept["workshops"]]
        data["makers"] = [*data["makers"], *self.kept["makers"]]
        return data


class LinkForm(forms.ModelForm):
    url = forms.URLField(label=_("Address"), max_length=500, assume_scheme="https")

    class Meta:
        model = ProductLink
        fields = ["label", "url"]


class AdoptionForm(forms.ModelForm):
    class Meta:
        model = Adoption
        fields = ["organisation", "municipality", "since", "experience"]
        widgets = {"since": DateInput(), "experience": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["municipality"].queryset = Municipality.objects.order_by("name")


class FileForm(forms.ModelForm):
    class Meta:
        model = ProductFile
        fields = ["title"]


class SharedChoicesFormSet(BaseInlineFormSet):
    shared = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        share_choices(self.forms, *self.shared)


class AdoptionFormSet(SharedChoicesFormSet):
    shared = ("organisation", "municipality")


LinkFormSet = inlineformset_factory(Product, ProductLink, form=LinkForm, extra=1, can_delete=True)
AdoptionFormSetClass = inlineformset_factory(
    Product, Adoption, form=AdoptionForm, formset=AdoptionFormSet, extra=1, can_delete=True
)
FileFormSet = inlineformset_factory(Product, ProductFile, form=FileForm, extra=0, can_delete=True)


class BuildsOnForm(forms.Form):
    source = forms.ModelChoiceField(
        Product.objects.none(), label=_("Earlier product"), to_field_name="slug"
    )
    note = forms.CharField(
        label=_("How it builds on it"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class BaseBuildsOnFormSet(forms.BaseFormSet):
    def __init__(self, *args, product, sources, **kwargs):
        self.product = product
        super().__init__(*args, **kwargs)
        for row in self.forms:
            row.fields["source"].queryset = sources
        share_choices(self.forms, "source")

    def links(self) -> list[tuple[Product, str]]:
        return [
            (row.cleaned_data["source"], row.cleaned_data.get("note", ""))
            for row in self.forms
            if row.cleaned_data.get("source") and not self._should_delete_form(row)
        ]

    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for row in self.forms:
            source = row.cleaned_data.get("source")
            if not source or self._should_delete_form(row):
                continue
            if source.pk in seen:
                row.add_error("source", _("This product is chosen twice. Remove one of the rows."))
            seen.add(source.pk)
            try:
                services.check_builds_on(self.product, source)
            except ValidationError as error:
                row.add_error("source", error)


BuildsOnFormSet = forms.formset_factory(
    BuildsOnForm, formset=BaseBuildsOnFormSet, extra=1, can_delete=True
)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"), required=False)
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the file's name."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("%(types)s; at most %(max)s MB.") % {
            "types": files.allowed_labels(),
            "max": files.max_upload_bytes() // (1024 * 1024),
        }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.detected = files.detect(upload, upload.name)
        return upload


UploadFormSet = forms.formset_factory(UploadForm, extra=2)


class ProductEditor:
    """Every part of the editing page, checked together and saved together."""

    def __init__(self, user, product: Product | None = None, data=None, uploads=None):
        self.user = user
        self.product = product
        #: Files were chosen: a page with errors asks to choose them again.
        self.had_uploads = bool(uploads)
        instance = copy.copy(product) if product else Product()
        self.form = ProductForm(data, instance=instance, user=user)
        self.links = LinkFormSet(data, instance=instance, prefix="links")
        self.files = FileFormSet(data, instance=instance, prefix="files")
        self.uploads = UploadFormSet(data, uploads, prefix="uploads")
        self.adoptions = AdoptionFormSetClass(
            data,
            instance=instance,
            prefix="adoptions",
            queryset=Adoption.objects.select_related("organisation", "municipality"),
        )
        sources = products_visible_to(user).order_by("title")
        kept_links = []
        initial = []
        if product:
            sources = sources.exclude(pk=product.pk)
            visible = set(sources.values_list("pk", flat=True))
            for link in product.builds_on.select_related("source").order_by("source__title"):
                if link.source_id in visible:
                    initial.append({"source": link.source, "note": link.note})
                else:
                    kept_links.append((link.source, link.note))
        self.kept_builds_on = kept_links
        self.builds_on = BuildsOnFormSet(
            data,
            prefix="builds_on",
            initial=initial,
            form_kwargs={},
            product=instance,
            sources=sources,
        )

    @property
    def formsets(self):
        return [self.links, self.files, self.uploads, self.builds_on, self.adoptions]

    def is_valid(self) -> bool:
        results = [self.form.is_valid(), *(formset.is_valid() for formset in self.formsets)]
        return all(results)

    def error_count(self) -> int:
        return len(self.form.errors) + sum(f.total_error_count() for f in self.formsets)

    def save(self) -> Product | None:
        """Writes everything in one transaction; None (and nothing written) when a service
        refuses, with its message on the form."""
        stored = []
        try:
            with transaction.atomic():
                product = self._write(stored)
        except ValidationError as error:
            services.discard_stored(stored)
            apply_errors(self.form, error)
            return None
        except BaseException:
            services.discard_stored(stored)
            raise
        return product

    def _write(self, stored: list) -> Product:
        data = self.form.values()
        relations = {
            name: data.pop(name) for name in ("workshops", "themes", "makers", "beneficiary_groups")
        }
        if self.product is None:
            product = services.create_product(**data, **relations)
        else:
            product = services.update_product(self.product, **data, **relations)
        for formset in (self.links, self.adoptions, self.files):
            formset.instance = product
        self.links.save()
        self.adoptions.save()
        for row in self.files.deleted_forms:
            if row.instance.pk:
                services.remove_file(row.instance)
        for row in self.files.forms:
            if row.instance.pk and row not in self.files.deleted_forms and row.has_changed():
                row.save()
        for row in self.uploads.forms:
            upload = row.cleaned_data.get("file")
            if upload:
                stored.append(
                    services.attach_file(product, upload, row.cleaned_data.get("title", ""))
                )
        services.set_builds_on(product, [*self.builds_on.links(), *self.kept_builds_on])
        return product

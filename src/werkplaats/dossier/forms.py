"""Forms of the dossier: the public filter form and the editors' article form with its images.

``ArticleEditor`` checks the article, its images and new uploads together; only when all of it is
valid does it write, through ``services``, in one transaction (stored files of a failed save are
removed again). It reports what unsafe markup the sanitiser removed from the body.
"""

from __future__ import annotations

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.library.permissions import products_visible_to
from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, TermChoiceField
from werkplaats.network.forms import apply_errors
from werkplaats.network.models import Person, Theme, Workshop
from werkplaats.projects.permissions import projects_visible_to

from . import images, richtext, services
from .constants import ArticleState
from .models import Article, ArticleImage


class ArticleFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    theme = TermChoiceField(
        Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("All themes"),
        unknown=_("We do not know this theme. Choose one from the list."),
    )
    werkplaats = TermChoiceField(
        Workshop.objects.order_by("name"),
        label=_("Werkplaats"),
        empty_label=_("All werkplaatsen"),
        unknown=_("We do not know this werkplaats. Choose one from the list."),
    )

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)


class LabelledMultiple(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "label", None) or getattr(obj, "title", None) or str(obj)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


STATE_CHOICES = [
    (ArticleState.DRAFT, _("Draft: only network editors see it")),
    (ArticleState.PUBLISHED, _("Publish now")),
    (ArticleState.SCHEDULED, _("Schedule: becomes public by itself at the moment below")),
]


class ArticleForm(forms.ModelForm):
    state = forms.ChoiceField(
        label=_("Publication"), choices=STATE_CHOICES, widget=forms.RadioSelect
    )
    publish_at = forms.DateTimeField(
        label=_("Publish at"),
        required=False,
        widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        help_text=_("Only for a scheduled article: date and time (Dutch time)."),
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "lead",
            "body",
            "author",
            "author_name",
            "themes",
            "workshops",
            "projects",
            "products",
        ]
        field_classes = {
            "themes": LabelledMultiple,
            "workshops": LabelledMultiple,
            "projects": LabelledMultiple,
            "products": LabelledMultiple,
        }
        widgets = {
            "lead": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 18}),
            "themes": forms.CheckboxSelectMultiple,
            "workshops": forms.CheckboxSelectMultiple,
            "projects": forms.SelectMultiple(attrs={"size": 8}),
            "products": forms.SelectMultiple(attrs={"size": 8}),
        }
        help_texts = {
            "projects": _("Hold Ctrl (or Cmd) to choose several."),
            "products": _("Hold Ctrl (or Cmd) to choose several."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        article = self.instance
        fields = self.fields
        # Only people who agreed to be public can be named as author; a chosen author who
        # later withdrew stays chosen (and unnamed in public) until the editor changes it.
        people = Person.objects.filter(is_public=True)
        if article.author_id:
            people = people | Person.objects.filter(pk=article.author_id)
        fields["author"].queryset = people.distinct().order_by("family_name", "given_name")
        fields["author"].help_text = _(
            "Only people who agreed to be public can be chosen. Or write an author line below."
        )
        fields["themes"].queryset = Theme.objects.filter(is_active=True)
        fields["workshops"].queryset = Workshop.objects.order_by("name")
        fields["projects"].queryset = projects_visible_to(user).order_by("title")
        fields["products"].queryset = products_visible_to(user).order_by("title")
        if article.pk:
            self.initial["state"] = ArticleState.PUBLISHED if article.is_public else article.state
            if article.is_scheduled and article.published_at:
                self.initial["publish_at"] = timezone.localtime(article.published_at)
        else:
            self.initial["state"] = ArticleState.DRAFT

    def clean(self):
        data = super().clean()
        if data.get("author") and (data.get("author_name") or "").strip():
            self.add_error(
                "author_name",
                _("Choose a person from the registry or write an author line, not both."),
            )
        return data

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data["author_name"] = (data.get("author_name") or "").strip()
        return data


class ImageForm(forms.ModelForm):
    class Meta:
        model = ArticleImage
        fields = ["alt", "caption", "position"]

    def clean_alt(self):
        return images.validate_alt(self.cleaned_data.get("alt", ""))


ImageFormSet = inlineformset_factory(
    Article, ArticleImage, form=ImageForm, extra=0, can_delete=True
)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Image"), required=False)
    alt = forms.CharField(
        label=_("Alt text"),
        max_length=images.ALT_MAX_LENGTH,
        required=False,
        help_text=_("Required: what the image shows, for people who cannot see it."),
    )
    caption = forms.CharField(label=_("Caption"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("%(types)s; at most %(max)s MB.") % {
            "types": images.allowed_labels(),
            "max": images.max_image_bytes() // (1024 * 1024),
        }
        self.fields["file"].widget.attrs["accept"] = ",".join(images.IMAGE_TYPES)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            images.detect_image(upload, upload.name)
        return upload

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        alt = data.get("alt", "")
        if upload:
            try:
                data["alt"] = images.validate_alt(alt, upload.name)
            except ValidationError as error:
                self.add_error("alt", error)
        elif alt.strip() and "file" not in self.errors:
            self.add_error("file", _("Choose the image this alt text belongs to, or empty it."))
        return data


UploadFormSet = forms.formset_factory(UploadForm, extra=2)


class ArticleEditor:
    """Every part of the editing page, checked together and saved together."""

    def __init__(self, user, article: Article | None = None, data=None, files=None):
        self.user = user
        self.article = article
        instance = copy.copy(article) if article else Article()
        self.form = ArticleForm(data, files, instance=instance, user=user)
        self.images = ImageFormSet(data, instance=instance, prefix="images")
        self.uploads = UploadFormSet(data, files, prefix="uploads")
        #: What the sanitiser removed from the body on the last save.
        self.removed: list[str] = []

    @property
    def formsets(self):
        return [self.images, self.uploads]

    def is_valid(self) -> bool:
        results = [self.form.is_valid(), *(formset.is_valid() for formset in self.formsets)]
        return all(results)

    def error_count(self) -> int:
        return len(self.form.errors) + sum(f.total_error_count() for f in self.formsets)

    def save(self) -> Article | None:
        """Writes everything in one transaction; None (nothing written) when a service refuses,
        with its message on the form."""
        stored = []
        try:
            with transaction.atomic():
                article = self._write(stored)
        except ValidationError as error:
            services.discard_stored(stored)
            apply_errors(self.form, error)
            return None
        except BaseException:
            services.discard_stored(stored)
            raise
        return article

    def _write(self, stored: list) -> Article:
        data = self.form.values()
        if self.article is None:
            article = services.create_article(**data)
        else:
            article = services.update_article(self.article, **data)
        self.images.instance = article
        for row in self.images.deleted_forms:
            if row.instance.pk:
                services.remove_image(row.instance)
        for row in self.images.forms:
            if row.instance.pk and row not in self.images.deleted_forms and row.has_changed():
                row.save()
        for row in self.uploads.forms:
            upload = row.cleaned_data.get("file")
            if upload:
                stored.append(
                    services.attach_image(
                        article, upload, row.cleaned_data["alt"], row.cleaned_data["caption"]
                    )
                )
        if hasattr(article, "_prefetched_objects_cache"):
            article._prefetched_objects_cache.pop("images", None)
        rendered = richtext.render(article.body, article.image_alts())
        self.removed = rendered.removed
        article.save()
        return article

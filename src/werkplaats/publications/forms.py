"""The filter form of the publication list (it only validates the query string: an unknown
value becomes a message next to the filter) and the import form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.filter_forms import SEARCH_MAX_LENGTH, TermChoiceField
from werkplaats.network.models import Theme, Workshop

from .constants import PublicationType

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class PublicationFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters to search.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *PublicationType.choices],
        error_messages={
            "invalid_choice": _(
                "We do not know this type of publication. Choose one from the list."
            )
        },
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
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("There are no publications from this year.")},
    )

    def __init__(self, data=None, *, years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]

    def filters(self) -> dict:
        """The filters that are valid; an invalid one is left out (its error is on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("BibTeX or RIS file"),
        help_text=_("Export from Zotero, EndNote, Mendeley or a repository, as .bib or .ris."),
    )
    workshop = forms.ModelChoiceField(
        Workshop.objects.none(), label=_("Werkplaats"), to_field_name="slug"
    )
    publish = forms.BooleanField(
        label=_("Publish right away"),
        required=False,
        help_text=_("Otherwise they are saved as drafts, to check first."),
    )

    def __init__(self, *args, workshops, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].queryset = workshops.order_by("name")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB: import it in parts."))
        raw = upload.read()
        try:
            self.text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.text = raw.decode("latin-1")
        return upload

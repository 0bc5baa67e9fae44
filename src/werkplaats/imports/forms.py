from django import forms
from django.utils.translation import gettext_lazy as _

from .registry import all_specs
from .tables import MAX_UPLOAD_BYTES


class UploadForm(forms.Form):
    spec = forms.ChoiceField(label=_("What do you import?"), widget=forms.RadioSelect, choices=())
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_(
            "A CSV (UTF-8) or XLSX file of at most %(size)s MB, with the column headers in row 1. "
            "Download an empty template below."
        )
        % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["spec"].choices = [(spec.name, spec.label) for spec in all_specs()]

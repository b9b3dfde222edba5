from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import ProgressStatus, ResponseStatus
from .models.recommendations import FINAL_WORDING_MESSAGE


class RecommendationForm(WagtailAdminModelForm):
    """The editor's form. Once a recommendation is final its wording and its final mark
    are refused with a message (not silently ignored), so no one believes an edit was
    saved; an administrator corrects the wording through the logged correction view."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = bool(self.instance.pk and self.initial.get("is_final"))
        self.finalised_now = False
        if self.locked and "wording" in self.fields:
            self.fields["wording"].widget.attrs["readonly"] = True

    def clean(self):
        cleaned_data = super().clean()
        if self.locked and self.instance.is_original:
            if "wording" in cleaned_data and cleaned_data["wording"] != self.initial["wording"]:
                self.add_error("wording", FINAL_WORDING_MESSAGE)
            if "is_final" in cleaned_data and not cleaned_data["is_final"]:
                self.add_error("is_final", FINAL_WORDING_MESSAGE)
        self.finalised_now = bool(cleaned_data.get("is_final")) and not self.locked
        return cleaned_data


class CorrectionForm(forms.Form):
    wording = forms.CharField(label=_("Corrected wording"), widget=forms.Textarea)
    reason = forms.CharField(
        label=_("Reason for the correction"),
        help_text=_("For example: a typing error against the jury's signed report."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _choices(label, choices):
    return forms.ChoiceField(label=label, required=False, choices=[("", _("All")), *choices])


class RegisterFilterForm(forms.Form):
    """The register's filters, read from the query string. A value that is not one of
    the choices is dropped (that filter is not applied), never an error page."""

    topic = forms.TypedChoiceField(label=_("Topic"), required=False, coerce=int, empty_value=None)
    response = _choices(_("The authority’s response"), ResponseStatus.choices)
    progress = _choices(_("Progress"), ProgressStatus.choices)

    def __init__(self, data, topics):
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All")), *topics]

    def selected(self) -> dict:
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name not in self.errors
        }

    def menus(self):
        """(bound field, [(value, label, is_selected)]) for each filter, for the template."""
        selected = {name: str(value) for name, value in self.selected().items()}
        return [
            (
                self[name],
                [
                    (value, label, str(value) == selected.get(name, ""))
                    for value, label in field.choices
                ],
            )
            for name, field in self.fields.items()
        ]

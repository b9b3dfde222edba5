"""Helpers for rendering the response form with GOV.UK Design System markup."""

from django import forms, template

register = template.Library()

GROUPED_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple, forms.MultiWidget)


@register.filter
def field_anchor(bound_field) -> str:
    """The id the error summary links to: the first input of a group, else the input."""
    if isinstance(bound_field.field.widget, GROUPED_WIDGETS):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.simple_tag
def ranking_rows(bound_field, question):
    """One row per option: its label, the select's name and id, the chosen rank, choices."""
    values = bound_field.value() or []
    count = len(question.options)
    rows = []
    for index, (_key, label) in enumerate(question.options):
        chosen = values[index] if index < len(values) else None
        rows.append(
            {
                "label": label,
                "name": f"{bound_field.html_name}_{index}",
                "id": f"{bound_field.auto_id}_{index}",
                "chosen": "" if chosen is None else str(chosen),
                "ranks": [str(rank) for rank in range(1, count + 1)],
            }
        )
    return rows

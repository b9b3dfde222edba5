from django import template
from django.utils.translation import gettext as _

register = template.Library()

# Geometry of the bar chart, in SVG user units; the SVG scales to its container.
CHART_WIDTH = 600
LABEL_HEIGHT = 22
BAR_HEIGHT = 18
ROW_GAP = 14
VALUE_SPACE = 70


@register.inclusion_tag("deliberations/pack/bar_chart.html")
def bar_chart(question: dict, chart_id: str = ""):
    """A horizontal bar chart of one question's answers, drawn on the server as SVG so it
    prints, works without JavaScript and goes into the PDF. It is an image with a text
    description; the table that follows it gives the same figures to every reader."""
    row_height = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    bar_space = CHART_WIDTH - VALUE_SPACE
    rows = []
    for index, option in enumerate(question["options"]):
        top = index * row_height
        rows.append(
            {
                "label": option["label"],
                "percent": option["percent"],
                "label_y": top + LABEL_HEIGHT - 6,
                "bar_y": top + LABEL_HEIGHT,
                "bar_width": round(bar_space * option["percent"] / 100, 1),
                "value_x": round(bar_space * option["percent"] / 100, 1) + 8,
                "value_y": top + LABEL_HEIGHT + BAR_HEIGHT - 4,
            }
        )
    description = "; ".join(
        _("%(label)s: %(percent)s%%") % {"label": row["label"], "percent": row["percent"]}
        for row in rows
    )
    return {
        "id": chart_id or f"chart-{question['key']}",
        "title": question["label"],
        "description": description,
        "rows": rows,
        "width": CHART_WIDTH,
        "height": max(len(rows) * row_height, row_height),
        "bar_height": BAR_HEIGHT,
    }

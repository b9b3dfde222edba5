from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ChecklistPanel(Panel):
    """The topic's transparency checklist in its editor, as a to-do: what the public can
    read now, and what is still to come (for a new topic, nothing yet)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "transparency/admin/checklist_panel.html"

        def get_context_data(self, parent_context=None):
            from .checklist import topic_checklist

            context = super().get_context_data(parent_context)
            page = self.instance
            context["checklist"] = topic_checklist(page, self.request) if page.pk else []
            context["help"] = _(
                "What the public can read now. Items still to come are your to-do: add "
                "the documents below, or the content on the topic's pages."
            )
            return context

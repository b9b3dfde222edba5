from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Perspective


class PerspectiveViewSet(SnippetViewSet):
    model = Perspective
    icon = "group"
    menu_label = "Perspectives"
    list_display = ["name", "description"]
    search_fields = ["name"]


register_snippet(PerspectiveViewSet)

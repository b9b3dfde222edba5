from django.template.response import TemplateResponse


def csrf_failure(request, reason=""):
    """A form sent without a valid security token: most often a page left open past the
    session's end, or cookies blocked. Say so plainly instead of Django's bare page."""
    return TemplateResponse(request, "403_csrf.html", status=403).render()

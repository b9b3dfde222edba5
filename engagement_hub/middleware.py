from django.conf import settings
from django.middleware import csp


class ContentSecurityPolicyMiddleware(csp.ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, with the admin's relaxed policy under the admin URLs.

    The public site keeps `SECURE_CSP` (no inline code); Wagtail's admin relies on inline
    scripts and styles, so it gets `ADMIN_CSP` instead of a weaker policy everywhere.
    """

    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_URL_PREFIXES) and not hasattr(
            response, "_csp_config"
        ):
            response._csp_config = settings.ADMIN_CSP
        return super().process_response(request, response)

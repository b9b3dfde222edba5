import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.views import defaults

# Seconds a client is asked to wait when the database is unreachable (a restart or a
# failover usually takes this long).
DATABASE_RETRY_AFTER = 30


def csrf_failure(request, reason=""):
    """A form sent without a valid security token: most often a page left open past the
    session's end, or cookies blocked. Say so plainly instead of Django's bare page."""
    return TemplateResponse(request, "403_csrf.html", status=403).render()


def server_error(request):
    """The site's 500 handler. An unreachable database (restarting, failing over, out of
    connections) is temporary, not a fault of the page: answer 503 "please try again"
    with Retry-After, so residents send their response again and clients back off.

    Django calls this while handling the exception, wherever it arose (a view or a
    middleware), so `sys.exc_info()` names it. The page is 500.html, which needs no
    database and says to send a response again later; a submission is idempotent on
    its form token, so sending the same form again never stores it twice."""
    error = sys.exc_info()[1]
    if not isinstance(error, (OperationalError, InterfaceError)):
        return defaults.server_error(request)
    response = HttpResponse(loader.get_template("500.html").render(), status=503)
    response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    return response

"""The baseline for bench.pages: the smallest Django application, one view returning the
bytes of a saved page as it is (no database, no middleware, no templates).

    BENCH_HTML_DIR=var/bench/pages-html gunicorn bench.trivial_app
"""

import os
from pathlib import Path

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only",  # noqa: S106
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import Http404, HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

PAGES = {file.stem: file.read_bytes() for file in Path(os.environ["BENCH_HTML_DIR"]).glob("*.html")}


def page(request, name):
    if name not in PAGES:
        raise Http404
    return HttpResponse(PAGES[name], content_type="text/html; charset=utf-8")


urlpatterns = [path("<str:name>", page)]
application = get_wsgi_application()

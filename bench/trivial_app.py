"""The baseline for bench.pages: the smallest Django application, one view returning the
bytes of a saved page as it is (no database, no middleware, no templates): its compressed
copy (page.html.gz) to a client that takes gzip, as Varnish and nginx answer.

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

FOLDER = Path(os.environ["BENCH_HTML_DIR"])
PAGES = {file.stem: file.read_bytes() for file in FOLDER.glob("*.html")}
COMPRESSED = {file.name.removesuffix(".html.gz"): file.read_bytes() for file in FOLDER.glob("*.gz")}


def page(request, name):
    if name not in PAGES:
        raise Http404
    if name in COMPRESSED and "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(COMPRESSED[name], content_type="text/html; charset=utf-8")
        response["Content-Encoding"] = "gzip"
        return response
    return HttpResponse(PAGES[name], content_type="text/html; charset=utf-8")


urlpatterns = [path("<str:name>", page)]
application = get_wsgi_application()

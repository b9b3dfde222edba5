"""Which search backend is configured, and whether it answers."""

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

HEALTH_TIMEOUT_SECONDS = 3


@dataclass(frozen=True)
class Health:
    backend: str  # what a person reads: "Elasticsearch 8 at http://...", "PostgreSQL ..."
    ok: bool
    detail: str


def describe_backend() -> str:
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    path = config["BACKEND"]
    if "elasticsearch" in path or "opensearch" in path:
        kind = "OpenSearch" if "opensearch" in path else "Elasticsearch"
        urls = ", ".join(_without_password(url) for url in config.get("URLS", []))
        return f"{kind} ({path}) at {urls}"
    backend = type(get_search_backend()).__name__
    names = {
        "WeightedSQLiteSearchBackend": "the database: SQLite FTS5 full-text search",
        "PostgresSearchBackend": "the database: PostgreSQL full-text search",
        "DatabaseSearchBackend": "the database: plain LIKE queries (no full-text search)",
    }
    return names.get(backend, f"the database ({backend}, {connection.vendor})")


def _without_password(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def check() -> Health:
    """Ask the backend something real: ping a cluster and run one search."""
    description = describe_backend()
    backend = get_search_backend()
    es = getattr(backend, "es", None)
    if es is not None:
        # One quick try: a health check must not sit through the client's retries.
        es = es.options(request_timeout=HEALTH_TIMEOUT_SECONDS, max_retries=0)
    try:
        if es is not None:
            if not es.ping():
                return Health(description, False, "nothing answered at that address")
            info = es.info()
            version = info.get("version", {}).get("number", "unknown version")
            detail = f"cluster '{info.get('cluster_name', '?')}' answers, version {version}"
        else:
            detail = "the database answers"
        count = backend.search("health", Page.objects.live()).count()
    except Exception as error:  # any failure to answer is what this reports
        return Health(description, False, f"{type(error).__name__}: {error}")
    return Health(description, True, f"{detail}; a test search found {count} page(s)")

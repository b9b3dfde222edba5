"""Workarounds for gaps in modelsearch 1.3 (Wagtail 8's search backends), in one place so
they can go together when upstream closes them.

1. No public way to get the whole matched set of a search as a queryset, which facet
   counts over several tables need, nor to run the match once for the count, the page
   of results and the facets (each of `count()`, a slice and `facet()` runs the full-text
   match again). The database backends' results classes all have a `get_queryset()`
   (their own `facet()` uses the same queryset); Elasticsearch and OpenSearch have none,
   so there the top `REMOTE_FACET_WINDOW` hits stand in for it.
2. Wagtail's Elasticsearch `facet()` sends a terms aggregation without a size (so at
   most ten buckets) and only on the searched model's own FilterFields: no topic (a tree
   ancestor), no speaker (a many-to-many through an orderable), no year.
3. The PostgreSQL backend matches `title || body`, which the table's GIN indexes on
   `title` and `body` cannot serve, so every search scanned every row:
   search/migrations/0002 adds an index on that expression.
"""

from django.db import DatabaseError

REMOTE_FACET_WINDOW = 1000


def ranked_keys(results):
    """(primary key, content type id) of everything `results` matched, best first, in
    one query on the database backends (the backend's own rank and order); None on a
    search cluster."""
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        return None
    return list(get_queryset().values_list("pk", "content_type_id"))


def matched_pks(results):
    """The primary keys of at most REMOTE_FACET_WINDOW of the best matches, on a search
    cluster (the database backends use `ranked_keys`)."""
    return [obj.pk for obj in results[:REMOTE_FACET_WINDOW]]


def backend_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "the search backend did not answer", on any backend."""
    errors: list[type[BaseException]] = [DatabaseError]
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    except ImportError:  # pragma: no cover - the client is a pinned requirement
        pass
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:
        pass
    return tuple(errors)

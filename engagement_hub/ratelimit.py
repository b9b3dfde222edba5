"""Rate limits counted in the database, shared by every form that needs one.

Each hit is one statement: an insert that, for a client already counted, adds one to its
count (or starts a new window when the last one has ended) and returns the new count.
Atomic, so concurrent requests never lose a count, and one round trip per request (the
database cache this replaces took eight). In the database rather than Redis, so that a
Redis outage does not stop the limits.

If the counter itself fails, a limit fails open (and logs): refusing every resident or
juror because a counter is unavailable would be worse than letting a bot through for a
while.
"""

import contextlib
import hashlib
import logging
import time

from django.conf import settings
from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the entry NUM_PROXIES from the right of
    X-Forwarded-For when the app runs behind that many trusted proxies."""
    if settings.NUM_PROXIES:
        forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= settings.NUM_PROXIES:
            return forwarded[-settings.NUM_PROXIES]
    return request.META.get("REMOTE_ADDR", "")


def parse_limit(value: str) -> tuple[int, int]:
    """Parse "20/600" into (20, 600): that many requests per that many seconds."""
    count, seconds = value.split("/")
    return int(count), int(seconds)


def _count_hit(key: str, window: int) -> int:
    """Count one request for `key` in its current window of `window` seconds and return
    the count so far (1 for the first request of a window)."""
    from home.models import RateLimitCounter

    quote = connection.ops.quote_name
    table, key_column, count, ends = (
        quote(name) for name in (RateLimitCounter._meta.db_table, "key", "count", "window_ends")
    )
    now = int(time.time())
    # PostgreSQL and SQLite (3.35+) both take ON CONFLICT ... RETURNING; each SET
    # expression reads the row as it was before the update.
    sql = (
        f"INSERT INTO {table} ({key_column}, {count}, {ends}) VALUES (%s, 1, %s) "  # noqa: S608 - names quoted
        f"ON CONFLICT ({key_column}) DO UPDATE SET "
        f"{count} = CASE WHEN {table}.{ends} <= %s THEN 1 ELSE {table}.{count} + 1 END, "
        f"{ends} = CASE WHEN {table}.{ends} <= %s THEN excluded.{ends} ELSE {table}.{ends} END "
        f"RETURNING {count}"
    )
    # A savepoint only inside a transaction: a failure must not break the caller's.
    savepoint = transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
    with savepoint, connection.cursor() as cursor:
        cursor.execute(sql, [key, now + window, now, now])
        return cursor.fetchone()[0]


def is_rate_limited(request, scope: str, *, rate: str, key: str | None = None) -> bool:
    """Count this request against `scope` for `key` (the client's address unless given,
    e.g. an e-mail address); True once more than `rate` ("count/seconds") were counted
    in the window. The key is stored hashed: the table holds no addresses."""
    limit, window = parse_limit(rate)
    if key is None:
        key = client_ip(request)
    digest = hashlib.sha256(f"{scope}\x00{key}".encode()).hexdigest()
    try:
        return _count_hit(digest, window) > limit
    except DatabaseError:
        logger.exception("Rate-limit counter unavailable; allowing the request")
        return False


def forget_ended_windows() -> int:
    """Delete the counters whose window has ended (a periodic task): they would only
    restart at 1. Returns how many were deleted."""
    from home.models import RateLimitCounter

    deleted, _ = RateLimitCounter.objects.filter(window_ends__lte=int(time.time())).delete()
    return deleted

"""Rate limits counted in the database cache, shared by every form that needs one.

If the cache itself fails, a limit fails open (and logs): refusing every resident or
juror because a counter is unavailable would be worse than letting a bot through for a
while.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

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


def is_rate_limited(request, scope: str, *, rate: str, key: str | None = None) -> bool:
    """Count this request against `scope` for `key` (the client's address unless given,
    e.g. an e-mail address); True once more than `rate` ("count/seconds") were counted
    in the window. The key is stored hashed: the cache table holds no addresses."""
    limit, window = parse_limit(rate)
    if key is None:
        key = client_ip(request)
    digest = hashlib.sha256(f"{scope}\x00{key}".encode()).hexdigest()
    cache_key = f"ratelimit:{digest}"
    cache = caches["ratelimit"]
    try:
        if cache.add(cache_key, 1, timeout=window):
            return False
        return cache.incr(cache_key) > limit
    except ValueError:  # the key expired between add() and incr()
        return False
    except Exception:
        logger.exception("Rate-limit cache unavailable; allowing the request")
        return False

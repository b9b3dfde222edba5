"""A per-IP rate limit on responses, counted in the database cache.

If the cache itself fails, the limit fails open (and logs): refusing every resident
because a counter is unavailable would be worse than letting a bot through for a while.
"""

import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """The resident's address: REMOTE_ADDR, or the entry NUM_PROXIES from the right of
    X-Forwarded-For when the app runs behind that many trusted proxies."""
    if settings.NUM_PROXIES:
        forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= settings.NUM_PROXIES:
            return forwarded[-settings.NUM_PROXIES]
    return request.META.get("REMOTE_ADDR", "")


def parse_limit(value: str) -> tuple[int, int]:
    count, seconds = value.split("/")
    return int(count), int(seconds)


def is_rate_limited(request, scope: str) -> bool:
    """Count this request against `scope` for the client's address; True once over."""
    limit, window = parse_limit(settings.CONSULTATION_RATE_LIMIT)
    key = f"ratelimit:{scope}:{client_ip(request)}"
    cache = caches["ratelimit"]
    try:
        if cache.add(key, 1, timeout=window):
            return False
        return cache.incr(key) > limit
    except ValueError:  # the key expired between add() and incr()
        return False
    except Exception:
        logger.exception("Rate-limit cache unavailable; allowing the request")
        return False

"""A Redis cache that fails open: when Redis is unreachable, reads are misses and writes
are dropped, so the site keeps serving from the database.

The gap upstream: Django's `RedisCache` raises `redis.RedisError` from every call when
Redis is down, and Wagtail reads the cache on every page (the site's root paths), so a
Redis outage would turn every page into an error. django-redis has an option for this
(`DJANGO_REDIS_IGNORE_EXCEPTIONS`); Django's built-in backend has none.
"""

import functools
import logging
import time

import redis
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

# What each operation returns while Redis is down: a miss, or "not done".
_FALLBACKS = {
    "add": False,
    "get": None,  # replaced by the caller's default
    "set": None,
    "touch": False,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "set_many": None,
    "delete_many": None,
    "clear": False,
}
WARN_EVERY_SECONDS = 60


class FailOpenRedisCacheClient(RedisCacheClient):
    _last_warning = 0.0

    def _unavailable(self, operation, error):
        # Once a minute per process is enough to see the outage in the logs.
        now = time.monotonic()
        if now - FailOpenRedisCacheClient._last_warning >= WARN_EVERY_SECONDS:
            FailOpenRedisCacheClient._last_warning = now
            logger.warning("Redis cache unavailable (%s): %s; serving without it", operation, error)

    def get(self, key, default):
        try:
            return super().get(key, default)
        except redis.RedisError as error:
            self._unavailable("get", error)
            return default

    # incr() keeps raising: a counter that silently stopped counting would be wrong, and
    # its callers (rate limits) already decide how to fail.


def _fail_open(name):
    method = getattr(RedisCacheClient, name)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except redis.RedisError as error:
            self._unavailable(name, error)
            fallback = _FALLBACKS[name]
            return fallback.copy() if isinstance(fallback, dict) else fallback

    return wrapper


for _name in _FALLBACKS:
    if _name != "get":
        setattr(FailOpenRedisCacheClient, _name, _fail_open(_name))


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache backend, failing open (see the module docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailOpenRedisCacheClient

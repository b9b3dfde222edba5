"""The Redis cache with nothing listening: every read a miss, every write dropped, no
error (what keeps pages up during the Redis outage in test_redis_outage.py)."""

import pytest

from engagement_hub.cache import FailOpenRedisCache
from tests.services import free_port


def test_cache_without_redis_serves_misses():
    cache = FailOpenRedisCache(
        f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}},
    )
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("key", 1) is False
    assert cache.has_key("key") is False
    cache.set("key", 1)
    cache.set_many({"a": 1})
    cache.delete("key")
    cache.delete_many(["a"])
    # A counter does not pretend: its callers (rate limits) decide how to fail.
    with pytest.raises(Exception, match="onnect"):
        cache.incr("key")

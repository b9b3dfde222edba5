"""The rate-limit counter (engagement_hub.ratelimit): one statement per request, exact
under concurrency, a new window once the last has ended, and nothing kept after it."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import RequestFactory

from engagement_hub import ratelimit
from home.models import RateLimitCounter
from home.tasks import forget_ended_rate_limit_windows

pytestmark = pytest.mark.django_db


def hit(scope="test", rate="3/600", address="192.0.2.1"):
    request = RequestFactory().post("/", REMOTE_ADDR=address)
    return ratelimit.is_rate_limited(request, scope, rate=rate)


def test_counts_per_scope_and_address_and_refuses_past_the_limit():
    assert [hit() for _ in range(5)] == [False, False, False, True, True]
    assert hit(address="192.0.2.2") is False
    assert hit(scope="other") is False
    # Keys are hashes: no address is stored.
    assert RateLimitCounter.objects.count() == 3
    assert not RateLimitCounter.objects.filter(key__contains="192.0.2").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # no transaction, as a request
def test_each_request_costs_one_query(django_assert_num_queries):
    hit()
    with django_assert_num_queries(1):
        hit()


def test_a_new_window_starts_at_one_when_the_last_has_ended():
    for _ in range(4):
        hit()
    assert hit() is True
    RateLimitCounter.objects.update(window_ends=1)  # long ago
    assert hit() is False
    counter = RateLimitCounter.objects.get()
    assert counter.count == 1
    assert counter.window_ends > 1


def test_the_periodic_task_forgets_only_ended_windows():
    hit()
    hit(address="192.0.2.2")
    RateLimitCounter.objects.filter(pk=RateLimitCounter.objects.first().pk).update(window_ends=1)
    assert forget_ended_rate_limit_windows() == 1
    assert RateLimitCounter.objects.count() == 1
    RateLimitCounter.objects.update(window_ends=1)
    out = io.StringIO()
    call_command("forget_ended_rate_limits", stdout=out)  # the same, from cron
    assert out.getvalue().startswith("1 ended")
    assert not RateLimitCounter.objects.exists()


def test_a_failing_counter_allows_the_request_and_leaves_the_callers_transaction_usable():
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {RateLimitCounter._meta.db_table}")
        assert hit() is False  # fails open
        # The caller's transaction goes on (on PostgreSQL an error would abort it).
        assert RateLimitCounter._meta.db_table not in connection.introspection.table_names()
        transaction.set_rollback(True)  # puts the table back


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_requests_lose_no_count():
    threads, per_thread = 6, 20

    def worker():
        try:
            for _ in range(per_thread):
                ratelimit._count_hit("shared", 600)
        finally:
            connection.close()

    running = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    assert RateLimitCounter.objects.get(key="shared").count == threads * per_thread

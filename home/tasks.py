"""Celery tasks of the site as a whole (the beat schedule is in settings)."""

from celery import shared_task

from engagement_hub import ratelimit


@shared_task
def forget_ended_rate_limit_windows() -> int:
    return ratelimit.forget_ended_windows()

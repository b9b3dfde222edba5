"""A real Celery worker, against the machine's Redis, sends the confirmation e-mail."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from consultations.models import Submission
from engagement_hub.celery import app as celery_app

from .conftest import valid_answers

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("HUB_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RESTORED_SETTINGS = ["task_always_eager", "broker_url", "task_default_queue"]
# serialized_rollback: later transactional tests find the rows migrations made (the
# root page, locale, groups) as they were, not flushed away by this one.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def drop_pooled_connections():
    """Celery pools producers for the broker URL of first use (eager tasks use one too):
    drop them so the next task goes to the broker now configured. Celery does the same
    after a fork, with this private method."""
    celery_app._after_fork()


@pytest.fixture
def celery_worker(tmp_path):
    """A worker in its own process on a queue of its own; stopped after the test."""
    if not redis_available():
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "worker.log"
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "engagement_hub.settings.test",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": REDIS_URL,
        "HUB_TEST_EMAIL_DIR": str(tmp_path / "mail"),
        "HUB_TEST_TMP_DIR": settings.TEST_TMP_DIR,
    }
    with log.open("w") as log_file:
        worker = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "engagement_hub",
                "worker",
                "--pool=solo",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel=INFO",
                "-Q",
                queue,
                "-n",
                f"{queue}@localhost",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    previous = {key: celery_app.conf[key] for key in RESTORED_SETTINGS}
    try:
        deadline = time.monotonic() + 30
        while "ready." not in log.read_text():
            assert worker.poll() is None, f"worker exited:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"worker not ready:\n{log.read_text()}"
            time.sleep(0.2)
        celery_app.conf.update(
            task_always_eager=False, broker_url=REDIS_URL, task_default_queue=queue
        )
        drop_pooled_connections()
        yield tmp_path / "mail", log
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        celery_app.conf.update(previous)
        drop_pooled_connections()


def test_worker_sends_the_confirmation_email(client, consultation, celery_worker):
    mail_dir, log = celery_worker
    response = client.post(consultation.url, valid_answers(consultation))
    assert response.status_code == 302
    submission = Submission.objects.get()

    deadline = time.monotonic() + 30
    while submission.confirmation_sent_at is None:
        assert time.monotonic() < deadline, f"no e-mail sent:\n{log.read_text()}"
        time.sleep(0.2)
        submission.refresh_from_db()

    messages = [path.read_text() for path in mail_dir.iterdir()]
    assert len(messages) == 1
    assert submission.reference in messages[0]
    assert "To: resident@example.org" in messages[0]
    assert "send_submission_confirmation" in log.read_text()

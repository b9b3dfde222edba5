"""Redis (cache and Celery broker) stopped while residents submit: every response is
stored and confirmed on screen; once Redis is back, the sweep queues the confirmation
e-mails and a real Celery worker sends each exactly once."""

import re
import uuid
from concurrent.futures import ThreadPoolExecutor

from tests.services import manage, wait_until

RESIDENTS = 12
REFERENCE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def respond(site, path, answers, email):
    """A resident's whole journey: the form, their response, the confirmation page."""
    csrf = site.form(path)
    response = site.post(path, answers | {"token": str(uuid.uuid4()), "email": email}, csrf)
    assert response.status_code == 302, response.text
    confirmation = site.get(response.headers["Location"])
    assert confirmation.status_code == 200
    return REFERENCE.search(confirmation.text).group()


def test_redis_outage_while_residents_submit(built_site, make_site, throwaway_redis, smtp_sink):
    site = make_site(
        REDIS_URL=f"{throwaway_redis.url}/0",
        CELERY_BROKER_URL=f"{throwaway_redis.url}/1",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_sink.port),
    )
    site.start_web(workers=2)
    site.start_worker()
    path, answers = built_site["consultation"], built_site["answers"]
    emails = [f"resident-{n}@example.org" for n in range(RESIDENTS)]

    throwaway_redis.stop()
    with ThreadPoolExecutor(4) as pool:
        references = list(pool.map(lambda email: respond(site, path, answers, email), emails))
    assert site.get("/").status_code == 200  # pages read with the cache down too
    stored = site.submissions()
    assert sorted(row["reference"] for row in stored) == sorted(references)
    assert not any(row["confirmed"] for row in stored)
    assert smtp_sink.messages == []

    throwaway_redis.start()
    # The sweep (beat runs it every 5 minutes; an operator may run it at once).
    swept = manage(site.env, "send_unsent_confirmations", "--grace-seconds", "0")
    assert f"{RESIDENTS} confirmation(s)" in swept
    wait_until(
        lambda: len(smtp_sink.messages) >= RESIDENTS,
        60,
        lambda: f"e-mails not sent:\n{site.worker_log.read_text()[-3000:]}",
    )
    # Sweeping again sends nothing more: every e-mail was sent exactly once.
    assert "0 confirmation(s)" in manage(
        site.env, "send_unsent_confirmations", "--grace-seconds", "0"
    )
    assert smtp_sink.received() == dict.fromkeys(emails, 1)
    stored = site.submissions()
    assert all(row["confirmed"] for row in stored)
    for reference in references:
        assert sum(reference.encode() in data for _to, data in smtp_sink.messages) == 1

    site.report(
        "redis outage",
        submitted=RESIDENTS,
        accepted=len(references),
        stored=len(stored),
        emails_sent=len(smtp_sink.messages),
        emails_per_address=sorted(set(smtp_sink.received().values())),
    )

"""PostgreSQL restarted during a burst of submissions: each request either stores its
response whole (302 to the confirmation) or says "please try again" (503 with
Retry-After); nothing is stored in part, and the site recovers without a restart."""

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from tests.services import wait_until

CLIENTS = 8
OUTAGE_SECONDS = 2


def submit_until(site, path, answers, csrf, stop, results, lock):
    while not stop.is_set():
        token = str(uuid.uuid4())
        try:
            response = site.post(path, answers | {"token": token}, csrf)
            outcome = (token, response.status_code, response.headers, response.text)
        except OSError as error:
            outcome = (token, 0, {}, repr(error))
        with lock:
            results.append(outcome)
        if outcome[1] != 302:
            time.sleep(0.5)  # a person reads the page before sending again


def test_database_restart_during_a_burst_of_submissions(throwaway_postgres, built_site, make_site):
    site = make_site()
    site.start_web(workers=2)
    path, answers = built_site["consultation"], built_site["answers"]
    csrf = [site.form(path) for _ in range(CLIENTS)]
    first = site.post(path, answers | {"token": str(uuid.uuid4())}, csrf[0])
    assert first.status_code == 302, first.text

    results, lock, stop = [], threading.Lock(), threading.Event()
    threads = [
        threading.Thread(target=submit_until, args=(site, path, answers, pair, stop, results, lock))
        for pair in csrf
    ]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)
        throwaway_postgres.stop("immediate")  # every connection cut, as in a crash
        time.sleep(OUTAGE_SECONDS)
        throwaway_postgres.start()
        time.sleep(2)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        if not throwaway_postgres.running():
            throwaway_postgres.start()

    statuses = [status for _token, status, _headers, _text in results]
    unavailable = [r for r in results if r[1] == 503]
    assert set(statuses) <= {302, 503}, {s: statuses.count(s) for s in set(statuses)}
    assert unavailable, "no request met the outage"
    for _token, _status, headers, text in unavailable:
        assert headers["Retry-After"] == "30"
        assert "Sorry, there is a problem with the service" in text
        assert "Please send it again later." in text

    # Residents send the same form again (same token): each is stored once, in full.
    with ThreadPoolExecutor(CLIENTS) as pool:
        again = list(
            pool.map(
                lambda token: site.post(path, answers | {"token": token}, csrf[0]).status_code,
                [token for token, *_rest in unavailable],
            )
        )
    assert set(again) == {302}
    stored = site.submissions()
    sent_tokens = {token for token, *_rest in results}
    stored_tokens = {row["token"] for row in stored}
    assert len(stored) == len(stored_tokens) == len(sent_tokens) + 1
    assert sent_tokens <= stored_tokens
    full = max(row["answers"] for row in stored)
    assert full > 0
    assert [row for row in stored if row["answers"] != full] == []

    # Recovered without restarting anything: the same gunicorn serves every page.
    assert site.web.poll() is None
    wait_until(lambda: site.get(path).status_code == 200, 10, "the site did not recover")
    assert all(site.get(path).status_code == 200 for _ in range(10))

    site.report(
        "database restart",
        requests=len(results),
        accepted=statuses.count(302),
        unavailable_503=len(unavailable),
        stored=len(stored) - 1,
        partial=0,
    )

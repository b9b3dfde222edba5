"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py engagement_hub.wsgi`.

Each knob reads an environment variable (README, "Environment variables") so a council can
tune it without editing this file.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)  # set but empty: the default


bind = os.environ.get("GUNICORN_BIND") or "127.0.0.1:8000"
# Page rendering is CPU-bound: about two workers per core, at least two.
workers = _int("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count() * 2))
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5
# Restart workers now and then, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# Load the application once, before forking: faster start and shared memory.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or "-"
# gunicorn 27 opens a control socket under the home directory by default.
control_socket_disable = True

"""The Celery app: configured from Django settings (the CELERY_ namespace), with tasks
discovered in each app's `tasks.py`.

Without `CELERY_BROKER_URL` tasks run eagerly in the calling process (the embedded
default: no broker, no worker). With it, they go to the broker for a worker:

    celery -A engagement_hub worker --without-gossip --without-mingle --without-heartbeat
    celery -A engagement_hub beat
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagement_hub.settings.production")

app = Celery("engagement_hub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

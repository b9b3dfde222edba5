"""Benchmarks with realistic data sizes. Each is a module run with `python -m bench.<name>`."""

import os
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    """Django with the test settings on a fresh database: the empty one BENCH_DATABASE_URL
    names, else a temporary SQLite file. Never DATABASE_URL: benchmarks rebuild the page
    tree and must not touch a real site."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "engagement_hub.settings.test"
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        folder = tempfile.mkdtemp(prefix="engagement-hub-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    import django

    django.setup()

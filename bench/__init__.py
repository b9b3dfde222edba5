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


def report(name: str, title: str, columns: list[tuple[str, str]], rows: list[dict], **extra):
    """Print `rows` as a table (`columns`: heading and key of each) under `title`, and
    write them with `extra` as JSON to var/bench/<name>.json."""
    import json

    widths = [max(len(heading), *(len(str(row[key])) for row in rows)) for heading, key in columns]
    print(f"\n{title}")
    print(
        " ".join(
            f"{heading:>{width}}" for (heading, _key), width in zip(columns, widths, strict=True)
        )
    )
    for row in rows:
        print(
            " ".join(
                f"{row[key]!s:>{width}}" for (_h, key), width in zip(columns, widths, strict=True)
            )
        )
    out = BASE_DIR / "var" / "bench" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**extra, "rows": rows}, indent=2, default=str))
    print(f"Written to {out.relative_to(BASE_DIR)}")

"""Briefing-pack PDF builds under faults, with a real Celery worker: the worker killed
mid-build (the task is redelivered and the PDF built once), and a full or read-only
disk (a logged error and a retry; the pack still reads online and no partial file is
left or served)."""

import contextlib
import subprocess
from pathlib import Path

import pytest

from tests.services import django_call, kill, wait_until

VERSION_ROW = "SELECT pdf, pdf_error FROM deliberations_briefingpackversion WHERE id = {}"


def pdf_row(site, version):
    pdf, error = site.sql(VERSION_ROW.format(version)).split("|", 1)
    return pdf, error


def pack_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def build_in_worker(built_site, make_site, throwaway_redis, **environment):
    site = make_site(CELERY_BROKER_URL=f"{throwaway_redis.url}/1", **environment)
    site.start_web(workers=1)
    site.start_worker(concurrency=1)
    assert django_call(site.env, f"site.enqueue_pdf({built_site['version']})")
    wait_until(
        lambda: "build_pack_pdf" in site.worker_log.read_text(),
        30,
        lambda: f"the task never reached the worker:\n{site.worker_log.read_text()}",
    )
    return site


def assert_pending_page(site, pdf_url):
    """Until its PDF exists, the PDF link explains that, and the pack reads online."""
    pending = site.get(pdf_url)
    assert pending.status_code == 404
    assert pending.headers["Content-Type"].startswith("text/html")
    assert site.get(pdf_url.removesuffix("pdf/")).status_code == 200


def test_worker_killed_while_building_a_pdf(built_site, make_site, throwaway_redis):
    site = build_in_worker(built_site, make_site, throwaway_redis)
    version, pdf_url = built_site["version"], built_site["pack"] + "pdf/"
    # Killed while WeasyPrint is rendering (a large pack takes seconds here).
    assert_pending_page(site, pdf_url)
    assert pdf_row(site, version)[0] == ""
    (child,) = site.worker_children()
    kill(child)

    wait_until(
        lambda: pdf_row(site, version)[0],
        90,
        lambda: f"the PDF was never built:\n{site.worker_log.read_text()[-4000:]}",
    )
    log = site.worker_log.read_text()
    assert "WorkerLostError" in log  # the killed attempt is not acknowledged...
    assert log.count("build_pack_pdf[") >= 3  # ...so it is received again and succeeds
    assert log.count("succeeded") == 1
    name, error = pdf_row(site, version)
    assert error == ""
    # Built once: one file, the one attached, whole.
    private = Path(site.env["PRIVATE_MEDIA_ROOT"])
    assert pack_files(private) == [private / name]
    response = site.get(pdf_url)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert response.content == (private / name).read_bytes()

    site.report(
        "worker killed mid-PDF",
        attempts=log.count("build_pack_pdf[") - log.count("succeeded"),
        worker_lost=log.count("WorkerLostError") > 0,
        pdfs_built=len(pack_files(private)),
        pdf_bytes=len(response.content),
    )


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB filesystem (tmpfs) for the private files: too small for a pack's PDF.
    `remount("ro")` makes it read-only."""
    folder = tmp_path / "private"
    folder.mkdir()
    mounted = subprocess.run(  # noqa: S603
        ["/usr/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.strip()}")

    def remount(mode):
        subprocess.run(  # noqa: S603
            ["/usr/bin/mount", "-o", f"remount,{mode}", str(folder)], check=True
        )

    try:
        yield folder, remount
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(["/usr/bin/umount", "-l", str(folder)], check=True)  # noqa: S603


@pytest.mark.parametrize(
    ("mode", "error"), [("rw", "No space left on device"), ("ro", "Read-only file system")]
)
def test_disk_full_or_read_only_during_a_pdf_build(
    built_site, make_site, throwaway_redis, small_disk, mode, error
):
    folder, remount = small_disk
    remount(mode)
    site = build_in_worker(built_site, make_site, throwaway_redis, PRIVATE_MEDIA_ROOT=str(folder))
    version, pdf_url = built_site["version"], built_site["pack"] + "pdf/"
    wait_until(
        lambda: "Retry in" in site.worker_log.read_text(),
        90,
        lambda: f"no retry scheduled:\n{site.worker_log.read_text()[-4000:]}",
    )
    log = site.worker_log.read_text()
    assert f"PDF of pack version {version} failed" in log  # logged as an error...
    assert error in log
    name, recorded = pdf_row(site, version)
    assert name == ""
    assert error in recorded  # ...and recorded for administrators
    assert pack_files(folder) == []  # no partial file left behind
    assert_pending_page(site, pdf_url)

    site.report(
        f"PDF build, disk {'full' if mode == 'rw' else 'read-only'}",
        error=recorded,
        retry_scheduled=True,
        partial_files=0,
        pdf_page_status=site.get(pdf_url).status_code,
    )

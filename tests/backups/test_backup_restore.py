"""The documented backup procedure, end to end on PostgreSQL: scripts/backup (pg_dump
and the media and private folders) of a site in use, scripts/restore into an empty
database and empty folders, and the restored site serves every page, every file and
every submission, and takes new ones."""

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.services import BASE_DIR, RunningSite, django_call, site_environment

RESPONSES = 5


def run_script(name, argument, env):
    result = subprocess.run(  # noqa: S603
        [str(BASE_DIR / "scripts" / name), str(argument)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"scripts/{name} failed:\n{result.stdout}\n{result.stderr}"
    return result


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_backup_restores_into_an_empty_database(
    built_site, make_site, throwaway_postgres, tmp_path
):
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.skip("pg_dump and pg_restore are not installed")
    # The site in use: its own media (a copy of what the build wrote, plus an upload),
    # a built pack PDF, and responses sent through the form.
    media = tmp_path / "source-media"
    shutil.copytree(built_site["folder"] / "media", media)
    source = make_site(MEDIA_ROOT=str(media))
    django_call(source.env, "site.add_image()")
    source.start_web(workers=1)
    path, answers = built_site["consultation"], built_site["answers"]
    csrf = source.form(path)
    for _ in range(RESPONSES):
        response = source.post(path, answers | {"token": str(uuid.uuid4())}, csrf)
        assert response.status_code == 302
    subprocess.run(
        [sys.executable, "manage.py", "build_pack_pdfs"],
        cwd=BASE_DIR,
        env=source.env,
        check=True,
        capture_output=True,
    )
    counts = django_call(source.env, "site.counts()")
    assert counts["submissions"] == RESPONSES and counts["images"] >= 1

    backup = tmp_path / "backup"
    run_script("backup", backup, source.env)
    assert {p.name for p in backup.iterdir()} == {
        "database.dump",
        "media.tar.gz",
        "private.tar.gz",
        "SHA256SUMS",
    }

    restored_database = f"hub_restored_{uuid.uuid4().hex[:8]}"
    throwaway_postgres.create_database(restored_database)
    target = tmp_path / "restored"
    target.mkdir()
    env = site_environment(
        f"{throwaway_postgres.url}/{restored_database}",
        target,
        STATIC_ROOT=str(built_site["folder"] / "static"),
    )
    run_script("restore", backup, env)
    # Restoring again over it is refused: the script never writes over a site.
    again = subprocess.run(  # noqa: S603
        [str(BASE_DIR / "scripts" / "restore"), str(backup)], env=env, capture_output=True
    )
    assert again.returncode != 0 and b"not empty" in again.stderr

    assert django_call(env, "site.counts()") == counts
    assert files(target / "media") == files(media)
    assert files(target / "private") == files(Path(source.env["PRIVATE_MEDIA_ROOT"]))
    assert files(target / "private")  # the pack's PDF is among them

    restored = RunningSite(env, target)
    try:
        restored.start_web(workers=1)
        for page in ("/", path, built_site["pack"], built_site["pack"] + "all/"):
            assert restored.get(page).status_code == 200, page
        pdf = restored.get(built_site["pack"] + "pdf/")
        assert pdf.status_code == 200
        assert pdf.content == source.get(built_site["pack"] + "pdf/").content
        # New responses after the restore (the sequences came back too).
        response = restored.post(path, answers | {"token": str(uuid.uuid4())}, restored.form(path))
        assert response.status_code == 302
        assert django_call(env, "site.counts()")["submissions"] == RESPONSES + 1
    finally:
        restored.stop()
    source.report(
        "backup round trip",
        **{f"source_{key}": value for key, value in counts.items()},
        restored_equal=True,
        media_files=len(files(media)),
        private_files=len(files(target / "private")),
    )

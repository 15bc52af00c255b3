"""The machine, not the data: a full disk or a read-only folder is one clear diagnostic, never a traceback.

A full disk cannot be made on demand (and root writes through ``chmod``), so the write functions are
made to fail in-process exactly as the kernel would (``OSError`` with ``ENOSPC``, ``EROFS``, no file
name for a failed ``write()``); a file standing where a folder must be is a real failure. Each run
must exit 1 with the path and what to do, in English and Thai, and leave the published site as it was.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Any

import mkdocs.utils
import pytest

from generator.build import writer
from generator.cli import main
from generator.importer import procurement as importer
from tests.conftest import FIXTURES, edit_file
from tests.test_atomic_build import site_hash
from tests.tiny_pdf import make_pdf

BASE = Path(__file__).resolve().parent / "bad_inputs" / "base"


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """The small corpus agency, built once, then edited so that the next build has work to do."""
    root = tmp_path / "agency"
    shutil.copytree(BASE, root)
    (root / "content/documents").mkdir(parents=True)
    (root / "content/documents/signed.pdf").write_bytes(make_pdf(["signed announcement"]))
    assert main(["--root", str(root), "build"]) == 0
    edit_file(root / "content/plans/2566.yml", "title: แผนทดสอบ", "title: แผนทดสอบ ฉบับแก้ไข")
    return root


def _fail(code: int, strerror: str, filename: str | None = None) -> Any:
    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(code, strerror) if filename is None else OSError(code, strerror, filename)
    return fail


def _build(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--root", str(root), "build"])
    return code, capsys.readouterr().err


def test_a_full_disk_while_writing_build_is_a_diagnostic_and_the_site_is_kept(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = site_hash(built / "site")
    capsys.readouterr()
    monkeypatch.setattr(writer, "write_atomic", _fail(errno.ENOSPC, "No space left on device"))
    code, err = _build(built, capsys)
    assert code == 1
    assert "build: error: disk-full: no space left on the disk while writing build or site " in err
    assert "พื้นที่ดิสก์เต็ม" in err and "the previous site is unchanged" in err
    assert "Traceback" not in err
    assert site_hash(built / "site") == before


def test_a_full_disk_while_mkdocs_writes_the_new_site_keeps_the_old_one_and_no_staging(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = site_hash(built / "site")
    capsys.readouterr()
    monkeypatch.setattr(mkdocs.utils, "write_file", _fail(errno.ENOSPC, "No space left on device"))
    code, err = _build(built, capsys)
    assert code == 1 and "error: disk-full:" in err and "Traceback" not in err
    assert site_hash(built / "site") == before
    assert list(built.glob("site.new-*")) == []


def test_a_read_only_site_folder_names_the_path_and_what_to_do(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = site_hash(built / "site")
    capsys.readouterr()
    monkeypatch.setattr(mkdocs.utils, "write_file", _fail(errno.EROFS, "Read-only file system",
                                                          str(built / "site.new-1/index.html")))
    code, err = _build(built, capsys)
    assert code == 1
    assert "site.new-1/index.html: error: no-permission: cannot read or write site.new-1/index.html" in err
    assert "make it writable" in err and "ไม่มีสิทธิ์" in err and "Traceback" not in err
    assert site_hash(built / "site") == before


def test_a_file_where_the_build_folder_should_be_is_an_error_not_a_traceback(
        built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = site_hash(built / "site")
    shutil.rmtree(built / "build")
    (built / "build").write_text("not a folder", encoding="utf-8")
    capsys.readouterr()
    code, err = _build(built, capsys)
    assert code == 1 and "error: os-error:" in err and "build" in err and "Traceback" not in err
    assert site_hash(built / "site") == before


def test_check_json_reports_a_read_failure_as_one_json_diagnostic(
        built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("generator.pipeline.load_agency",
                        _fail(errno.EACCES, "Permission denied", str(built / "content/plans/2566.yml")))
    capsys.readouterr()
    code = main(["--root", str(built), "check", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1
    assert '"code": "no-permission"' in out and '"file": "content/plans/2566.yml"' in out


def test_import_onto_a_full_disk_is_a_diagnostic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "agency"
    root.mkdir()
    shutil.copy2(FIXTURES / "procurement/agency/site_config.yml", root / "site_config.yml")
    monkeypatch.setattr(importer, "write_atomic", _fail(errno.ENOSPC, "No space left on device"))
    code = main(["--root", str(root), "import", "procurement", str(FIXTURES / "procurement/10.xlsx"),
                 "--year", "2568", "--month", "10"])
    err = capsys.readouterr().err
    assert code == 1 and "content: error: disk-full:" in err and "Traceback" not in err
    assert not (root / "content/procurement/2568/10.csv").exists()

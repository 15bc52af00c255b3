"""Nothing outside touched: the build never writes or deletes through a symbolic link it did not make.

``site``, ``--out`` or ``build`` being a link is refused with a positioned message naming the link
and its target; a link inside ``build/`` is removed itself (never followed); links inside an old
``site/`` go with it, their targets untouched. Each target holds a sentinel that must survive.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import build, copy_agency
from tests.test_atomic_build import site_hash

CORPUS = Path(__file__).resolve().parent / "bad_inputs" / "base"


def _agency(tmp_path: Path) -> Path:
    root = copy_agency(CORPUS, tmp_path / "agency")
    (root / "content/documents").mkdir()
    shutil.rmtree(root / "content/no-gift")  # its attachment is not needed here
    return root


def _elsewhere(tmp_path: Path) -> Path:
    """A folder outside the agency that holds someone's files (a web server's, a home)."""
    target = tmp_path / "elsewhere"
    (target / "keep").mkdir(parents=True)
    (target / "sentinel.txt").write_text("do not touch\n", encoding="utf-8")
    (target / "keep/index.html").write_text("<p>someone else's page</p>\n", encoding="utf-8")
    return target


@pytest.mark.parametrize("folder", ["site", "build"])
def test_a_linked_site_or_build_folder_is_refused_and_its_target_untouched(
        tmp_path: Path, folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    root, target = _agency(tmp_path), _elsewhere(tmp_path)
    before = site_hash(target)
    (root / folder).symlink_to(target, target_is_directory=True)
    capsys.readouterr()
    assert build(root) == 1
    err = capsys.readouterr().err
    assert f"{folder}: error: symlinked-output: {folder} is a symbolic link to {target}" in err
    assert f"เป็น symbolic link ที่ชี้ไปยัง {target}" in err and "Traceback" not in err
    assert site_hash(target) == before
    assert (root / folder).is_symlink()  # the link itself is left as the webmaster made it
    assert not list(tmp_path.glob("elsewhere.*")) and not list(root.glob("site.*"))


def test_out_naming_a_link_is_refused_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, target = _agency(tmp_path), _elsewhere(tmp_path)
    before = site_hash(target)
    (tmp_path / "www").symlink_to(target, target_is_directory=True)
    assert build(root, "--out", str(tmp_path / "www")) == 1
    err = capsys.readouterr().err
    assert f"error: symlinked-output: {tmp_path / 'www'} is a symbolic link to {target}" in err
    assert site_hash(target) == before


def test_links_inside_build_are_replaced_never_followed(tmp_path: Path) -> None:
    root, target = _agency(tmp_path), _elsewhere(tmp_path)
    assert build(root) == 0
    before = site_hash(target)
    docs = root / "build/docs"
    shutil.rmtree(docs / "anti-corruption")
    (docs / "anti-corruption").symlink_to(target, target_is_directory=True)  # a generated folder
    (docs / "stray").symlink_to(target, target_is_directory=True)            # one oitgen never makes
    (docs / "index.md").unlink()
    (docs / "index.md").symlink_to(target / "sentinel.txt")                   # a generated file
    assert build(root) == 0
    assert site_hash(target) == before
    assert not any(path.is_symlink() for path in (root / "build").rglob("*"))
    assert (docs / "anti-corruption/plans/2566.md").is_file() and not (docs / "stray").exists()
    assert "someone else" not in (root / "site/index.html").read_text(encoding="utf-8")


def test_a_linked_cache_is_neither_read_nor_written_through(tmp_path: Path) -> None:
    root, target = _agency(tmp_path), _elsewhere(tmp_path)
    assert build(root) == 0
    shutil.rmtree(root / "build/.cache")
    (root / "build/.cache").symlink_to(target, target_is_directory=True)  # the caches of incremental builds
    before = site_hash(target)
    assert build(root) == 0
    assert site_hash(target) == before
    assert (root / "build/.cache").is_dir() and not (root / "build/.cache").is_symlink()


def test_links_inside_the_old_site_go_with_it_and_their_targets_stay(tmp_path: Path) -> None:
    root, target = _agency(tmp_path), _elsewhere(tmp_path)
    assert build(root) == 0
    before = site_hash(target)
    (root / "site/mirror").symlink_to(target, target_is_directory=True)
    (root / "site.old-1").symlink_to(target, target_is_directory=True)  # a leftover that is not ours
    assert build(root) == 0
    assert site_hash(target) == before
    assert not (root / "site/mirror").exists() and (root / "site.old-1").is_symlink()

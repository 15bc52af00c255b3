"""``oitgen check --links``: external links in the data are requested only when asked, with a short
timeout; each that fails is a ``broken-link`` warning where it is written. Every request goes to a
server of this test on 127.0.0.1 — the test refuses to run if the data names any other host."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

from generator import pipeline
from generator.checks.links import check_links, external_links
from generator.cli import main
from tests.conftest import edit_file

BASE = Path(__file__).resolve().parent / "bad_inputs" / "base"


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def _answer(self) -> None:
        _Handler.seen.append((self.command, self.path))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        else:
            self.send_response(404 if self.path == "/gone" else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _agency(tmp_path: Path, base: str) -> Path:
    root = tmp_path / "agency"
    shutil.copytree(BASE, root)
    edit_file(root / "content/no-gift/2566.yml", "  document: ประกาศฉบับลงนาม\n",
              f"  document: ประกาศฉบับลงนาม\n  url: {base}/gone\n")
    edit_file(root / "content/no-gift/2566.yml", "ติดต่อสอบถามได้ที่ saraban@example.org\n",
              f"ติดต่อสอบถามได้ที่ saraban@example.org หรือ {base}/ok, {base}/no-head และ {base}/slow\n")
    (root / "content/documents").mkdir(exist_ok=True)
    (root / "content/documents/signed.pdf").write_bytes(b"")  # the attachment exists (not probed)
    return root


def test_broken_and_slow_links_are_warned_where_they_are_written(tmp_path: Path) -> None:
    _Handler.seen = []
    with _server() as base:
        root = _agency(tmp_path, base)
        agency = pipeline.check(root).agency
        assert agency is not None
        links = external_links(agency)
        assert {urlsplit(url).hostname for url in links} == {"127.0.0.1"}  # never another address
        assert set(links) == {f"{base}/{p}" for p in ("gone", "ok", "no-head", "slow")}
        found = check_links(agency, timeout=0.5, workers=2)
    by_url = {d.message.split(" ")[0]: d for d in found}
    assert set(by_url) == {f"{base}/gone", f"{base}/slow"}
    gone = by_url[f"{base}/gone"]
    assert (gone.code, gone.severity.value, gone.field) == ("broken-link", "warning", "source.url")
    # source: is line 15 of the base file, document: 16, the url: added at 17
    assert (gone.position.file, gone.position.line) == ("content/no-gift/2566.yml", 17)
    assert "HTTP 404" in gone.message and "HTTP 404" in gone.message_th
    assert by_url[f"{base}/slow"].field == "text" and "no answer" in by_url[f"{base}/slow"].message
    assert ("GET", "/no-head") in _Handler.seen  # HEAD refused: asked again with GET


def test_links_are_only_requested_when_asked(tmp_path: Path, capsys) -> None:
    _Handler.seen = []
    with _server() as base:
        root = _agency(tmp_path, base)
        main(["--root", str(root), "check"])
        assert _Handler.seen == []
        code = main(["--root", str(root), "check", "--links", "--strict"])
    err = capsys.readouterr().err
    assert code == 1 and "content/no-gift/2566.yml:17:" in err and "broken-link" in err

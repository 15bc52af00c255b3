"""The last line of defence: the staged site is scanned before it replaces ``site/``.

Whatever slips past the data checks (a bug, a bypassed check) and reaches a published file — a
person's ID, a script the theme did not ship, a request to another host — stops the switch with a
diagnostic naming the published file (and the data file), and the previous site stays byte for
byte as it was.
"""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from pathlib import Path

import pytest

from generator import checks, pipeline
from generator.build import site_state
from generator.build.early_scan import EarlyScan
from generator.build.live_content import known_scripts, scan_html
from generator.build.published_scan import Site, scan_ahead, scan_site
from generator.checks import personal_data
from tests.conftest import build, copy_agency, edit_file, problems
from tests.test_atomic_build import site_hash

CORPUS = Path(__file__).resolve().parent / "bad_inputs" / "base"
PERSON = "1103702345679"  # valid check digit, first digit 1: a person
MATERIAL_SCRIPT = ('__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.'
                   'charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.'
                   'pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname'
                   '+"."+e,JSON.stringify(_))}catch(e){}}')


@pytest.fixture(scope="module")
def theme_scripts() -> list:
    import material

    return known_scripts([Path(material.__file__).parent / "templates"])


def _codes(page: str, scripts: list, own: frozenset[str] = frozenset()) -> list[str]:
    return [problem.code for problem in scan_html(page, scripts, own)]


def test_the_themes_own_inline_scripts_and_data_blocks_pass(theme_scripts: list) -> None:
    page = (f"<script>{MATERIAL_SCRIPT}</script>"
            '<script id="__config" type="application/json">{"base": ".."}</script>'
            '<script src="../assets/javascripts/bundle.min.js"></script>'
            '<a href="https://www.nacc.go.th/">ป.ป.ช.</a><link rel="canonical" href="https://other.example/">'
            '<img src="data:image/png;base64,AAAA" alt=""><img src="../files/chart.png" alt="">')
    assert _codes(page, theme_scripts) == []


@pytest.mark.parametrize("script", [
    MATERIAL_SCRIPT.replace('"../.."', '"../..");alert(1);("'),  # a value that broke out of its string
    "alert(document.cookie)",
])
def test_an_inline_script_the_theme_does_not_ship_is_found(theme_scripts: list, script: str) -> None:
    assert _codes(f"<p>x</p><script>{script}</script>", theme_scripts) == ["published-script"]


@pytest.mark.parametrize("tag", [
    '<img src="x.png" onerror="alert(1)">', "<svg/onload=alert(1)>", '<p title="a>b" onclick=go()>',
    '<a href="javascript:alert(1)">x</a>', '<a href="java&#x09;script&#58;alert(1)">x</a>',
    '<a href=" JAVASCRIPT:alert(1)">x</a>', '<iframe src="vbscript:msgbox(1)"></iframe>',
    '<set attributeName="onmouseover" to="alert(1)"/>',
])
def test_event_handlers_and_script_urls_are_found(theme_scripts: list, tag: str) -> None:
    assert _codes(f"<div>{tag}</div>", theme_scripts) == ["published-script"]


@pytest.mark.parametrize("tag", [
    '<script src="https://cdn.example/x.js"></script>', '<link rel="stylesheet" href="//cdn.example/a.css">',
    '<link rel="icon" href="https://cdn.example/favicon.ico">', '<link rel="preconnect" href="https://fonts.example">',
    '<img src="https://tracker.example/p.gif">', '<img srcset="a.png 1x, https://cdn.example/b.png 2x">',
    '<iframe src="https://video.example/embed/1"></iframe>', '<use href="https://cdn.example/s.svg#i"/>',
    '<base href="https://evil.example/">', '<div style="background:url(https://cdn.example/bg.png)"></div>',
    "<style>@import 'https://cdn.example/x.css';</style>", '<img src="\\\\evil.example\\p.gif">',
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
])
def test_requests_to_other_hosts_are_found(theme_scripts: list, tag: str) -> None:
    assert _codes(tag, theme_scripts) == ["published-offsite-request"]


def test_the_sites_own_address_is_not_another_host(theme_scripts: list) -> None:
    page = '<link rel="icon" href="https://www.example.go.th/assets/favicon.png">'
    assert _codes(page, theme_scripts, frozenset({"www.example.go.th"})) == []


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "text"), [
    ("plans/index.html", "<p>ผู้รับผิดชอบ &#49;&#x31;037<b>02345</b>6\u200b79</p>"),
    ("plans/index.html", "<p>ผู้รับผิดชอบ １-１０３７-０２３４５-６７-９</p>"),
    ("news/feed.xml", "<content type='html'>&lt;p&gt;1.1037.02345.67.9&lt;/p&gt;</content>"),
    ("data/plans.json", '{"note": "' + "".join(f"\\u{0xE50 + int(d):04x}" for d in PERSON) + '"}'),
    ("data/plans.csv", "no,note\n1,1/1037/02345/67/9\n"),
    ("search/search_index.json", '{"docs": [{"location": "x/", "title": "1 1037 02345 67 9", "text": ""}]}'),
])
def test_a_persons_id_in_any_published_text_is_found(tmp_path: Path, name: str, text: str) -> None:
    (found,) = scan_site(_site(tmp_path, {name: text}), Site([], frozenset()))
    assert (found.code, found.position.file) == ("published-personal-id", f"site/{name}")
    assert "1-xxxx-xxxxx-x7-9" in found.message and PERSON not in found.text()


def test_an_incremental_build_reads_only_files_unlike_the_published_ones(tmp_path: Path) -> None:
    page = f"<p>{PERSON[:1]} {PERSON[1:5]} {PERSON[5:10]} {PERSON[10:12]} {PERSON[12]}</p>"
    published = _site(tmp_path / "site", {"a/index.html": page, "b/index.html": page})
    staged = _site(tmp_path / "staged", {"a/index.html": page, "b/index.html": page + "<p>new</p>",
                                         "c/index.html": page})
    found = scan_site(staged, Site([], frozenset()), published=published)
    assert [d.position.file for d in found] == ["site/b/index.html", "site/c/index.html"]
    assert len(scan_site(staged, Site([], frozenset()))) == 3


def test_figures_of_neighbouring_cells_and_juristic_tax_ids_are_not_ids(tmp_path: Path) -> None:
    # 4024 | 150 | 120 | 334 and 1 | 1037 | 02345 | 67 | 9 in cells: each figure on its own
    figures = ("4024", "150", "120", "334", "1", "1037", "02345", "67", "9")
    cells = "".join(f"<td>{figure}</td>" for figure in figures)
    search = '{"docs": [{"location": "", "title": "t", "text": "รวมทั้งปี4024150120334"}]}'
    site = _site(tmp_path, {"a/index.html": f"<table><tr>{cells}</tr></table><p>0105550123451</p>",
                            "search/search_index.json": search, "files/photo.png": PERSON})
    assert scan_site(site, Site([], frozenset())) == []


def _agency(tmp_path: Path) -> Path:
    root = copy_agency(CORPUS, tmp_path / "agency")
    (root / "content/documents").mkdir()
    shutil.rmtree(root / "content/no-gift")  # its attachment is not needed here
    return root


def test_an_id_that_slipped_past_the_checks_stops_the_switch_and_keeps_the_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = _agency(tmp_path)
    assert build(root) == 0
    before = site_hash(root / "site")
    edit_file(root / "content/plans/2566.yml", "note: ถอดความจากเอกสารฉบับลงนาม",
              'note: "ผู้ประสานงาน ๑.1037/０２３４５ - 67\\u200b9"')  # Thai, full-width, a zero-width space
    # the data check sees it
    assert [d.code for d in problems(pipeline.check(root).diagnostics)] == ["personal-id"]
    bypassed = tuple(check for check in checks.SITE_CHECKS if check is not personal_data.check)
    monkeypatch.setattr(checks, "SITE_CHECKS", bypassed)  # … until a bug bypasses it
    capsys.readouterr()
    assert build(root) == 1
    err = capsys.readouterr().err
    assert "error: published-personal-id:" in err and "probably from content/plans/2566.yml" in err
    assert "site/anti-corruption/plans/2566/index.html" in err
    assert "1-xxxx-xxxxx-x7-9" in err and PERSON not in err and "02345" not in err
    assert "the previous site is unchanged" in err
    assert site_hash(root / "site") == before
    assert not list(root.glob("site.*"))  # the staging folder is gone too


def test_a_request_to_another_host_in_the_staged_site_stops_the_switch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = _agency(tmp_path)
    assert build(root) == 0
    before = site_hash(root / "site")
    render = pipeline.site_files

    def leaky(*args):  # a renderer bug: a tracking pixel on the plan page
        for path, data in render(*args):
            if path == "docs/anti-corruption/plans/2566.md":
                data += b'\n<img src="https://tracker.example/p.gif" alt="">\n'
            yield path, data

    monkeypatch.setattr(pipeline, "site_files", leaky)
    monkeypatch.setattr(site_state, "code_fingerprint", lambda: "changed code")  # what a real change makes
    capsys.readouterr()
    assert build(root) == 1
    err = capsys.readouterr().err
    assert "site/anti-corruption/plans/2566/index.html:" in err
    assert "error: published-offsite-request:" in err and "https://tracker.example/p.gif" in err
    assert site_hash(root / "site") == before


def test_an_override_script_with_conditions_passes_as_rendered_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "main.html").write_text(
        '{% block scripts %}{{ super() }}<script>var lang="{{ config.theme.language }}";'
        "{% if config.extra.segment %}segment(lang);{% endif %}search(lang)</script>{% endblock %}",
        encoding="utf-8")
    scripts = known_scripts([tmp_path])
    for rendered in ('var lang="th";segment(lang);search(lang)', 'var lang="th";\n  search(lang)'):
        assert _codes(f"<script>{rendered}</script>", scripts) == []
    for injected in ('var lang="th";alert(1);search(lang)', 'var lang="th";x="";alert(1)//";search(lang)'):
        assert _codes(f"<script>{injected}</script>", scripts) == ["published-script"]


def test_a_file_scanned_ahead_is_reused_only_with_the_very_same_bytes(tmp_path: Path) -> None:
    """The open data is scanned in another process while MkDocs runs (``scan_ahead``); the staged
    copy counts as scanned only if its bytes are the ones scanned."""
    leak = "no,note\n1,1/1037/02345/67/9\n"
    docs = _site(tmp_path / "docs", {"data/a.csv": "no,note\n1,ok\n", "page.md": leak})
    ahead = scan_ahead(docs, Site([], frozenset()))
    assert list(ahead) == ["data/a.csv"] and ahead["data/a.csv"][1] == []  # pages are MkDocs' to build
    changed = _site(tmp_path / "staged", {"data/a.csv": leak})  # not what was scanned: scanned again
    (found,) = scan_site(changed, Site([], frozenset()), ahead)
    assert (found.code, found.position.file) == ("published-personal-id", "site/data/a.csv")
    same = scan_ahead(changed, Site([], frozenset()))
    assert scan_site(changed, Site([], frozenset()), {"data/a.csv": (same["data/a.csv"][0], [])}) == []


def test_the_early_scan_gives_what_scan_ahead_gives_and_leaves_no_process(tmp_path: Path) -> None:
    docs = _site(tmp_path / "docs", {"data/a.csv": "no,note\n1,1/1037/02345/67/9\n"})
    forks = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    early = EarlyScan(docs, Site([], frozenset()))
    result = early.result()
    assert result == (scan_ahead(docs, Site([], frozenset())) if forks else None)
    assert multiprocessing.active_children() == []
    stopped = EarlyScan(docs, Site([], frozenset()))
    stopped.stop()  # a failed MkDocs run: the helper is ended, never left behind
    assert multiprocessing.active_children() == [] and stopped.result() is None

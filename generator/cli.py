"""Command line: parse flags, call one pipeline function per command, print, set the exit code.

Exit codes: 0 success; 1 data errors, unacknowledged warnings under ``--strict``, a failed build
or a failure of the machine (full disk, read-only folder: one diagnostic, never a traceback);
2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from generator import pipeline
from generator.agencies import org_root
from generator.build.refusal import BuildFailed, BuildRefused
from generator.build.site_state import input_fingerprint
from generator.checks.links import check_links
from generator.diagnostic_format import FORMATS, render
from generator.diagnostics import has_errors, sort_key, unacknowledged_warnings
from generator.importer.procurement import cell_text, import_procurement
from generator.new_file import NewFileRefused, find_kind, new_file
from generator.os_errors import os_error_diagnostic
from generator.registry import KINDS
from generator.report import format_report
from generator.serve import serve
from generator.values.errors import ValueParseError
from generator.values.numbers import is_ascii_number, to_arabic_digits
from generator.values.site_url import parse_site_url


def _whole_number(text: str) -> int:
    """A number argument: ASCII or Thai digits only (``int()`` alone also takes ``١٢``, ``1_2``)."""
    digits = to_arabic_digits(text.strip())
    if not is_ascii_number(digits):
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 0-9 or ๐-๙ digits")
    return int(digits)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oitgen", description="Thai public-disclosure (OIT) site generator")
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="agency directory holding site_config.yml and content/ (default: .)")
    commands = parser.add_subparsers(dest="command", required=True)
    agency = argparse.ArgumentParser(add_help=False)
    agency.add_argument("--org", default=None, metavar="ID",
                        help="one agency of a repository of several: orgs/ID/ under --root")
    build = commands.add_parser("build", parents=[agency], help="check, render and build the site")
    build.add_argument("--strict", action="store_true", help="fail on unacknowledged warnings")
    build.add_argument("--out", type=Path, default=None, help="site folder (default: <root>/site)")
    build.add_argument("--site-url", type=_site_url, default=None, metavar="URL",
                       help="public address when site_config.yml sets no site.url "
                            "(CI passes GitHub Pages' address)")
    check = commands.add_parser("check", parents=[agency], help="validate the data only")
    check.add_argument("--strict", action="store_true", help="fail on unacknowledged warnings")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--links", action="store_true",
                       help="also request every external link in the data (short timeouts)")
    report = commands.add_parser("report", parents=[agency], help="OIT coverage of an assessment year")
    report.add_argument("--year", type=_whole_number, default=None, help="assessment year (BE); default: all")
    importer = commands.add_parser("import", help="turn an agency's spreadsheet into a content file")
    kinds = importer.add_subparsers(dest="kind", required=True)
    procurement = kinds.add_parser("procurement", parents=[agency],
                                   help="monthly procurement summary (แบบ สขร.1), XLSX or CSV")
    procurement.add_argument("file", type=Path, help="the agency's .xlsx or .csv file")
    procurement.add_argument("--year", type=_whole_number, required=True, help="fiscal year (BE), e.g. 2568")
    procurement.add_argument("--month", type=_whole_number, required=True, choices=range(1, 13),
                             metavar="1-12",
                             help="calendar month of the sheet: 10 = ตุลาคม (of the year before --year)")
    new = commands.add_parser("new", parents=[agency], help="write a commented example data file of one kind")
    new.add_argument("kind", nargs="?", default=None, help="the kind (oitgen new lists them)")
    new.add_argument("name", nargs="?", default=None,
                     help="file name without suffix: a year (plans 2569), a date and title "
                          "(news 2026-01-15-title), year/month (procurement_months 2569/10)")
    serve = commands.add_parser("serve", parents=[agency],
                                help="live preview on 127.0.0.1, rebuilt when the data change")
    serve.add_argument("--port", type=_whole_number, default=8000,
                       help="port (default 8000; 0: any free one)")
    return parser


def _summary(checked: pipeline.Checked) -> str:
    errors = sum(d.is_error for d in checked.diagnostics)
    warnings = len(unacknowledged_warnings(checked.diagnostics))
    acknowledged = sum(d.is_acknowledged for d in checked.diagnostics)
    return (f"{errors} error(s), {warnings} warning(s), {acknowledged} acknowledged / "
            f"ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ รับทราบแล้ว {acknowledged} รายการ")


def _report(checked: pipeline.Checked, fmt: str = "text") -> None:
    if fmt == "json":
        print(render(checked.diagnostics, fmt))
        return
    if checked.diagnostics:
        print(render(checked.diagnostics, fmt), file=sys.stderr)
    print(_summary(checked), file=sys.stderr)


def _verdict(checked: pipeline.Checked, strict: bool) -> int:
    if checked.passes(strict):
        return 0
    if strict and not has_errors(checked.diagnostics) and (checked.agency is not None or checked.recorded):
        print("--strict: unacknowledged warnings fail the run / โหมด --strict: "
              "คำเตือนที่ยังไม่ได้รับทราบทำให้ไม่ผ่าน", file=sys.stderr)
    return 1


def cmd_check(root: Path, strict: bool, fmt: str, links: bool = False) -> int:
    checked = pipeline.check(root)
    if links and checked.agency is not None:
        checked = pipeline.Checked(checked.agency, sorted(checked.diagnostics + check_links(checked.agency),
                                                          key=sort_key))
    _report(checked, fmt)
    return _verdict(checked, strict)


def _site_url(value: str) -> str:
    """``--site-url``: the same rules as ``site.url`` (``values.site_url``), refused in English and Thai."""
    try:
        return parse_site_url(value)
    except ValueParseError as exc:
        raise argparse.ArgumentTypeError(f"{exc.message} / {exc.message_th}") from None


def cmd_build(root: Path, strict: bool, out: Path | None, site_url: str | None = None) -> int:
    site_dir = out if out is not None else root / "site"
    inputs = input_fingerprint(root, site_url or "")  # an address given here changes what is published
    checked = pipeline.up_to_date(root, site_dir, inputs) or pipeline.check(root, cache=True)
    if site_url is not None:
        checked = pipeline.published_at(checked, site_url)
    _report(checked)
    if (code := _verdict(checked, strict)) != 0:
        print("build stopped; the previous site is unchanged / หยุดการสร้างเว็บไซต์ "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
        return code
    if checked.recorded:
        print(f"{site_dir} is up to date: nothing changed since the last build, so nothing was generated, "
              "MkDocs was not run and no file was written / เว็บไซต์เป็นปัจจุบันแล้ว ไม่มีสิ่งใดเปลี่ยนแปลงตั้งแต่"
              "การสร้างครั้งก่อน จึงไม่ได้สร้างใหม่ ไม่ได้เรียก MkDocs และไม่ได้เขียนไฟล์ใด", file=sys.stderr)
        return 0
    try:
        prepared, diagnostics = pipeline.prepare(root, checked), checked.diagnostics
        del checked  # the loaded content is not needed any more: MkDocs gets its memory (peak RSS)
        built = pipeline.publish(root, site_dir, prepared, diagnostics, inputs)
    except BuildRefused as exc:
        print(render(exc.diagnostics, "text"), file=sys.stderr)
        print("the built site was not published; the previous site is unchanged / ไม่เผยแพร่เว็บไซต์ที่สร้าง "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
        return 1
    except BuildFailed as exc:
        for message in exc.messages:
            print(f"mkdocs: {message}", file=sys.stderr)
        print("MkDocs build failed; the previous site is unchanged / สร้างเว็บไซต์ไม่สำเร็จ "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
        return 1
    stats = built.stats
    print(f"built {site_dir} ({stats.written} generated file(s) written, {stats.unchanged} unchanged, "
          f"{stats.removed} removed) / สร้างเว็บไซต์เรียบร้อย", file=sys.stderr)
    print(ENGINE_NOTES[built.engine], file=sys.stderr)
    return 0


ENGINE_NOTES = {
    "skip": "the generated pages did not change: MkDocs was not run and the site was not touched / "
            "หน้าเว็บที่สร้างไม่เปลี่ยนแปลง จึงไม่ได้เรียก MkDocs และไม่ได้แก้ไขเว็บไซต์",
    "dirty": "MkDocs rebuilt only the changed pages / MkDocs สร้างใหม่เฉพาะหน้าที่เปลี่ยนแปลง",
    "full": "MkDocs rebuilt every page / MkDocs สร้างทุกหน้าใหม่",
}
"""What the build did with MkDocs (``pipeline.Built.engine``), said plainly."""


def cmd_report(root: Path, year: int | None) -> int:
    checked = pipeline.check(root)
    if not checked.ok:
        _report(checked)
        return 1
    assert checked.agency is not None
    coverage = pipeline.coverage(checked)
    if year is not None and year not in coverage:
        configured = ", ".join(map(str, coverage)) or "none / ไม่มี"
        print(f"oitgen: {year} is not an assessment year in site_config.yml (configured: {configured}) / "
              f"ปี {year} ไม่ได้กำหนดไว้ใน site_config.yml", file=sys.stderr)
        return 2
    base = checked.agency.config.site.url or ""  # parse_site_url: always ends with "/"
    catalogues = checked.agency.catalogues
    print("\n\n".join(format_report(y, catalogues[y].title, rows, base)
                      for y, rows in coverage.items() if year is None or y == year))
    return 0


def cmd_import_procurement(root: Path, file: Path, year: int, month: int) -> int:
    result = import_procurement(root, file, year, month)
    for diagnostic in result.diagnostics:
        print(cell_text(diagnostic), file=sys.stderr)
    if result.written is None:
        print("nothing written / ไม่ได้บันทึกไฟล์ใด ๆ", file=sys.stderr)
        return 1
    verb = ("replaced", "แทนที่") if result.replaced else ("wrote", "บันทึก")
    print(f"{verb[0]} {result.written.as_posix()} ({result.records} record(s)) / "
          f"{verb[1]} {result.written.as_posix()} แล้ว ({result.records} รายการ)")
    return 0


def cmd_new(root: Path, kind_word: str | None, name: str | None) -> int:
    kind = find_kind(KINDS, kind_word) if kind_word else None
    if kind is None:
        unknown = f"unknown kind '{kind_word}' / ไม่รู้จักชนิด '{kind_word}'\n" if kind_word else ""
        listing = "\n".join(f"  {k.key:<20} content/{k.folder}/{k.pattern}{k.suffixes[0]}" for k in KINDS)
        print(f"{unknown}usage: oitgen new KIND [NAME]; kinds / ชนิดข้อมูล:\n{listing}", file=sys.stderr)
        return 2
    today = datetime.date.today()
    try:
        made = new_file(kind, name, today.year + 543 + (today.month >= 10))
    except NewFileRefused as exc:
        print(f"oitgen: {exc}; nothing written / ไม่ได้บันทึกไฟล์ใด ๆ", file=sys.stderr)
        return 1
    target = root / made.path
    if target.exists():
        print(f"oitgen: {made.path} already exists; nothing written / มีไฟล์ {made.path} อยู่แล้ว "
              "ไม่ได้บันทึกไฟล์ใด ๆ", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8", newline="") as file:
        file.write(made.text)
    print(f"wrote {made.path}: replace the example values, then run oitgen check / "
          f"บันทึก {made.path} แล้ว แก้ค่าตัวอย่างให้เป็นข้อมูลจริง แล้วสั่ง oitgen check")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        args = _parser().parse_args(argv)
        return _run(args)
    except BrokenPipeError:
        # the reader went away (`oitgen report | head`): stop quietly, never with a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # the machine, not the data: a full disk, a read-only folder…
        if args is None:
            raise
        return _machine_failure(exc, args)


def _machine_failure(exc: OSError, args: argparse.Namespace) -> int:
    """Report a failed read or write as a diagnostic naming the path and what to do."""
    root = args.root.resolve()
    site = args.out if getattr(args, "out", None) is not None else root / "site"
    content = [root / "content"]
    doing = {"build": [root / "build", site], "import": content, "new": content}.get(args.command, [root])
    fmt = getattr(args, "format", "text")
    print(render([os_error_diagnostic(exc, root, doing)], fmt),
          file=sys.stdout if fmt == "json" else sys.stderr)
    if args.command == "build":
        print("build stopped; the previous site is unchanged / หยุดการสร้างเว็บไซต์ "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
    return 1


def _run(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    if args.org is not None:
        try:
            root = org_root(root, args.org)
        except ValueError as exc:
            print(f"oitgen: {exc}", file=sys.stderr)
            return 2
        args.root = root
    if args.command == "new" and (args.kind is None or find_kind(KINDS, args.kind) is None):
        return cmd_new(root, args.kind, args.name)
    if not (root / "site_config.yml").is_file():
        print(f"oitgen: {root} has no site_config.yml / ไม่พบไฟล์ site_config.yml ในโฟลเดอร์ {root}",
              file=sys.stderr)
        return 2
    if args.command == "check":
        return cmd_check(root, args.strict, args.format, args.links)
    if args.command == "report":
        return cmd_report(root, args.year)
    if args.command == "import":
        return cmd_import_procurement(root, args.file, args.year, args.month)
    if args.command == "new":
        return cmd_new(root, args.kind, args.name)
    if args.command == "serve":
        return serve(root, root / "site", args.port)
    return cmd_build(root, args.strict, args.out, args.site_url)


if __name__ == "__main__":
    sys.exit(main())

"""Command line: parse flags, call one pipeline function per command, print, set the exit code.

Exit codes: 0 success; 1 data errors, unacknowledged warnings under ``--strict`` or a failed build;
2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import pipeline
from generator.build.mkdocs_build import BuildFailed
from generator.diagnostic_format import FORMATS, render
from generator.diagnostics import has_errors, unacknowledged_warnings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oitgen", description="Thai public-disclosure (OIT) site generator")
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="agency directory holding site_config.yml and content/ (default: .)")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="check, render and build the site")
    build.add_argument("--strict", action="store_true", help="fail on unacknowledged warnings")
    build.add_argument("--out", type=Path, default=None, help="site folder (default: <root>/site)")
    check = commands.add_parser("check", help="validate the data only")
    check.add_argument("--strict", action="store_true", help="fail on unacknowledged warnings")
    check.add_argument("--format", choices=FORMATS, default="text")
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
    if strict and not has_errors(checked.diagnostics) and checked.agency is not None:
        print("--strict: unacknowledged warnings fail the run / โหมด --strict: "
              "คำเตือนที่ยังไม่ได้รับทราบทำให้ไม่ผ่าน", file=sys.stderr)
    return 1


def cmd_check(root: Path, strict: bool, fmt: str) -> int:
    checked = pipeline.check(root)
    _report(checked, fmt)
    return _verdict(checked, strict)


def cmd_build(root: Path, strict: bool, out: Path | None) -> int:
    checked = pipeline.check(root)
    _report(checked)
    if (code := _verdict(checked, strict)) != 0:
        print("build stopped; the previous site is unchanged / หยุดการสร้างเว็บไซต์ "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
        return code
    site_dir = out if out is not None else root / "site"
    try:
        stats = pipeline.build(root, site_dir, checked)
    except BuildFailed as exc:
        for message in exc.messages:
            print(f"mkdocs: {message}", file=sys.stderr)
        print("MkDocs build failed; the previous site is unchanged / สร้างเว็บไซต์ไม่สำเร็จ "
              "เว็บไซต์เดิมยังคงอยู่ครบถ้วน", file=sys.stderr)
        return 1
    print(f"built {site_dir} ({stats.written} generated file(s) written, {stats.unchanged} unchanged, "
          f"{stats.removed} removed) / สร้างเว็บไซต์เรียบร้อย", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    if not (root / "site_config.yml").is_file():
        print(f"oitgen: {root} has no site_config.yml / ไม่พบไฟล์ site_config.yml ในโฟลเดอร์ {root}",
              file=sys.stderr)
        return 2
    if args.command == "check":
        return cmd_check(root, args.strict, args.format)
    return cmd_build(root, args.strict, args.out)


if __name__ == "__main__":
    sys.exit(main())

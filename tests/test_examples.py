"""The example agencies transcribed from the seed documents: each builds, and its facts hold.

Every pinned number was counted by hand from the seed text (``../shared/seeds/``; each example's
TRANSCRIPTION.md explains the counting) and re-counted for these tests; the comment beside a
number names the seed file and lines it comes from. Each example is built once, with real MkDocs,
in a temporary copy.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.cli import main
from generator.load.agency import Agency, load_agency
from generator.models.plan_figures import budget_totals, items_by_dimension, quarter_counts
from generator.registry import KINDS
from generator.render.schemas import schema_files
from generator.values.dates import format_thai_date
from tests.conftest import EXAMPLES, build, copy_agency
from tests.conftest import visible_text as _text
from tests.test_schemas import _EditorLoader

SLUGS = sorted(p.name for p in EXAMPLES.iterdir() if (p / "site_config.yml").is_file())


@dataclass(frozen=True)
class Built:
    root: Path
    code: int

    def html(self, page: str) -> str:
        return (self.root / "site" / page).read_text(encoding="utf-8")

    def text(self, page: str) -> str:
        return _text(self.html(page))

    def agency(self) -> Agency:
        agency, _ = load_agency(self.root, KINDS)
        assert agency is not None
        return agency


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Built]:
    """Build an example (strict, in-process, real CLI) the first time a test asks for it."""
    cache: dict[str, Built] = {}

    def get(slug: str) -> Built:
        if slug not in cache:
            root = copy_agency(EXAMPLES / slug, tmp_path_factory.mktemp(slug))
            cache[slug] = Built(root, build(root, "--strict"))
        return cache[slug]

    return get


def test_the_four_seed_documents_have_an_example_each() -> None:
    assert SLUGS == ["bantom-phayao", "phasing-nan", "phothale-phichit", "sokkam-buengkan"]


@pytest.mark.parametrize("slug", SLUGS)
def test_example_builds_strictly_with_no_errors(slug: str, example: Callable[[str], Built]) -> None:
    assert example(slug).code == 0


@pytest.mark.parametrize("slug", SLUGS)
def test_every_data_page_shows_its_source(slug: str, example: Callable[[str], Built]) -> None:
    built = example(slug)
    docs = built.root / "build" / "docs" / "anti-corruption"
    pages = [p for p in docs.rglob("*.md") if p.name != "index.md"]
    assert pages
    for page in pages:
        assert "ที่มา:" in page.read_text(encoding="utf-8"), page


def _data_files() -> list[tuple[str, Path]]:
    return [(kind.key, path) for slug in SLUGS for kind in KINDS
            if (folder := EXAMPLES / slug / "content" / kind.folder).is_dir()
            for path in sorted(folder.rglob("*.yml")) if kind.reads(path.relative_to(folder))]


@pytest.mark.parametrize(("kind", "path"), _data_files(),
                         ids=lambda v: str(v.relative_to(EXAMPLES)) if isinstance(v, Path) else v)
def test_example_file_validates_against_the_published_schema(kind: str, path: Path) -> None:
    schemas = {name.rsplit("/", 1)[1].removesuffix(".schema.json"): json.loads(data)
               for name, data in schema_files(KINDS).items()}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_EditorLoader)
    errors = jsonschema.Draft202012Validator(schemas[kind]).iter_errors(data)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []


# --- 002 เทศบาลตำบลโพทะเล: seed 002_24c03186f2d35f39.txt -------------------------------------------

def test_phothale_plan_has_41_items_budgeted_140000_baht(example: Callable[[str], Built]) -> None:
    built = example("phothale-phichit")
    plan = built.agency().plans[0].model
    # 41 rows numbered ๑.–๔๑. (lines matching "^[๐-๙]+\.<TAB>", lines 15–82); line 83 prints ๔๑ too
    assert len(plan.items) == 41
    # the only amounts in the budget cell: ๑๐,๐๐๐ (lines 15, 31, 66, 67) + ๑๐๐,๐๐๐ (line 30)
    assert {y: t.amount for y, t in budget_totals(plan).items()} == {2566: Decimal("140000.00")}
    text = built.text("anti-corruption/plans/2566/index.html")
    assert "จำนวนรายการ 41 รายการ" in text
    assert "รวม 41 140,000.00" in text


def test_phothale_check_names_both_numbers_of_each_quarter_disagreement(
        example: Callable[[str], Built], capsys: pytest.CaptureFixture[str]) -> None:
    built = example("phothale-phichit")
    # ticks "/" in cells 9–12 of rows 15–82: Q1 27, Q2 34, Q3 15, Q4 9; printed (line 83): ๒๗ ๓๑ ๑๕ ๑๒
    assert quarter_counts(built.agency().plans[0].model.items) == {1: 27, 2: 34, 3: 15, 4: 9}
    assert main(["--root", str(built.root), "check"]) == 0
    lines = capsys.readouterr().err.splitlines()
    mismatches = [line for line in lines if "total-mismatch" in line]
    assert len(mismatches) == 2  # Q1 (27) and Q3 (15) agree with the ticks
    (q2,) = [line for line in mismatches if "stated.quarter_counts.2" in line]
    (q4,) = [line for line in mismatches if "stated.quarter_counts.4" in line]
    assert "is 31 but the items add up to 34" in q2 and "พิมพ์ไว้คือ 31 แต่คำนวณจากรายการได้ 34" in q2
    assert "is 12 but the items add up to 9" in q4 and "พิมพ์ไว้คือ 12 แต่คำนวณจากรายการได้ 9" in q4
    assert all("รับทราบแล้ว: ตามเอกสารต้นฉบับ" in line for line in mismatches)
    text = built.text("anti-corruption/plans/2566/index.html")
    assert "ตัวเลขที่พิมพ์ไว้ 31 ยอดที่คำนวณได้ 34 — เหตุผล: ตามเอกสารต้นฉบับ" in text
    assert "ตัวเลขที่พิมพ์ไว้ 12 ยอดที่คำนวณได้ 9 — เหตุผล: ตามเอกสารต้นฉบับ" in text


def test_phothale_report_date_and_author_as_printed_under_the_table(example: Callable[[str], Built]) -> None:
    built = example("phothale-phichit")
    report = built.agency().plans[0].model.report
    assert report is not None
    # line 85 "** ข้อมูล ณ วันที่ ๒๒ มีนาคม ๒๕๖๖" (22 March 2566 BE = 2023); line 87 "ผู้ออกรายงาน กวี จันดี"
    assert report.as_of == dt.date(2023, 3, 22) and report.author == "กวี จันดี"
    text = built.text("anti-corruption/plans/2566/index.html")
    assert "ข้อมูล ณ วันที่" in text and "ผู้ออกรายงาน กวี จันดี" in text


# --- 001 เทศบาลตำบลบ้านต๋อม: seed 001_3865b6eb7c311b7a.txt -------------------------------------------

def test_bantom_has_20_detail_pages_each_linked_from_the_plan_table(example: Callable[[str], Built]) -> None:
    built = example("bantom-phayao")
    plan = built.agency().plans[0].model
    # "ชื่อโครงการ" opens each sheet of ส่วนที่ ๓: lines 304, 359, … 1371 (20 sheets, lines 300–1414)
    assert sum(len(item.details) == 1 for item in plan.items) == 20
    # 19 sheets print field ๗ "ไม่ใช้งบประมาณ"; sheet 3 (line 447) prints a unit name there instead
    assert sum(item.budget is not None and item.budget.no_budget for item in plan.items) == 19
    plan_url = "anti-corruption/plans/2566-2570/"
    html = built.html(plan_url + "index.html")
    tables = "".join(re.findall(r"<table.*?</table>", html, flags=re.S))
    hrefs = re.findall(r'<a href="([^"]+)"', tables)
    assert sorted(hrefs, key=lambda h: int(h.rstrip("/"))) == [f"{n}/" for n in range(1, 21)]
    for href in hrefs:  # raw-HTML links are not checked by MkDocs: each must reach a built page
        target = posixpath.normpath(posixpath.join(plan_url, href))
        assert (built.root / "site" / target / "index.html").is_file(), href


def test_bantom_detail_page_shows_the_nine_fields_and_stays_out_of_the_nav(
        example: Callable[[str], Built]) -> None:
    built = example("bantom-phayao")
    text = built.text("anti-corruption/plans/2566-2570/1/index.html")
    for heading in ["1. ชื่อโครงการ", "2. หลักการและเหตุผล", "3. วัตถุประสงค์", "4. เป้าหมาย / กลุ่มเป้าหมาย",
                    "5. วิธีดำเนินการ", "6. ระยะเวลาดำเนินการ", "7. งบประมาณ", "8. ผู้รับผิดชอบ",
                    "9. ผลลัพธ์ / ตัวชี้วัด"]:
        assert heading in text
    # sheet 1 (lines 304–358): its name, period and budget as printed
    assert 'มาตรการ "ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบ้านต๋อม"' in text
    assert "เดือนเมษายน – เดือนมิถุนายน" in text
    assert "ไม่ใช้งบประมาณ (ทุกปีของแผน)" in text  # field ๗ at line 344, no year named
    assert "หมายเหตุการถอดความ:" in text and "ที่มา:" in text
    nav = built.html("anti-corruption/index.html")
    assert "2566-2570/1/" not in nav


def test_bantom_sheets_hold_money_budgets_target_counts_and_what_sheet_3_printed(
        example: Callable[[str], Built]) -> None:
    built = example("bantom-phayao")
    loaded = built.agency().plans[0]
    sheets = [item.details[0] for item in loaded.model.items]
    # field ๗ prints "ไม่ใช้งบประมาณ" on lines 344, 395, 497, 557, 623, 677, 732, 780, 839, 889, 961,
    # 1025, 1078, 1132, 1192, 1248, 1307, 1357, 1400: 19 sheets, every one but sheet 3
    assert [i + 1 for i, s in enumerate(sheets) if s.budget is not None and s.budget.no_budget] == \
        [n for n in range(1, 21) if n != 3]
    # sheet 3, line 447: the budget field prints a unit's name: kept as printed, the amount unknown
    printed = loaded.corrections["items[2].details.budget"]
    assert printed.printed == "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม" and printed.value is None
    assert sheets[2].budget is None
    # "<n> คน" ending field ๔: lines 326 ๘๐, 375 ๖๐, 423 ๖๐, 481 ๘๐, (5, 6: none), 660 ๖๐, 706 ๖๐,
    # 760 ๖๐, 810 ๖๐, 873 ๑๕๐, 919 ๑๕๐, 991 ๖๐, 1058 ๑๕๐, 1109 ๑๕๐, 1168 ๖๐, 1229 ๖๐, 1280 ๒๐๐,
    # 1337 ๒๐๐, 1386 ๑๒
    assert [s.target_count for s in sheets] == [80, 60, 60, 80, None, None, 60, 60, 60, 60, 150, 150,
                                                60, 150, 150, 60, 60, 200, 200, 12]
    assert sum(s.target_count or 0 for s in sheets) == 1712
    # each sheet's lines run from its "ชื่อโครงการ" line to the line before the next sheet's
    assert sheets[0].source_lines == "304-358" and sheets[19].source_lines == "1371-1414"
    text = built.text("anti-corruption/plans/2566-2570/3/index.html")
    assert "เอกสารพิมพ์ว่า “งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม”" in text


def test_bantom_risk_register_has_11_rows_5_green_6_yellow(example: Callable[[str], Built]) -> None:
    built = example("bantom-phayao")
    risk = built.agency().risk[0].model
    # register rows ลำดับ ๑–๑๑ at lines 258–268 (header 257)
    assert len(risk.risk_register) == 11
    html = built.html("anti-corruption/risk/2566/index.html")
    register = re.search(r'<table class="oit-table oit-risk-register">.*?</table>', html, flags=re.S)
    assert register is not None and register.group(0).count("<tr>") == 1 + 11
    text = _text(html)
    # "/" under เขียว in rows 2, 4, 5, 10, 11 and under เหลือง in rows 1, 3, 6, 7, 8, 9; ส้ม/แดง empty
    assert "เขียว ความเสี่ยงระดับต่ำ 5" in text
    assert "เหลือง ความเสี่ยงระดับปานกลาง 6" in text
    assert "ส้ม ความเสี่ยงระดับสูง 0" in text and "แดง ความเสี่ยงระดับสูงมาก 0" in text
    assert "รวม 11" in text
    # ตารางที่ ๓ (line 222): necessity ๒, severity ๒, printed total ๔
    assert "ค่าความเสี่ยงรวม คำนวณ (ความจำเป็น × ความรุนแรง) 2 × 2 = 4" in text
    # measures table rows ๑–๑๑ at lines 281–284, 287–291, 294–295
    assert len(risk.mitigations) == 11


# --- 000 อบต.โสกก่าม: seed 000_784849cb244d8499.txt -----------------------------------------------------

def test_sokkam_item_count_per_dimension_matches_the_document(example: Callable[[str], Built]) -> None:
    built = example("sokkam-buengkan")
    plan = built.agency().plans[0].model
    counts = {number: len(items) for number, items in items_by_dimension(plan).items()}
    # numbered table rows under each x.y heading: dimension 1 lines 91–103, 2 lines 105–167,
    # 3 lines 169–203, 4 lines 205–234 (the un-numbered line 127 continues the row above)
    assert counts == {1: 4, 2: 21, 3: 9, 4: 9}
    text = built.text("anti-corruption/plans/2561/index.html")
    for number, count in counts.items():
        assert f"มิติที่ {number} {count} " in text
    assert "รวม 43 " in text
    assert "ต.ค. พ.ย. ธ.ค. ม.ค." in text  # the monthly schedule grid (header line 94)


def test_sokkam_front_matter_vision_mission_objectives_goals_benefits(
        example: Callable[[str], Built]) -> None:
    built = example("sokkam-buengkan")
    plan = built.agency().plans[0].model
    # วิสัยทัศน์ line 58, พันธกิจ line 66; วัตถุประสงค์ ๑.–๕. lines 74-78; เป้าหมาย line 82; ประโยชน์ ๑.–๔. 86-89
    assert plan.vision == "“องค์การบริหารส่วนตำบลโสกก่าม โปร่งใส บริหารงานตามหลักธรรมาภิบาล ด้านการทุจริต”"
    assert (plan.mission_statement or "").startswith("“สร้างวัฒนธรรมต่อต้านการทุจริต")
    assert [o[:2] for o in plan.objectives] == ["๑.", "๒.", "๓.", "๔.", "๕."]
    assert len(plan.goals) == 1 and "สูงกว่าร้อยละ ๕๐" in plan.goals[0]
    assert [b[:2] for b in plan.benefits] == ["๑.", "๒.", "๓.", "๔."]
    text = built.text("anti-corruption/plans/2561/index.html")
    assert "วิสัยทัศน์:" in text and "ประโยชน์ของการจัดทำแผน" in text


# --- 004 อบต.ผาสิงห์: seed 004_89e87d5359e12323.txt ------------------------------------------------------

def test_phasing_no_gift_page_has_full_text_signer_and_date(example: Callable[[str], Built]) -> None:
    built = example("phasing-nan")
    text = built.text("anti-corruption/no-gift/2566/index.html")
    policy = built.agency().no_gift[0].model
    assert " ".join(policy.text.split()) in text  # the whole announcement, one paragraph (line 236)
    assert text.count("ข้าพเจ้า นายรุ่งโรจน์ ขจรพงศ์กิริติ นายกองค์การบริหารส่วนตำบลผาสิงห์ "
                      "ขอประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)") == 1
    assert "รวมถึงการปฏิบัติตามมาตรฐานทางจริยธรรมของเจ้าหน้าที่ของรัฐโดยเคร่งครัด" in text
    # line 238 "ประกาศ ณ วันที่ ๖ เดือน ธันวาคม พ.ศ. ๒๕๖๕", in the site's date style
    assert format_thai_date(dt.date(2022, 12, 6)) == "6 ธันวาคม 2565"
    assert "ประกาศ ณ วันที่ 6 ธันวาคม 2565" in text
    # signer, lines 240 and 242
    assert "(นายรุ่งโรจน์ ขจรพงศ์กิริติ) นายกองค์การบริหารส่วนตำบลผาสิงห์" in text


def test_phasing_ita_scores_are_shown_exactly_as_printed(example: Callable[[str], Built]) -> None:
    built = example("phasing-nan")
    result = built.agency().ita[0].model
    # indicator rows: IIT lines 78, 81, 82, 87, 88; EIT 98, 99, 104; OIT 113, 122
    assert [len(tool.indicators) for tool in result.tools] == [5, 3, 2]
    text = built.text("anti-corruption/ita/2565/index.html")
    assert "การเปิดเผยข้อมูล 100.00" in text and "การป้องกันการทุจริต 43.35" in text  # lines 113, 122
    # line 69 "๔๐.๖๒ คะแนน ผลการประเมินอยู่ในระดับ B", labelled as printed, not recomputed
    assert "คะแนนรวม (ตามที่พิมพ์ในเอกสาร) 40.62 คะแนน" in text
    assert "ระดับผลการประเมิน (ตามที่พิมพ์ในเอกสาร) B" in text


def test_phasing_integrity_measures_answer_each_indicator(example: Callable[[str], Built]) -> None:
    built = example("phasing-nan")
    measures = built.agency().integrity[0].model.measures
    # one measure per indicator row of section ๑ (lines 77–128), results from section ๒ (133–160)
    assert [m.tool.value for m in measures if m.tool] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    text = built.text("anti-corruption/integrity/2566/index.html")
    assert "10 มาตรการ" in text
    assert text.count("เอกสารไม่ได้ระบุ") >= 10  # the document prints no per-measure status
    assert 'href="../../ita/2565/"' in built.html("anti-corruption/integrity/2566/index.html")


def test_phasing_outcome_column_and_the_acknowledged_implausible_total(
        example: Callable[[str], Built]) -> None:
    built = example("phasing-nan")
    measures = built.agency().integrity[0].model.measures
    # column 7 "ผลลัพธ์หรือความสำเร็จของการดำเนินการ" of the ten section-๒ rows, lines 133-160
    assert sum(m.outcome is not None for m in measures) == 10
    # line 151, column 7 begins "๑. ผู้รับบริการ/ผู้มาติดต่อ จำนวน ๓๒๒ คน"
    assert (measures[6].outcome or "").startswith("๑. ผู้รับบริการ/ผู้มาติดต่อ จำนวน ๓๒๒ คน")
    assert "ผลลัพธ์หรือความสำเร็จของการดำเนินการ:" in built.text("anti-corruption/integrity/2566/index.html")
    # line 69 prints ๔๐.๖๒; the ten indicator scores run 43.35 (line 122) to 100.00 (line 113)
    text = built.text("anti-corruption/ita/2565/index.html")
    assert "ตัวเลขที่พิมพ์ไว้ 40.62 ยอดที่คำนวณได้ 43.35–100.00" in text
    assert "เหตุผล: ตามเอกสารต้นฉบับ บรรทัด 69" in text

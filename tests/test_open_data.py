"""Open data under /data/: every dataset listed, CSV for Excel with English headers, JSON valid
against its schema, figures equal to the data they come from."""

from __future__ import annotations

import csv
import json
import re
from decimal import Decimal
from pathlib import Path

import jsonschema

from tests.conftest import EXAMPLES, build, copy_agency


def _datasets(site: Path) -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in (site / "data").glob("*.schema.json"))


def test_every_dataset_is_listed_on_the_data_page_with_working_links(demo_site: Path) -> None:
    site = demo_site / "site"
    names = _datasets(site)
    assert {"action-plan-items", "risk-register", "service-statistics", "complaint-statistics",
            "procurement-2568"} <= set(names)
    html = (site / "data/index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="([^"]+)"', html))
    for name in names:
        for suffix in (".csv", ".json", ".schema.json"):
            assert f"{name}{suffix}" in hrefs
            assert (site / "data" / f"{name}{suffix}").is_file()
    assert "CC BY 4.0" in html   # the licence named in site_config.yml


def test_csv_opens_in_excel_and_json_matches_its_schema(demo_site: Path) -> None:
    site = demo_site / "site"
    for name in _datasets(site):
        raw = (site / "data" / f"{name}.csv").read_bytes()
        assert raw.startswith("\ufeff".encode()), name
        header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", column) for column in header), (name, header)
        schema = json.loads((site / "data" / f"{name}.schema.json").read_text(encoding="utf-8"))
        rows = json.loads((site / "data" / f"{name}.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(rows)
        assert list(schema["items"]["properties"]) == header
        assert all(spec["title"] for spec in schema["items"]["properties"].values())  # Thai labels


def test_plan_items_dataset_adds_up_to_the_recomputed_total(demo_site: Path) -> None:
    rows = json.loads((demo_site / "site/data/action-plan-items.json").read_text(encoding="utf-8"))
    # content/plans/2568.yml and 2569.yml (the same plan a year later): 11 items each
    assert len(rows) == 22
    assert sum(Decimal(str(r["budget"] or 0)) for r in rows) == Decimal("170000")
    assert sum(r["no_budget"] for r in rows) == 14
    page = (demo_site / "site/anti-corruption/plans/2568/index.html").read_text(encoding="utf-8")
    assert 'href="../../../data/action-plan-items.csv"' in page


def test_ita_scores_are_published_exactly_as_printed(tmp_path: Path) -> None:
    root = copy_agency(EXAMPLES / "phasing-nan", tmp_path / "agency")
    assert build(root, "--strict") == 0
    with (root / "site/data/ita-scores.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    # seed 004: IIT lines 78–88, EIT 98–104, OIT 113–122 — ten indicators
    assert [(r["tool"], r["score"]) for r in rows] == [
        ("IIT", "88.59"), ("IIT", "87.56"), ("IIT", "87.53"), ("IIT", "89.73"), ("IIT", "86.47"),
        ("EIT", "82.65"), ("EIT", "84.17"), ("EIT", "88.30"), ("OIT", "100.00"), ("OIT", "43.35")]

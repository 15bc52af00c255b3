"""Links computed for raw-HTML tables must match where MkDocs writes pages."""

from __future__ import annotations

import pytest

from generator.render.urls import relative_url, site_url


@pytest.mark.parametrize(("src", "dst", "expected"), [
    ("oit/2568/index.md", "anti-corruption/plans/2568.md", "../../anti-corruption/plans/2568/"),
    ("oit/2568/index.md", "oit/2568/o12.md", "o12/"),
    ("anti-corruption/plans/2566-2570.md", "anti-corruption/plans/2566-2570/3.md", "3/"),
    ("index.md", "basic/index.md", "basic/"),
    ("basic/index.md", "index.md", "../"),
    ("basic/index.md", "basic/index.md", "./"),
])
def test_relative_urls_follow_directory_urls(src: str, dst: str, expected: str) -> None:
    assert relative_url(src, dst) == expected


def test_site_urls() -> None:
    assert site_url("oit/2568/o12.md") == "oit/2568/o12/"
    assert site_url("index.md") == ""

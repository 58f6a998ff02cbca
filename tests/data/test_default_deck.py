"""The ready-made deck: ≥ 8 slides from bundled data, both languages, every figure sourced."""

from __future__ import annotations

import pytest

from reetool.data import deck as d
from reetool.data.default_deck import default_deck


@pytest.fixture(scope="module")
def deck():
    return default_deck()


def test_at_least_eight_slides_of_every_kind(deck):
    assert len(deck.slides) >= 8
    assert set(d.KINDS) <= {s["kind"] for s in deck.slides}
    assert d.text(deck.title) == "Rare earths and China's export-technology catalogue"


def test_every_caption_and_note_is_in_both_languages(deck):
    for n, s in enumerate(deck.slides, start=1):
        for fld in ("notes",) + (("caption",) if s["kind"] != "title" else ("title",)):
            value = s[fld]
            assert isinstance(value, dict) and value.get("en") and value.get("zh"), (n, fld)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in value["zh"]), (n, fld)


def test_every_figure_carries_source_edition_year_and_unit(deck):
    figs = [f for s in deck.slides for f in s.get("figures") or ()]
    assert len(figs) >= 6
    for f in figs:
        assert f["source_ids"] and f["edition"] and f["data_year"] and f["unit"], f


def test_seed_claims_are_computed_from_the_bundle(deck):
    claims = next(s for s in deck.slides if s["kind"] == "figure")
    prod, res = claims["figures"][0], claims["figures"][1]
    # MCS2023, data year 2022: 210,000 t of 300,000 t = 70.0 %; 44 Mt of 130 Mt = 33.85 %
    assert prod["value"] == pytest.approx(70.0) and prod["estimated"]
    assert res["value"] == pytest.approx(100 * 44 / 130)
    assert prod["edition"].startswith("MCS2023") and prod["data_year"] == 2022
    newest_res = claims["figures"][3]
    assert newest_res["comparator"] == "<", "a share of a '>' world total is an upper bound"


def test_reserves_claim_is_corrected_to_130_mt(deck):
    slide = [s for s in deck.slides if s["kind"] == "figure"][1]
    world = slide["figures"][0]
    assert world["value"] == 130_000_000 and world["unit"] == "t"
    assert "130 Mt" in d.text(slide["caption"]) and "1,300 million" in d.text(slide["caption"])


def test_catalogue_slides_use_the_bundle(deck):
    item = next(s for s in deck.slides if s["kind"] == "catalogue_item")
    assert item["code"] == "083201J" and item["version"] == "2023"
    comp = next(s for s in deck.slides if s.get("chart") == "catalogue_composition")
    from reetool.data.catalogue import load_catalogue

    held = load_catalogue(include_imports=False).coverage("2023")["held"]   # the bundle alone
    assert held >= 14 and f"{held} of 134" in d.text(comp["caption"])
    change = next(s for s in deck.slides if s["kind"] == "version_change")
    assert (change["from_version"], change["to_version"]) == ("2020", "2023")


def test_scenario_is_computed(deck):
    sc = next(s for s in deck.slides if s["kind"] == "scenario")["scenario"]
    # MCS2026, 2025: China 270,000 t of 390,000 t; half withheld = 135,000 t = 34.6 % of world
    assert sc["result"]["lost"] == pytest.approx(135_000)
    assert sc["result"]["lost_pct_of_world"] == pytest.approx(100 * 135_000 / 390_000)


def test_sources_slide_lists_what_the_deck_uses(deck):
    last = deck.slides[-1]
    body = d.text(last["body"])
    assert last["kind"] == "title" and "USGS_MCS2023_DR" in body and "CNQ-01" in body


def test_default_deck_ignores_user_imports(deck, isolated_user_folders):
    again = default_deck()
    assert [s["kind"] for s in again.slides] == [s["kind"] for s in deck.slides]


def test_the_bundled_font_covers_the_chinese_deck(deck):
    import json
    from pathlib import Path

    from fontTools.ttLib import TTFont

    font = Path(__file__).resolve().parents[2] / "resources" / "fonts" / \
        "NotoSansSC-reetool-Regular.otf"
    cmap = TTFont(str(font)).getBestCmap()
    text = json.dumps(deck.to_json(), ensure_ascii=False)
    missing = sorted({ch for ch in text if ch.isprintable() and not ch.isspace()
                      and ord(ch) not in cmap})
    assert missing == [], f"rerun tools/subset_font.py; missing {''.join(missing)!r}"

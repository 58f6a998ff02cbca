"""Deck documents: round trip, validation messages naming file/slide/field, limits, store."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from reetool.data import deck as d
from reetool.data import deck_store


def sample() -> d.Deck:
    return d.Deck(title={"en": "Test", "zh": "测试"}, slides=[
        d.title_slide("Hello", "line 1\nline 2", caption="cap", notes="say hi"),
        d.chart_slide("production_shares", commodity="Rare earths", year=2022,
                      edition="MCS2023", log_y=None),
        d.figure_slide([d.figure("China", 70.0, "%", ["USGS_MCS2023_DR"], "MCS2023", 2022)]),
        d.catalogue_item_slide("2023", "083201J", "083201J", langs=["zh"]),
        d.version_change_slide("2020", "2023"),
        d.scenario_slide({"kind": "disruption", "country": "China", "year": 2025,
                          "params": {"cut_pct": 50.0}, "source_ids": ["USGS_MCS2026_DR"]}),
    ])


def write(tmp_path, data, name="deck.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_keeps_every_kind(tmp_path):
    deck = sample()
    path = d.save_deck(deck, tmp_path / "a.reedeck.json")
    back = d.load_deck(path)
    assert [s["kind"] for s in back.slides] == list(d.KINDS)
    assert back.slides == deck.slides
    assert back.title == {"en": "Test", "zh": "测试"}
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == d.VERSION


def test_text_picks_the_language_and_falls_back_to_english():
    assert d.text({"en": "A", "zh": "甲"}, "zh") == "甲"
    assert d.text({"en": "A"}, "zh") == "A"
    assert d.text("plain", "zh") == "plain"
    assert d.text(None) == ""


@pytest.mark.parametrize("mutate, where", [
    (lambda s: s[1].update(kind="movie"), "slide 2, field 'kind'"),
    (lambda s: s[1].update(chart="Bad Name"), "slide 2, field 'chart'"),
    (lambda s: s[1]["params"].update(year="soon"), "slide 2, field 'params.year'"),
    (lambda s: s[1]["params"].update(year=1234), "slide 2, field 'params.year'"),
    (lambda s: s[1]["params"].update(speed=3), "slide 2, field 'params.speed'"),
    (lambda s: s[2]["figures"][0].update(value="70"), "slide 3, field 'figures[1].value'"),
    (lambda s: s[2]["figures"][0].update(value=float("nan")), "slide 3, field 'figures[1].value'"),
    (lambda s: s[2].update(figures=[]), "slide 3, field 'figures'"),
    (lambda s: s[3].update(langs=["fr"]), "slide 4, field 'langs'"),
    (lambda s: s[4].update(to_version="2020"), "slide 5, field 'to_version'"),
    (lambda s: s[5]["scenario"].update(kind="boom"), "slide 6, field 'scenario.kind'"),
    (lambda s: s[0].update(caption={"fr": "x"}), "slide 1, field 'caption'"),
    (lambda s: s[0].update(notes="x" * (d.MAX_TEXT + 1)), "slide 1, field 'notes'"),
    (lambda s: s[0].update(title=""), "slide 1, field 'title'"),
])
def test_bad_slides_are_named_by_file_slide_and_field(tmp_path, mutate, where):
    data = sample().to_json()
    mutate(data["slides"])
    path = write(tmp_path, data)
    with pytest.raises(d.DeckError) as err:
        d.load_deck(path)
    assert str(err.value).startswith(f"{path}, {where}:"), str(err.value)


@pytest.mark.parametrize("content, needle", [
    (b"{not json", "not JSON"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (json.dumps({"format": "other"}).encode(), "is not a reetool deck"),
    (json.dumps({"format": "reetool-deck", "version": 99, "slides": []}).encode(), "newer reetool"),
    (json.dumps({"format": "reetool-deck", "version": 1, "slides": {}}).encode(), "must be a list"),
])
def test_bad_files_say_what_is_wrong(tmp_path, content, needle):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(d.DeckError) as err:
        d.load_deck(path)
    assert needle in str(err.value) and str(path) in str(err.value)


def test_missing_file_and_size_limit(tmp_path, monkeypatch):
    with pytest.raises(d.DeckError, match="missing"):
        d.load_deck(tmp_path / "nope.json")
    monkeypatch.setattr(d, "MAX_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text(" " * 101)
    with pytest.raises(d.DeckError, match="at most"):
        d.load_deck(big)
    with pytest.raises(d.DeckError, match="larger than"):
        d.save_deck(sample(), tmp_path / "s.json")
    assert not (tmp_path / "s.json").exists()


def test_too_many_slides(tmp_path, monkeypatch):
    monkeypatch.setattr(d, "MAX_SLIDES", 3)
    with pytest.raises(d.DeckError, match="at most 3"):
        d.load_deck(write(tmp_path, sample().to_json()))


def test_duplicate_ids_are_renewed_and_copy_gets_a_fresh_id():
    data = sample().to_json()
    data["slides"][1]["id"] = data["slides"][0]["id"]
    deck = d.deck_from_json(data)
    assert len({s["id"] for s in deck.slides}) == len(deck.slides)
    s = deck.slides[2]
    c = d.copy_slide(s)
    assert c["id"] != s["id"] and c["figures"] == s["figures"]
    c["figures"][0]["value"] = 1.0
    assert s["figures"][0]["value"] == 70.0   # deep copy


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "a.json"
    d.save_deck(sample(), path)
    d.save_deck(sample(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_decks_live_in_the_user_data_folder(isolated_user_folders):
    folder = deck_store.decks_dir()
    assert folder == isolated_user_folders["data"] / "decks"
    d.save_deck(sample(), deck_store.deck_path("My deck/1"))
    (folder / "broken.json").write_text("{")
    listed = deck_store.list_decks()
    assert {x.path.name for x in listed} == {"My deck_1.reedeck.json", "broken.json"}
    good = next(x for x in listed if not x.error)
    assert good.title == "Test" and good.slides == 6
    assert next(x for x in listed if x.error).error.startswith("not JSON")


def test_autosave_of_a_live_process_is_not_offered(isolated_user_folders):
    auto = deck_store.Autosave()
    auto.write(sample(), None)
    assert deck_store.recoverable() == []       # this process is alive
    auto.discard()
    assert not auto.path.exists()


def test_autosave_of_a_killed_process_is_offered(isolated_user_folders, tmp_path):
    code = ("import os\n"
            "from reetool.state.briefing import BriefingState\n"
            "from reetool.data import deck as d\n"
            "s = BriefingState()\n"
            "s.add([d.title_slide('Unsaved work')])\n"
            "os._exit(9)\n")   # killed: no clean shutdown
    env = dict(os.environ)
    subprocess.run([sys.executable, "-c", code], env=env, check=False)
    found = deck_store.recoverable()
    assert len(found) == 1 and found[0].slides == 1
    deck = found[0].load()
    assert d.text(deck.slides[0]["title"]) == "Unsaved work"
    found[0].discard()
    assert deck_store.recoverable() == []


def test_damaged_autosave_is_skipped(isolated_user_folders):
    (deck_store.autosave_dir() / "1-dead.json").write_text("{")
    assert deck_store.recoverable() == []


def test_the_store_checks_count_decks_and_name_an_unreadable_one(isolated_user_folders):
    from reetool.data import user_files
    from reetool.data.default_deck import default_deck

    def summary():
        return {c["store"]: c for c in user_files.check_stores()}["check_decks"]

    assert summary() == {"store": "check_decks", "summary": "briefing decks: 0", "error": None}
    assert not (isolated_user_folders["data"] / "decks").exists()      # a check creates nothing
    deck_store.deck_path("Mine").parent.mkdir(parents=True, exist_ok=True)
    d.save_deck(default_deck(), deck_store.deck_path("Mine"))
    broken = deck_store.decks_dir() / f"broken{d.SUFFIX}"
    broken.write_text("{not json", encoding="utf-8")
    assert summary()["summary"] == f"briefing decks: 1, 1 unreadable (broken{d.SUFFIX})"
    assert broken.read_text(encoding="utf-8") == "{not json"          # the user's file stays

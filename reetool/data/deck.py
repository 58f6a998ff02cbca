"""Briefing decks: an ordered list of slides kept as a versioned JSON document. Qt-free.

A deck file (``*.reedeck.json`` by convention, any name works) looks like::

    {"format": "reetool-deck", "version": 1, "title": "…",
     "slides": [{"id": "s1", "kind": "chart", "caption": "…", "notes": "…",
                 "chart": "production_shares",
                 "params": {"commodity": "Rare earths", "year": 2022, "edition": "MCS2023",
                            "country": null, "scenario": null, "log_y": null}}, …]}

Slide kinds (every slide also has ``id``, ``caption`` and speaker ``notes``):

    title           title, body                     (title / text slide; body lines = bullets)
    chart           chart, params                   (drawn from the data when shown)
    figure          figures: [{label, value, unit, comparator, estimated, flag,
                               source_ids, edition, data_year, note}]   (1–8 figures)
    catalogue_item  version, item_id, code, langs   (langs ⊆ ["zh", "en"])
    version_change  from_version, to_version        (what changed between two versions)
    scenario        scenario                        (the Market page's scenario document:
                                                     kind, commodity, country, year, params,
                                                     result, unit, source_ids, edition)

Any text (title, caption, notes, body, label, note) is either a string or a mapping
``{"en": …, "zh": …}``; :func:`text` picks the language. Bad files raise :class:`DeckError`
naming the file, the slide number and the field. Files are read only up to ``MAX_BYTES``.
The constructors (``chart_slide`` …) are the one way pages build slides ("Add to briefing").
"""

from __future__ import annotations

import itertools
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from reetool.data.errors import DataError
from reetool.data.textio import atomic_write_text

FORMAT = "reetool-deck"
VERSION = 1
SUFFIX = ".reedeck.json"
MAX_BYTES = 4_000_000
MAX_SLIDES = 300
MAX_TEXT = 20_000
MAX_FIGURES = 8
LANGS = ("en", "zh")
KINDS = ("title", "chart", "figure", "catalogue_item", "version_change", "scenario")
CHART_PARAMS = ("commodity", "year", "edition", "country", "scenario", "log_y", "metric")
METRICS = ("production", "reserves")
SCENARIO_KINDS = ("disruption", "rampup")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_ids = itertools.count(1)


class DeckError(DataError):
    """A deck that cannot be read or is malformed: names the file, slide and field."""

    def __init__(self, file, message: str, *, slide: int | None = None, field: str | None = None,
                 code: str = "invalid"):
        self.slide = slide
        super().__init__(file, message, column=field, code=code)

    def describe(self) -> str:
        text = super().describe()          # "file, field 'x': message" (no line number)
        if self.slide is None:
            return text
        return f"{self.file}, slide {self.slide}{text[len(self.file):]}"


def text(value, lang: str = "en") -> str:
    """The text of ``value`` (a string or {"en": …, "zh": …}) in ``lang``, else in English."""
    if isinstance(value, dict):
        return value.get(lang) or value.get("en") or next((v for v in value.values() if v), "")
    return value or ""


def new_id() -> str:
    return f"s{uuid.uuid4().hex[:8]}{next(_ids)}"


# --- constructors (used by pages and the default deck) ---------------------------------

def _slide(kind: str, caption="", notes="", **fields) -> dict:
    return {"id": new_id(), "kind": kind, "caption": caption, "notes": notes, **fields}


def title_slide(title, body="", caption="", notes="") -> dict:
    return _slide("title", caption, notes, title=title, body=body)


def chart_slide(chart: str, commodity: str | None = None, year: int | None = None,
                edition: str | None = None, country: str | None = None,
                scenario: dict | None = None, log_y: bool | None = None,
                caption="", notes="", metric: str | None = None) -> dict:
    params = {"commodity": commodity, "year": year, "edition": edition, "country": country,
              "scenario": scenario, "log_y": log_y}
    if metric is not None:          # charts that show either (world_map)
        params["metric"] = metric
    return _slide("chart", caption, notes, chart=chart, params=params)


def figure(label, value: float | None, unit: str, source_ids, edition: str = "",
           data_year: int | str | None = None, comparator: str = "", estimated: bool = False,
           flag: str = "", note="") -> dict:
    """One figure with its provenance. ``value`` None = missing (shown as missing)."""
    return {"label": label, "value": value, "unit": unit, "comparator": comparator,
            "estimated": bool(estimated), "flag": flag, "source_ids": list(source_ids),
            "edition": edition, "data_year": data_year, "note": note}


def figure_slide(figures: list[dict], caption="", notes="") -> dict:
    return _slide("figure", caption, notes, figures=list(figures))


def catalogue_item_slide(version: str, item_id: str, code: str = "", langs=LANGS,
                         caption="", notes="") -> dict:
    return _slide("catalogue_item", caption, notes, version=version, item_id=item_id, code=code,
                  langs=list(langs))


def version_change_slide(from_version: str, to_version: str, caption="", notes="") -> dict:
    return _slide("version_change", caption, notes, from_version=from_version,
                  to_version=to_version)


def scenario_slide(scenario: dict, caption="", notes="") -> dict:
    return _slide("scenario", caption, notes, scenario=dict(scenario))


def copy_slide(slide: dict) -> dict:
    """A deep copy with a fresh id (duplicate)."""
    return {**json.loads(json.dumps(slide)), "id": new_id()}


# --- the document ----------------------------------------------------------------------

@dataclass
class Deck:
    title: object = ""                       # text: str or {"en": …, "zh": …}
    slides: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # free-form: created, source ("default") …

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "title": self.title,
                "meta": dict(self.meta), "slides": [dict(s) for s in self.slides]}

    def source_ids(self) -> list[str]:
        """Every source id named by a figure or scenario slide (charts name their own)."""
        seen: dict[str, None] = {}
        for s in self.slides:
            for f in s.get("figures") or ():
                seen.update(dict.fromkeys(f.get("source_ids") or ()))
            seen.update(dict.fromkeys((s.get("scenario") or {}).get("source_ids") or ()))
        return list(seen)


class _Checker:
    """Validation with messages that name the file, slide (1-based) and field."""

    def __init__(self, file, slide: int | None = None):
        self.file, self.slide = str(file), slide

    def fail(self, fld: str | None, message: str, code: str = "invalid"):
        raise DeckError(self.file, message, slide=self.slide, field=fld, code=code)

    def text(self, value, fld: str, required: bool = False):
        if value is None:
            value = ""
        if isinstance(value, dict):
            unknown = sorted(set(value) - set(LANGS))
            if unknown:
                self.fail(fld, f"unknown language {unknown[0]!r}; use {', '.join(LANGS)}")
            for lang, v in value.items():
                self._string(v, f"{fld}.{lang}")
            value = {k: v for k, v in value.items() if v is not None}
        else:
            self._string(value, fld)
        if required and not text(value):
            self.fail(fld, "is empty", "missing")
        return value

    def _string(self, v, fld: str) -> None:
        if v is None:
            return
        if not isinstance(v, str):
            self.fail(fld, f"must be text, not {type(v).__name__}")
        if len(v) > MAX_TEXT:
            self.fail(fld, f"is {len(v):,} characters long; at most {MAX_TEXT:,} are allowed",
                      "too_long")

    def string(self, d: dict, fld: str, required: bool = True, name: bool = False) -> str:
        v = d.get(fld)
        if v is None or v == "":
            if required:
                self.fail(fld, "is missing", "missing")
            return ""
        self._string(v, fld)
        if name and not _NAME.match(v):
            self.fail(fld, f"{v!r} is not a name (lower-case letters, digits, _)")
        return v

    def optional_str(self, d: dict, fld: str) -> str | None:
        v = d.get(fld)
        if v is None:
            return None
        self._string(v, fld)
        return v

    def number(self, v, fld: str, integer: bool = False):
        if v is None:
            return None
        ok = isinstance(v, int) if integer else isinstance(v, (int, float))
        if isinstance(v, bool) or not ok or (isinstance(v, float) and not math.isfinite(v)):
            self.fail(fld, f"must be {'a whole number' if integer else 'a number'}, not {v!r}")
        return v

    def year(self, v, fld: str):
        if isinstance(v, str) and re.fullmatch(r"\d{4}(–\d{4})?|", v):
            return v
        y = self.number(v, fld, integer=True)
        if y is not None and not 1800 <= y <= 2200:
            self.fail(fld, f"{y} is not a year between 1800 and 2200", "range")
        return y

    def mapping(self, v, fld: str) -> dict:
        if not isinstance(v, dict):
            self.fail(fld, f"must be an object, not {type(v).__name__}")
        return v

    def ids(self, v, fld: str) -> list[str]:
        if v is None:
            return []
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            self.fail(fld, "must be a list of source ids")
        return list(v)


def _check_scenario(c: _Checker, sc, fld: str) -> dict:
    sc = c.mapping(sc, fld)
    if sc.get("kind") not in SCENARIO_KINDS:
        c.fail(f"{fld}.kind", f"must be one of {', '.join(SCENARIO_KINDS)}, not {sc.get('kind')!r}")
    for key in ("commodity", "country", "edition", "unit", "statistic"):
        if sc.get(key) is not None and not isinstance(sc.get(key), str):
            c.fail(f"{fld}.{key}", "must be text")
    for key in ("params", "result", "series"):
        if sc.get(key) is not None:
            c.mapping(sc[key], f"{fld}.{key}")
    c.year(sc.get("year"), f"{fld}.year")
    c.ids(sc.get("source_ids"), f"{fld}.source_ids")
    if len(json.dumps(sc)) > MAX_TEXT * 5:
        c.fail(fld, "is too large", "too_long")
    return sc


def check_slide(raw, file="slide", number: int | None = None) -> dict:
    """A validated, normalized copy of one slide (raises DeckError)."""
    c = _Checker(file, number)
    s = c.mapping(raw, "slide")
    kind = s.get("kind")
    if kind not in KINDS:
        c.fail("kind", f"unknown slide kind {kind!r}; kinds: {', '.join(KINDS)}")
    sid = s.get("id") if isinstance(s.get("id"), str) and s.get("id") else new_id()
    out = {"id": sid, "kind": kind, "caption": c.text(s.get("caption"), "caption"),
           "notes": c.text(s.get("notes"), "notes")}
    if kind == "title":
        out["title"] = c.text(s.get("title"), "title", required=True)
        out["body"] = c.text(s.get("body"), "body")
    elif kind == "chart":
        out["chart"] = c.string(s, "chart", name=True)
        p = c.mapping(s.get("params") or {}, "params")
        unknown = sorted(set(p) - set(CHART_PARAMS))
        if unknown:
            c.fail(f"params.{unknown[0]}", f"unknown parameter; use {', '.join(CHART_PARAMS)}")
        log_y = p.get("log_y")
        if log_y is not None and not isinstance(log_y, bool):
            c.fail("params.log_y", "must be true, false or null")
        if p.get("metric") is not None and p.get("metric") not in METRICS:
            c.fail("params.metric", f"must be one of {', '.join(METRICS)} or null")
        out["params"] = {
            "commodity": c.optional_str(p, "commodity"),
            "year": c.year(p.get("year"), "params.year"),
            "edition": c.optional_str(p, "edition"), "country": c.optional_str(p, "country"),
            "scenario": (_check_scenario(c, p["scenario"], "params.scenario")
                         if p.get("scenario") is not None else None),
            "log_y": log_y, **({"metric": p["metric"]} if p.get("metric") else {})}
    elif kind == "figure":
        figs = s.get("figures")
        if not isinstance(figs, list) or not 1 <= len(figs) <= MAX_FIGURES:
            c.fail("figures", f"must be a list of 1 to {MAX_FIGURES} figures")
        out["figures"] = []
        for n, f in enumerate(figs, start=1):
            fld = f"figures[{n}]"
            f = c.mapping(f, fld)
            comparator = f.get("comparator") or ""
            if comparator not in ("", ">", "<"):
                c.fail(f"{fld}.comparator", "must be '', '>' or '<'")
            out["figures"].append({
                "label": c.text(f.get("label"), f"{fld}.label", required=True),
                "value": c.number(f.get("value"), f"{fld}.value"),
                "unit": c.string(f, "unit", required=False), "comparator": comparator,
                "estimated": bool(f.get("estimated")), "flag": c.optional_str(f, "flag") or "",
                "source_ids": c.ids(f.get("source_ids"), f"{fld}.source_ids"),
                "edition": c.optional_str(f, "edition") or "",
                "data_year": c.year(f.get("data_year"), f"{fld}.data_year"),
                "note": c.text(f.get("note"), f"{fld}.note")})
    elif kind == "catalogue_item":
        out["version"] = c.string(s, "version")
        out["item_id"] = c.string(s, "item_id", required=not s.get("code"))
        out["code"] = c.string(s, "code", required=False)
        langs = s.get("langs") or list(LANGS)
        if not isinstance(langs, list) or not langs or any(x not in LANGS for x in langs):
            c.fail("langs", f"must list one or both of {', '.join(LANGS)}")
        out["langs"] = list(dict.fromkeys(langs))
    elif kind == "version_change":
        out["from_version"] = c.string(s, "from_version")
        out["to_version"] = c.string(s, "to_version")
        if out["from_version"] == out["to_version"]:
            c.fail("to_version", "must differ from from_version")
    elif kind == "scenario":
        out["scenario"] = _check_scenario(c, s.get("scenario"), "scenario")
    return out


def deck_from_json(data, file="deck") -> Deck:
    c = _Checker(file)
    data = c.mapping(data, None)
    if data.get("format") != FORMAT:
        c.fail("format", f"is not a reetool deck (format {data.get('format')!r}, "
                         f"expected {FORMAT!r})", "format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        c.fail("version", f"must be a whole number ≥ 1, not {version!r}")
    if version > VERSION:
        c.fail("version", f"was written by a newer reetool (deck version {version}; this one "
                          f"reads up to {VERSION})", "newer")
    slides = data.get("slides")
    if not isinstance(slides, list):
        c.fail("slides", "must be a list")
    if len(slides) > MAX_SLIDES:
        c.fail("slides", f"has {len(slides)} slides; at most {MAX_SLIDES} are allowed", "too_many")
    checked, seen = [], set()
    for n, raw in enumerate(slides, start=1):
        s = check_slide(raw, file, n)
        if s["id"] in seen:
            s["id"] = new_id()
        seen.add(s["id"])
        checked.append(s)
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    return Deck(title=c.text(data.get("title"), "title"), slides=checked, meta=meta)


def deck_text(deck: Deck) -> str:
    return json.dumps(deck.to_json(), ensure_ascii=False, indent=1) + "\n"


def load_deck(path) -> Deck:
    """Read and validate a deck file (at most MAX_BYTES)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DeckError(path, "file is missing", code="missing") from None
    except OSError as exc:
        raise DeckError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None
    if size > MAX_BYTES:
        raise DeckError(path, f"file is {size / 1e6:.1f} MB; a deck may be at most "
                              f"{MAX_BYTES / 1e6:.0f} MB", code="too_large")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DeckError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DeckError(path, "file is not UTF-8 text", code="encoding") from None
    except json.JSONDecodeError as exc:
        raise DeckError(path, f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                        code="json") from None
    return deck_from_json(data, path)


def save_deck(deck: Deck, path) -> Path:
    """Write the deck atomically (a crash leaves the old file or the new one)."""
    body = deck_text(deck)
    if len(body.encode("utf-8")) > MAX_BYTES:
        raise DeckError(path, f"deck is larger than {MAX_BYTES / 1e6:.0f} MB", code="too_large")
    atomic_write_text(Path(path), body)
    return Path(path)

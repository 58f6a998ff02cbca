"""Import of catalogue items: the app's own CSV/JSON schema, or plain text copied or
extracted from the official announcement.

The text parser understands:
- item codes ``\\d{6}[JX]`` (half- or full-width digits), with or without the label 编号;
- labels 编号 / 技术名称 / 控制要点 with a half- or full-width colon and stray spaces inside
  the label ("编 号：");
- control points numbered ``1.`` ``1．`` ``1、`` ``１．`` ``（1）`` ``(1)`` ``①``, one per line
  or run together on one line (numbering must run 1, 2, 3 … so numbers inside the text,
  sub-points and decimals are not mistaken for points);
- part headings 一、禁止出口部分 / 二、限制出口部分 (status), sector headings （一）农业;
- item names broken across lines, names above the 编号 line ("71．无人机技术");
- page numbers and running headers between items or inside an item;
- UTF-8 with or without BOM, GB18030/GBK and UTF-16 with BOM.

Nothing here writes anything: the caller shows the result (a preview) and saves it through
reetool.data.catalogue_store. Problems that make the input unusable raise DataError with
the line; everything else is a Warning with its line.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reetool.data.catalogue import SUFFIX_STATUS, Item, Point
from reetool.data.errors import DataError
from reetool.data.textio import csv_rows, load_json, read_bytes, strip_boms

D = "[0-9０-９]"
CODE = re.compile(r"(?<![0-9０-９])([0-9０-９]{6})\s*([JXＪＸ])(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])")
LABEL_CODE = re.compile(r"编\s*号\s*[:：]?\s*")
LABEL_NAME = re.compile(r"(?:技\s*术\s*)?名\s*称\s*[:：]\s*")
LABEL_POINTS = re.compile(r"控\s*制\s*要\s*点\s*[:：]?\s*")
PART = re.compile(r"^(?:[一二三四]\s*[、.．]\s*)?(禁止|限制)出口(?:技术)?部分\s*$")
SECTOR = re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*(\S.*)$")
SERIAL = re.compile(rf"^\s*(?:序号\s*[:：]?\s*)?{D}{{1,3}}\s*[.．、]\s*(?!{D})|^\s*{D}{{1,3}}\s+(?=\S)")
PAGE_NUMBER = re.compile(rf"^[-—–－\s]*(?:第\s*)?{D}{{1,3}}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?{D}{{1,3}}\s*页?)?[-—–－\s]*$")
TITLE = re.compile(r"禁止出口(?:限制出口|和限制出口)?技术目录|^附\s*件\s*\d*$")
INSTRUMENT = re.compile(r"(\d{4})\s*年\s*第\s*(\d{1,3})\s*号")
MARK = re.compile(
    r"(?P<dot>(?<![0-9０-９A-Za-z.．])(?P<dn>[0-9０-９]{1,2})\s*[.．、](?![0-9０-９]))"
    r"|(?P<paren>[（(]\s*(?P<pn>[0-9０-９]{1,2})\s*[）)])"
    r"|(?P<circ>[\u2460-\u2473])")
TRAILING = re.compile(r"[；;，,。\s]+$")
CJK_OR_PUNCT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@dataclass
class ParseWarning:
    line: int | None
    code: str
    params: dict = field(default_factory=dict)

    TEMPLATES = {
        "status_conflict": "code {code} ends in {suffix} ({code_status}) but stands under the "
                           "{part_status} part; status taken from the code",
        "no_part_heading": "no part heading (一、禁止出口部分 / 二、限制出口部分) found; status taken from the codes",
        "no_points": "item {code} has no control points",
        "unnumbered_points": "control points of {code} are not numbered; kept as one point",
        "text_before_points": "text before the first numbered control point of {code} kept as an introduction",
        "no_name": "item {code} has no name",
        "duplicate": "item {code} appears again (first on line {first}); the later copy is ignored",
        "bad_row": "{message}; row skipped",
    }

    @property
    def message(self) -> str:
        return self.TEMPLATES[self.code].format(**self.params)

    def describe(self) -> str:
        return (f"line {self.line}: " if self.line else "") + self.message

    def to_json(self) -> dict:
        return {"line": self.line, "code": self.code, "message": self.message, **self.params}


@dataclass
class ParseResult:
    items: list[Item]
    warnings: list[ParseWarning]
    format: str             # text | csv | json
    encoding: str
    version: str | None
    version_detected: str | None = None


# --- decoding ---------------------------------------------------------------------
def decode(data: bytes, file: str) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-8, then GB18030 (covers GBK/GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif len(data) >= 4 and data.count(b"\x00") > len(data) // 4:
        encodings = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        encodings = ["utf-8", "gb18030"]
    first_error = None
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
            continue
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            raise DataError(file, "is not a text file (it contains NUL characters)", row=line,
                            code="binary")
        text = strip_boms(text)    # files saved through several editors carry several BOMs
        return text.replace("\r\n", "\n").replace("\r", "\n"), {"utf-8-sig": "utf-8 (BOM)"}.get(enc, enc)
    line = data[: first_error.start].count(b"\n") + 1
    raise DataError(file, "is not text in UTF-8, GB18030/GBK or UTF-16", row=line, code="encoding")


def _num(text: str) -> int:
    return int(unicodedata.normalize("NFKC", text))


def _join(a: str, b: str) -> str:
    """Join two pieces of a broken line: no space between Chinese, one between words."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a + b
    if CJK_OR_PUNCT.match(a[-1]) or CJK_OR_PUNCT.match(b[0]):
        return a + b
    return a + " " + b


def _clean_code(m: re.Match) -> str:
    return unicodedata.normalize("NFKC", m.group(1) + m.group(2))


# --- control points ---------------------------------------------------------------
def split_points(text: str) -> tuple[list[tuple[str, str]], str]:
    """(number, text) of each control point, and any text before point 1.

    The top-level numbering style is that of the first "1"; only markers of that style
    whose number continues the sequence start a new point.
    """
    marks = []
    for m in MARK.finditer(text):
        if m.group("dot"):
            marks.append(("dot", _num(m.group("dn")), m.start(), m.end()))
        elif m.group("paren"):
            marks.append(("paren", _num(m.group("pn")), m.start(), m.end()))
        else:
            marks.append(("circ", ord(m.group("circ")) - 0x2460 + 1, m.start(), m.end()))
    first = next((mk for mk in marks if mk[1] == 1), None)
    if first is None:
        body = _flatten(text)
        return ([("", body)] if body else []), ""
    style, expected, cuts = first[0], 1, []
    for mk in marks:
        if mk[0] == style and mk[1] == expected and mk[2] >= first[2]:
            cuts.append(mk)
            expected += 1
    intro = _flatten(text[: cuts[0][2]])
    points = []
    for i, (_s, n, _start, end) in enumerate(cuts):
        stop = cuts[i + 1][2] if i + 1 < len(cuts) else len(text)
        points.append((str(n), TRAILING.sub("", _flatten(text[end:stop]))))
    return points, intro


def _flatten(text: str) -> str:
    out = ""
    for part in text.split("\n"):
        out = _join(out, part.strip())
    return out.strip()


# --- text ---------------------------------------------------------------------------
@dataclass
class _Seg:
    line: int
    kind: str          # code | name | points | text
    text: str
    code: str = ""


@dataclass
class _Draft:
    code: str
    line: int
    part_status: str | None
    sector: str
    name_parts: list[str] = field(default_factory=list)
    point_lines: list[str] = field(default_factory=list)
    in_points: bool = False


def _segments(line_no: int, line: str) -> list[_Seg]:
    """One line cut at its labels (编号 / 技术名称 / 控制要点)."""
    cuts = []
    for kind, rx in (("code", LABEL_CODE), ("name", LABEL_NAME), ("points", LABEL_POINTS)):
        for m in rx.finditer(line):
            if kind == "code" and not CODE.match(line, m.end()):
                continue
            if kind == "points" and not (m.group(0).rstrip().endswith((":", "：")) or
                                         line[: m.start()].strip() == ""):
                continue
            cuts.append((m.start(), m.end(), kind))
    cuts.sort()
    segs = []
    head = (line[: cuts[0][0]] if cuts else line).strip()
    if head and not (cuts and cuts[0][2] == "code"):
        segs.append(_Seg(line_no, "text", head))
    for i, (_start, end, kind) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(line)
        text = line[end:stop].strip()
        if i == 0 and kind == "code" and head:  # "71．无人机技术 编号：203912X"
            m = CODE.match(text)
            text = (text[: m.end()] + " " + head + " " + text[m.end():]).strip()
        segs.append(_Seg(line_no, kind, text))
    for seg in segs:  # a bare code inside text starts an item too ("71．203912X 无人机技术")
        m = CODE.search(seg.text)
        if m and seg.kind in ("text", "code"):
            seg.code = _clean_code(m)
            rest = (seg.text[: m.start()] + " " + seg.text[m.end():]).strip()
            rest = re.sub(r"[（(]\s*编\s*号\s*[:：]?\s*[）)]", "", rest).strip()
            seg.kind, seg.text = "code", rest
    return segs


def _noise_lines(lines: list[str]) -> set[str]:
    """Running headers: short lines repeated three times or more that carry no structure."""
    counts = Counter(s.strip() for s in lines if s.strip())
    return {s for s, n in counts.items()
            if n >= 3 and len(s) <= 40 and not CODE.search(s) and not MARK.match(s)
            and not LABEL_POINTS.match(s) and not PART.match(s) and not SECTOR.match(s)}


def _point_one(text: str) -> int:
    """Where a control point numbered 1 (1. 1． 1、 （1） ①) starts in ``text``, or -1."""
    for m in MARK.finditer(text):
        number = m.group("dn") or m.group("pn")
        if (number and _num(number) == 1) or m.group("circ") == "①":
            return m.start()
    return -1


def _strip_serial(text: str) -> str:
    return SERIAL.sub("", text, count=1).strip()


def parse_text(text: str, file: str = "<text>", version: str | None = None,
               instruments: dict[tuple[str, str], str] | None = None) -> ParseResult:
    lines = text.split("\n")
    repeated = _noise_lines(lines)
    detected = None
    for line in lines[:60]:
        m = INSTRUMENT.search(unicodedata.normalize("NFKC", line))
        if m and instruments and (m.group(1), m.group(2)) in instruments:
            detected = instruments[(m.group(1), m.group(2))]
            break
    segs: list[_Seg] = []
    part_status = None
    saw_part = saw_label = False
    for n, raw in enumerate(lines, start=1):
        s = raw.strip().replace("\u3000", " ")
        if not s or s in repeated or PAGE_NUMBER.match(s):
            continue
        if TITLE.search(s) and not CODE.search(s) and len(s) <= 40:
            continue
        m = PART.match(s.replace(" ", ""))
        if m:
            segs.append(_Seg(n, "part", "prohibited" if m.group(1) == "禁止" else "restricted"))
            saw_part = True
            continue
        m = SECTOR.match(s)
        if m and not CODE.search(s):
            segs.append(_Seg(n, "sector", m.group(2).strip()))
            continue
        line_segs = _segments(n, s)
        if any(sg.kind in ("points", "name") for sg in line_segs) or any(
                CODE.match(s, m.end()) for m in LABEL_CODE.finditer(s)):
            saw_label = True
        segs.extend(line_segs)

    drafts: list[_Draft] = []
    warnings: list[ParseWarning] = []
    cur: _Draft | None = None
    pending: list[tuple[int, str]] = []   # text seen outside any item
    sector = ""
    for i, seg in enumerate(segs):
        if seg.kind == "part":
            part_status, sector, cur, pending = seg.text, "", None, []
            continue
        if seg.kind == "sector":
            sector, cur, pending = seg.text, None, []
            continue
        if seg.kind == "code":
            name = _strip_serial(seg.text)
            first_point = ""
            start = _point_one(name)
            if start > 0:   # table layout: "1 083201J 名称 1.要点一"
                name, first_point = name[:start].strip(), name[start:]
            nxt = segs[i + 1].kind if i + 1 < len(segs) else ""
            stolen: list[str] = []
            if not name and nxt != "name":
                source = cur.point_lines if cur is not None and cur.in_points else None
                buf = source if source is not None else [t for _n, t in pending]
                take = 0
                for back in range(1, min(3, len(buf)) + 1):
                    if SERIAL.match(buf[-back]):
                        take = back
                        break
                if take == 0 and source is None:
                    take = min(3, len(buf))
                if take:
                    stolen = buf[-take:]
                    if source is not None:
                        del source[-take:]
                    stolen[0] = _strip_serial(stolen[0])
            cur = _Draft(seg.code, seg.line, part_status, sector)
            for part in stolen:
                cur.name_parts.append(part)
            if name:
                cur.name_parts.append(name)
            if first_point:
                cur.in_points = True
                cur.point_lines.append(first_point)
            drafts.append(cur)
            pending = []
            continue
        if cur is None:
            if seg.kind == "text":
                pending.append((seg.line, seg.text))
            elif seg.kind == "name":
                pending = [(seg.line, seg.text)]
            continue
        if seg.kind == "name":
            if cur.name_parts or cur.point_lines:   # "技术名称：…" above the next item's 编号
                cur, pending = None, [(seg.line, seg.text)]
            else:
                cur.name_parts, cur.in_points = [seg.text] if seg.text else [], False
        elif seg.kind == "points":
            cur.in_points = True
            if seg.text:
                cur.point_lines.append(seg.text)
        elif cur.in_points:
            cur.point_lines.append(seg.text)
        elif cur.name_parts and _point_one(seg.text) == 0:   # points without the 控制要点 label
            cur.in_points = True
            cur.point_lines.append(seg.text)
        else:
            cur.name_parts.append(seg.text)

    first_line = next((n for n, raw in enumerate(lines, start=1) if raw.strip()), 1)
    if not drafts:
        raise DataError(file, "does not look like the catalogue: no item code such as 083201J "
                        "(six digits and J or X) was found", row=first_line, code="not_catalogue")
    if not (saw_part or saw_label):
        raise DataError(file, "does not look like the catalogue: codes were found but no 编号 / 控制要点 "
                        "labels and no part heading (一、禁止出口部分)", row=drafts[0].line,
                        code="no_labels")
    if not saw_part:
        warnings.append(ParseWarning(None, "no_part_heading"))
    use_version = version or detected
    items, seen = [], {}
    for d in drafts:
        status = SUFFIX_STATUS[d.code[-1]]
        if d.code in seen:
            warnings.append(ParseWarning(d.line, "duplicate", {"code": d.code, "first": seen[d.code]}))
            continue
        seen[d.code] = d.line
        if d.part_status and d.part_status != status:
            warnings.append(ParseWarning(d.line, "status_conflict", {
                "code": d.code, "suffix": d.code[-1], "code_status": status, "part_status": d.part_status}))
        name = ""
        for part in d.name_parts:
            name = _join(name, part)
        name = re.sub(r"^[：:\s]+|[；;。\s]+$", "", name)
        if not name:
            warnings.append(ParseWarning(d.line, "no_name", {"code": d.code}))
        pts, intro = split_points("\n".join(d.point_lines))
        if not pts:
            warnings.append(ParseWarning(d.line, "no_points", {"code": d.code}))
        elif len(pts) == 1 and pts[0][0] == "":
            warnings.append(ParseWarning(d.line, "unnumbered_points", {"code": d.code}))
        if intro:
            warnings.append(ParseWarning(d.line, "text_before_points", {"code": d.code}))
            pts = [("", intro)] + pts
        items.append(Item(
            version=use_version or "", item_id=d.code, status=status, code=d.code,
            sector_zh=d.sector, name_zh=name, completeness="imported text",
            confidence="", origin="import", line=d.line,
            points=tuple(Point(seq=k, number=num, zh=t) for k, (num, t) in enumerate(pts, start=1))))
    return ParseResult(items, warnings, "text", "", use_version, detected)


# --- the app's own CSV / JSON --------------------------------------------------------
CSV_COLUMNS = ("version", "status", "code", "sector_zh", "name_zh", "control_points_zh",
               "name_en", "control_points_en", "completeness")


def _split_joined(text: str) -> list[tuple[str, str]]:
    out = []
    for part in re.split(r"\s*\|\s*", text.strip()) if text and text.strip() else []:
        m = re.match(r"^\s*([0-9０-９]{1,2})\s*[.．、]\s*(.*)$", part)
        out.append((str(_num(m.group(1))), m.group(2).strip()) if m else ("", part.strip()))
    return out


def _item_from_fields(rec: dict, where: str, line: int | None, file: str, version: str | None,
                      points: list[dict]) -> Item:
    def bad(column, message):
        raise DataError(file, f"{where}: {message}", row=line, column=column, code="bad_value")

    code = unicodedata.normalize("NFKC", str(rec.get("code") or "")).strip().upper()
    if code and not re.fullmatch(r"\d{6}[JX]", code):
        bad("code", f"'{code}' is not a catalogue code (six digits and J or X)")
    status = str(rec.get("status") or "").strip()
    if status not in SUFFIX_STATUS.values():
        if code:
            status = SUFFIX_STATUS[code[-1]]
        else:
            bad("status", f"status '{status}' is not prohibited or restricted")
    if code and SUFFIX_STATUS[code[-1]] != status:
        bad("status", f"code {code} ends in {code[-1]} ({SUFFIX_STATUS[code[-1]]}) but status is '{status}'")
    ver = str(version or rec.get("version") or "").strip()
    if not re.fullmatch(r"\d{4}", ver):
        bad("version", "version is missing (give one, e.g. --version 2023)")
    name_zh = str(rec.get("name_zh") or "").strip()
    name_en = str(rec.get("name_en") or "").strip()
    if not (code or name_zh or name_en):
        bad("code", "needs a code or a name")
    pts = tuple(Point(seq=k, number=str(p.get("number") or ""), zh=str(p.get("zh") or "").strip(),
                      en=str(p.get("en") or "").strip(),
                      en_origin="import" if p.get("en") else "")
                for k, p in enumerate(points, start=1))
    sources = rec.get("sources") or ()
    return Item(version=ver, item_id=code, status=status, code=code,
                sector_zh=str(rec.get("sector") or rec.get("sector_zh") or "").strip(),
                name_zh=name_zh, name_en=name_en, name_en_origin="import" if name_en else "",
                completeness=str(rec.get("completeness") or "imported").strip(),
                confidence="", origin="import", line=line, points=pts,
                evidence="; ".join(map(str, sources)) if isinstance(sources, list) else str(sources))


def parse_csv(text: str, file: str, version: str | None = None) -> ParseResult:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if "status" not in header or not ({"code", "name_zh"} & set(header)):
        raise DataError(file, "is not a catalogue CSV: the header needs at least the columns status "
                        "and code or name_zh (" + ", ".join(CSV_COLUMNS) + ")", row=1, code="csv_header")
    items = []
    for rec in csv_rows(reader, file):     # a cell over the csv limit: DataError with its line
        line = reader.line_num
        if not any((v or "").strip() for v in rec.values() if isinstance(v, str)):
            continue
        zh = _split_joined(rec.get("control_points_zh") or "")
        en = _split_joined(rec.get("control_points_en") or "")
        n = max(len(zh), len(en))
        points = [{"number": (zh[k][0] if k < len(zh) else en[k][0]),
                   "zh": zh[k][1] if k < len(zh) else "", "en": en[k][1] if k < len(en) else ""}
                  for k in range(n)]
        items.append(_item_from_fields(rec, f"row {line}", line, file, version, points))
    if not items:
        raise DataError(file, "has a header but no items", row=2, code="empty")
    return _finish(items, "csv", version)


def parse_json(text: str, file: str, version: str | None = None) -> ParseResult:
    data = load_json(text, file)    # depth-limited, NaN/inf refused (reetool.data.textio)
    if isinstance(data, dict):
        data = data.get("items")
    if not isinstance(data, list) or not data or not all(isinstance(d, dict) for d in data):
        raise DataError(file, "is not a catalogue JSON file: expected a list of items "
                        "(version, code, status, name_zh, control_points …)", row=1, code="json_shape")
    items = []
    for k, rec in enumerate(data, start=1):
        pts = rec.get("control_points") or []
        if not isinstance(pts, list):
            raise DataError(file, f"item {k}: control_points must be a list of {{zh, en}}", code="bad_value")
        pts = [p if isinstance(p, dict) else {"zh": str(p)} for p in pts]
        items.append(_item_from_fields(rec, f"item {k}", None, file, version, pts))
    return _finish(items, "json", version)


def _finish(items: list[Item], fmt: str, version: str | None) -> ParseResult:
    warnings, seen, out = [], {}, []
    for it in items:
        key = (it.version, it.code or it.name_zh or it.name_en)
        if key in seen:
            warnings.append(ParseWarning(it.line, "duplicate", {"code": it.code or it.name_zh, "first": seen[key]}))
            continue
        seen[key] = it.line
        out.append(it)
    versions = {it.version for it in out}
    return ParseResult(out, warnings, fmt, "", version or (versions.pop() if len(versions) == 1 else None))


# --- entry point ----------------------------------------------------------------------
def instruments_from_versions(version_records) -> dict[tuple[str, str], str]:
    """{(year, number): version} from catalogue_versions' instrument_zh ("…2023年第57号")."""
    out = {}
    for r in version_records:
        m = INSTRUMENT.search(r["instrument_zh"])
        if m:
            out[(m.group(1), m.group(2))] = r["version"]
    return out


def parse_bytes(data: bytes, file: str, version: str | None = None,
                known_versions=None) -> ParseResult:
    """Parse an import file's bytes. ``known_versions`` are catalogue_versions records."""
    text, encoding = decode(data, file)
    if not text.strip():
        raise DataError(file, "is empty", row=1, code="empty")
    suffix = Path(file).suffix.lower()
    head = text.lstrip()[:200]
    if suffix == ".json" or head[:1] in "[{":
        result = parse_json(text, file, version)
    elif suffix == ".csv" or (head.split("\n", 1)[0].count(",") >= 2 and "status" in head.split("\n", 1)[0]):
        result = parse_csv(text, file, version)
    else:
        result = parse_text(text, file, version, instruments_from_versions(known_versions or []))
    result.encoding = encoding
    if known_versions is not None:
        known = {r["version"] for r in known_versions}
        if result.version is None and any(not it.version for it in result.items):
            raise DataError(file, "the catalogue version could not be found in the text; "
                            "give it (e.g. --version 2023)", row=1, column="version", code="no_version")
        for it in result.items:
            if it.version not in known:
                raise DataError(file, f"version {it.version} is not one of {', '.join(sorted(known))}",
                                row=it.line, column="version", code="unknown_version")
    return result


def parse_file(path: Path, version: str | None = None, known_versions=None) -> ParseResult:
    return parse_bytes(read_bytes(path), str(path), version, known_versions)

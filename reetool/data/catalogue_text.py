"""The one parser of the catalogue's text, however it was obtained (pasted, saved from a
PDF viewer, or extracted by reetool.data.catalogue_pdf).

It understands:
- item codes ``\\d{6}[JX]`` (half- or full-width digits), with or without the label 编号;
- labels 编号 / 技术名称 / 控制要点 with a half- or full-width colon and stray spaces inside
  the label ("编 号：");
- control points numbered ``1.`` ``1．`` ``1、`` ``１．`` ``（1）`` ``(1)`` ``①``, one per line
  or run together on one line (numbering must run 1, 2, 3 … so numbers inside the text,
  sub-points and decimals are not mistaken for points);
- part headings 一、禁止出口部分 / 二、限制出口部分 (status), sector headings （一）农业;
- item names broken across lines, names above the 编号 line ("71．无人机技术");
- page numbers and running headers between items or inside an item;
- table layouts (serial, code, name and point 1 on one line).

Problems that make the input unusable raise DataError with the line; everything else is a
ParseWarning with its line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from reetool.data.catalogue import SUFFIX_STATUS, Item, Point
from reetool.data.catalogue_import_result import ParseResult, ParseWarning
from reetool.data.cjk_text import tidy_line
from reetool.data.errors import DataError

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
    r"|(?P<circ>[\u2460-\u2473])|(?P<pcirc>[\u2474-\u2487])|(?P<dcirc>[\u2488-\u249b])")
TABLE_HEADER = re.compile(r"^(?:序\s*号)?\s*编\s*号\s*(?:技\s*术\s*)?名\s*称\s*控\s*制\s*要\s*点$")
SPLIT_CODE = re.compile(rf"^(?:{D}{{1,3}}\s*[.．、]?\s*)?(?:编\s*号\s*[:：]?\s*)?{D}{{6}}$")
CODE_TAIL = re.compile(r"^[JXＪＸ](?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])")
LABEL_CODE_END = re.compile(r"编\s*号\s*[:：]\s*$")
TRAILING = re.compile(r"[；;，,。\s]+$")
CJK_OR_PUNCT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def half_width_int(text: str) -> int:
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


def _mark(m: re.Match) -> tuple[str, int]:
    """Numbering style and number of a MARK match: 1. 1． 1、 ⒈ | (1) （1） ⑴ | ①."""
    if m.group("dot"):
        return "dot", half_width_int(m.group("dn"))
    if m.group("paren"):
        return "paren", half_width_int(m.group("pn"))
    if m.group("pcirc"):
        return "paren", ord(m.group("pcirc")) - 0x2474 + 1
    if m.group("dcirc"):
        return "dot", ord(m.group("dcirc")) - 0x2488 + 1
    return "circ", ord(m.group("circ")) - 0x2460 + 1


# --- control points ---------------------------------------------------------------
def split_points(text: str) -> tuple[list[tuple[str, str]], str]:
    """(number, text) of each control point, and any text before point 1.

    The top-level numbering style is that of the first "1"; only markers of that style
    whose number continues the sequence start a new point.
    """
    marks = []
    for m in MARK.finditer(text):
        marks.append((*_mark(m), m.start(), m.end()))
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


def structural(line: str) -> bool:
    """True when a line carries catalogue structure (a code, a numbered point, the points
    label, a part or sector heading), so it is never taken for a running header."""
    return bool(CODE.search(line) or MARK.match(line) or LABEL_POINTS.match(line) or PART.match(line)
                or SECTOR.match(line))


def _noise_lines(lines: list[str]) -> set[str]:
    """Running headers: short lines repeated three times or more that carry no structure."""
    counts = Counter(s.strip() for s in lines if s.strip())
    return {s for s, n in counts.items() if n >= 3 and len(s) <= 40 and not structural(s)}


def _join_split_codes(lines: list[str], furniture) -> None:
    """Put an item code back together where a line break (or a page break, with its
    furniture) cut it: "编号：083201" + "J", or "编号：" + "083201J"."""
    for i, line in enumerate(lines):
        code_cut, label_cut = SPLIT_CODE.match(line), LABEL_CODE_END.search(line)
        if not (code_cut or label_cut):
            continue
        j = next((k for k in range(i + 1, min(i + 8, len(lines))) if not furniture(lines[k])), None)
        if j is None:
            continue
        if code_cut and CODE_TAIL.match(lines[j]):
            lines[i], lines[j] = line + lines[j][0], lines[j][1:].strip()
        elif label_cut and not code_cut and CODE.match(lines[j]):
            lines[i], lines[j] = line + lines[j], ""


def _point_one(text: str) -> int:
    """Where a control point numbered 1 (1. 1． 1、 （1） ①) starts in ``text``, or -1."""
    for m in MARK.finditer(text):
        if _mark(m)[1] == 1:
            return m.start()
    return -1


def _strip_serial(text: str) -> str:
    return SERIAL.sub("", text, count=1).strip()


def parse_text(text: str, file: str = "<text>", version: str | None = None,
               instruments: dict[tuple[str, str], str] | None = None) -> ParseResult:
    lines = [tidy_line(raw) for raw in text.split("\n")]
    repeated = _noise_lines(lines)

    def furniture(s: str) -> bool:   # blank, running header, page number, title, table header
        return (not s or s in repeated or bool(PAGE_NUMBER.match(s)) or bool(TABLE_HEADER.match(s))
                or bool(TITLE.search(s) and not CODE.search(s) and len(s) <= 40))

    _join_split_codes(lines, furniture)
    detected = None
    for line in lines[:60]:
        m = INSTRUMENT.search(unicodedata.normalize("NFKC", line))
        if m and instruments and (m.group(1), m.group(2)) in instruments:
            detected = instruments[(m.group(1), m.group(2))]
            break
    segs: list[_Seg] = []
    part_status = None
    saw_part = saw_label = False
    for n, s in enumerate(lines, start=1):
        if furniture(s):
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

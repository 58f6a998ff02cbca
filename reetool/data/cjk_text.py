"""Chinese text as it comes out of PDF text layers and PDF viewers, made comparable.

- Radicals: fonts such as Noto Sans CJK / Source Han draw 一 and ⼀ (KANGXI RADICAL ONE)
  with one glyph, so a PDF's ToUnicode map often gives the radical (U+2F00–U+2FD5, or
  U+2E80–U+2EFF for simplified forms such as ⻓ for 长): the text looks right and compares
  wrong. Each radical is replaced by its Equivalent_Unified_Ideograph (Unicode Character
  Database, EquivalentUnifiedIdeograph.txt by Ken Lunde; the Kangxi block is its NFKC
  decomposition), and CJK compatibility ideographs (U+F900–U+FAFF) by their NFKC form.
- Whitespace: tabs, no-break and ideographic spaces and runs of spaces become one space;
  a space between two Chinese characters, or next to full-width punctuation, is dropped
  (justified lines, letters spread apart in a label such as "控 制 要 点："). A space
  between Latin letters or digits and Chinese characters stays.

Nothing else is changed: full-width and half-width punctuation stay as published.
"""

from __future__ import annotations

import re
import unicodedata

# CJK Radicals Supplement (U+2E81–U+2EF3, low byte) -> Equivalent_Unified_Ideograph.
_SUPPLEMENT = (
    "81:5382 82:4E5B 83:4E5A 84:4E59 85:4EBB 86:5182 87:20628 88:5200 89:5202 8A:535C 8B:353E "
    "8C:5C0F 8D:5C0F 8E:5140 8F:5C23 90:5C22 91:21BC2 92:5DF3 93:5E7A 94:5F51 95:5F50 96:5FC4 "
    "97:5FC3 98:624C 99:6535 9B:65E1 9C:65E5 9D:6708 9E:6B7A 9F:6BCD A0:6C11 A1:6C35 A2:6C3A "
    "A3:706C A4:722B A5:722B A6:4E2C A7:725B A8:72AD A9:738B AA:24D14 AB:76EE AC:793A AD:793B "
    "AE:25AD7 AF:7CF9 B0:7E9F B1:7F53 B2:7F52 B3:34C1 B4:5197 B5:2626B B6:7F8A B7:2634C "
    "B8:2634B B9:8002 BA:8080 BB:807F BC:8089 BD:26951 BE:8279 BF:8279 C0:8279 C1:864E C2:8864 "
    "C3:8980 C4:897F C5:89C1 C6:89D2 C7:278B2 C8:8BA0 C9:8D1D CA:27FB7 CB:8F66 CC:8FB6 CD:8FB6 "
    "CE:8FB6 CF:9091 D0:9485 D1:9577 D2:9578 D3:957F D4:95E8 D5:28E0F D6:961D D7:96E8 D8:9752 "
    "D9:97E6 DA:9875 DB:98CE DC:98DE DD:98DF DE:2967F DF:98E0 E0:9963 E1:29810 E2:9A6C E3:9AA8 "
    "E4:9B3C E5:9C7C E6:9E1F E7:5364 E8:9EA6 E9:9EC4 EA:9EFE EB:6589 EC:9F50 ED:6B6F EE:9F7F "
    "EF:7ADC F0:9F99 F1:9F9C F2:4E80 F3:9F9F"
)


def _radical_table() -> dict[int, str]:
    table = {0x2E00 + int(a, 16): chr(int(b, 16))
             for a, b in (pair.split(":") for pair in _SUPPLEMENT.split())}
    for cp in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]:
        unified = unicodedata.normalize("NFKC", chr(cp))
        if len(unified) == 1 and unified != chr(cp):
            table[cp] = unified
    return table


RADICALS = _radical_table()
RADICAL_CHARS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_WIDE_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_CJK = "\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u2460-\u24ff\u2018-\u201f\u2026\u2014" + _WIDE_PUNCT
CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])|(?<=[{_WIDE_PUNCT}]) | (?=[{_WIDE_PUNCT}])")


def unify_radicals(text: str) -> str:
    """Radicals and compatibility ideographs replaced by the unified ideographs they show."""
    return text.translate(RADICALS) if RADICAL_CHARS.search(text) else text


def tidy_line(line: str) -> str:
    """One line of extracted text: radicals unified, whitespace runs made one space, spaces
    between Chinese characters dropped, ends stripped."""
    line = SPACES.sub(" ", unify_radicals(line)).strip()
    return CJK_SPACE.sub("", line) if " " in line else line

"""Subset Noto Sans CJK SC to what reetool shows, and write it to resources/fonts/.

Developer tool (needs Debian's fonts-noto-cjk and fontTools):

    python tools/subset_font.py

Keeps: printable ASCII, Latin-1, general and CJK punctuation, full-width forms, every
GB2312 character (so imported official text renders), and every character found in
resources/data, resources/i18n and the package source. The test suite checks that the
subset still covers everything the app shows; rerun this when it fails.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SRC = Path("/usr/share/fonts/opentype/noto")
OUT = ROOT / "resources" / "fonts"
FACES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def project_text() -> set[str]:
    chars: set[str] = set()
    for pattern in ("resources/data/*.csv", "resources/i18n/*.ts", "reetool/**/*.py", "tests/fixtures/**/*.txt"):
        for f in ROOT.glob(pattern):
            chars |= set(f.read_text(encoding="utf-8", errors="ignore"))
    return chars


def wanted() -> set[str]:
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF),
              (0x2200, 0x22FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    chars = {chr(c) for a, b in ranges for c in range(a, b + 1)}
    return {c for c in chars | gb2312() | project_text() if c.isprintable() or c == " "}


def sc_index(ttc: TTCollection) -> int:
    for i, font in enumerate(ttc.fonts):
        if "CJK SC" in font["name"].getDebugName(1):
            return i
    raise SystemExit("no SC face in collection")


FAMILY = "reetool Sans CJK SC"   # a modified Noto font gets its own name (no Reserved Font Name)


def rename(font, style: str) -> None:
    """Give the subset its own family name, so that a system-wide Noto Sans CJK SC (which Qt
    would otherwise pick by name) never stands in for it: PDFs then embed the subset, whose
    every glyph maps back to the one character it was chosen for."""
    ps = f"reetoolSansCJKSC-{style}"
    names = {1: FAMILY, 4: f"{FAMILY} {style}", 6: ps, 16: FAMILY, 17: style}
    table = font["name"]
    for rec in list(table.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            table.removeNames(nameID=rec.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    table.setName(f"{ps};reetool subset of Noto Sans CJK SC", 3, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FamilyName, top.FullName = FAMILY, f"{FAMILY} {style}"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = "".join(sorted(wanted()))
    for style, name in FACES.items():
        ttc = TTCollection(str(SRC / name))
        idx = sc_index(ttc)
        opts = subset.Options()
        opts.font_number = idx
        opts.layout_features = ["*"]
        opts.name_IDs = ["*"]
        opts.name_languages = ["*"]
        opts.notdef_outline = True
        opts.hinting = False
        font = subset.load_font(str(SRC / name), opts)
        sub = subset.Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        rename(font, style)
        out = OUT / f"NotoSansSC-reetool-{style}.otf"
        font.save(str(out))
        print(f"{out.name}: {out.stat().st_size / 1e6:.2f} MB, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()

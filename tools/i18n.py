"""Translation workflow: Python sources -> .ts (per area) -> .qm, with 简体中文 filled in.

    python tools/i18n.py extract            # run pyside6-lupdate for every area
    python tools/i18n.py fill AREA FILE     # set translations from a JSON file
    python tools/i18n.py missing            # list messages without a Chinese translation
    python tools/i18n.py compile            # pyside6-lrelease every .ts to .qm
    python tools/i18n.py all AREA FILE      # extract, fill, compile

Areas: reetool/ui/<area>/ -> resources/i18n/<area>_zh_CN.ts; everything else under
reetool/ -> app_zh_CN.ts. The JSON for ``fill`` maps English source text to Chinese,
either flat {"source": "译文"} or by context {"Context": {"source": "译文"}}; plural
messages take a list of forms.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "reetool"
I18N = ROOT / "resources" / "i18n"
LANG = "zh_CN"


def areas() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {"app": []}
    for f in sorted(PKG.rglob("*.py")):
        rel = f.relative_to(PKG)
        if rel.parts[0] == "ui" and len(rel.parts) > 2:
            out.setdefault(rel.parts[1], []).append(f)
        else:
            out["app"].append(f)
    return out


def ts_path(area: str) -> Path:
    return I18N / f"{area}_{LANG}.ts"


def tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def extract(out_dir: Path = I18N, only: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for area, files in areas().items():
        if only is not None and area not in only:
            continue
        ts = out_dir / f"{area}_{LANG}.ts"
        if out_dir != I18N and ts_path(area).exists():
            shutil.copy(ts_path(area), ts)
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        *map(str, files), "-target-language", LANG, "-ts", str(ts)], check=True)
        written.append(ts)
    return written


def messages(ts: Path):
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def is_finished(msg) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = tr.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((tr.text or "").strip())


def fill(area: str, mapping_file: Path) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    ts = ts_path(area)
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            value = mapping.get(name, {}).get(src) if isinstance(mapping.get(name), dict) else None
            if value is None:
                value = mapping.get(src) if not isinstance(mapping.get(src), dict) else None
            if value is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    extract(only=[area])  # lupdate rewrites the file in its canonical layout
    return n


def missing(ts_files=None) -> list[tuple[str, str, str]]:
    out = []
    for ts in ts_files or sorted(I18N.glob(f"*_{LANG}.ts")):
        for _tree, ctx, msg in messages(ts):
            if not is_finished(msg):
                out.append((ts.name, ctx, msg.findtext("source")))
    return out


def compile_all(ts_files=None) -> None:
    for ts in ts_files or sorted(I18N.glob(f"*_{LANG}.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "missing"
    if cmd in ("extract", "all"):
        for ts in extract():
            print("updated", ts.relative_to(ROOT))
    if cmd in ("fill", "all"):
        print(f"filled {fill(argv[1], Path(argv[2]))} messages")
    if cmd in ("compile", "all"):
        compile_all()
        print("compiled .qm files")
    gaps = missing()
    for name, ctx, src in gaps:
        print(f"missing: {name} [{ctx}] {src}")
    return 1 if (cmd == "missing" and gaps) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

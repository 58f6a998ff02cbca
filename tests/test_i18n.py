"""Both languages stay complete: every tr() string has a Chinese translation, compiled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def _messages(ts_files):
    return {(ts.name, ctx, msg.findtext("source")) for ts in ts_files
            for _t, ctx, msg in i18n_tool.messages(ts)}


def test_ts_files_cover_every_string_in_the_code(tmp_path):
    fresh = i18n_tool.extract(out_dir=tmp_path)
    committed = sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts"))
    assert _messages(fresh) == _messages(committed), "run: python tools/i18n.py extract"


def test_every_message_is_translated():
    assert i18n_tool.missing() == []


def test_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for ts in sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts")):
        copy = tmp_path / ts.name
        copy.write_bytes(ts.read_bytes())
        i18n_tool.compile_all([copy])
        assert copy.with_suffix(".qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name}: run python tools/i18n.py compile"

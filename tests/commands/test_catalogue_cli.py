"""`reetool catalogue …` run as a user runs it: in a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "catalogue"
ATTESTED_2023 = {
    "083201J", "用于人的细胞克隆和基因编辑技术", "中国传统建筑技术", "中药材资源及生产",
    "083915X", "086502X", "086501X", "206503X", "203912X", "有色金属冶金技术", "建筑环境控制技术",
    "激光雷达系统", "农作物杂交优势利用技术", "散料装卸输送技术",
    "规模高速风洞设计与施工技术", "经济作物种植及养殖技术",     # from the reference's addendum
}


def run(*args):
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "reetool", "catalogue", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def test_list_2023_json_holds_every_attested_item_with_sources_and_nothing_else():
    out = run("list", "--version", "2023", "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) == 16
    assert {i["code"] or i["name_zh"] for i in items} == ATTESTED_2023
    for i in items:
        assert {"version", "code", "status", "sector", "name_zh", "name_en", "control_points", "sources",
                "completeness"} <= set(i)
        assert i["version"] == "2023" and i["sources"] and i["completeness"].startswith("PARTIAL")
        assert i["status"] == {"J": "prohibited", "X": "restricted"}.get((i["code"] or "?")[-1], i["status"])


def test_search_in_chinese_and_english_finds_083201J_with_its_points():
    zh = json.loads(run("list", "--version", "2023", "--search", "稀土", "--format", "json").stdout)
    en = json.loads(run("list", "--version", "2023", "--search", "Rare Earth", "--format", "json").stdout)
    assert [i["code"] for i in zh] == ["083201J"] and [i["code"] for i in en] == ["083201J"]
    points = zh[0]["control_points"]
    assert len(points) == 4
    assert points[2] == {"number": None, "zh": "钐钴、钕铁硼、铈磁体制备技术",
                         "en": "samarium-cobalt, neodymium-iron-boron, cerium magnet preparation techniques",
                         "en_origin": "third-party", "stage": "magnet"}


def test_list_status_filter_and_csv():
    out = run("list", "--version", "2023", "--status", "prohibited", "--format", "csv")
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("version,code,status") and len(lines) == 5
    assert all(",prohibited," in line for line in lines[1:])


def test_show_with_history_as_json():
    out = run("show", "050304J", "--format", "json")
    items = json.loads(out.stdout)
    assert [i["version"] for i in items] == ["2008", "2020"]
    assert items[1]["control_points"][0]["zh"] == "除杂交一代蚕品种以外的蚕遗传资源"
    kinds = [(h["version"], h["kind"]) for h in items[1]["history"]]
    assert kinds == [("2008", "listed"), ("2020", "amended"), ("2020", "listed")]


def test_show_table_labels_reetool_renderings():
    out = run("show", "203912X", "--version", "2023")
    assert out.returncode == 0
    assert "reetool rendering, unofficial" in out.stdout and "无人机飞行控制系统" in out.stdout


def test_unknown_code_and_version_are_clean_errors():
    out = run("show", "999999J")
    assert out.returncode == 2 and "no attested item" in out.stderr and "Traceback" not in out.stderr
    out = run("list", "--version", "1999")
    assert out.returncode == 2 and "unknown version" in out.stderr


def test_coverage_json():
    rows = {r["version"]: r for r in json.loads(run("coverage", "--format", "json").stdout)}
    assert (rows["2023"]["held"], rows["2023"]["official"], rows["2023"]["counts_basis"]) == (16, 134, "stated")
    assert (rows["2025"]["held"], rows["2025"]["official"], rows["2025"]["carried"]) == (15, 132, 13)


def test_import_dry_run_prints_items_and_saves_nothing(isolated_user_folders):
    out = run("import", str(FIX / "name_above.txt"), "--version", "2023", "--dry-run", "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert [i["code"] for i in items] == ["990301X", "203912X", "990302X"]
    assert [p["zh"] for p in items[1]["control_points"]][4] == "无人机飞行控制系统（自主导航、路径及避障规划等相关的算法及软件）"
    assert items[1]["sources"][0].startswith("import: name_above.txt, ")
    assert not (isolated_user_folders["data"] / "catalogue").exists()


def test_import_saves_then_list_shows_imports(isolated_user_folders):
    out = run("import", str(FIX / "inline.txt"))
    assert out.returncode == 0, out.stderr
    assert "line 8" in out.stderr and "990402J" in out.stderr   # the status warning
    assert (isolated_user_folders["data"] / "catalogue" / "imports.json").is_file()
    items = json.loads(run("list", "--version", "2023", "--format", "json").stdout)
    assert len(items) == 18   # 16 bundled - 083201J replaced + 3 imported
    assert {i["code"]: i["origin"] for i in items if i["code"] in ("083201J", "990401X")} == {
        "083201J": "import", "990401X": "import"}


def test_import_of_something_else_fails_with_line_and_saves_nothing(isolated_user_folders):
    out = run("import", str(FIX / "not_catalogue.txt"), "--version", "2023")
    assert out.returncode == 2
    assert "not_catalogue.txt, line 1" in out.stderr and "does not look like the catalogue" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (isolated_user_folders["data"] / "catalogue").exists()


def test_import_utf16_and_gb18030_files(tmp_path, isolated_user_folders):
    text = (FIX / "labels.txt").read_text(encoding="utf-8")
    for encoding in ("utf-16", "gb18030"):
        path = tmp_path / f"labels-{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        out = run("import", str(path), "--version", "2023", "--dry-run", "--format", "json")
        assert out.returncode == 0, out.stderr
        items = json.loads(out.stdout)
        assert [(i["code"], i["status"], len(i["control_points"])) for i in items] == [
            ("083201J", "prohibited", 4), ("990101J", "prohibited", 2), ("990201X", "restricted", 3)]

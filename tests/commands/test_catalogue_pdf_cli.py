"""`reetool catalogue import FILE.pdf` and `reetool catalogue compare`, run in a separate process."""

from __future__ import annotations

import csv
import io
import json

from tests.commands.test_catalogue_cli import run
from tests.fixtures.catalogue.pdf_fixture import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)


def bundled_2023():
    return {r["version"]: r for r in json.loads(run("coverage", "--format", "json").stdout)}["2023"]["held"]


def test_import_pdf_dry_run_then_save(catalogue_pdfs, isolated_user_folders):
    held = bundled_2023()       # 14 attested when this was written
    out = run("import", str(catalogue_pdfs["official_blocks"]), "--dry-run", "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert [i["code"] for i in items] == ["083201J", "990101J", "990102J", "990201X", "990202X"]
    assert [i["status"] for i in items] == ["prohibited"] * 3 + ["restricted"] * 2
    assert [len(i["control_points"]) for i in items] == [4, 2, 2, 2, 2]
    # the preview: 3 of 24 prohibited and 2 of 110 restricted; 083201J completes the bundled item
    assert "3 of 24 prohibited, 2 of 110 restricted" in out.stderr
    assert "adds 4, completes 1, contradicts 0" in out.stderr and f"coverage {held} -> {held + 4} of 134" in out.stderr
    assert not (isolated_user_folders["data"] / "catalogue").exists()

    out = run("import", str(catalogue_pdfs["official_table"]), "--version", "2023")
    assert out.returncode == 0, out.stderr
    rows = {r["version"]: r for r in json.loads(run("coverage", "--format", "json").stdout)}
    assert (rows["2023"]["held"], rows["2023"]["imported"]) == (held + 4, 5)   # + 5 imported - 083201J replaced


def test_image_only_and_damaged_pdfs_give_one_clear_line_and_store_nothing(catalogue_pdfs, isolated_user_folders):
    for name, words in (("scan", "does not include OCR"), ("damaged", "damaged PDF"),
                        ("encrypted", "needs a password")):
        out = run("import", str(catalogue_pdfs[name]), "--version", "2023")
        assert out.returncode == 2, (name, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and f"{name}.pdf" in lines[0], lines
        assert out.stdout == ""
    assert not (isolated_user_folders["data"] / "catalogue").exists()


def test_compare_formats():
    table = run("compare", "--from", "2020", "--to", "2023")
    assert table.returncode == 0, table.stderr
    first = table.stdout.splitlines()[0]
    assert "2020 -> 2023" in first and "4 added, 34 deleted, 37 amended" in first
    assert "listed: 4 added, 3 deleted, 4 amended, 6 only_in_from, 7 only_in_to" in first
    data = json.loads(run("compare", "--from", "2023", "--to", "2020", "--format", "json").stdout)
    assert (data["summary"]["from_version"], data["summary"]["to_version"]) == ("2020", "2023")
    assert sorted(r["name_zh"] for r in data["rows"] if r["group"] == "added") == sorted(
        ["用于人的细胞克隆和基因编辑技术", "激光雷达系统", "农作物杂交优势利用技术", "散料装卸输送技术"])
    rows = list(csv.DictReader(io.StringIO(run("compare", "--from", "2023", "--to", "2025", "--format", "csv").stdout)))
    assert [(r["group"], r["name_zh"]) for r in rows if r["group"] != "deleted"] == [
        ("added", "电池正极材料制备技术"), ("amended", "有色金属冶金技术")]
    assert {r["revision"] for r in rows} == {"2025"} and rows[0]["sources"] == "CAT-S10"


def test_compare_refuses_unknown_and_equal_versions():
    out = run("compare", "--from", "1999", "--to", "2023")
    assert out.returncode == 2 and "unknown version" in out.stderr and "Traceback" not in out.stderr
    out = run("compare", "--from", "2023", "--to", "2023")
    assert out.returncode == 2 and "two different versions" in out.stderr

"""PDF import: the official layouts as PDFs the tests draw themselves (make_pdfs.py), each
extraction quirk, and the refusals. Expected values are written out by hand from the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from reetool.data import DataError, bundle
from reetool.data import catalogue_pdf
from reetool.data.catalogue_import import parse_bytes, parse_file
from reetool.data.catalogue_pdf import pdf_text

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "catalogue"

# official_blocks.txt: one item per block, over three pages, with every quirk listed there.
BLOCKS = [
    ("083201J", "prohibited", "测试业", "测试条目（稀土）", [
        ("1", "稀土萃取分离工艺技术"), ("2", "稀土金属及合金材料的生产技术"),
        ("3", "钐钴、钕铁硼、铈磁体制备技术"),        # continued over the page break
        ("4", "稀土硼酸氧钙制备技术")]),
    ("990101J", "prohibited", "测试业", "测试用禁止技术甲", [  # ⑴ ⑵, a tab inside point 1
        ("1", "测试要点一（含两项）"), ("2", "测试要点二")]),
    ("990102J", "prohibited", "测试制造业", "测试用禁止技术乙，名称很长跨过了分页", [  # code cut "990102"/"J"
        ("1", "测试要点一"), ("2", "测试要点二")]),                                  # ① ②
    ("990201X", "restricted", "测试服务业", "测试用限制技术丙", [   # full-width code and numbers
        ("1", "测试要点一，纯度≥99.99%"), ("2", "测试要点二")]),
    ("990202X", "restricted", "测试服务业", "测试用限制技术丁", [   # tabs in the labels, 1、 and （1）
        ("1", "测试要点一"), ("2", "测试要点二：工艺参数（1）子项一（2）子项二")]),
]

# make_pdfs.TABLE_ROWS: a ruled table, header row on each page, 990202X cut by the page break
# inside its name and inside its control point 2.
TABLE = [
    ("083201J", "prohibited", "测试业", "测试条目（稀土）", [
        ("1", "稀土萃取分离工艺技术"), ("2", "稀土金属及合金材料的生产技术"),
        ("3", "钐钴、钕铁硼、铈磁体制备技术"), ("4", "稀土硼酸氧钙制备技术")]),
    ("990101J", "prohibited", "测试业", "测试用禁止技术甲（名称较长需要在单元格内换行显示）", [
        ("1", "测试要点一"), ("2", "测试要点二")]),
    ("990201X", "restricted", "测试制造业", "测试用限制技术乙", [("1", "测试要点一，纯度≥99.99%"), ("2", "测试要点二")]),
    ("990202X", "restricted", "测试制造业", "测试用限制技术丙（名称也很长，在单元格里折行，并且跨过分页，一直写到下一页）", [
        ("1", "测试要点一，这一条写得很长很长，要在单元格里折成好几行才能放下，用来检验单元格内换行的拼接"),
        ("2", "测试要点二，同样写得很长很长，要在单元格里折成好几行才能放下，并且跨到下一页继续"),
        ("3", "测试要点三，也写得很长很长，要在单元格里折成好几行才能放下，一直写到下一页的表格里"),
        ("4", "测试要点四")]),
    ("990203X", "restricted", "测试制造业", "测试用限制技术丁", [("1", "测试要点一"), ("2", "测试要点二")]),
]


def versions():
    return bundle().records("catalogue_versions")


def summary(result):
    return [(i.code, i.status, i.sector_zh, i.name_zh, [(p.number, p.zh) for p in i.points])
            for i in result.items]


def test_block_layout_pdf_imports_every_item_status_and_point(catalogue_pdfs):
    result = parse_file(catalogue_pdfs["official_blocks"], None, versions())
    assert summary(result) == BLOCKS
    assert result.warnings == []
    assert (result.format, result.pages, result.version) == ("pdf", 3, "2023")   # version from 2023年第57号


def test_table_layout_pdf_imports_every_item_status_and_point(catalogue_pdfs):
    result = parse_file(catalogue_pdfs["official_table"], "2023", versions())
    assert summary(result) == TABLE
    assert result.warnings == [] and result.pages == 2


@pytest.mark.parametrize("name", ["official_blocks", "labels", "table"])
def test_the_same_text_as_txt_and_as_pdf_gives_identical_items(catalogue_pdfs, name):
    as_text = parse_file(FIX / f"{name}.txt", "2023", versions())
    as_pdf = parse_file(catalogue_pdfs[name], "2023", versions())
    assert as_pdf.items == [type(i)(**{**i.__dict__, "line": j.line}) for i, j in zip(as_text.items, as_pdf.items)]
    assert summary(as_pdf) == summary(as_text) and len(as_text.items) >= 3


def test_page_furniture_is_dropped_and_radicals_unified(catalogue_pdfs):
    pdf = pdf_text(catalogue_pdfs["official_blocks"].read_bytes(), "x.pdf")
    assert pdf.pages == 3 and pdf.page_lines[0] == 1
    assert "测试页眉" not in pdf.text                  # running header on all three pages
    assert "— 1 —" not in pdf.text and "- 17 -" not in pdf.text
    # the font's ToUnicode map gives ⼀ (U+2F00) for 一 and ⻚ (U+2EDA) for 页
    assert "一、禁止出口部分" in pdf.text and "\u2f00" not in pdf.text and "\u2eda" not in pdf.text


def test_table_rows_become_labelled_blocks_and_a_cut_row_is_joined(catalogue_pdfs):
    pdf = pdf_text(catalogue_pdfs["official_table"].read_bytes(), "t.pdf")
    assert pdf.table_rows == 5 and pdf.codeless_rows == []
    assert "编号：990202X\n技术名称：测试用限制技术丙（名称也很长" in pdf.text
    assert pdf.text.count("序号") == 0      # header rows of both pages dropped


def test_warnings_name_the_pdf_page(tmp_path, qapp):
    from tests.fixtures.catalogue.make_pdfs import pdf_from_text

    text = (FIX / "official_blocks.txt").read_text(encoding="utf-8")
    text = text.replace("二、限制出口部分", "一、禁止出口部分")      # 990201X X-coded under the prohibited part
    result = parse_file(pdf_from_text(text, tmp_path / "conflict.pdf"), "2023", versions())
    assert [(w.code, w.page) for w in result.warnings] == [("status_conflict", 3), ("status_conflict", 3)]
    assert result.warnings[0].describe().startswith("page 3: code 990201X ends in X")


def test_scan_without_text_layer_says_ocr_is_not_included(catalogue_pdfs):
    with pytest.raises(DataError) as err:
        parse_file(catalogue_pdfs["scan"], "2023", versions())
    assert err.value.code == "pdf_no_text"
    assert "no text layer" in str(err.value) and "does not include OCR" in str(err.value)
    assert str(err.value).startswith(str(catalogue_pdfs["scan"]) + ": ")


def test_damaged_and_encrypted_pdfs_are_refused_with_a_reason(catalogue_pdfs):
    with pytest.raises(DataError) as err:
        parse_file(catalogue_pdfs["damaged"], "2023", versions())
    assert err.value.code == "pdf_damaged" and "download it again" in err.value.message
    with pytest.raises(DataError) as err:
        parse_file(catalogue_pdfs["encrypted"], "2023", versions())
    assert err.value.code == "pdf_encrypted" and "password" in err.value.message


@pytest.mark.parametrize("data, code", [
    (b"%PDF-1.7\n1 0 obj garbage", "pdf_damaged"),
    (b"%PDF-1.7\ntrailer <</Root 1 0 R>>\n%%EOF\n", "pdf_damaged"),
    (b"not a pdf at all", "not_pdf"),
])
def test_bytes_that_are_not_a_readable_pdf(data, code):
    with pytest.raises(DataError) as err:
        parse_bytes(data, "broken.pdf", "2023", versions())
    assert err.value.code == code and "broken.pdf" in str(err.value)


def test_too_many_pages_are_refused(catalogue_pdfs, monkeypatch):
    monkeypatch.setattr(catalogue_pdf, "MAX_PAGES", 2)
    with pytest.raises(DataError) as err:
        pdf_text(catalogue_pdfs["official_blocks"].read_bytes(), "b.pdf")
    assert err.value.code == "pdf_too_many_pages" and "has 3 pages" in err.value.message


def test_characters_without_unicode_are_counted_or_refused():
    ok = [[("line", 1, "编号：990101J"), ("line", 1, "技术名称：测试用禁止技术甲(cid:12)"),
           ("line", 1, "控制要点：1．测试要点一")]]
    pdf = catalogue_pdf._render(ok, "u.pdf")
    assert pdf.unmapped == {1: 1} and "(cid:" not in pdf.text
    garbled = [[("line", 1, "(cid:3)" * 40 + "编号")]]
    with pytest.raises(DataError) as err:
        catalogue_pdf._render(garbled, "g.pdf")
    assert err.value.code == "pdf_unmapped"


def test_furniture_is_dropped_only_at_the_top_or_bottom_of_a_page():
    def page(n, *body):
        return [("line", n, "测试页眉：合成文本"), *(("line", n, b) for b in body), ("line", n, f"- {n} -")]

    pages = [page(1, "编号：990101J", "技术名称：甲"), page(2, "控制要点：1．要点", "测试页眉：合成文本"),
             page(3, "2．要点二", "说明：第3页的正文")]
    text = catalogue_pdf._render(pages, "f.pdf").text
    # headers at the top of all three pages and page numbers go; the same words mid-page stay
    assert text.split("\n") == ["编号：990101J", "技术名称：甲", "控制要点：1．要点", "测试页眉：合成文本",
                                "2．要点二", "说明：第3页的正文"]

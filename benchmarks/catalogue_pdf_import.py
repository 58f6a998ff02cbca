"""Reading the catalogue from a PDF, against reading the same text from a .txt file.

    python benchmarks/catalogue_pdf_import.py [--repeat 3] [--json]

Draws a synthetic catalogue the size of the 2023 one (24 prohibited + 110 restricted
items, four control points each, about 30 A4 pages; codes 99xxxx, never kept) as text and
as a PDF (QPdfWriter, bundled Noto font: tests/fixtures/catalogue/make_pdfs.py), then
times, median of ``--repeat`` runs:
- baseline: parse_bytes of the .txt (decoding and the one text parser);
- parse_bytes of the PDF (pdfplumber extraction, page furniture, the same parser), with the
  import's cache of the last two PDFs' text cleared each time, and again with it kept;
- the two extraction libraries alone on the same PDF: pdfplumber (what reetool uses) and
  pypdf (compared when choosing; skipped if not installed).
Checks that the PDF gives exactly the items of the .txt. Ratios are against the baseline.
The last line with ``--json`` is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from bench_env import ROOT, prepare  # noqa: E402  (checkout on sys.path, temp user folders)

TMP = prepare()


def catalogue_text(prohibited: int = 24, restricted: int = 110, per_page: int = 44) -> str:
    lines = ["附件", "中国禁止出口限制出口技术目录（基准测试用合成文本）"]
    for part, status, n, suffix in (("一、禁止出口部分", "prohibited", prohibited, "J"),
                                     ("二、限制出口部分", "restricted", restricted, "X")):
        lines.append(part)
        for k in range(1, n + 1):
            if k % 12 == 1:
                lines.append(f"（{'一二三四五六七八九十'[min(k // 12, 9)]}）测试行业{k // 12 + 1}")
            lines += [f"{k}．编号：99{k:03d}{0 if status == 'prohibited' else 1}{suffix}",
                      f"技术名称：测试用技术{status[:1]}{k}（基准测试合成条目）",
                      "控制要点：1．测试要点一，工艺参数及配方",
                      "2．测试要点二，纯度≥99.99%的产品制备技术",
                      "3．测试要点三：（1）子项一（2）子项二",
                      "4．测试要点四"]
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if (k + 1) % per_page == 0:
            out.append(f"— {(k + 1) // per_page} —")
    return "\n".join(out) + "\n"


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])   # noqa: F841 (QPdfWriter needs it)
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.catalogue.make_pdfs import pdf_from_text

    from reetool.data import bundle
    from reetool.data.catalogue_import import parse_bytes

    text = catalogue_text()
    pdf_path = pdf_from_text(text, TMP / "catalogue.pdf")
    pdf = pdf_path.read_bytes()
    versions = bundle().records("catalogue_versions")
    base_s, from_text = timed(lambda: parse_bytes(text.encode("utf-8"), "c.txt", "2023", versions), args.repeat)
    from reetool.data import catalogue_import

    def from_pdf_uncached():   # the import keeps the last two PDFs' text: time the extraction
        catalogue_import._pdf_text.cache_clear()
        return parse_bytes(pdf, "c.pdf", "2023", versions)

    pdf_s, from_pdf = timed(from_pdf_uncached, args.repeat)
    cached_s, _ = timed(lambda: parse_bytes(pdf, "c.pdf", "2023", versions), args.repeat)

    def plumber():
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            return "\n".join(p.extract_text() or "" for p in doc.pages)

    plumber_s, _ = timed(plumber, args.repeat)
    try:
        import pypdf

        pypdf_s, _ = timed(lambda: "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf_path)).pages),
                           args.repeat)
    except ImportError:
        pypdf_s = None
    same = [(i.code, i.status, i.name_zh, [(p.number, p.zh) for p in i.points]) for i in from_pdf.items] == \
        [(i.code, i.status, i.name_zh, [(p.number, p.zh) for p in i.points]) for i in from_text.items]
    assert same and len(from_pdf.items) == 134, "the PDF did not give the items of the text"
    report = {"items": len(from_pdf.items), "pages": from_pdf.pages, "pdf_bytes": len(pdf),
              "baseline_txt_s": round(base_s, 4), "pdf_import_s": round(pdf_s, 4),
              "pdf_import_ratio": round(pdf_s / base_s, 1), "pdf_reparse_cached_s": round(cached_s, 4),
              "pdfplumber_extract_s": round(plumber_s, 4),
              "pypdf_extract_s": round(pypdf_s, 4) if pypdf_s is not None else None,
              "same_items": same}
    print(f"synthetic catalogue: {report['items']} items, {report['pages']} pages, {len(pdf) / 1e3:.0f} kB PDF; "
          f"median of {args.repeat}")
    print(f"{'what':<48} {'seconds':>8} {'× baseline':>11}")
    rows = [("baseline: parse the .txt", base_s), ("import the PDF (reetool)", pdf_s),
            ("same PDF again (text kept, e.g. other version)", cached_s),
            ("pdfplumber extract_text alone", plumber_s), ("pypdf extract_text alone", pypdf_s)]
    for name, s in rows:
        if s is not None:
            print(f"{name:<48} {s:>8.3f} {s / base_s:>11.1f}")
    if args.json:
        print(json.dumps(report))


if __name__ == "__main__":
    main()

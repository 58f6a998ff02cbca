"""The text of a catalogue PDF, laid out for the one text parser (reetool.data.catalogue_text).

Extraction uses pdfplumber (MIT; on pdfminer.six, MIT), imported only when a PDF is read.
It was chosen over pypdf after both read CJK test PDFs made with the bundled Noto font
(tests/fixtures/catalogue/make_pdfs.py): both decode the Chinese through the fonts'
ToUnicode maps alike, but pypdf follows the content stream, so a code drawn in two runs
came out as "083201" and "J" on separate lines and a table came out one cell per line with
the columns interleaved, while pdfplumber orders characters by their position on the page
and finds ruled table cells (``find_tables``), which is what keeps an item's name apart
from its control points when both wrap. Its costs: slower (see benchmarks/) and a larger
executable (pdfminer's CJK CMaps and cryptography, which it needs for encrypted PDFs).

What is done here, and what is left to the parser:
- page furniture: page numbers, and lines that open (or close) half the pages or more alike
  (running headers and footers; digits may differ), are dropped where they stand at a
  page's top or bottom, never elsewhere;
- tables whose header row names 编号 and 技术名称/控制要点 become labelled blocks
  ("编号：…", "技术名称：…", "控制要点：…"), one per row; a row cut by a page break (its code
  cell empty) is joined to the row it continues; repeated header rows are dropped;
  a merged row (a part heading) becomes a line;
- every other line is kept in reading order (top to bottom, page after page).

Refusals (DataError, one clear sentence each): not a PDF, encrypted with a password,
damaged, too many pages, no text layer (a scan: OCR is not included), or a text layer
without Unicode mapping.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from reetool.data.catalogue_text import CODE, PAGE_NUMBER, structural
from reetool.data.cjk_text import tidy_line
from reetool.data.errors import DataError

MAX_PAGES = 300          # the 2023 catalogue has 30 pages
MIN_TEXT_CHARS = 20      # fewer readable characters in the whole file: no text layer
UNMAPPED = re.compile(r"\(cid:\d+\)")
HEADER_WORDS = {"code": ("编号",), "name": ("技术名称", "名称"), "points": ("控制要点", "要点"),
                "serial": ("序号",)}
NO_OCR = ("has no text layer (it is a scanned or image-only PDF) and reetool does not include OCR "
          "(text recognition): download the official PDF from the MOFCOM or MOST announcement page "
          "(it has a text layer), or run OCR elsewhere and import the text it produces as a .txt file")


@dataclass
class PdfText:
    text: str
    pages: int
    page_lines: list[int] = field(default_factory=list)   # first text line of each page (1-based)
    table_rows: int = 0
    unmapped: dict[int, int] = field(default_factory=dict)   # page -> characters without Unicode
    codeless_rows: list[tuple[int, str]] = field(default_factory=list)   # (page, text) not read

    def page_of(self, line: int | None) -> int | None:
        if not line:
            return None
        page = None
        for k, first in enumerate(self.page_lines, start=1):
            if first <= line:
                page = k
        return page


@dataclass
class _Row:
    page: int
    code: str
    name: list[str]
    points: list[str]


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def _columns(row: list) -> dict[str, int] | None:
    """Column index of code / name / points / serial when ``row`` is a catalogue table header."""
    cells = [re.sub(r"\s+", "", tidy_line(c or "")) for c in row]
    found = {}
    for key, words in HEADER_WORDS.items():
        for k, cell in enumerate(cells):
            if cell in words and key not in found:
                found[key] = k
    return found if "code" in found and ("name" in found or "points" in found) else None


def _cell_lines(row: list, k: int | None) -> list[str]:
    if k is None or k >= len(row) or not row[k]:
        return []
    return [ln for ln in (tidy_line(s) for s in row[k].split("\n")) if ln]


def _table_entries(page_no: int, rows: list[list], state: dict, out: list) -> None:
    """Entries of one table. ``state`` carries the columns and the last row across tables and
    pages (a table continued on the next page, a row cut by the page break)."""
    for row in rows:
        header = _columns(row)
        if header is not None:
            state["columns"] = header
            continue
        columns = state["columns"]
        filled = [c for c in row if c and c.strip()]
        if not filled:
            continue
        if columns is None or (row[0] and all(c is None for c in row[1:])):   # merged row: a heading
            out.extend(("line", page_no, ln) for c in filled for ln in c.split("\n"))
            continue
        code = "".join(_cell_lines(row, columns.get("code")))
        name = _cell_lines(row, columns.get("name"))
        points = _cell_lines(row, columns.get("points"))
        if code and CODE.search(code):
            state["last"] = _Row(page_no, code, name, points)
            out.append(("row", page_no, state["last"]))
        elif not code and not _cell_lines(row, columns.get("serial")) and state["last"] is not None:
            state["last"].name += name      # the rest of a row cut by a page break
            state["last"].points += points
        else:
            out.append(("codeless", page_no, " ".join(tidy_line(c) for c in filled)))


def _page_entries(page, page_no: int, state: dict) -> list:
    """Entries of one page in reading order: ("line", page, text) or ("row", page, _Row)."""
    tables = []
    for table in page.find_tables():
        rows = table.extract()
        if state["columns"] is not None or any(_columns(r) for r in rows[:3]):
            tables.append((table.bbox, rows))
    placed = []
    inside = [bbox for bbox, _rows in tables]

    def outside(obj) -> bool:
        return not any(b[0] - 1 <= obj["x0"] and obj["x1"] <= b[2] + 1 and b[1] - 1 <= obj["top"]
                       and obj["bottom"] <= b[3] + 1 for b in inside)

    rest = page.filter(outside) if inside else page
    for line in rest.extract_text_lines(return_chars=False):
        placed.append((line["top"], [("line", page_no, line["text"])]))
    for bbox, rows in tables:
        entries: list = []
        _table_entries(page_no, rows, state, entries)
        placed.append((bbox[1], entries))
    placed.sort(key=lambda p: p[0])
    return [e for _top, entries in placed for e in entries]


def _furniture(pages: list[list]) -> set[int]:
    """ids of the entries that are page furniture: page numbers opening or closing a page,
    and up to two lines at the top or bottom of a page that open (or close) at least half
    of the pages, and two or more, alike once digits are masked (running headers, footers)."""
    ends = []
    for entries in pages:
        lines = [e for e in entries if e[0] == "line"]
        ends.append((lines[:2], lines[::-1][:2]))
    threshold = max(2, len(pages) // 2)
    common = []
    for side in (0, 1):
        seen = Counter(k for page in ends for k in {_key(e[2]) for e in page[side] if not structural(tidy_line(e[2]))})
        common.append({k for k, n in seen.items() if n >= threshold and k})
    drop = set()
    for page in ends:
        for side in (0, 1):
            for e in page[side]:          # from the edge inwards, while it is furniture
                if PAGE_NUMBER.match(tidy_line(e[2])) or _key(e[2]) in common[side]:
                    drop.add(id(e))
                else:
                    break
    return drop


def _key(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", tidy_line(text))


def _open(data: bytes, file: str):
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise DataError(file, "is a PDF, and reading PDFs needs the pdfplumber package, which this "
                        "installation lacks; import the text version instead", code="pdf_unavailable") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = len(pdf.pages)
    except Exception as exc:   # noqa: BLE001 - whatever the library raises, the file is at fault
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise DataError(file, "is an encrypted PDF that needs a password; open it in a PDF reader, "
                            "save or print it as a PDF without a password, and import that",
                            code="pdf_encrypted") from None
        raise DataError(file, f"is a damaged PDF that cannot be read ({str(cause) or type(cause).__name__}); "
                        "download it again", code="pdf_damaged") from None
    if pages == 0:
        raise DataError(file, "is a damaged PDF that cannot be read (it has no pages); download it again",
                        code="pdf_damaged")
    if pages > MAX_PAGES:
        pdf.close()
        raise DataError(file, f"has {pages} pages; the catalogue has about 30 and reetool reads at most "
                        f"{MAX_PAGES}: is this the right file?", code="pdf_too_many_pages")
    return pdf


def pdf_text(data: bytes, file: str) -> PdfText:
    """The catalogue text of a PDF's bytes (see the module docstring). Raises DataError."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)   # its notes are not the user's business
    pdf = _open(data, file)
    pages: list[list] = []
    state = {"columns": None, "last": None}
    try:
        for page_no, page in enumerate(pdf.pages, start=1):
            pages.append(_page_entries(page, page_no, state))
    except DataError:
        raise
    except Exception as exc:   # noqa: BLE001 - a page the library cannot interpret
        raise DataError(file, f"is a damaged PDF: page {len(pages) + 1} cannot be read "
                        f"({str(exc) or type(exc).__name__})", code="pdf_damaged") from None
    finally:
        pdf.close()
    return _render(pages, file)


def _block(row: _Row) -> list[str]:
    """A table row as the labelled block the parser reads."""
    return [f"编号：{row.code}", "技术名称：" + "".join(row.name),
            "控制要点：" + (row.points[0] if row.points else ""), *row.points[1:]]


def _render(pages: list[list], file: str) -> PdfText:
    drop = _furniture(pages)
    out = PdfText(text="", pages=len(pages))
    lines: list[str] = []
    readable = 0
    for page_no, entries in enumerate(pages, start=1):
        out.page_lines.append(len(lines) + 1)
        for entry in entries:
            kind, _page, payload = entry
            if id(entry) in drop:
                continue
            if kind == "row":
                block = _block(payload)
                out.table_rows += 1
            elif kind == "codeless":
                out.codeless_rows.append((page_no, payload))
                continue
            else:
                unmapped = len(UNMAPPED.findall(payload))
                if unmapped:
                    out.unmapped[page_no] = out.unmapped.get(page_no, 0) + unmapped
                block = [tidy_line(UNMAPPED.sub("", payload))]
            readable += sum(len(re.sub(r"\s", "", x)) for x in block)
            lines.extend(block)
    unmapped_total = sum(out.unmapped.values())
    if readable < MIN_TEXT_CHARS and unmapped_total < MIN_TEXT_CHARS:
        raise DataError(file, NO_OCR, code="pdf_no_text")
    if unmapped_total > readable:
        raise DataError(file, f"has a text layer whose fonts give no Unicode for {unmapped_total} of its "
                        "characters, so its text cannot be read reliably; import the text version instead",
                        code="pdf_unmapped")
    out.text = "\n".join(lines)
    return out

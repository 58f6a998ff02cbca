"""Import of catalogue items: the official text (plain text in any common Chinese encoding,
or the official PDF), or the app's own CSV/JSON schema.

``parse_file`` / ``parse_bytes`` read a file and hand it to the right reader:
- PDF (reetool.data.catalogue_pdf) extracts the text, which then goes to
- the one text parser (reetool.data.catalogue_text);
- CSV and JSON in reetool's schema (reetool.data.catalogue_records).

Text is decoded from UTF-8 with or without BOM, GB18030/GBK and UTF-16 with BOM.
Nothing here writes anything: the caller shows the result (a preview, see
reetool.data.catalogue_preview) and saves it through reetool.data.catalogue_store.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reetool.data.catalogue_import_result import ParseResult, ParseWarning
from reetool.data.catalogue_pdf import is_pdf
from reetool.data.catalogue_records import CSV_COLUMNS, parse_csv, parse_json
from reetool.data.catalogue_text import INSTRUMENT, parse_text, split_points
from reetool.data.errors import DataError
from reetool.data.textio import read_bytes, strip_boms

__all__ = ["CSV_COLUMNS", "ParseResult", "ParseWarning", "decode", "instruments_from_versions",
           "parse_bytes", "parse_csv", "parse_file", "parse_json", "parse_pdf", "parse_text", "split_points"]


# --- decoding ---------------------------------------------------------------------
def decode(data: bytes, file: str) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-8, then GB18030 (covers GBK/GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif len(data) >= 4 and data.count(b"\x00") > len(data) // 4:
        encodings = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        encodings = ["utf-8", "gb18030"]
    first_error = None
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
            continue
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            raise DataError(file, "is not a text file (it contains NUL characters)", row=line,
                            code="binary")
        text = strip_boms(text)    # files saved through several editors carry several BOMs
        return text.replace("\r\n", "\n").replace("\r", "\n"), {"utf-8-sig": "utf-8 (BOM)"}.get(enc, enc)
    line = data[: first_error.start].count(b"\n") + 1
    raise DataError(file, "is not text in UTF-8, GB18030/GBK or UTF-16", row=line, code="encoding")


# --- entry point ----------------------------------------------------------------------
def instruments_from_versions(version_records) -> dict[tuple[str, str], str]:
    """{(year, number): version} from catalogue_versions' instrument_zh ("…2023年第57号")."""
    out = {}
    for r in version_records:
        m = INSTRUMENT.search(r["instrument_zh"])
        if m:
            out[(m.group(1), m.group(2))] = r["version"]
    return out


def parse_bytes(data: bytes, file: str, version: str | None = None,
                known_versions=None) -> ParseResult:
    """Parse an import file's bytes. ``known_versions`` are catalogue_versions records."""
    suffix = Path(file).suffix.lower()
    if is_pdf(data):
        result = parse_pdf(data, file, version, instruments_from_versions(known_versions or []))
        return _check_versions(result, file, known_versions)
    if suffix == ".pdf":
        raise DataError(file, "is named .pdf but is not a PDF (it does not start with %PDF-)",
                        row=1, code="not_pdf")
    text, encoding = decode(data, file)
    if not text.strip():
        raise DataError(file, "is empty", row=1, code="empty")
    head = text.lstrip()[:200]
    if suffix == ".json" or head[:1] in "[{":
        result = parse_json(text, file, version)
    elif suffix == ".csv" or (head.split("\n", 1)[0].count(",") >= 2 and "status" in head.split("\n", 1)[0]):
        result = parse_csv(text, file, version)
    else:
        result = parse_text(text, file, version, instruments_from_versions(known_versions or []))
    result.encoding = encoding
    return _check_versions(result, file, known_versions)


def parse_pdf(data: bytes, file: str, version: str | None = None,
              instruments: dict[tuple[str, str], str] | None = None) -> ParseResult:
    """A PDF's text (reetool.data.catalogue_pdf) through the one text parser; warnings name
    the page they come from."""
    pdf = _pdf_text(data, file)
    try:
        result = parse_text(pdf.text, file, version, instruments)
    except DataError as exc:   # lines of the extracted text mean nothing to the user
        raise DataError(file, exc.message, code=exc.code) from None
    for w in result.warnings:
        w.page = pdf.page_of(w.line)
    for page, text in pdf.codeless_rows:
        result.warnings.append(ParseWarning(None, "pdf_codeless_row", {"text": text}, page=page))
    for page, n in sorted(pdf.unmapped.items()):
        result.warnings.append(ParseWarning(None, "pdf_unmapped", {"n": n}, page=page))
    result.format, result.encoding, result.pages = "pdf", "", pdf.pages
    return result


@lru_cache(maxsize=2)
def _pdf_text(data: bytes, file: str):
    """A PDF's text, kept for the last two files: extraction takes seconds, and the Import
    dialog parses again when the user picks another version."""
    from reetool.data.catalogue_pdf import pdf_text

    return pdf_text(data, file)


def _check_versions(result: ParseResult, file: str, known_versions) -> ParseResult:
    if known_versions is not None:
        known = {r["version"] for r in known_versions}
        if result.version is None and any(not it.version for it in result.items):
            raise DataError(file, "the catalogue version could not be found in the text; "
                            "give it (e.g. --version 2023)", row=None if result.format == "pdf" else 1,
                            column="version", code="no_version")
        for it in result.items:
            if it.version not in known:
                raise DataError(file, f"version {it.version} is not one of {', '.join(sorted(known))}",
                                row=it.line, column="version", code="unknown_version")
    return result


def parse_file(path: Path, version: str | None = None, known_versions=None) -> ParseResult:
    return parse_bytes(read_bytes(path), str(path), version, known_versions)

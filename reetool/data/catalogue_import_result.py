"""What an import parser returns: the items, and warnings that name their line.

Shared by the text parser (reetool.data.catalogue_text), the reader of the app's own
CSV/JSON (reetool.data.catalogue_records) and the PDF reader (reetool.data.catalogue_pdf).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reetool.data.catalogue import Item


@dataclass
class ParseWarning:
    line: int | None
    code: str
    params: dict = field(default_factory=dict)
    page: int | None = None     # PDF imports: the page the line came from

    TEMPLATES = {
        "status_conflict": "code {code} ends in {suffix} ({code_status}) but stands under the "
                           "{part_status} part; status taken from the code",
        "no_part_heading": "no part heading (一、禁止出口部分 / 二、限制出口部分) found; status taken from the codes",
        "no_points": "item {code} has no control points",
        "unnumbered_points": "control points of {code} are not numbered; kept as one point",
        "text_before_points": "text before the first numbered control point of {code} kept as an introduction",
        "no_name": "item {code} has no name",
        "duplicate": "item {code} appears again (first on line {first}); the later copy is ignored",
        "bad_row": "{message}; row skipped",
        "pdf_codeless_row": "a table row has no item code and was not read: {text}",
        "pdf_unmapped": "{n} characters have no Unicode mapping in the PDF's fonts and are missing from the text",
    }

    @property
    def message(self) -> str:
        return self.TEMPLATES[self.code].format(**self.params)

    def describe(self) -> str:
        where = f"page {self.page}: " if self.page else (f"line {self.line}: " if self.line else "")
        return where + self.message

    def to_json(self) -> dict:
        return {"line": self.line, "page": self.page, "code": self.code, "message": self.message,
                **self.params}


@dataclass
class ParseResult:
    items: list[Item]
    warnings: list[ParseWarning]
    format: str             # text | pdf | csv | json
    encoding: str
    version: str | None
    version_detected: str | None = None
    pages: int | None = None   # PDF imports

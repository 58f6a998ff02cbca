"""Errors that name the file, row and field at fault."""

from __future__ import annotations


class DataError(Exception):
    """Bad or missing data, located as precisely as known.

    ``row`` is the 1-based line number in the file (the header is line 1);
    ``column`` is the field name. Both may be None when the fault is the whole file.
    ``code`` is a short machine-readable reason that the UI translates.
    """

    def __init__(self, file: str, message: str, *, row: int | None = None,
                 column: str | None = None, code: str = "invalid", value: str | None = None):
        self.file = str(file)
        self.row = row
        self.column = column
        self.code = code
        self.value = value
        self.message = message
        super().__init__(self.describe())

    def describe(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", line {self.row}"
        if self.column:
            where += f", field '{self.column}'"
        return f"{where}: {self.message}"

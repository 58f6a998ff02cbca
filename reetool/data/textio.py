"""Reading CSV text and writing user data atomically (temp file, fsync, os.replace)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from reetool.data.errors import DataError


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing or unreadable file is a DataError naming it."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DataError(path, "file is missing", code="missing") from None
    except OSError as exc:
        raise DataError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None


def read_csv_records(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a UTF-8 CSV file (a BOM is accepted). Cells stay text."""
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(path, "file is not valid UTF-8 text", row=line, code="encoding") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(path, "file is empty", row=1, code="empty") from None
    except csv.Error as exc:
        raise DataError(path, f"not a CSV file ({exc})", row=1, code="csv") from None
    rows = []
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                raise DataError(path, f"has {len(values)} fields, the header has {len(header)}",
                                row=line, code="field_count")
            rows.append({"__line__": line, **dict(zip(header, values))})
    except csv.Error as exc:
        raise DataError(path, f"not a CSV file ({exc})", row=reader.line_num, code="csv") from None
    return header, rows


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable where the platform allows it
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))

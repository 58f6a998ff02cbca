"""The one reader of input files and the atomic writers. Qt-free.

Reading (every importer and every stored user file goes through here):

* ``read_bytes(path, limit)`` resolves symlinks first and refuses anything that is not a
  regular file (directory, FIFO, device, socket) *without reading it*, and refuses files over
  ``limit`` bytes (``MAX_INPUT_BYTES`` for imports, ``MAX_STORE_BYTES`` for stored user files).
  The file is opened non-blocking and checked again on the open descriptor, so a FIFO swapped
  in after the check cannot hang the app, and at most ``limit`` + 1 bytes are ever read.
* ``strip_boms(text)`` removes every leading U+FEFF (files saved through several editors carry
  more than one BOM).
* ``load_json(text, file)`` parses JSON with a nesting limit (``MAX_JSON_DEPTH``; no
  RecursionError ever escapes) and refuses NaN, Infinity and numbers too large for a float
  (a 400-digit number would become ``inf``), naming the field by its JSON path.
* ``finite_number(value, file, row, column)`` is the same check for one number.
* ``csv_rows(reader, file)`` iterates a csv reader and turns ``csv.Error`` (a cell over the csv
  module's 131,072-character limit, a stray quote) into a DataError naming file and line.

Writing: ``atomic_write_bytes`` / ``atomic_write_text`` (temp file, fsync, os.replace). User
data stays private (mode 0600, as the temp file is created); ``export=True`` gives the file the
mode any other program would (0666 minus the umask), for files the user exports to share.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
import tempfile
from pathlib import Path

from reetool.data.errors import DataError

MAX_INPUT_BYTES = 64 * 1024 * 1024    # an import file (the largest USGS release is ~2 MB)
MAX_STORE_BYTES = 64 * 1024 * 1024    # a stored user file (imports, edits, scenarios, decks)
MAX_JSON_DEPTH = 64                   # our own files nest 5 levels deep
MAX_NUMBER = 1e15                     # no published tonnage comes near (world iron ore ~2.5e9 t)
CSV_FIELD_LIMIT = csv.field_size_limit()
TEMP_SUFFIX = ".tmp"                  # atomic writes use ".<name>.<random>.tmp" (see user_files)

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe (FIFO)"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def read_bytes(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The file's bytes; a missing, unreadable, non-regular or oversized file is a DataError."""
    path = Path(path)
    try:
        real = Path(os.path.realpath(path))
        st = os.stat(real)
    except FileNotFoundError:
        raise DataError(path, "file is missing", code="missing") from None
    except OSError as exc:
        raise DataError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None
    if not stat.S_ISREG(st.st_mode):
        shown = f" (it points to {real})" if real != path.absolute() else ""
        raise DataError(path, f"is {_kind(st.st_mode)}, not a regular file{shown}; it was not read",
                        code="not_regular")
    if st.st_size > limit:
        raise DataError(path, f"is {_mb(st.st_size)}; files over {_mb(limit)} are refused",
                        code="too_large")
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise DataError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):   # swapped after the check above
            raise DataError(path, "is not a regular file; it was not read", code="not_regular")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise DataError(path, f"is larger than {_mb(limit)}; it was refused", code="too_large")
    except OSError as exc:
        raise DataError(path, f"file cannot be read ({exc.strerror})", code="unreadable") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def strip_boms(text: str) -> str:
    """``text`` without any leading byte-order marks (there may be several)."""
    return text.lstrip("\ufeff")


def decode_utf8(data: bytes, path) -> str:
    """UTF-8 text without its BOMs; DataError with the line of the first bad byte."""
    try:
        return strip_boms(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(path, "file is not valid UTF-8 text", row=line, code="encoding") from None


# --- numbers and JSON ----------------------------------------------------------------------
def finite_number(value, file, row: int | None = None, column: str | None = None,
                  low: float | None = None, high: float = MAX_NUMBER) -> float:
    """``value`` as a float if it is finite and within [low, high]; DataError otherwise."""
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    except (TypeError, ValueError):
        raise DataError(file, f"'{value}' is not a number", row=row, column=column,
                        code="bad_value", value=str(value)[:80]) from None
    if not math.isfinite(number):
        raise DataError(file, f"'{str(value)[:40]}' is not a finite number (NaN, infinity or too "
                              "many digits)", row=row, column=column, code="not_finite",
                        value=str(value)[:80])
    if abs(number) > high or (low is not None and number < low):
        rng = f"{low:g} to {high:g}" if low is not None else f"at most {high:g} in size"
        raise DataError(file, f"{number:g} is out of range ({rng})", row=row, column=column,
                        code="out_of_range", value=str(value)[:80])
    return number


def _path_text(parts: list) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def check_json_values(data, file, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Walk parsed JSON without recursion: depth within ``max_depth``, every number finite."""
    stack = [(data, 0, ())]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, (dict, list)):
            if depth >= max_depth:
                raise DataError(file, f"is nested more than {max_depth} levels deep",
                                column=_path_text(list(where)), code="too_deep")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((v, depth + 1, where + (k,)) for k, v in items)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            finite_number(value, file, column=_path_text(list(where)), high=math.inf)


def load_json(text: str, file, max_depth: int = MAX_JSON_DEPTH):
    """Parsed JSON; DataError (file, line, field) for bad syntax, deep nesting or NaN/inf."""
    try:
        data = json.loads(strip_boms(text))
    except json.JSONDecodeError as exc:
        raise DataError(file, f"is not valid JSON ({exc.msg})", row=exc.lineno, code="json") from None
    except RecursionError:
        raise DataError(file, f"is nested more than {max_depth} levels deep", code="too_deep") from None
    except ValueError as exc:   # e.g. an integer over Python's 4,300-digit limit
        raise DataError(file, f"is not valid JSON ({exc})", code="json") from None
    check_json_values(data, file, max_depth)
    return data


def read_json(path: Path, limit: int = MAX_STORE_BYTES, max_depth: int = MAX_JSON_DEPTH):
    """A JSON file read through ``read_bytes`` and ``load_json``."""
    return load_json(decode_utf8(read_bytes(path, limit), path), path, max_depth)


# --- CSV -------------------------------------------------------------------------------------
def csv_rows(reader, file):
    """Rows of ``reader`` (csv.reader or DictReader); csv.Error becomes a DataError."""
    try:
        yield from reader
    except csv.Error as exc:
        line = getattr(reader, "reader", reader).line_num   # a DictReader's own count lags
        if "field larger than field limit" in str(exc):
            raise DataError(file, f"a field is longer than {CSV_FIELD_LIMIT:,} characters "
                                  "(the CSV limit)", row=line, code="csv_field_size") from None
        raise DataError(file, f"not a CSV file ({exc})", row=line, code="csv") from None


def read_csv_records(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a UTF-8 CSV file (BOMs are accepted). Cells stay text."""
    text = decode_utf8(read_bytes(path), path)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows_iter = csv_rows(reader, path)
    header = next(rows_iter, None)
    if header is None:
        raise DataError(path, "file is empty", row=1, code="empty")
    rows = []
    for values in rows_iter:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise DataError(path, f"has {len(values)} fields, the header has {len(header)}",
                            row=line, code="field_count")
        rows.append({"__line__": line, **dict(zip(header, values))})
    return header, rows


# --- writing ---------------------------------------------------------------------------------
def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)   # no /proc: read it by setting it (and put it back at once)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes, *, export: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    User data is written private (0600). ``export=True`` (charts, CSVs, decks the user shares)
    gives the file 0666 minus the umask, like any other program's files.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if export:
            os.chmod(tmp, 0o666 & ~_umask())
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


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8", *, export: bool = False) -> None:
    atomic_write_bytes(path, text.encode(encoding), export=export)

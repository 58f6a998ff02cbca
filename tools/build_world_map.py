"""Build resources/data/world_110m.csv: country outlines for the world map chart.

    pip download geopandas==0.14.4 --no-deps -d /tmp/wheels
    python tools/build_world_map.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

Geometry: Natural Earth 1:110m Cultural Vectors, Admin 0 – Countries (public domain), as
geopandas 0.14.x ships it (``geopandas/datasets/naturalearth_lowres``; geopandas' own script
replaced "-99" codes of sovereign countries by ADM0_A3 and moved Crimea into Ukraine). Read
here by a small shapefile reader (no geopandas, no GDAL); Antarctica is left out (no
production figures, and it would take a fifth of the map's height). Coordinates are rounded
to 0.01° and written as integer deltas: one row per country, rings joined by "|".
ISO codes: Natural Earth's ``iso_a3`` when it is an ISO 3166-1 code (pycountry); the few
pieces without one (N. Cyprus, Somaliland, Kosovo) keep an empty code and are drawn without
data.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import struct
import sys
import zipfile
from pathlib import Path

import pandas as pd

from build_common import write

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SOURCE_ID = "NE_ADMIN0_110M"
LEFT_OUT = {"Antarctica"}
QUANTUM = 100          # 1/100 degree


def read_dbf(data: bytes, encoding: str) -> list[dict]:
    """Records of a dBASE III table (the attribute table of a shapefile)."""
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\x00")[0].decode("ascii")
        ftype, length = chr(data[pos + 11]), data[pos + 16]
        fields.append((name, ftype, length))
        pos += 32
    out = []
    for i in range(n_records):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        if rec[:1] == b"*":          # deleted
            continue
        off, row = 1, {}
        for name, ftype, length in fields:
            raw = rec[off:off + length].decode(encoding).strip()
            row[name] = float(raw) if ftype in "NF" and raw else raw
            off += length
        out.append(row)
    return out


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Polygons (type 5) of a shapefile: per record, its rings as (lon, lat) lists."""
    if struct.unpack(">i", data[:4])[0] != 9994:
        raise ValueError("not a shapefile (file code is not 9994)")
    shapes, pos = [], 100
    while pos < len(data):
        _num, words = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + 2 * words]
        pos += 8 + 2 * words
        kind = struct.unpack("<i", body[:4])[0]
        if kind == 0:
            shapes.append([])
            continue
        if kind != 5:
            raise ValueError(f"shape type {kind} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        xy = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts: 44 + 4 * n_parts
                                                        + 16 * n_points])
        points = list(zip(xy[0::2], xy[1::2]))
        shapes.append([points[parts[i]:parts[i + 1]] for i in range(n_parts)])
    return shapes


def encode(rings) -> tuple[str, int]:
    """Rings as "x0 y0 dx dy …" in 1/100 degree, joined by "|" (repeats dropped)."""
    out, kept = [], 0
    for ring in rings:
        q = []
        for lon, lat in ring:
            p = (round(lon * QUANTUM), round(lat * QUANTUM))
            if not q or p != q[-1]:
                q.append(p)
        if len(q) < 4:
            continue
        nums = [q[0][0], q[0][1]]
        for (x0, y0), (x1, y1) in zip(q, q[1:]):
            nums += [x1 - x0, y1 - y0]
        out.append(" ".join(map(str, nums)))
        kept += len(q)
    return "|".join(out), kept


def build(wheel: Path) -> int:
    blob = wheel.read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        shp = z.read(MEMBER + ".shp")
        dbf = z.read(MEMBER + ".dbf")
        cpg = z.read(MEMBER + ".cpg").decode("ascii").strip()
    encoding = {"ISO-8859-1": "latin-1"}.get(cpg, cpg)
    records, shapes = read_dbf(dbf, encoding), read_shp(shp)
    if len(records) != len(shapes):
        print(f"{len(records)} attribute rows but {len(shapes)} shapes", file=sys.stderr)
        return 1
    import pycountry

    from build_names import converter

    cc, _df = converter()
    rows, points = [], 0
    for rec, rings in zip(records, shapes):
        if rec["name"] in LEFT_OUT:
            continue
        code = rec["iso_a3"] if rec["iso_a3"] not in ("-99", "") else ""
        if not code:
            found = cc.convert(rec["name"], to="ISO3", not_found=None)
            code = found if isinstance(found, str) else ""
        if code and pycountry.countries.get(alpha_3=code) is None:
            code = ""      # Natural Earth's own codes (CYN, SOL) and XKX are not ISO 3166
        path, kept = encode(rings)
        points += kept
        rows.append({"iso3": code, "name_ne": rec["name"], "ne_iso_a3": rec["iso_a3"],
                     "continent": rec["continent"], "rings": path, "source_ids": SOURCE_ID})
    write(pd.DataFrame(rows), "world_110m.csv")
    print(f"{len(rows)} countries, {points} points; wheel sha256 "
          f"{hashlib.sha256(blob).hexdigest()[:8]}…")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("wheel", type=Path, help="geopandas-0.14.x-py3-none-any.whl")
    return build(p.parse_args().wheel)


if __name__ == "__main__":
    raise SystemExit(main())

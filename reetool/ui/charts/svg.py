"""SVG export through pyqtgraph's SVGExporter, with its 0.14.0 close-path bug worked around.

pyqtgraph's exporter rewrites every path of the Qt-generated SVG into scene coordinates
(``correctCoordinates``), splitting each token of the ``d`` attribute on ','. Qt writes a bare
"Z" (close path) token, which has no ',' — so 0.14.0 raises ``ValueError: not enough values to
unpack`` for any chart with a closed path (every bar, every legend swatch). Upstream fixed it
after 0.14.0. Here, while our export runs, ``correctCoordinates`` first rewrites each "Z" as an
explicit line back to the start of its sub-path ("L x,y", the same shape), then calls the
original. Nothing is patched outside ``svg_bytes``.

(Qt's own QSvgGenerator was tried first: it writes pyqtgraph's huge view transforms
without clipping, so zoomed plots spill outside their axes — not usable for slides.)
"""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from contextlib import contextmanager

_CLOSE = re.compile(r"[Zz]$")


def close_paths(d: str) -> str:
    """Path data with every close-path token replaced by a line to the sub-path start."""
    out: list[str] = []
    start = None
    for tok in d.split():
        closed = bool(_CLOSE.search(tok))
        body = tok[:-1] if closed else tok
        if body:
            if body[0] in "Mm":
                start = body[1:]
            out.append(body)
        if closed and start is not None:
            out.append("L" + start)
    return " ".join(out)


@contextmanager
def _fixed_exporter():
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                path.setAttribute("d", close_paths(d))
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield module.SVGExporter
    finally:
        module.correctCoordinates = original


def svg_bytes(scene, background: str) -> bytes:
    """The whole chart scene as SVG (UTF-8 bytes) that parses as XML."""
    with _fixed_exporter() as exporter_class:
        exporter = exporter_class(scene)
        exporter.params["background"] = background
        text = exporter.export(toBytes=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    data = drop_duplicate_patterns(data)
    ET.fromstring(data)  # raises ParseError if it is not XML
    return data


def drop_duplicate_patterns(data: bytes) -> bytes:
    """Qt writes one <pattern> (and <mask>) definition per use of a hatch brush, all with the
    same id (e.g. "fillpattern12_000000"); ids must be unique, so keep the first of each."""
    from xml.dom import minidom

    doc = minidom.parseString(data)
    seen: set[str] = set()
    for node in [*doc.getElementsByTagName("pattern"), *doc.getElementsByTagName("mask")]:
        pid = node.getAttribute("id")
        if pid in seen:
            node.parentNode.removeChild(node)
        seen.add(pid)
    return doc.toxml(encoding="utf-8")

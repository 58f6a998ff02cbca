"""Run the app's code paths in this process, then report which excluded modules loaded.

Used by test_exclusions.py in a subprocess:
    python tests/packaging/exercise_app.py [--block]
With ``--block`` the excluded modules are made unimportable first, as in the frozen
bundle, so a needed module that the spec cuts makes this run fail. Prints one JSON line
``{"attempted": [...], "loaded": [...], "qt_libraries": [...], "exit": N}`` last.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import io
import json
import os
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]  # the source tree, not an installed copy
import exclusions  # noqa: E402

attempted: set[str] = set()


class Blocker(importlib.abc.MetaPathFinder):
    """Behave like the bundle: excluded modules do not exist."""

    def find_spec(self, name, path=None, target=None):
        if exclusions.is_excluded(name):
            attempted.add(name)
            raise ModuleNotFoundError(f"No module named {name!r} (excluded from the bundle)", name=name)
        return None


def exercise() -> int:
    import reetool
    from reetool.cli import build_parser, main

    # every module of the app, so module-level imports are covered too
    for m in pkgutil.walk_packages(reetool.__path__, "reetool."):
        if not m.name.endswith("__main__"):  # importing __main__ would run the app
            importlib.import_module(m.name)
    build_parser()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["self-test"])
    sys.stderr.write(out.getvalue())
    # the GUI path: the main window with every page built
    from reetool.ui.app import application
    from reetool.ui.main_window import MainWindow
    from reetool.ui.pages import PAGE_IDS

    application(lang="zh")
    window = MainWindow(persist=False)
    window.show()
    for page_id in PAGE_IDS:
        window.show_page(page_id)
    window.close()
    exercise_dependencies()
    exercise_pdf_import()
    return code if "READY" in out.getvalue() else 1


def exercise_pdf_import() -> None:
    """A catalogue PDF drawn here (QPdfWriter, the bundled font) read through pdfplumber."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    from reetool.data import bundle
    from reetool.data.catalogue_import import parse_bytes
    from reetool.ui.fonts import register_fonts

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)     # drawText positions in points
    painter = QPainter(writer)
    font = QFont(register_fonts())
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    painter.setFont(font)
    for k, line in enumerate(("一、禁止出口部分", "1．编号：990101J", "技术名称：测试用禁止技术甲", "控制要点：1．测试要点一")):
        painter.drawText(60, 80 + 20 * k, line)
    painter.end()
    buffer.close()
    result = parse_bytes(bytes(data), "exercise.pdf", "2023", bundle().records("catalogue_versions"))
    assert [(i.code, i.name_zh) for i in result.items] == [("990101J", "测试用禁止技术甲")], result.items


def exercise_dependencies() -> None:
    """What the pages do with pandas and pyqtgraph (charts, tables, CSV/SVG/PNG export)."""
    import numpy as np
    import pandas as pd
    import pyqtgraph as pg
    import pyqtgraph.exporters  # noqa: F401  (charts export through it)

    from reetool.data import bundle

    frames = {name: bundle().frame(name) for name in bundle().names}
    for frame in frames.values():
        frame.to_csv(io.StringIO(), index=False)
        frame.describe(include="all")
    pd.read_csv(io.StringIO("a,b\n1,x\n2,y\n")).groupby("b").sum()
    plot = pg.PlotWidget(title="t")
    plot.addItem(pg.BarGraphItem(x=np.arange(3), height=[1, 2, 3], width=0.6))
    plot.plot([1, 2, 3], [3, 1, 2], name="line")
    plot.resize(400, 300)
    plot.show()
    image = pyqtgraph.exporters.ImageExporter(plot.plotItem).export(toBytes=True)
    assert not image.isNull(), "PNG export gave nothing"
    # SVG export goes through QtSvg.QSvgGenerator (pyqtgraph's SVGExporter, which uses
    # it, fails on 0.14.0 path data: a charts matter, worked around there)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    painter = QPainter(generator)
    plot.render(painter)
    painter.end()
    assert b"<svg" in bytes(data), "SVG export gave nothing"
    plot.close()


def loaded_qt_libraries() -> list[str]:
    """Qt shared libraries and plugins mapped into this process (Linux only)."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return []
    libs = set()
    for line in maps.read_text().splitlines():
        path = line.split(maxsplit=5)[-1] if len(line.split()) >= 6 else ""
        if "/PySide6/" in path and path.endswith((".so", ".so.6")) or "/PySide6/Qt/plugins/" in path:
            libs.add(path.split("/PySide6/", 1)[1])
    return sorted(libs)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "--block" in sys.argv:
        sys.meta_path.insert(0, Blocker())
    try:
        code = exercise()
    except Exception as exc:  # reported, then the test fails on exit != 0
        import traceback

        traceback.print_exc()
        code = 1
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    loaded = sorted(m for m in sys.modules if exclusions.is_excluded(m))
    print(json.dumps({"attempted": sorted(attempted), "loaded": loaded,
                      "qt_libraries": loaded_qt_libraries(), "exit": code}))
    sys.stdout.flush()
    os._exit(0)

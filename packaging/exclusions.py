"""What the executable leaves out: the ONE list shared by the spec and the tests.

``reetool.spec`` passes ``EXCLUDED_MODULES`` to PyInstaller's ``excludes`` and drops every
collected file for which ``drop_file(dest)`` is true. ``tests/packaging/test_exclusions.py``
runs the app's code paths with these modules made unimportable and checks that nothing
needed is cut, and that none of them is imported by the unfrozen app either.

No Qt or PyInstaller import here: this file is read by the spec, the tests and the
benchmarks alike (load it with ``load()`` from packaging/build.py or by path).
"""

from __future__ import annotations

import fnmatch
import re

# --- Python modules ------------------------------------------------------------------
# A name excludes the module and all its submodules.
QT_MODULES = (
    # QML / Quick and friends (PySide6-Essentials ships them; the app is QtWidgets only)
    "PySide6.QtQml", "PySide6.QtQmlFeatures", "PySide6.QtQuick", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtQuickWidgets", "PySide6.QtLabsStyleKit",
    # the app never opens a network connection
    "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtWebSockets", "PySide6.QtHttpServer",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebView", "PySide6.QtRemoteObjects",
    # tools, databases, XML, printing, D-Bus bindings, concurrency helpers
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSql",
    "PySide6.QtXml", "PySide6.QtPrintSupport", "PySide6.QtDBus", "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets", "PySide6.QtTest",
    # full-PySide6 add-ons (not in Essentials, listed in case a build venv has them)
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras", "PySide6.QtQuick3D",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtBluetooth", "PySide6.QtNfc",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtSerialBus", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtAxContainer",
    "PySide6.scripts",
    # other Qt bindings pyqtgraph knows about
    "PyQt5", "PyQt6", "PySide2",
)

PYTHON_MODULES = (
    # test tooling that pandas._testing drags in when it is in the build venv
    # (keep pandas._testing itself: pandas/__init__ imports it)
    "pytest", "_pytest", "pytestqt", "pluggy", "py", "pygments", "iniconfig",
    # build tooling
    "setuptools", "pkg_resources", "distutils", "pip", "PyInstaller", "numpy.f2py",
    "numpy.distutils",
    # GUI toolkits, plotting and notebook stacks the app does not use
    "tkinter", "_tkinter", "matplotlib", "IPython", "jedi", "parso", "notebook",
    # pandas/numpy optional back-ends and their pandas adaptors
    "pandas.tests", "numpy.tests", "pandas.plotting._matplotlib", "pandas.io.formats.style",
    "pandas.io.formats.style_render", "jinja2", "pyarrow", "scipy", "numexpr", "bottleneck",
    "numba", "openpyxl", "xlrd", "odf", "pyxlsb", "python_calamine", "sqlalchemy",
    "psycopg2", "tables", "fsspec", "s3fs", "gcsfs", "bs4", "html5lib", "xarray",
    "zstandard", "qtpy", "fontTools",
    # pdfplumber's page rendering and its back-ends: reetool reads only the text layer of a
    # PDF (reetool.data.catalogue_pdf), never draws one. (PIL and lxml stay: python-pptx,
    # the PowerPoint export of briefings, needs both.)
    "pdfplumber.display", "pypdfium2", "pypdfium2_raw",
)

EXCLUDED_MODULES = QT_MODULES + PYTHON_MODULES

# Excluded modules that a dependency imports inside try/except and does without:
# allowed to be *attempted* (the frozen app gets an ImportError and carries on), but
# the app must still work without them. name -> who tries and why it is safe.
GUARDED_IMPORTS = {
    "PySide6.QtTest": "pyqtgraph.Qt tries it for QTest.qWait (its own test helper only)",
    "pyarrow": "pandas probes optional back-ends (import_optional_dependency) and falls back",
    "numexpr": "pandas probes optional accelerators and falls back to numpy",
    "bottleneck": "pandas probes optional accelerators and falls back to numpy",
}

# --- collected files (binaries and data) -----------------------------------------------
# Qt plugin types the app needs; every other plugin type is dropped.
KEEP_PLUGIN_TYPES = {
    "platforms", "imageformats", "iconengines", "platforminputcontexts", "platformthemes",
    "xcbglintegrations", "styles",
}
# Within the kept types, plugins matching these names are dropped too.
DROP_PLUGINS = {
    # display servers/back-ends other than X11 (+ XWayland), offscreen, minimal,
    # Windows and macOS
    "platforms": ("*eglfs*", "*linuxfb*", "*minimalegl*", "*vkkhrdisplay*", "*vnc*",
                  "*wayland*"),
    # pdf pulls libQt6Pdf; the others read image formats the app never opens
    "imageformats": ("*qpdf*", "*qtga*", "*qtiff*", "*qwbmp*", "*qwebp*", "*qicns*"),
    # the GTK3 theme pulls the whole GTK stack
    "platformthemes": ("*gtk3*",),
    # keep compose and ibus (Chinese input methods), drop the virtual keyboard
    "platforminputcontexts": ("*virtualkeyboard*",),
}
# Qt shared libraries dropped if a kept module would still pull them in.
DROP_QT_LIBRARIES = (
    "*Qt6Qml*", "*Qt6Quick*", "*Qt6Labs*", "*Qt6Lottie*", "*Qt6Wayland*", "*Qt6Wl*",
    "*Qt6EglFS*", "*Qt6EglFs*", "*Qt6Pdf*", "*Qt6Designer*", "*Qt6Help*", "*Qt6UiTools*",
    "*Qt6VirtualKeyboard*", "*Qt6WebEngine*", "*Qt6Multimedia*", "*Qt63D*", "*Qt6Sql*",
)
# Qt's own translations: only those of the languages the app ships (zh_CN; English is
# built in). reetool.ui.i18n loads qtbase_<lang>.
KEEP_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)
# Our own resources: the .ts sources are not needed at run time (the .qm files are).
DROP_RESOURCES = ("resources/i18n/*.ts",)

_PLUGIN_RE = re.compile(r"(?:^|/)(?:Qt6?/)?plugins/([^/]+)/([^/]+)$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def drop_file(dest: str) -> str | None:
    """Why the collected file with bundle path ``dest`` is dropped, or None to keep it."""
    dest = _norm(dest)
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith(("PySide6/", "shiboken6/")):
        m = _PLUGIN_RE.search(dest)
        if m:
            kind, plugin = m.groups()
            if kind not in KEEP_PLUGIN_TYPES:
                return f"plugin type {kind} not used"
            if any(fnmatch.fnmatch(plugin, p) for p in DROP_PLUGINS.get(kind, ())):
                return f"{kind} plugin not used"
        if "/translations/" in dest and name.endswith(".qm") and name not in KEEP_QT_TRANSLATIONS:
            return "Qt translation of a language the app does not ship"
    if name.startswith(("libQt6", "Qt6", "QtCore", "libQt")) or "Qt6" in name:
        if any(fnmatch.fnmatch(name, p) for p in DROP_QT_LIBRARIES):
            return "Qt library of an unused module"
    if any(fnmatch.fnmatch(dest, p) for p in DROP_RESOURCES):
        return "source file, not needed at run time"
    return None


def is_excluded(module: str) -> bool:
    """True when ``module`` is, or is inside, an excluded module."""
    return any(module == m or module.startswith(m + ".") for m in EXCLUDED_MODULES)

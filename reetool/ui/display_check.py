"""Before the window is created: is there a display Qt can use? Imports no Qt.

Qt aborts the whole process (core dump, exit 134) when its platform plugin cannot start: no
display, an unreachable one, or missing X11 libraries on a fresh desktop. ``problem()``
finds these cases first, without touching Qt, and returns one clear line (or None), so
``reetool`` can print it and exit non-zero. Only Linux/BSD desktops on X11 are probed; a
platform the user chose (``QT_QPA_PLATFORM=offscreen``, ``wayland``, ``vnc`` …) and Wayland
sessions are left to Qt.

The libraries are those Qt 6.12's xcb plugin links against that desktops often lack; each
maps to its Debian/Ubuntu and Fedora package (README, "Desktop system packages").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# soname → (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
}
HEADLESS = "The headless commands work without a display: see `reetool --help` (e.g. `reetool self-test`)."


def _bundled_dirs() -> list[Path]:
    """Folders of a frozen build that carry their own copies of the libraries."""
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return []
    return [Path(base), Path(base) / "PySide6" / "Qt" / "lib"]


def _loadable(soname: str) -> bool:
    if any((d / soname).exists() for d in _bundled_dirs()):
        return True
    import ctypes

    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False


def missing_libraries(loadable=_loadable) -> list[str]:
    return [name for name in XCB_LIBRARIES if not loadable(name)]


def can_connect(display: str) -> bool:
    """Whether libxcb can open ``display`` (what Qt's xcb plugin does first)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    except (OSError, AttributeError):
        return True       # cannot probe: let Qt try
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(conn) == 0
    finally:
        xcb.xcb_disconnect(conn)


def _wayland_plugin() -> bool:
    import importlib.util

    roots = [Path(d) for d in _bundled_dirs()]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    return any((r / "Qt" / "plugins" / "platforms" / "libqwayland.so").exists()
               or (r / "PySide6" / "Qt" / "plugins" / "platforms" / "libqwayland.so").exists()
               for r in roots)


def problem(env=None, loadable=_loadable, connect=can_connect, platform: str | None = None) -> str | None:
    """One line saying why the window cannot open here, or None."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not (platform.startswith("linux") or "bsd" in platform):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen and not chosen.startswith("xcb"):
        return None
    if not chosen and env.get("WAYLAND_DISPLAY") and _wayland_plugin():
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return ("reetool: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
                "window cannot open. " + HEADLESS)
    missing = missing_libraries(loadable)
    if missing:
        deb = " ".join(dict.fromkeys(XCB_LIBRARIES[m][0] for m in missing))
        fed = " ".join(dict.fromkeys(XCB_LIBRARIES[m][1] for m in missing))
        return (f"reetool: the window needs system libraries that are missing: {', '.join(missing)} "
                f"(Debian/Ubuntu: sudo apt install {deb}; Fedora: sudo dnf install {fed}). "
                + HEADLESS)
    if not connect(display):
        return (f"reetool: cannot connect to the display {display!r} (is the desktop session "
                "running, or the DISPLAY variable stale?). " + HEADLESS)
    return None

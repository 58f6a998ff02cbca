"""``reetool screenshot PAGE --out FILE.png``: render one page offscreen to PNG."""

from __future__ import annotations

import re

from reetool.commands.errors import UserError

SIZE_RANGE = (100, 7680)   # pixels per side (an 8K screen is 7680 wide)


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not m:
        raise UserError(f"--size must look like 1280x800, not {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    if not (SIZE_RANGE[0] <= w <= SIZE_RANGE[1] and SIZE_RANGE[0] <= h <= SIZE_RANGE[1]):
        raise UserError(f"--size must look like 1280x800 with each side from {SIZE_RANGE[0]} to "
                        f"{SIZE_RANGE[1]} pixels, not {text!r}")
    return w, h


def register(sub) -> None:
    from reetool.pages import PAGE_IDS

    p = sub.add_parser("screenshot", help="render one page offscreen to a PNG file")
    p.add_argument("page", choices=PAGE_IDS)
    p.add_argument("--out", required=True, help="PNG file to write")
    p.add_argument("--size", default="1280x800", help="window size, WxH (default 1280x800)")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--theme", choices=("light", "dark", "projector"), default="light",
                   help="the whole window in this theme (default light)")
    p.set_defaults(func=run)


def settle(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds so layouts and deferred updates finish.

    (A busy loop of processEvents() calls crashed PySide6 6.12 with none_dealloc.)
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render_window(page: str, size: tuple[int, int], lang: str, theme: str = "light"):
    """The main window showing ``page`` at ``size``, grabbed to a QPixmap."""
    from reetool.ui import theme as themes
    from reetool.ui.app import application, use_offscreen
    from reetool.ui.main_window import MainWindow

    use_offscreen()
    application(lang=lang)
    themes.apply(theme)
    window = MainWindow(start_page=page, persist=False)
    window.resize(*size)
    window.show()
    settle(150)
    pixmap = window.grab()
    window.close()
    return pixmap


def run(args) -> int:
    size = parse_size(args.size)
    pixmap = render_window(args.page, size, args.lang, args.theme)
    from reetool.data.textio import atomic_write_bytes
    from reetool.ui.charts.export import png_bytes

    try:   # atomic like every other export, with the umask's permissions
        atomic_write_bytes(args.out, png_bytes(pixmap.toImage()), export=True)
    except (OSError, RuntimeError) as exc:
        raise UserError(f"could not write {args.out}: {getattr(exc, 'strerror', None) or exc}") from None
    print(f"wrote {args.out} ({pixmap.width()}x{pixmap.height()}, {args.page}, {args.lang}, "
          f"{args.theme})")
    return 0

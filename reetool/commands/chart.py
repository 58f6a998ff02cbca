"""``reetool chart --list`` and ``reetool chart NAME --out FILE.png|svg|csv``: render a chart
headless, with its title, unit, data year and source line."""

from __future__ import annotations

from pathlib import Path

from reetool.commands import args as argtypes
from reetool.commands.args import MAX_PIXELS_SIDE
from reetool.commands.errors import UserError

FORMATS = (".png", ".svg", ".csv")


def register(sub) -> None:
    p = sub.add_parser("chart", help="list the charts, or render one to PNG, SVG or CSV")
    p.add_argument("name", nargs="?", help="chart name (see --list)")
    p.add_argument("--list", action="store_true", help="list the charts: name, then description")
    p.add_argument("--out", help="file to write: .png, .svg or .csv")
    p.add_argument("--commodity", help="commodity (default: Rare earths)")
    p.add_argument("--metric", choices=("production", "reserves"), default="production",
                   help="production or reserves (charts that show either, e.g. world_map)")
    p.add_argument("--year", type=argtypes.YEAR, help="data year (default: latest)")
    p.add_argument("--edition", help="edition, e.g. MCS2023 (default: newest for the year)")
    p.add_argument("--size", default="1280x800", help="image size WxH (default 1280x800)")
    p.add_argument("--scale", type=argtypes.number(*argtypes.SCALE), default=1.0,
                   help="pixel ratio of PNG output, 0.25–8 (2 = twice the size, for slides)")
    p.add_argument("--theme", choices=("light", "dark"), default="light")
    p.add_argument("--log", dest="log", action="store_true", default=None,
                   help="log scale (charts that offer it)")
    p.add_argument("--linear", dest="log", action="store_false", help="linear scale")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.set_defaults(func=run)


def run(args) -> int:
    from reetool.commands.screenshot import parse_size
    from reetool.ui.app import application, use_offscreen

    use_offscreen()
    application(lang=args.lang)
    from reetool.ui.charts.registry import CHART_NAMES, CHARTS, ChartParams

    if args.list:
        width = max(len(n) for n in CHART_NAMES)
        for c in CHARTS:
            print(f"{c.name:<{width}}  {c.description}")
        return 0
    if not args.name:
        raise UserError("name a chart (see: reetool chart --list)")
    if args.name not in CHART_NAMES:
        raise UserError(f"unknown chart {args.name!r}; charts: {', '.join(CHART_NAMES)}")
    if not args.out:
        raise UserError("--out FILE.png|svg|csv is required")
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"--out must end in .png, .svg or .csv, not {out.name!r}")
    size = parse_size(args.size)
    if max(size) * args.scale > MAX_PIXELS_SIDE:
        raise UserError(f"--size {args.size} at --scale {args.scale:g} would be wider or taller "
                        f"than {MAX_PIXELS_SIDE} pixels; choose a smaller size or scale")

    from reetool.data.market import MarketLookupError, resolve_commodity
    from reetool.ui.charts import export
    from reetool.ui.charts.view import ChartView

    commodity = "Rare earths"
    if args.commodity:
        try:
            commodity = resolve_commodity(args.commodity)
        except MarketLookupError as exc:
            raise UserError(str(exc)) from None
    params = ChartParams(commodity=commodity, year=args.year, edition=args.edition,
                         theme=args.theme, metric=args.metric)
    try:
        view = ChartView(args.name, params, toolbar=False, follow_state=False)
    except MarketLookupError as exc:
        raise UserError(str(exc)) from None
    if view.error:
        raise UserError(f"chart {args.name} cannot be drawn: {view.error}")
    if args.log is not None and args.log != view.log_y:
        view.toggle_log(args.log)
    view.resize(*size)
    try:
        if suffix == ".csv":
            export.write_csv(view.spec, out)
            what = "CSV"
        elif suffix == ".svg":
            export.write_svg(view, out)
            what = "SVG"
        else:
            image = export.write_png(view, out, scale=args.scale)
            what = f"PNG {image.width()}x{image.height()}"
    except OSError as exc:
        raise UserError(f"could not write {out}: {exc.strerror or exc}") from None
    print(f"wrote {out} ({what}, {args.name}, {args.lang})")
    return 0

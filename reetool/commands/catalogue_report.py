"""Plain-text lines of ``reetool catalogue import`` (the preview) and ``… compare`` (the table)."""

from __future__ import annotations

COMPARE_TABLE = ("group", "code", "status", "name_zh", "name_en", "basis", "revision", "confidence",
                 "what_changed")
KIND_WORDS = {"adds": "adds", "completes": "completes", "contradicts": "contradicts",
              "replaces": "replaces your earlier import of", "same": "same as held"}


def _ident(item) -> str:
    return item.code or item.name_zh or item.item_id


def preview_lines(preview) -> list[str]:
    """What the import would do to one version (reetool.data.catalogue_preview.VersionPreview)."""
    fc, off = preview.file_counts, preview.official
    counts = ", ".join(f"{fc[s]} of {off[s] if off[s] is not None else '?'} {s}" for s in ("prohibited", "restricted"))
    short = {s: n for s, n in preview.shortfall().items() if n}
    gap = "; ".join(f"{n} {s} not in the file" if n > 0 else f"{-n} {s} more than the official count"
                    for s, n in short.items())
    kinds = ", ".join(f"{k} {len(preview.of_kind(k))}" for k in KIND_WORDS)
    before, after = preview.coverage_before, preview.coverage_after
    lines = [f"version {preview.version}: {sum(fc.values())} items ({counts}; official counts "
             f"{preview.counts_basis}){': ' + gap if gap else ''}",
             f"version {preview.version}: {kinds}; coverage {before['held']} -> {after['held']} of {after['official']}"]
    for e in preview.of_kind("contradicts"):
        why = "; ".join(f"{what}: held '{held}'" + (f", file '{got}'" if got else " not in the file")
                        for what, held, got in e.reasons)
        lines.append(f"contradicts {_ident(e.held)}: {why}")
    for item, reasons in preview.unclean:
        lines.append(f"not read cleanly: {_ident(item)} ({', '.join(reasons)})")
    return lines


def summary_line(summary: dict) -> str:
    a, b, official = summary["from_version"], summary["to_version"], summary["official"]
    counts = ", ".join(f"{summary['rows'][g]} {g}" for g in summary["rows"])
    if official:
        stated = (f"official counts ({summary['counts_basis']}): {official['added']} added, "
                  f"{official['deleted']} deleted, {official['amended']} amended")
    else:
        stated = "official counts not known"
    return f"{a} -> {b} (revisions: {', '.join(summary['steps'])}); {stated}; listed: {counts}"


def compare_table_rows(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        name_en = r["name_en"] + (" [reetool rendering]" if r["name_en"] and r["name_en_origin"] == "reetool" else "")
        out.append({**r, "code": r["code"] or None, "name_zh": r["name_zh"] or None, "name_en": name_en or None,
                    "revision": r["revision"] or None, "confidence": r["confidence"] or None,
                    "what_changed": r["what_changed"] or None})
    return out

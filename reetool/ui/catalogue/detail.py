"""The detail pane's HTML: the whole item, both languages, sources, warnings, history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from reetool.data.catalogue import Catalogue, Item
from reetool.data.catalogue_search import find_spans
from reetool.ui.catalogue import labels, note_texts
from reetool.ui.theme_colors import tone



def warn_style() -> str:
    """The caution box, in the current theme's colours."""
    return (f"background-color:{tone('notice_bg')}; color:{tone('notice_fg')}; padding:6px; "
            f"border:1px solid {tone('notice_border')}")


def origin_style() -> str:
    return f"color:{tone('muted')}; font-size:small"


BADGE_STYLE = {
    "prohibited": "background-color:#9b1c1c; color:#ffffff; font-weight:bold",
    "restricted": "background-color:#fde68a; color:#3d2a00; font-weight:bold",
}
SHAPE = {"prohibited": "■", "restricted": "▲"}


def _texts() -> dict[str, str]:
    """Every phrase of the pane in the current language."""
    return {
        "label_see_sources": QCoreApplication.translate("CatalogueDetail", '{label}, see {sources}'),
        "no_control_point_of_this_item_has_been_s": QCoreApplication.translate("CatalogueDetail", 'No control point of this item has been seen in any available source.'),
        "chinese_as_published": QCoreApplication.translate("CatalogueDetail", 'Chinese (as published)'),
        "english": QCoreApplication.translate("CatalogueDetail", 'English'),
        "chinese_not_seen": QCoreApplication.translate("CatalogueDetail", 'Chinese not seen'),
        "no_english": QCoreApplication.translate("CatalogueDetail", 'no English'),
        "list_separator": QCoreApplication.translate("CatalogueDetail", ', '),
        "stage": QCoreApplication.translate("CatalogueDetail", 'stage: {stage}'),
        "published_number_not_known_listed_in_the": QCoreApplication.translate("CatalogueDetail", '· = published number not known; listed in the order of the source.'),
        "no_other_version_attests_this_item": QCoreApplication.translate("CatalogueDetail", 'No other version attests this item.'),
        "this_entry": QCoreApplication.translate("CatalogueDetail", '(this entry)'),
        "kind_colon": QCoreApplication.translate("CatalogueDetail", '{kind}:'),
        "not_named_among_the_deletions_of_the_ver": QCoreApplication.translate("CatalogueDetail", 'not named among the deletions of the {version} amendment'),
        "before": QCoreApplication.translate("CatalogueDetail", 'before'),
        "after": QCoreApplication.translate("CatalogueDetail", 'after'),
        "wording_of_the_change_not_seen": QCoreApplication.translate("CatalogueDetail", 'wording of the change not seen'),
        "code_not_seen": QCoreApplication.translate("CatalogueDetail", 'code not seen'),
        "chinese_name_not_seen": QCoreApplication.translate("CatalogueDetail", 'Chinese name not seen'),
        "version_title_instrument_date": QCoreApplication.translate("CatalogueDetail", 'Version: {title}, {instrument} ({date})'),
        "sector_sector": QCoreApplication.translate("CatalogueDetail", 'Sector: {sector}'),
        "not_seen": QCoreApplication.translate("CatalogueDetail", 'not seen'),
        "tagged_rare_earth_related": QCoreApplication.translate("CatalogueDetail", 'Tagged rare-earth related'),
        "supply_chain_stages_stages": QCoreApplication.translate("CatalogueDetail", 'Supply-chain stages: {stages}'),
        "carried_over_from_the_base_catalogue_the": QCoreApplication.translate("CatalogueDetail", 'Carried over from the {base} catalogue: the {version} amendment does not name it among its deletions.'),
        "one_deletion_of_this_amendment_is_not_na": QCoreApplication.translate("CatalogueDetail", 'One deletion of this amendment is not named, so this item may be the one deleted.'),
        "imported_by_you_from_source_it_replaces_": QCoreApplication.translate("CatalogueDetail", 'Imported by you from {source}. It replaces any bundled entry with the same code in this version.'),
        "incomplete_the_official_text_of_this_ite": QCoreApplication.translate("CatalogueDetail", 'Incomplete: the official text of this item was not available.'),
        "control_points": QCoreApplication.translate("CatalogueDetail", 'Control points'),
        "sources": QCoreApplication.translate("CatalogueDetail", 'Sources'),
        "title_as_published": QCoreApplication.translate("CatalogueDetail", '{title} (title as published)'),
        "history_across_versions": QCoreApplication.translate("CatalogueDetail", 'History across versions'),
    }


def _e(text: str) -> str:
    return escape(text or "")


def _hl(text: str, query: str) -> str:
    """Escaped text with the matches of the search highlighted."""
    spans = find_spans(text or "", query) if query else []
    if not spans:
        return _e(text)
    out, pos = [], 0
    for start, length in spans:
        out.append(_e(text[pos:start]))
        out.append(f"<span style='background-color:{tone('match_bg')}; color:{tone('match_fg')}'>{_e(text[start:start + length])}</span>")
        pos = start + length
    out.append(_e(text[pos:]))
    return "".join(out)


def _origin_tag(origin: str, sources: tuple[str, ...] = ()) -> str:
    T = _texts()
    label = labels.origin(origin)
    if not label:
        return ""
    if origin == "third-party" and sources:
        label = T["label_see_sources"].format(label=label, sources=", ".join(sources))
    return f" <span style='{origin_style()}'>[{_e(label)}]</span>"


def _source_links(item: Item, source_titles: dict[str, str]) -> str:
    out = []
    T = _texts()
    for sid in item.sources:
        if sid in source_titles:       # titles as their publishers give them, said so in Chinese
            title = T["title_as_published"].format(title=source_titles[sid]) \
                if note_texts.chinese() else source_titles[sid]
            out.append(f"<li><a href='source:{_e(sid)}'>{_e(sid)}</a> — {_e(title)}</li>")
        else:
            out.append(f"<li>{_e(sid)}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def points_html(item: Item, query: str = "") -> str:
    T = _texts()
    if not item.points:
        return f"<p><i>{_e(T['no_control_point_of_this_item_has_been_s'])}</i></p>"
    rows = [f"<tr><th align='left'>#</th><th align='left'>{_e(T['chinese_as_published'])}</th>"
            f"<th align='left'>{_e(T['english'])}</th></tr>"]
    for p in item.points:
        num = _e(p.number) if p.number else "·"
        zh = _hl(p.zh, query) if p.zh else f"<i>{_e(T['chinese_not_seen'])}</i>"
        en = (_hl(p.en, query) + _origin_tag(p.en_origin, p.sources or item.sources)) \
            if p.en else f"<i>{_e(T['no_english'])}</i>"
        stage = f"<br><span style='{origin_style()}'>{_e(T['stage'].format(stage=labels.stage(p.stage)))}</span>" \
            if p.stage else ""
        rows.append(f"<tr><td valign='top'><b>{num}</b></td><td valign='top'>{zh}</td>"
                    f"<td valign='top'>{en}{stage}</td></tr>")
    note = ""
    if any(not p.number for p in item.points):
        note = f"<p style='{origin_style()}'>{_e(T['published_number_not_known_listed_in_the'])}</p>"
    return "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse' width='100%'>" \
        + "".join(rows) + "</table>" + note


def history_html(cat: Catalogue, item: Item) -> str:
    T = _texts()
    current = (item.version, item.item_id, bool(item.carried_from))
    entries = cat.history(item)
    if not entries:
        return f"<p>{_e(T['no_other_version_attests_this_item'])}</p>"
    rows = []
    for e in entries:
        v = e["version"]
        kind = labels.change(e["kind"])
        if e["item"] is not None:
            it = e["item"]
            ident = it.code or it.item_id
            # an English-only name says where its English comes from
            name = _e(it.name_zh) if it.name_zh else _e(it.name_en) + _origin_tag(it.name_en_origin)
            if (it.version, it.item_id, bool(it.carried_from)) == current:
                link = f"<b>{_e(ident)}</b> {_e(T['this_entry'])}"
            else:
                link = f"<a href='item:{_e(it.version)}/{_e(it.item_id)}'>{_e(ident)}</a>"
            extra = ""
            if e["kind"] == "carried":
                extra = T["not_named_among_the_deletions_of_the_ver"].format(version=v)
            rows.append(f"<li><b>{_e(v)}</b> — {_e(T['kind_colon'].format(kind=kind))} {link} {name}"
                        + (f" <span style='{origin_style()}'>({_e(extra)})</span>" if extra else "") + "</li>")
        else:
            c = e["change"]
            parts = [f"<b>{_e(v)}</b> — <b>{_e(kind)}</b>"]
            if c.before_zh:
                parts.append(f"{_e(T['before'])}: {_e(c.before_zh)}")
            if c.after_zh:
                parts.append(f"{_e(T['after'])}: {_e(c.after_zh)}")
            if c.after_en:
                parts.append(_e(c.after_en) + _origin_tag(c.en_origin))
            if not (c.before_zh or c.after_zh or c.after_en):
                parts.append(f"<i>{_e(T['wording_of_the_change_not_seen'])}</i>")
            srcs = ", ".join(f"<a href='source:{_e(s)}'>{_e(s)}</a>" for s in c.sources)
            parts.append(f"<span style='{origin_style()}'>{_e(labels.confidence(c.confidence))}; {srcs}</span>")
            parts += [f"<span style='{origin_style()}'>{_e(line)}</span>"
                      for line in note_texts.change_note_lines(c.notes, c.notes_zh)]
            rows.append("<li>" + "<br>".join(parts) + "</li>")
    return "<ul>" + "".join(rows) + "</ul>"


def item_html(cat: Catalogue, item: Item, source_titles: dict[str, str], lang: str, query: str = "") -> str:
    T = _texts()
    info = cat.info(item.version)
    badge = (f"<span style='{BADGE_STYLE[item.status]}'>&nbsp;{SHAPE[item.status]}&nbsp;"
             f"{_e(labels.status(item.status))}&nbsp;</span>")
    code = _hl(item.code, query) if item.code else f"<i>{_e(T['code_not_seen'])}</i> ({_e(item.item_id)})"
    out = [f"<h2 style='margin-bottom:2px'>{code} &nbsp; {badge}</h2>"]
    out.append(f"<p style='font-size:large; margin:2px'><b>{_hl(item.name_zh, query) or '<i>' + _e(T['chinese_name_not_seen']) + '</i>'}</b></p>")
    if item.name_en:
        out.append(f"<p style='margin:2px'>{_hl(item.name_en, query)}{_origin_tag(item.name_en_origin, item.sources if item.name_en_origin == 'third-party' else ())}</p>")
    meta = [T["version_title_instrument_date"].format(
        title=labels.version_title(info), instrument=labels.instrument(info, lang), date=info["date"])]
    sector = labels.sector(item.sector_zh, item.sector_en)
    meta.append(T["sector_sector"].format(sector=sector or T["not_seen"]))
    if item.rare_earth:
        meta.append(T["tagged_rare_earth_related"])
    if item.stages:
        meta.append(T["supply_chain_stages_stages"].format(stages=T["list_separator"].join(labels.stage(s) for s in item.stages)))
    out.append("<p style='margin-top:6px'>" + "<br>".join(_e(m) for m in meta) + "</p>")
    if item.carried_from:
        out.append(f"<p style='{warn_style()}'>{_e(T['carried_over_from_the_base_catalogue_the'].format(base=item.carried_from, version=item.version))}"
                   + (" " + _e(T["one_deletion_of_this_amendment_is_not_na"])
                      if cat.unnamed_deletions(item.version).get(item.status) else "") + "</p>")
    if item.origin == "import":
        out.append(f"<p style='{warn_style()}'>{_e(T['imported_by_you_from_source_it_replaces_'].format(source=item.source_label))}</p>")
    elif item.partial or item.confidence == "low":
        if note_texts.chinese():     # a summary from the fields, the bundle's English below it
            body = (f"{_e(note_texts.completeness_summary(item))}<br>"
                    f"<span style='{origin_style()}'>{_e(note_texts.english_original(item.completeness))}</span>")
        else:
            body = f"{_e(item.completeness)} — {_e(labels.confidence(item.confidence))}"
        out.append(f"<p style='{warn_style()}'>⚠ <b>{_e(T['incomplete_the_official_text_of_this_ite'])}</b> {body}</p>")
    out.append(f"<h3>{_e(T['control_points'])}</h3>")
    out.append(points_html(item, query))
    out.append(f"<h3>{_e(T['sources'])}</h3>")
    out.append(_source_links(item, source_titles))
    if item.evidence:
        out.append(f"<p style='{origin_style()}'>{_e(note_texts.evidence_text(item))}</p>")
    out.append(f"<h3>{_e(T['history_across_versions'])}</h3>")
    out.append(history_html(cat, item))
    return "".join(out)

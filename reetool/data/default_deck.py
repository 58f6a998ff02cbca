"""The ready-made deck "Rare earths and China's export-technology catalogue". Qt-free.

Built from the bundled data only (``include_imports=False``), in English and 简体中文: every
figure is computed here from ``resources/data`` through reetool.data.market,
reetool.analysis and reetool.data.catalogue, and carries its source, edition, data year and
unit. The seed article's claims (70 % of production, 34 % of reserves, "1,300 million t" of
reserves) are set beside the USGS figures; the reserves claim is corrected to 130 Mt.
Captions and notes are the project's own writing (reetool rendering), not official text.

    default_deck() -> Deck
"""

from __future__ import annotations

from reetool.analysis import concentration as conc
from reetool.analysis import scenarios
from reetool.data import deck as d
from reetool.data import market

RE = "Rare earths"
PROD, RES = "Mine production", "Reserves"
SEED_EDITION, SEED_YEAR = "MCS2023", 2022
TITLE = {"en": "Rare earths and China's export-technology catalogue",
         "zh": "稀土与中国禁止出口限制出口技术目录"}
SHARE_UNIT = "% of world total"


def _num(v: float) -> str:
    return f"{v:,.0f}"


def _pct(v: float) -> str:
    return f"{v:.1f} %"


def _units(unit: str) -> tuple[str, str]:
    """The table's unit, short in English ("t", "kg") and in Chinese (reetool rendering)."""
    from reetool.data.names import unit_zh

    short = {"metric tons": "t", "kilograms": "kg", "thousand metric tons": "kt",
             "million metric tons": "Mt"}.get((unit or "").strip().casefold(), unit)
    return short, unit_zh(unit) or unit


def _edition(t) -> str:
    return f"{t.edition} {t.edition_version}".strip()


def share_figure(label, table, country: str = "China", note=None) -> dict:
    """The country's share of the published world total, with the bound said when the total
    is printed as '>' (then the share is an upper bound, marked '<')."""
    row, world = table.row(country), table.world
    c = conc.summarize(table)
    share = c.shares.get(row.country) if row is not None else None
    bound = world is not None and world.comparator == ">"
    est = bool((row and row.estimated) or (world and world.estimated))
    en_u, zh_u = _units(table.unit)
    auto = {"en": f"{_num(row.value)} {en_u} of {'>' if bound else ''}{_num(world.value)} {en_u}",
            "zh": f"{_num(row.value)} {zh_u} / {'>' if bound else ''}{_num(world.value)} {zh_u}"} \
        if row is not None and row.value is not None and world is not None else ""
    if bound:
        auto = {k: v + (" — the world total is a lower bound, so this share is an upper bound"
                        if k == "en" else "——世界总量为下限，故此份额为上限")
                for k, v in auto.items()}
    if est:
        auto = {k: v + (" (estimates)" if k == "en" else "（估计值）") for k, v in auto.items()}
    return d.figure(label, share, SHARE_UNIT, table.source_ids, _edition(table), table.data_year,
                    comparator="<" if bound else "", estimated=est, note=note or auto)


def _claims_slide() -> dict:
    seed_p = market.country_table(RE, PROD, SEED_YEAR, SEED_EDITION)
    seed_r = market.country_table(RE, RES, SEED_YEAR, SEED_EDITION)
    new_p = market.country_table(RE, PROD)
    new_r = market.country_table(RE, RES)
    figs = [
        share_figure({"en": f"China's share of world mine production, {seed_p.data_year}",
                       "zh": f"中国占世界矿山产量份额，{seed_p.data_year} 年"}, seed_p),
        share_figure({"en": f"China's share of world reserves, {seed_r.data_year}",
                       "zh": f"中国占世界储量份额，{seed_r.data_year} 年"}, seed_r),
        share_figure({"en": f"… mine production, {new_p.data_year} (newest)",
                       "zh": f"……矿山产量，{new_p.data_year} 年（最新）"}, new_p),
        share_figure({"en": f"… reserves, {new_r.data_year} (newest)",
                       "zh": f"……储量，{new_r.data_year} 年（最新）"}, new_r),
    ]
    p0, r0 = figs[0]["value"], figs[1]["value"]
    return d.figure_slide(figs, caption={
        "en": f"The article's “70 % of production, 34 % of reserves” checks out against USGS "
              f"{SEED_EDITION} ({_pct(p0)} and {_pct(r0)}, data year {SEED_YEAR}); the newest "
              f"edition, {new_p.edition}, still gives China about seven tenths of mine production.",
        "zh": f"文章所称“产量占 70 %、储量占 34 %”与美国地质调查局 {SEED_EDITION}"
              f"（{SEED_YEAR} 年数据：{_pct(p0)} 与 {_pct(r0)}）相符；最新版 {new_p.edition} "
              f"中，中国仍约占世界矿山产量的七成。"},
        notes={"en": "Shares are of the world total printed by USGS, not of the sum of the rows. "
                     "Production figures for the latest year are USGS estimates. A share of a "
                     "'>' world total is an upper bound and is marked '<'.",
               "zh": "份额以美国地质调查局公布的世界总量为分母，而非各行之和。最近一年的产量为"
                     "估计值。世界总量标为“>”时，份额为上限，标为“<”。"})


def _concentration_slide() -> dict:
    ys = market.years(RE, PROD)
    first, last = (conc.summarize(market.country_table(RE, PROD, y)) for y in (ys[0], ys[-1]))
    return d.chart_slide("concentration", commodity=RE, caption={
        "en": f"Mine production is highly concentrated: HHI {_num(first.hhi)} in {ys[0]}, "
              f"{_num(last.hhi)} in {ys[-1]}; China's share {_pct(first.shares['China'])} → "
              f"{_pct(last.shares['China'])}.",
        "zh": f"矿山产量高度集中：HHI 指数 {ys[0]} 年为 {_num(first.hhi)}，{ys[-1]} 年为 "
              f"{_num(last.hhi)}；中国份额 {_pct(first.shares['China'])} → "
              f"{_pct(last.shares['China'])}。"},
        notes={"en": "HHI on 0–10,000 with 'Other countries' as one producer (upper bound). The "
                     "merger-guideline lines are a yardstick for firms, not a verdict on countries.",
               "zh": "HHI 取值 0–10,000，“其他国家”按一个生产者计（上限）。并购指南阈值线是针对"
                     "企业的参照，并非对国家的评判。"})


def _quota_slide() -> dict:
    from reetool.data import bundle

    recs = [r for r in bundle().records("china_quotas")
            if r["quota_type"] == "mining" and r["ore_type"] == "total"
            and r["batch"] == "full_year"]
    known = [r for r in recs if r["value"] is not None]
    last = max(known, key=lambda r: r["year"])
    unpublished = sorted(r["year"] for r in recs if r["value"] is None and r["year"] > last["year"])
    gap_en = (f" No figure was published for {', '.join(map(str, unpublished))}."
              if unpublished else "")
    gap_zh = (f"{'、'.join(map(str, unpublished))} 年未公布数字。" if unpublished else "")
    src = "; ".join(last["source_ids"])
    return d.chart_slide("china_quotas", caption={
        "en": f"China's mining quota: {_num(last['value'])} t REO in {last['year']} ({src}).{gap_en}",
        "zh": f"中国稀土开采总量控制指标：{last['year']} 年 {_num(last['value'])} 吨（稀土氧化物，"
              f"{src}）。{gap_zh}"},
        notes={"en": "Quotas as reported by news pages and reposts; no official MIIT/MNR page "
                     "was reachable. A year without a published figure is shown as missing.",
               "zh": "指标数字来自新闻报道与转载，未能访问工信部/自然资源部官方页面。未公布的"
                     "年份显示为缺失。"})


def _catalogue_slides() -> list[dict]:
    from reetool.data.catalogue import load_catalogue

    cat = load_catalogue(include_imports=False)
    item = cat.find("083201J", "2023")[0]
    cov = cat.coverage("2023")
    info = cat.info("2023")
    base = info["base_version"]
    n = len(item.points)
    return [
        d.catalogue_item_slide("2023", item.item_id, item.code, caption={
            "en": f"Item {item.code} ({item.status}): {n} control points, from extraction and "
                  f"separation to magnets.",
            "zh": f"条目 {item.code}（{'禁止出口' if item.status == 'prohibited' else '限制出口'}）"
                  f"：{n} 个控制要点，从萃取分离到磁体制备。"},
            notes={"en": "The official Chinese item name was not seen in any available source; "
                         "the control points come from secondary sources (see each source id).",
                   "zh": "现有来源中未见官方中文条目名称；控制要点取自二手来源（见各来源编号）。"}),
        d.chart_slide("catalogue_composition", caption={
            "en": f"The 2023 catalogue: {cov['official']} items ({cov['official_prohibited']} "
                  f"prohibited, {cov['official_restricted']} restricted). reetool's bundle attests "
                  f"only {cov['held']} of {cov['official']}.",
            "zh": f"2023 年版目录共 {cov['official']} 项（禁止 {cov['official_prohibited']} 项，"
                  f"限制 {cov['official_restricted']} 项）；reetool 内置数据仅证实其中 "
                  f"{cov['held']} 项。"},
            notes={"en": "Import the official text (Catalogue → Import) to complete the items; "
                         "an item absent from the bundle is 'not attested', not 'absent'.",
                   "zh": "导入官方文本（技术目录 → 导入）可补全条目；内置数据中没有的条目是"
                         "“未证实”，而非“不存在”。"}),
        d.version_change_slide(base, "2023", caption={
            "en": f"{base} → 2023: {info['deleted']} items deleted, {info['added']} added, "
                  f"{info['amended']} amended (official counts).",
            "zh": f"{base} → 2023：删除 {info['deleted']} 项，新增 {info['added']} 项，"
                  f"修改 {info['amended']} 项（官方数字）。"},
            notes={"en": "Only the changes a source names are listed one by one.",
                   "zh": "仅逐条列出有来源记载的变化。"}),
    ]


def _scenario_slide() -> dict:
    t = market.country_table(RE, PROD)
    row = t.row("China")
    r = scenarios.disruption(row.value, t.world.value, 50.0)
    sc = {"kind": "disruption", "commodity": t.commodity, "statistic": t.statistic,
          "country": row.country, "year": t.data_year, "edition": t.edition, "unit": t.unit,
          "source_ids": list(t.source_ids), "edited": False, "params": {"cut_pct": r.cut_pct},
          "result": {"lost": r.lost, "remaining": r.remaining,
                     "lost_pct_of_world": r.lost_pct_of_world, "shortfall_pct": r.shortfall_pct,
                     "country_share_before_pct": r.country_share_before,
                     "country_share_after_pct": r.country_share_after, "world": r.world}}
    return d.scenario_slide(sc, caption={
        "en": f"What if China withheld half of its {t.data_year} mine output? {_num(r.lost)} t "
              f"lost, {_pct(r.lost_pct_of_world)} of world supply.",
        "zh": f"假如中国扣留 {t.data_year} 年矿山产量的一半：损失 {_num(r.lost)} 吨，"
              f"占世界供应的 {_pct(r.lost_pct_of_world)}。"},
        notes={"en": "A what-if on one year's published table, not a forecast; it assumes the "
                     "whole output was on the world market.",
               "zh": "基于单一年份公布数据的假设情景，并非预测；假定全部产量进入世界市场。"})


def _reserves_claim_slide() -> dict:
    t = market.country_table(RE, RES, SEED_YEAR, SEED_EDITION)
    world, china = t.world, t.row("China")
    ed = _edition(t)
    return d.figure_slide([
        d.figure({"en": f"World reserves, {t.data_year}", "zh": f"世界储量，{t.data_year} 年"},
                 world.value, "t", t.source_ids, ed, t.data_year, comparator=world.comparator,
                 note={"en": f"= {_num(world.value / 1e6)} million t (1.3 亿吨), not 1,300 million",
                       "zh": f"= {_num(world.value / 1e6)} 百万吨（1.3 亿吨），而非 13 亿吨"}),
        d.figure({"en": f"China's reserves, {t.data_year}", "zh": f"中国储量，{t.data_year} 年"},
                 china.value, "t", china.source_ids, ed, t.data_year),
        share_figure({"en": "China's share of world reserves", "zh": "中国占世界储量份额"}, t),
    ], caption={
        "en": f"Corrected: “1,300 million t” of world reserves is ten times too high — USGS "
              f"{SEED_EDITION} gives {_num(world.value / 1e6)} Mt; 1.3 亿 is 130 million.",
        "zh": f"更正：文章英文版“1,300 million t”的世界储量高了十倍——美国地质调查局 "
              f"{SEED_EDITION} 为 {_num(world.value / 1e6)} 百万吨（1.3 亿吨）。"},
        notes={"en": "Most likely 1.3亿 was mistranslated: 1 亿 = 100 million, not 1,000 million. "
                     "China's 44 Mt of 130 Mt is 33.8 %, which the article rounds to 34 %.",
               "zh": "很可能是把“1.3 亿”误译成了 1,300 million：1 亿 = 100 million，"
                     "而非 1,000 million。中国 4,400 万吨 / 1.3 亿吨 = 33.8 %，文章取整为 34 %。"})


def _natural(sid: str) -> str:
    import re

    return re.sub(r"\d+", lambda m: m.group(0).zfill(6), sid)


def _sources_slide(deck: d.Deck, extra: list[str]) -> dict:
    from reetool.data import bundle

    titles = {r["source_id"]: r["title"] for r in bundle().records("sources")}
    groups: dict[str, list[str]] = {}
    for sid in sorted(set(deck.source_ids() + extra), key=_natural):
        prefix = sid.rsplit("-", 1)[0] if "-" in sid and sid[-1:].isdigit() else sid
        groups.setdefault(prefix, []).append(sid)
    body = {"en": [], "zh": []}
    for prefix, members in groups.items():
        if len(members) > 2:
            n = len(members)
            body["en"].append(f"{members[0]} … {members[-1]} ({n} publications)")
            body["zh"].append(f"{members[0]} … {members[-1]}（{n} 份出版物）")
        else:
            for m in members:
                line = f"{m}: {titles[m]}" if titles.get(m) else m
                body["en"].append(line)
                body["zh"].append(line)
    return d.title_slide({"en": "Sources", "zh": "来源"},
                         {k: "\n".join(v) for k, v in body.items()}, caption={
        "en": "Every figure and item in this deck names its source; details on the Sources page.",
        "zh": "本演示中的每个数字和条目均注明来源；详见“来源”页。"},
        notes={"en": "Source titles are given as published.", "zh": "来源标题按原文列出。"})


def default_deck() -> d.Deck:
    eds = sorted({e for s, e, _y in market.choices(RE) if e.startswith("MCS")})
    title = d.title_slide(TITLE, {
        "en": "What the bundled data say — and what they do not\n"
              f"USGS Mineral Commodity Summaries {eds[0]}–{eds[-1]} · the catalogue 2008–2025",
        "zh": "内置数据说明了什么，又没有说明什么\n"
              f"美国地质调查局《矿产品概要》{eds[0]}–{eds[-1]} · 技术目录 2008–2025"},
        notes={"en": "Every figure in this deck is computed from reetool's bundled data and names "
                     "its source, edition, data year and unit. Captions are reetool's own writing.",
               "zh": "本演示中的每个数字均由 reetool 内置数据计算，并注明来源、版本、数据年份和"
                     "单位。说明文字为 reetool 自撰。"})
    from reetool.data import bundle
    from reetool.data.catalogue import load_catalogue

    cat = load_catalogue(include_imports=False)
    quota_ids = sorted({s for r in bundle().records("china_quotas") for s in r["source_ids"]})
    cat_ids = list(cat.find("083201J", "2023")[0].sources) + list(cat.coverage("2023")["sources"])
    market_ids = [s for y in market.years(RE, PROD) for s in market.country_table(RE, PROD, y).source_ids]
    body = [title, _claims_slide(), _concentration_slide(), _quota_slide(),
            *_catalogue_slides(), _scenario_slide(), _reserves_claim_slide()]
    deck = d.Deck(title=TITLE, slides=body, meta={"source": "default"})
    deck.slides.append(_sources_slide(deck, market_ids + cat_ids + quota_ids))
    return d.deck_from_json(deck.to_json(), "default deck")

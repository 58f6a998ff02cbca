<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OverviewModel</name>
    <message>
        <source>Commodity</source>
        <translation>矿种</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>World total</source>
        <translation>世界合计</translation>
    </message>
    <message>
        <source>Largest producer</source>
        <translation>最大生产国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>CR1</source>
        <translation>CR1</translation>
    </message>
    <message>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>Equiv. producers</source>
        <translation>等效生产国数</translation>
    </message>
    <message>
        <source>R/P years</source>
        <translation>储采比（年）</translation>
    </message>
    <message>
        <source>Δ year</source>
        <translation>同比变化</translation>
    </message>
    <message>
        <source>Δ edition</source>
        <translation>较上一版变化</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The publisher&apos;s world total (Σ: no total published, sum of the listed rows)</source>
        <translation>发布方公布的世界合计（Σ：未公布合计，为所列各行之和）</translation>
    </message>
    <message>
        <source>China&apos;s share of the world total (≤ upper bound, ≥ lower bound)</source>
        <translation>中国占世界合计的份额（≤ 为上限，≥ 为下限）</translation>
    </message>
    <message>
        <source>Share of the largest producer, %</source>
        <translation>最大生产国的份额（%）</translation>
    </message>
    <message>
        <source>Share of the three largest producers, %</source>
        <translation>前三大生产国的份额（%）</translation>
    </message>
    <message>
        <source>Herfindahl–Hirschman index, 0–10,000: a range when “Other countries” could be one producer or many</source>
        <translation>赫芬达尔—赫希曼指数（0–10,000）：当“其他国家”可能是一个或多个生产者时给出区间</translation>
    </message>
    <message>
        <source>10,000 ÷ HHI: as concentrated as this many equal producers</source>
        <translation>10,000 ÷ HHI：集中程度相当于这么多个同等规模的生产者</translation>
    </message>
    <message>
        <source>World reserves ÷ world production, same edition and year</source>
        <translation>世界储量 ÷ 世界产量（同一版本、同一年份）</translation>
    </message>
    <message>
        <source>World total against the previous year, same edition, %</source>
        <translation>世界合计较上一年的变化（同一版本，%）</translation>
    </message>
    <message>
        <source>World total against the previous edition, same year, %</source>
        <translation>世界合计较上一版本的变化（同一年份，%）</translation>
    </message>
    <message>
        <source>e estimated · W withheld · NA not available · &gt; lower bound</source>
        <translation>e 估计值 · W 为保密不公布 · NA 无数据 · &gt; 下限</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>Source: USGS {edition} ({sources}), data year {year}, {unit}</source>
        <translation>来源：USGS {edition}（{sources}），数据年份 {year}，{unit}</translation>
    </message>
    <message>
        <source>Previous edition: {edition}</source>
        <translation>上一版本：{edition}</translation>
    </message>
    <message>
        <source>The world total is a lower bound (&gt;), so shares are upper bounds.</source>
        <translation>世界合计为下限（&gt;），因此各份额均为上限。</translation>
    </message>
    <message>
        <source>No published world total: shares of the sum of the listed rows.</source>
        <translation>未公布世界总量：占比按所列各行之和计算。</translation>
    </message>
    <message>
        <source>No world total and no values to add up.</source>
        <translation>没有世界总量，也没有可相加的数值。</translation>
    </message>
    <message>
        <source>No {metric} statistic published (only: {published}).</source>
        <translation>未公布{metric}统计项（仅有：{published}）。</translation>
    </message>
    <message>
        <source>production</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Source: {ids}</source>
        <translation>来源：{ids}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Latest per commodity</source>
        <translation>各矿种最新年份</translation>
    </message>
    <message>
        <source>Newest for the year</source>
        <translation>该年份最新版本</translation>
    </message>
    <message>
        <source>{shown} of {total} commodities shown · {data} with figures</source>
        <translation>显示 {shown}/{total} 个矿种 · {data} 个有数据</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Every commodity at a glance</source>
        <translation>全部矿种一览</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Data year</source>
        <translation>数据年份</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Filter (commodity, statistic, country)</source>
        <translation>筛选（矿种、统计项、国家）</translation>
    </message>
    <message>
        <source>China share at least</source>
        <translation>中国份额不低于</translation>
    </message>
    <message>
        <source>HHI band</source>
        <translation>HHI 区间</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>below 1,500</source>
        <translation>低于 1,500</translation>
    </message>
    <message>
        <source>1,500 to 2,500</source>
        <translation>1,500 至 2,500</translation>
    </message>
    <message>
        <source>2,500 and above</source>
        <translation>2,500 及以上</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>e.g. gallium, 镓, refinery, China</source>
        <translation>例如：镓、gallium、精炼、中国</translation>
    </message>
    <message>
        <source>Hide commodities without figures</source>
        <translation>隐藏无数据的矿种</translation>
    </message>
    <message>
        <source>Open in Market</source>
        <translation>在市场页打开</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Shares: % of the world total the publisher prints (Σ: none printed, sum of the rows); ≤ upper bound, ≥ lower bound. HHI 0–10,000; bands after the 2010 US merger guidelines (for firms, not a verdict on countries). Missing: —, never 0.</source>
        <translation>份额：占发布方所公布世界合计的百分比（Σ：未公布合计，为各行之和）；≤ 为上限，≥ 为下限。HHI 取值 0–10,000，区间划分参照美国 2010 年并购指南（针对企业，并非对国家的评判）。缺失值显示为 —，绝不当作 0。</translation>
    </message>
    <message>
        <source>An HHI range means “Other countries” could be one producer or many. Names in Chinese: countries from ISO 3166 (pycountry); commodities, statistics and units are reetool renderings.</source>
        <translation>HHI 为区间表示“其他国家”可能是一个或多个生产者。中文名称：国家名取自 ISO 3166（pycountry）；矿种、统计项和单位为 reetool 译名。</translation>
    </message>
    <message>
        <source>{metric} · {sources}</source>
        <translation>{metric} · {sources}</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <source>mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>refinery</source>
        <translation>精炼</translation>
    </message>
    <message>
        <source>smelter</source>
        <translation>冶炼</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>mill</source>
        <translation>选厂</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>production</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>World total</source>
        <translation>世界合计</translation>
    </message>
    <message>
        <source>Largest producer</source>
        <translation>最大生产国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>CR1</source>
        <translation>CR1</translation>
    </message>
    <message>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>Select a commodity to see its production stages side by side.</source>
        <translation>选择一个矿种，即可并列查看其各生产环节。</translation>
    </message>
    <message>
        <source>{commodity}: USGS publishes one statistic of this metric.</source>
        <translation>{commodity}：USGS 对该指标只公布一项统计。</translation>
    </message>
    <message>
        <source>{commodity}: {n} statistics published by USGS, side by side</source>
        <translation>{commodity}：USGS 公布的 {n} 项统计并列对照</translation>
    </message>
</context>
</TS>

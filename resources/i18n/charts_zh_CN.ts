<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Charts</name>
    <message>
        <source>prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>official count stated</source>
        <translation>官方公布的条目数</translation>
    </message>
    <message>
        <source>count derived from official changes</source>
        <translation>根据官方调整推算的条目数</translation>
    </message>
    <message>
        <source>{status}: {a} of {n} items attested in reetool</source>
        <translation>{status}类：{n} 项中 reetool 已核实 {a} 项</translation>
    </message>
    <message>
        <source>{status}: {n} items (official); {m} not attested</source>
        <translation>{status}类：官方 {n} 项，其中 {m} 项未核实</translation>
    </message>
    <message>
        <source>{status}: attested in reetool</source>
        <translation>{status}类：reetool 已核实</translation>
    </message>
    <message>
        <source>{status}: official count, not attested</source>
        <translation>{status}类：官方条目数中未核实部分</translation>
    </message>
    <message>
        <source>Catalogue version (left: prohibited; right: restricted)</source>
        <translation>目录版本（左：禁止类；右：限制类）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>sector not seen</source>
        <translation>所属行业未见</translation>
    </message>
    <message>
        <source>{n} attested items in version {v}</source>
        <translation>{v} 版中已核实 {n} 项</translation>
    </message>
    <message>
        <source>version {v}</source>
        <translation>{v} 版</translation>
    </message>
    <message>
        <source>Attested items</source>
        <translation>已核实条目数</translation>
    </message>
    <message>
        <source>Catalogue of technologies prohibited or restricted from export</source>
        <translation>中国禁止出口限制出口技术目录</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>coverage: reetool attests {a} of {n} items of version {v}</source>
        <translation>覆盖情况：{v} 版 {n} 项中 reetool 已核实 {a} 项</translation>
    </message>
    <message>
        <source>Bar height = official item count (dashed outline where derived from the official changes, not stated); solid part = items whose text reetool has seen in a cited source. Lower panel: attested items by sector.</source>
        <translation>柱高为官方条目数（虚线框表示根据官方调整推算、并非官方直接公布）；实色部分为 reetool 在所引来源中见到原文的条目。下图：已核实条目按行业分布。</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>{value} t</source>
        <translation>{value} 吨</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估计值）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>metric tons</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>revised in a later edition</source>
        <translation>后续版本已修订</translation>
    </message>
    <message>
        <source>confirmed by a later edition</source>
        <translation>后续版本未作改动</translation>
    </message>
    <message>
        <source>World (USGS DS140 historical series)</source>
        <translation>世界（USGS DS140 历史序列）</translation>
    </message>
    <message>
        <source>United States (DS140)</source>
        <translation>美国（DS140）</translation>
    </message>
    <message>
        <source>World (newest USGS edition per year)</source>
        <translation>世界（各年份最新 USGS 版本）</translation>
    </message>
    <message>
        <source>China (newest USGS edition per year)</source>
        <translation>中国（各年份最新 USGS 版本）</translation>
    </message>
    <message>
        <source>Earlier edition, revised since</source>
        <translation>较早版本，后已修订</translation>
    </message>
    <message>
        <source>Earlier edition, unchanged since</source>
        <translation>较早版本，后未改动</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Mine production (t REO)</source>
        <translation>矿山产量（吨 REO）</translation>
    </message>
    <message>
        <source>World and China rare-earth mine production, {span}</source>
        <translation>世界与中国稀土矿山产量，{span}</translation>
    </message>
    <message>
        <source>metric tons, rare-earth-oxide (REO) equivalent</source>
        <translation>吨，以稀土氧化物（REO）计</translation>
    </message>
    <message>
        <source>DS140 is a revised historical series; USGS editions print first estimates that are revised later (hollow = estimated or superseded). No country breakdown is bundled before 2018. China&apos;s figures are its official mining quotas (undocumented output excluded).</source>
        <translation>DS140 为经修订的历史序列；USGS 各版先公布初步估计，之后再修订（空心点 = 估计值或已被取代）。2018 年以前未收录分国别数据。中国的数字为官方开采总量控制指标（不含未登记产量）。</translation>
    </message>
    <message>
        <source>China&apos;s share (newest edition per year)</source>
        <translation>中国占比（各年份最新版本）</translation>
    </message>
    <message>
        <source>% of world mine production</source>
        <translation>占世界矿山产量的百分比</translation>
    </message>
    <message>
        <source>China&apos;s share of world rare-earth mine production</source>
        <translation>中国稀土矿山产量占世界的比重</translation>
    </message>
    <message>
        <source>% of the world total of the same USGS edition</source>
        <translation>占同一 USGS 版本世界总量的百分比</translation>
    </message>
    <message>
        <source>Share = China ÷ world total printed in the same edition (world totals are rounded). China&apos;s figure is its mining quota. Years before 2018: no country data bundled (gap, not zero).</source>
        <translation>占比 = 中国 ÷ 同一版本公布的世界总量（世界总量经过取整）。中国的数字为开采指标。2018 年以前未收录分国别数据（为缺失，不是零）。</translation>
    </message>
    <message>
        <source>2010 US merger guidelines: moderately concentrated</source>
        <translation>2010 年美国并购指南：中度集中</translation>
    </message>
    <message>
        <source>2023 US merger guidelines: highly concentrated</source>
        <translation>2023 年美国并购指南：高度集中</translation>
    </message>
    <message>
        <source>2010 US merger guidelines: highly concentrated</source>
        <translation>2010 年美国并购指南：高度集中</translation>
    </message>
    <message>
        <source>mine production</source>
        <translation>矿山产量</translation>
    </message>
    <message>
        <source>reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>no published world total (shares of the listed rows)</source>
        <translation>无公布的世界总量（按所列各行计算占比）</translation>
    </message>
    <message>
        <source>world {value}</source>
        <translation>世界 {value}</translation>
    </message>
    <message>
        <source>{share} of world ({amount})</source>
        <translation>占世界 {share}（{amount}）</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Other countries (not one producer)</source>
        <translation>其他国家（并非单一生产国）</translation>
    </message>
    <message>
        <source>% of the published world total</source>
        <translation>占公布的世界总量的百分比</translation>
    </message>
    <message>
        <source>CR3 {cr3}, HHI {hhi}</source>
        <translation>CR3 {cr3}，HHI {hhi}</translation>
    </message>
    <message>
        <source>Zero output in this edition: {countries}. </source>
        <translation>本版本中产量为零：{countries}。</translation>
    </message>
    <message>
        <source>Shares of the world total printed by the publisher (rounded; rows need not add up). Dashed outline = estimated. Click a bar to highlight the country in every chart.</source>
        <translation>占比按发布方公布的世界总量计算（已取整，各行之和不一定等于总量）。虚线框 = 估计值。点击柱条可在所有图表中突出显示该国。</translation>
    </message>
    <message>
        <source>{edition} (production: {pv}; reserves: {rv})</source>
        <translation>{edition}（产量：{pv}；储量：{rv}）</translation>
    </message>
    <message>
        <source>Mine production</source>
        <translation>矿山产量</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>% of world total: {statistic}</source>
        <translation>占世界总量的百分比：{statistic}</translation>
    </message>
    <message>
        <source>{commodity}: shares of world {statistic}, {year}</source>
        <translation>{commodity}：各国占世界{statistic}的比重，{year} 年</translation>
    </message>
    <message>
        <source>{share} of world (all other countries, incl. unallocated)</source>
        <translation>占世界 {share}（其余所有国家，含未分配部分）</translation>
    </message>
    <message>
        <source>The shares stacked before it are upper bounds, so what remains is at least this.</source>
        <translation>叠放在前面的各项比重均为上限，因此剩余部分至少为此数。</translation>
    </message>
    <message>
        <source>Rest of world</source>
        <translation>世界其他地区</translation>
    </message>
    <message>
        <source>% of world total</source>
        <translation>占世界总量的百分比</translation>
    </message>
    <message>
        <source>% of the published world totals</source>
        <translation>占公布的世界总量的百分比</translation>
    </message>
    <message>
        <source>production: {p}; reserves: {r}</source>
        <translation>产量：{p}；储量：{r}</translation>
    </message>
    <message>
        <source>The world reserves total is printed as a lower bound (&quot;&gt;&quot;), so reserve shares are upper bounds. </source>
        <translation>世界储量总数以下限（“&gt;”）形式公布，因此储量占比为上限值。</translation>
    </message>
    <message>
        <source>Countries: the five largest producers and three largest reserve holders.</source>
        <translation>所列国家：产量前五位和储量前三位。</translation>
    </message>
    <message>
        <source>HHI {v} (&quot;Other&quot; as one producer)</source>
        <translation>HHI {v}（将“其他”视为一个生产国）</translation>
    </message>
    <message>
        <source>HHI {v} (&quot;Other&quot; fully fragmented)</source>
        <translation>HHI {v}（将“其他”视为完全分散）</translation>
    </message>
    <message>
        <source>top 3: {v}</source>
        <translation>前三位：{v}</translation>
    </message>
    <message>
        <source>largest ({c}): {v}</source>
        <translation>最大生产国（{c}）：{v}</translation>
    </message>
    <message>
        <source>HHI (upper bound)</source>
        <translation>HHI（上限）</translation>
    </message>
    <message>
        <source>HHI (lower bound)</source>
        <translation>HHI（下限）</translation>
    </message>
    <message>
        <source>HHI (0–10,000)</source>
        <translation>HHI（0–10,000）</translation>
    </message>
    <message>
        <source>Top-3 share (CR3)</source>
        <translation>前三位占比（CR3）</translation>
    </message>
    <message>
        <source>Largest producer (CR1)</source>
        <translation>最大生产国占比（CR1）</translation>
    </message>
    <message>
        <source>{t} %</source>
        <translation>{t}%</translation>
    </message>
    <message>
        <source>{commodity}: share of {p} vs share of {r}, {year}</source>
        <translation>{commodity}：{p}占比与{r}占比，{year} 年</translation>
    </message>
    <message>
        <source>{commodity}: concentration of {statistic}</source>
        <translation>{commodity}：{statistic}集中度</translation>
    </message>
    <message>
        <source>HHI (0–10,000) and % of world</source>
        <translation>HHI（0–10,000）及占世界的百分比</translation>
    </message>
    <message>
        <source>Newest USGS edition for each year; shares of the published world total. Reference lines are US merger-guideline thresholds for firms — a yardstick, not a verdict on countries.</source>
        <translation>各年份采用最新 USGS 版本；占比按公布的世界总量计算。参考线为美国并购指南针对企业的阈值，仅作比较尺度，并非对国家的评判。</translation>
    </message>
    <message>
        <source>default scenario (no scenario set on the Market page)</source>
        <translation>默认情景（市场页面尚未设定情景）</translation>
    </message>
    <message>
        <source>live from the Market page</source>
        <translation>与市场页面实时同步</translation>
    </message>
    <message>
        <source>includes your edits to the published figures</source>
        <translation>含您对公布数字所作的修改</translation>
    </message>
    <message>
        <source>Supply before</source>
        <translation>情景前供应</translation>
    </message>
    <message>
        <source>Supply after</source>
        <translation>情景后供应</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>减少量</translation>
    </message>
    <message>
        <source>World supply</source>
        <translation>世界供应</translation>
    </message>
    <message>
        <source>Scenario: {country} withholds {cut} % of its output</source>
        <translation>情景：{country} 停止供应其 {cut}% 的产量</translation>
    </message>
    <message>
        <source>{country}&apos;s share: {before} before, {after} of the remaining supply after</source>
        <translation>{country} 的占比：情景前 {before}，情景后占剩余供应的 {after}</translation>
    </message>
    <message>
        <source>Simplest reading: the country&apos;s whole output was on the world market.</source>
        <translation>最简化的理解：该国全部产量原本都进入世界市场。</translation>
    </message>
    <message>
        <source>65 %: EU CRMA benchmark</source>
        <translation>65%：欧盟 CRMA 基准</translation>
    </message>
    <message>
        <source>65 %: EU Critical Raw Materials Act benchmark</source>
        <translation>65%：欧盟《关键原材料法案》基准</translation>
    </message>
    <message>
        <source>{country}&apos;s share of world supply</source>
        <translation>{country} 占世界供应的比重</translation>
    </message>
    <message>
        <source>% of world supply</source>
        <translation>占世界供应的百分比</translation>
    </message>
    <message>
        <source>Scenario: {country} {h} %/yr, rest of world {g} %/yr</source>
        <translation>情景：{country} 年增 {h}%，世界其他地区年增 {g}%</translation>
    </message>
    <message>
        <source>below {t} % in {y}</source>
        <translation>{y} 年降至 {t}% 以下</translation>
    </message>
    <message>
        <source>Compound growth from the base year {y}; a what-if, not a forecast.</source>
        <translation>自基准年 {y} 起按复合增长率计算；这是假设情景，不是预测。</translation>
    </message>
    <message>
        <source>Neodymium oxide</source>
        <translation>氧化钕</translation>
    </message>
    <message>
        <source>Praseodymium oxide</source>
        <translation>氧化镨</translation>
    </message>
    <message>
        <source>NdPr oxide</source>
        <translation>氧化镨钕</translation>
    </message>
    <message>
        <source>Dysprosium oxide</source>
        <translation>氧化镝</translation>
    </message>
    <message>
        <source>Terbium oxide</source>
        <translation>氧化铽</translation>
    </message>
    <message>
        <source>Cerium oxide</source>
        <translation>氧化铈</translation>
    </message>
    <message>
        <source>annual average</source>
        <translation>年均价</translation>
    </message>
    <message>
        <source>year-end range</source>
        <translation>年末价格区间</translation>
    </message>
    <message>
        <source>range of averages</source>
        <translation>均价区间</translation>
    </message>
    <message>
        <source>{low}–{high} US$/kg</source>
        <translation>{low}–{high} 美元/千克</translation>
    </message>
    <message>
        <source>{value} US$/kg</source>
        <translation>{value} 美元/千克</translation>
    </message>
    <message>
        <source>US$ per kg</source>
        <translation>美元/千克</translation>
    </message>
    <message>
        <source>{name}: year-end range</source>
        <translation>{name}：年末价格区间</translation>
    </message>
    <message>
        <source>Rare-earth oxide prices</source>
        <translation>稀土氧化物价格</translation>
    </message>
    <message>
        <source>US$ per kg (nominal)</source>
        <translation>美元/千克（名义价格）</translation>
    </message>
    <message>
        <source>Newest USGS edition per year (Argus; FOB China where stated). The definition changes: 2011–2013 are year-end ranges (MCS2016, drawn as vertical bars), later years annual averages; editions also revise earlier years (e.g. Nd oxide 2021: 49 → 98). Hollow = estimated.</source>
        <translation>各年份采用最新 USGS 版本（Argus；注明处为中国离岸价）。口径有变化：2011–2013 年为年末价格区间（MCS2016，以竖线表示），之后为年均价；各版本还会修订往年数据（如 2021 年氧化钕：49 → 98）。空心点 = 估计值。</translation>
    </message>
    <message>
        <source>light</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <source>light (轻稀土)</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <source>rock-type (light)</source>
        <translation>岩矿型（轻稀土）</translation>
    </message>
    <message>
        <source>rock-type (mainly light)</source>
        <translation>岩矿型（以轻稀土为主）</translation>
    </message>
    <message>
        <source>rock-type (岩矿型, light)</source>
        <translation>岩矿型（轻稀土）</translation>
    </message>
    <message>
        <source>medium-heavy</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <source>medium-heavy (中重稀土)</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>重稀土</translation>
    </message>
    <message>
        <source>ion-adsorption</source>
        <translation>离子型</translation>
    </message>
    <message>
        <source>ion-adsorption (mainly medium-heavy)</source>
        <translation>离子型（以中重稀土为主）</translation>
    </message>
    <message>
        <source>ion-adsorption (离子型, mainly medium-heavy)</source>
        <translation>离子型（以中重稀土为主）</translation>
    </message>
    <message>
        <source>first batch only — full-year total not found</source>
        <translation>仅第一批——未找到全年总量</translation>
    </message>
    <message>
        <source>up to the second batch only</source>
        <translation>仅截至第二批</translation>
    </message>
    <message>
        <source>up to the third batch only</source>
        <translation>仅截至第三批</translation>
    </message>
    <message>
        <source>not
published</source>
        <translation>未
公布</translation>
    </message>
    <message>
        <source>not
found</source>
        <translation>未
找到</translation>
    </message>
    <message>
        <source>Mining: light (rock-type)</source>
        <translation>开采：轻稀土（岩矿型）</translation>
    </message>
    <message>
        <source>Mining: medium-heavy (ion-adsorption)</source>
        <translation>开采：中重稀土（离子型）</translation>
    </message>
    <message>
        <source>Mining: total (no split published)</source>
        <translation>开采：总量（未公布分类）</translation>
    </message>
    <message>
        <source>Smelting and separation</source>
        <translation>冶炼分离</translation>
    </message>
    <message>
        <source>Year (left bar: mining; right bar: smelting/separation)</source>
        <translation>年份（左柱：开采；右柱：冶炼分离）</translation>
    </message>
    <message>
        <source>Quota (t REO)</source>
        <translation>指标（吨 REO）</translation>
    </message>
    <message>
        <source>China&apos;s rare-earth production quotas</source>
        <translation>中国稀土生产总量控制指标</translation>
    </message>
    <message>
        <source>metric tons of rare-earth oxide (REO)</source>
        <translation>吨稀土氧化物（REO）</translation>
    </message>
    <message>
        <source>full-year totals; dashed outline = batch only</source>
        <translation>全年总量；虚线框 = 仅为某一批次</translation>
    </message>
    <message>
        <source>No smelting/separation quota found for {years}. </source>
        <translation>未找到以下年份的冶炼分离指标：{years}。</translation>
    </message>
    <message>
        <source>Figures from reposts of the MIIT/MNR notices and from news reports (one source per publication; each bar&apos;s source is in its tooltip and the CSV). Export quotas (2012–2013) are a different instrument and are not shown.</source>
        <translation>数字来自工信部/自然资源部通知的转载及新闻报道（每篇出处单列为一个来源；各柱条的来源见悬停提示和 CSV）。出口配额（2012–2013 年）属于不同的管理工具，未在图中显示。</translation>
    </message>
    <message>
        <source>Mine production shares by country</source>
        <translation>各国矿山产量占比</translation>
    </message>
    <message>
        <source>Share of world mine production by country for a commodity, edition and year (sorted horizontal bars)</source>
        <translation>选定矿种、版本和年份下各国占世界矿山产量的比重（排序横向柱状图）</translation>
    </message>
    <message>
        <source>Production share vs reserves share</source>
        <translation>产量占比与储量占比</translation>
    </message>
    <message>
        <source>Each country&apos;s share of world mine production and of world reserves, side by side (100 % stacked bars)</source>
        <translation>各国占世界矿山产量和世界储量的比重并列对比（100% 堆积柱状图）</translation>
    </message>
    <message>
        <source>World and China rare-earth production since 1900</source>
        <translation>1900 年以来世界与中国稀土产量</translation>
    </message>
    <message>
        <source>World mine production 1900–2020 (USGS DS140) and every USGS edition since, with China; revised figures marked</source>
        <translation>1900–2020 年世界矿山产量（USGS DS140）及此后各版 USGS 数据，含中国；标出已修订的数字</translation>
    </message>
    <message>
        <source>China&apos;s share of world mine production</source>
        <translation>中国占世界矿山产量的比重</translation>
    </message>
    <message>
        <source>China&apos;s mine production as a percentage of the world total, by year and USGS edition</source>
        <translation>按年份和 USGS 版本列出的中国矿山产量占世界总量的百分比</translation>
    </message>
    <message>
        <source>Concentration of mine production over time</source>
        <translation>矿山产量集中度的变化</translation>
    </message>
    <message>
        <source>Herfindahl–Hirschman index and top-3 share by year, with the usual reference thresholds</source>
        <translation>逐年的赫芬达尔–赫希曼指数（HHI）和前三位占比，附常用参考阈值</translation>
    </message>
    <message>
        <source>Annual mining and smelting/separation quotas; light vs medium-heavy (ion-adsorption) where published</source>
        <translation>年度开采与冶炼分离总量控制指标；有公布时区分轻稀土与中重稀土（离子型）</translation>
    </message>
    <message>
        <source>Oxide prices (Nd, Pr, NdPr, Dy, Tb, Ce) in US$/kg by year, newest USGS edition per year; log scale option</source>
        <translation>逐年氧化物价格（钕、镨、镨钕、镝、铽、铈），美元/千克，各年份采用最新 USGS 版本；可选对数坐标</translation>
    </message>
    <message>
        <source>Supply scenario</source>
        <translation>供应情景</translation>
    </message>
    <message>
        <source>Result of the Market page&apos;s scenario (disruption or ramp-up), updated live</source>
        <translation>市场页面情景（断供或扩产）的结果，实时更新</translation>
    </message>
    <message>
        <source>Export-technology catalogue composition</source>
        <translation>出口技术目录构成</translation>
    </message>
    <message>
        <source>Prohibited and restricted items by catalogue version (official counts) and how many reetool attests, by sector</source>
        <translation>各版目录的禁止类和限制类条目数（官方数字）及 reetool 已核实的条目，按行业分列</translation>
    </message>
    <message>
        <source>World map of shares</source>
        <translation>世界份额地图</translation>
    </message>
    <message>
        <source>Where a commodity&apos;s production or reserves sit: each country shaded by its share of the world total, with class breaks; what is not drawn is named</source>
        <translation>某一矿种的产量或储量分布在哪里：各国按其占世界合计的份额分级着色；未能绘出的部分逐一注明</translation>
    </message>
    <message>
        <source>{first}…{last} ({n} publications)</source>
        <translation>{first}…{last}（共 {n} 篇出处）</translation>
    </message>
    <message>
        <source>Source: {ids}</source>
        <translation>来源：{ids}</translation>
    </message>
    <message>
        <source>This chart cannot be drawn:</source>
        <translation>无法绘制此图表：</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <source>Data year: {year}</source>
        <translation>数据年份：{year}</translation>
    </message>
    <message>
        <source>Edition: {edition}</source>
        <translation>版本：{edition}</translation>
    </message>
    <message>
        <source>Year: {year}</source>
        <translation>年份：{year}</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Export PNG (2×)…</source>
        <translation>导出 PNG（2 倍）…</translation>
    </message>
    <message>
        <source>Export PNG at size…</source>
        <translation>按指定尺寸导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export CSV (plotted data)…</source>
        <translation>导出 CSV（图中数据）…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export PNG at size</source>
        <translation>按指定尺寸导出 PNG</translation>
    </message>
    <message>
        <source>Size in pixels (width x height):</source>
        <translation>像素尺寸（宽 x 高）：</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>under {b} %</source>
        <translation>低于 {b} %</translation>
    </message>
    <message>
        <source>{a}–{b} %</source>
        <translation>{a}–{b} %</translation>
    </message>
    <message>
        <source>{b} % and more</source>
        <translation>{b} % 及以上</translation>
    </message>
    <message>
        <source>flag: {flag}</source>
        <translation>标记：{flag}</translation>
    </message>
    <message>
        <source>published as {c}{v}</source>
        <translation>公布值为 {c}{v}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>zero ({amount})</source>
        <translation>零（{amount}）</translation>
    </message>
    <message>
        <source>zero output</source>
        <translation>产量为零</translation>
    </message>
    <message>
        <source>listed, no figure (NA, W)</source>
        <translation>已列出但无数值（NA、W）</translation>
    </message>
    <message>
        <source>not listed by the publisher</source>
        <translation>发布方未列出</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>“Other countries” {share}</source>
        <translation>“其他国家” {share}</translation>
    </message>
    <message>
        <source>unallocated {share}</source>
        <translation>未分配 {share}</translation>
    </message>
    <message>
        <source>Not on the map: {items}.</source>
        <translation>地图上未绘出：{items}。</translation>
    </message>
    <message>
        <source>The world total is a lower bound (&gt;), so shares are upper bounds (≤).</source>
        <translation>世界合计为下限（&gt;），因此各份额均为上限（≤）。</translation>
    </message>
    <message>
        <source>No published world total: shares of the listed rows.</source>
        <translation>未公布世界合计：份额按所列各行之和计算。</translation>
    </message>
    <message>
        <source>Boundaries: Natural Earth 1:110m (public domain), no position on any border; Equal Earth projection.</source>
        <translation>边界：Natural Earth 1:110m（公有领域），不代表对任何边界的立场；等积地球（Equal Earth）投影。</translation>
    </message>
    <message>
        <source>no published world total</source>
        <translation>未公布世界合计</translation>
    </message>
    <message>
        <source>{commodity}: {statistic} by country, {year}</source>
        <translation>{commodity}：各国{statistic}，{year} 年</translation>
    </message>
    <message>
        <source>HHI {hhi}</source>
        <translation>HHI {hhi}</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Charts for slides: every chart names its unit, data year, edition and sources. Hover for exact values, click a legend entry to hide a series, click a bar to highlight a country; right-click or use the toolbar to export.</source>
        <translation>可直接用于幻灯片的图表：每张图都注明单位、数据年份、版本和来源。鼠标悬停可查看精确数值，点击图例可隐藏数据系列，点击柱条可突出显示某国；右键或使用工具栏导出。</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Commodity:</source>
        <translation>矿种：</translation>
    </message>
    <message>
        <source>Data year:</source>
        <translation>数据年份：</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>{n} charts; exports carry title, unit, data year and sources</source>
        <translation>共 {n} 张图表；导出文件均包含标题、单位、数据年份和来源</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoundText</name>
    <message>
        <source>≤ {value}</source>
        <translation>≤ {value}</translation>
    </message>
    <message>
        <source>≥ {value}</source>
        <translation>≥ {value}</translation>
    </message>
    <message>
        <source>≶ {value}</source>
        <translation>≶ {value}</translation>
    </message>
    <message>
        <source>Upper bound (≤): the true value is at most this.</source>
        <translation>上限（≤）：真实值至多为此数。</translation>
    </message>
    <message>
        <source>Lower bound (≥): the true value is at least this.</source>
        <translation>下限（≥）：真实值至少为此数。</translation>
    </message>
    <message>
        <source>Bounded, direction unknown (≶): it is computed from figures bounded in opposite senses, so the true value may be higher or lower.</source>
        <translation>有界但方向不明（≶）：由界限方向相反的数字算出，真实值可能更高，也可能更低。</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>{name}: {value} {unit} ({kind})</source>
        <translation>{name}：{value} {unit}（{kind}）</translation>
    </message>
    <message>
        <source>From figures the publisher prints as bounds: {list}.</source>
        <translation>依据发布方以界限形式公布的数字：{list}。</translation>
    </message>
    <message>
        <source>The publisher prints the world total as a lower bound ({value}), so a share of it is at most the figure shown.</source>
        <translation>发布方以下限形式公布世界总量（{value}），因此占其比重至多为所示数字。</translation>
    </message>
    <message>
        <source>The publisher prints the world total as an upper bound ({value}), so a share of it is at least the figure shown.</source>
        <translation>发布方以上限形式公布世界总量（{value}），因此占其比重至少为所示数字。</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>{v} t (estimate)</source>
        <translation>{v} 吨（估计值）</translation>
    </message>
    <message>
        <source>{pct} ({china} of {world} t)</source>
        <translation>{pct}（{world} 吨中的 {china} 吨）</translation>
    </message>
    <message>
        <source>{v} t</source>
        <translation>{v} 吨</translation>
    </message>
    <message>
        <source>{pct} ({china} of {world} Mt)</source>
        <translation>{pct}（{world} 百万吨中的 {china} 百万吨）</translation>
    </message>
    <message>
        <source>matches (rounded)</source>
        <translation>一致（四舍五入）</translation>
    </message>
    <message>
        <source>{v} t = {mt} Mt</source>
        <translation>{v} 吨 = {mt} 百万吨</translation>
    </message>
    <message>
        <source>10 × too high</source>
        <translation>高出 10 倍</translation>
    </message>
    <message>
        <source>largest: {country}</source>
        <translation>最大：{country}</translation>
    </message>
    <message>
        <source>The article&apos;s claims on production and reserves beside USGS Mineral Commodity Summaries 2023 (data year 2022, metric tons of rare-earth-oxide equivalent; production 2022 is a USGS estimate), each figure computed from the bundled table.</source>
        <translation>文章关于产量和储量的说法，与美国地质调查局《矿产品概要》2023 年版对照（数据年份 2022，单位为吨稀土氧化物当量；2022 年产量为美国地质调查局估计值），每个数字均由内置数据表计算。</translation>
    </message>
    <message>
        <source>“1,300 million tons” is not supported: the USGS file reads 130,000,000 t, i.e. 130 million tons (1.3亿吨 in Chinese). The figure is ten times too high — most likely 1.3亿 was mistranslated (1 亿 = 100 million, not 1,000 million). China&apos;s 44 Mt of 130 Mt is 33.8 %, which the article rounds to 34 %.</source>
        <translation>“1,300 million tons”（13 亿吨）没有依据：USGS 文件中的数值是 130,000,000 吨，即 1.3 亿吨。该数字高出十倍——很可能是把“1.3亿”误译了（1 亿 = 100 million，而不是 1,000 million）。中国的 44 Mt 占 130 Mt 的 33.8 %，文章四舍五入为 34 %。</translation>
    </message>
    <message>
        <source>All the article&apos;s claims — the catalogue, the measures and the supply chain too — on the Reference page</source>
        <translation>参考资料页：文章的全部说法（另含技术目录、措施和产业链）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>USGS MCS2023</source>
        <translation>USGS MCS2023</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Computed from the bundled table: {check}</source>
        <translation>由内置数据表计算：{check}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
</context>
<context>
    <name>ConcentrationPanel</name>
    <message>
        <source>World total (publisher)</source>
        <translation>世界总量（发布方）</translation>
    </message>
    <message>
        <source>Largest country</source>
        <translation>最大生产国</translation>
    </message>
    <message>
        <source>CR1</source>
        <translation>CR1</translation>
    </message>
    <message>
        <source>CR3 (top 3 countries)</source>
        <translation>CR3（前 3 国）</translation>
    </message>
    <message>
        <source>CR4 (top 4 countries)</source>
        <translation>CR4（前 4 国）</translation>
    </message>
    <message>
        <source>HHI (0–10,000)</source>
        <translation>HHI（0–10,000）</translation>
    </message>
    <message>
        <source>HHI range</source>
        <translation>HHI 区间</translation>
    </message>
    <message>
        <source>Equivalent number of equal producers</source>
        <translation>等效同等规模生产者数</translation>
    </message>
    <message>
        <source>&quot;Other countries&quot; line</source>
        <translation>“其他国家”一行</translation>
    </message>
    <message>
        <source>Unallocated remainder</source>
        <translation>未分配余量</translation>
    </message>
    <message>
        <source>Reference lines: HHI 1,500 and 2,500 (US Horizontal Merger Guidelines 2010: moderately / highly concentrated), 1,800 (US Merger Guidelines 2023: highly concentrated) — an antitrust reference for firms, not a verdict on countries.</source>
        <translation>参考线：HHI 1,500 和 2,500（美国 2010 年《横向合并指南》：中度／高度集中），1,800（美国 2023 年《合并指南》：高度集中）——这是针对企业的反垄断参考，而非对国家的评判。</translation>
    </message>
    <message>
        <source>Shares of</source>
        <translation>比重基数</translation>
    </message>
    <message>
        <source>the publisher&apos;s world total</source>
        <translation>发布方的世界总量</translation>
    </message>
    <message>
        <source>the sum of the listed rows</source>
        <translation>所列各行之和</translation>
    </message>
    <message>
        <source>If combined:</source>
        <translation>若合并：</translation>
    </message>
    <message>
        <source>Shares are of the sum of the listed rows (countries with a value and the &quot;Other countries&quot; line).</source>
        <translation>份额以所列各行之和为基数（有数值的国家及“其他国家”一行）。</translation>
    </message>
    <message>
        <source>Shares are of the publisher&apos;s world total.</source>
        <translation>份额以发布方的世界总量为基数。</translation>
    </message>
    <message>
        <source>HHI counts the &quot;Other countries&quot; line as one producer (upper bound); the range&apos;s lower bound treats it as fully fragmented. CR1/CR3/CR4 rank countries only. Missing values are left out, never read as 0.</source>
        <translation>HHI 将“其他国家”一行视为一个生产者（上限）；区间下限则视其为完全分散。CR1/CR3/CR4 只对国家排序。缺失值不参与计算，绝不按 0 处理。</translation>
    </message>
    <message>
        <source>{value} {unit} (sum of rows: no published total)</source>
        <translation>{value} {unit}（各行之和：未公布总量）</translation>
    </message>
    <message>
        <source> (lower bound)</source>
        <translation>（下限）</translation>
    </message>
    <message>
        <source> (upper bound)</source>
        <translation>（上限）</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>，估计值</translation>
    </message>
    <message>
        <source>{value} {unit}: the sum of the listed rows (the publisher prints {published})</source>
        <translation>{value} {unit}：所列各行之和（发布方公布为 {published}）</translation>
    </message>
    <message>
        <source>none: shares are of the listed sum</source>
        <translation>无：份额以所列各行之和为基数</translation>
    </message>
    <message>
        <source>none — the rows add up to {excess} {unit} ({pct}) more than the world total, a lower bound</source>
        <translation>无——所列各行之和比世界总量（下限）多出 {excess} {unit}（{pct}）</translation>
    </message>
    <message>
        <source>The true world total is at least the listed sum, so nothing is negative: shares of the printed total are upper bounds.</source>
        <translation>真实的世界总量至少等于所列各行之和，因此没有负值：占所公布总量的比重均为上限。</translation>
    </message>
    <message>
        <source>none — the rows add up to {excess} {unit} ({pct}) more than the rounded world total</source>
        <translation>无——所列各行之和比取整后的世界总量多出 {excess} {unit}（{pct}）</translation>
    </message>
    <message>
        <source>The publisher&apos;s world total is rounded and smaller than the sum of the listed rows, so shares of it add up to more than 100 %. Choose &quot;Shares of: the sum of the listed rows&quot; for shares that add up to 100 %.</source>
        <translation>发布方的世界总量经过取整，且小于所列各行之和，因此以其为基数的份额合计超过 100 %。如需合计为 100 % 的份额，请选择“比重基数：所列各行之和”。</translation>
    </message>
    <message>
        <source>{country}: {share}</source>
        <translation>{country}：{share}</translation>
    </message>
    <message>
        <source>{low} (Other fragmented) – {high} (Other as one producer)</source>
        <translation>{low}（“其他”完全分散）– {high}（“其他”视为一个生产者）</translation>
    </message>
    <message>
        <source>{missing} (not published)</source>
        <translation>{missing}（未公布）</translation>
    </message>
    <message>
        <source>≤ marks an upper bound, ≥ a lower bound, ≶ a bound of unknown direction; hover a figure for why.</source>
        <translation>≤ 表示上限，≥ 表示下限，≶ 表示方向不明的界限；将鼠标悬停在数字上可查看原因。</translation>
    </message>
    <message>
        <source>Includes {n} value(s) you edited — not USGS figures.</source>
        <translation>包含 {n} 个由您修改的数值——并非 USGS 数据。</translation>
    </message>
    <message>
        <source>Pick two different countries.</source>
        <translation>请选择两个不同的国家。</translation>
    </message>
    <message>
        <source>ΔHHI = +{delta} → HHI {hhi}</source>
        <translation>ΔHHI = +{delta} → HHI {hhi}</translation>
    </message>
</context>
<context>
    <name>CountryTableModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Value ({unit})</source>
        <translation>数值（{unit}）</translation>
    </message>
    <message>
        <source>Share of world</source>
        <translation>占世界比重</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Share of listed sum</source>
        <translation>占所列之和比重</translation>
    </message>
    <message>
        <source>Reserves / production (years)</source>
        <translation>储采比（年）</translation>
    </message>
    <message>
        <source>Production − reserves share (pp)</source>
        <translation>产量份额 − 储量份额（百分点）</translation>
    </message>
    <message>
        <source>Share of the publisher&apos;s world total (not of the sum of rows)</source>
        <translation>占发布方世界总量的比重（而非各行之和）</translation>
    </message>
    <message>
        <source>Share of the sum of the listed rows (countries with a value and the &apos;Other countries&apos; line)</source>
        <translation>占所列各行之和的比重（有数值的国家及“其他国家”一行）</translation>
    </message>
    <message>
        <source>Double-click to edit; edited values are marked</source>
        <translation>双击可编辑；修改过的数值会被标出</translation>
    </message>
    <message>
        <source>Share of world production minus share of world reserves</source>
        <translation>占世界产量的比重减去占世界储量的比重</translation>
    </message>
    <message>
        <source>{country} (added)</source>
        <translation>{country}（新增）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Production − reserves share: {gap} pp</source>
        <translation>产量份额 − 储量份额：{gap} 个百分点</translation>
    </message>
    <message>
        <source>Other editions: {list}</source>
        <translation>其他版本：{list}</translation>
    </message>
    <message>
        <source>Published value: {value}</source>
        <translation>公布值：{value}</translation>
    </message>
    <message>
        <source>The publisher&apos;s &apos;Other countries&apos; line: counted as one producer in HHI, left out of CR1/CR3/CR4</source>
        <translation>发布方的“其他国家”一行：在 HHI 中视为一个生产者，不计入 CR1/CR3/CR4</translation>
    </message>
    <message>
        <source>As published: {raw}</source>
        <translation>原文：{raw}</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Set {country} to {value}</source>
        <translation>将 {country} 设为 {value}</translation>
    </message>
    <message>
        <source>Add {country}</source>
        <translation>添加 {country}</translation>
    </message>
    <message>
        <source>Reset to published</source>
        <translation>恢复为公布值</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import USGS data</source>
        <translation>导入 USGS 数据</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Commodity (if the file does not say):</source>
        <translation>矿种（文件未注明时填写）：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>mcs2023-raree_world.csv or MCS2026_Commodities_Data.csv</source>
        <translation>mcs2023-raree_world.csv 或 MCS2026_Commodities_Data.csv</translation>
    </message>
    <message>
        <source>USGS Mineral Commodity Summaries data releases: the per-commodity world CSV (2022–2024) or the all-commodity file (2026). Nothing is stored until you click Import.</source>
        <translation>USGS《矿产品概要》数据发布文件：单一矿种的世界 CSV（2022–2024）或全矿种文件（2026）。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import: {error}</source>
        <translation>无法导入：{error}</translation>
    </message>
    <message>
        <source>{file}: {n} values, edition {edition}, {k} commodities ({names}), years {years}. Editions the app already bundles keep the bundled values.</source>
        <translation>{file}：{n} 个数值，版本 {edition}，{k} 个矿种（{names}），年份 {years}。本软件已内置的版本仍使用内置数值。</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>矿种</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Cannot store the import: {error}</source>
        <translation>无法保存导入的数据：{error}</translation>
    </message>
</context>
<context>
    <name>ManageImportsDialog</name>
    <message>
        <source>Manage imports</source>
        <translation>管理导入的数据</translation>
    </message>
    <message>
        <source>Imported USGS data releases, kept in your data folder. Removing one deletes only the imported copy, never the original file.</source>
        <translation>已导入的 USGS 数据发布文件，保存在您的数据文件夹中。删除时只删除导入的副本，不会删除原始文件。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MarketExports</name>
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
</context>
<context>
    <name>MarketMenu</name>
    <message>
        <source>Import USGS data…</source>
        <translation>导入 USGS 数据…</translation>
    </message>
    <message>
        <source>Manage imports…</source>
        <translation>管理导入的数据…</translation>
    </message>
    <message>
        <source>Export country table as CSV…</source>
        <translation>将国家表导出为 CSV…</translation>
    </message>
    <message>
        <source>Export concentration as CSV…</source>
        <translation>将集中度导出为 CSV…</translation>
    </message>
    <message>
        <source>Export scenario as CSV…</source>
        <translation>将情景导出为 CSV…</translation>
    </message>
    <message>
        <source>Export the article&apos;s claims as CSV…</source>
        <translation>将文章的说法导出为 CSV…</translation>
    </message>
    <message>
        <source>Export U.S. statistics as CSV…</source>
        <translation>将美国统计数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>保存情景…</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>打开情景…</translation>
    </message>
    <message>
        <source>Reset table to published</source>
        <translation>将表格恢复为公布值</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Add country</source>
        <translation>添加国家</translation>
    </message>
    <message>
        <source>Country name:</source>
        <translation>国家名称：</translation>
    </message>
    <message>
        <source>Value in {unit} (empty = missing):</source>
        <translation>数值，单位 {unit}（留空 = 缺失）：</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>保存情景…</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>打开情景…</translation>
    </message>
    <message>
        <source>Market shares, concentration and scenarios</source>
        <translation>市场份额、集中度与情景分析</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>矿种</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data year</source>
        <translation>数据年份</translation>
    </message>
    <message>
        <source>Add country…</source>
        <translation>添加国家…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Reset to published</source>
        <translation>恢复为公布值</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法核对</translation>
    </message>
    <message>
        <source>Flags: {e}; {r}; {na}; {w}; {gt}. Missing values show as —, never 0. Double-click a value to edit it; double-click a source to open it.</source>
        <translation>标记：{e}；{r}；{na}；{w}；{gt}。缺失值显示为 —，绝不显示为 0。双击数值可编辑；双击来源可打开该来源。</translation>
    </message>
    <message>
        <source> · edited</source>
        <translation> · 已修改</translation>
    </message>
    <message>
        <source>{commodity} · {statistic} · USGS {edition} · {year}{edited}</source>
        <translation>{commodity} · {statistic} · USGS {edition} · {year}{edited}</translation>
    </message>
</context>
<context>
    <name>MarketTexts</name>
    <message>
        <source>NA — not available</source>
        <translation>NA — 无数据</translation>
    </message>
    <message>
        <source>W — withheld to avoid disclosing company data</source>
        <translation>W — 为避免披露企业数据而未公布</translation>
    </message>
    <message>
        <source>XX — not applicable</source>
        <translation>XX — 不适用</translation>
    </message>
    <message>
        <source>E — net exporter</source>
        <translation>E — 净出口国</translation>
    </message>
    <message>
        <source>published as text (qualitative or a range), not a number</source>
        <translation>以文字公布（定性描述或区间），不是数值</translation>
    </message>
    <message>
        <source>&gt; — lower bound</source>
        <translation>&gt; — 下限值</translation>
    </message>
    <message>
        <source>&lt; — upper bound</source>
        <translation>&lt; — 上限值</translation>
    </message>
    <message>
        <source>e — estimated</source>
        <translation>e — 估计值</translation>
    </message>
    <message>
        <source>edited by you — not the published figure</source>
        <translation>已由您修改 — 并非公布数据</translation>
    </message>
    <message>
        <source>r — another edition gives a different value (revised; see the tooltip)</source>
        <translation>r — 其他版本给出的数值不同（已修订；见提示）</translation>
    </message>
    <message>
        <source>metric tons</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>thousand metric tons</source>
        <translation>千吨</translation>
    </message>
    <message>
        <source>million metric tons</source>
        <translation>百万吨</translation>
    </message>
    <message>
        <source>thousand metric dry tons</source>
        <translation>千吨（干重）</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>million carats</source>
        <translation>百万克拉</translation>
    </message>
    <message>
        <source>thousands of carats</source>
        <translation>千克拉</translation>
    </message>
    <message>
        <source>million cubic meters</source>
        <translation>百万立方米</translation>
    </message>
    <message>
        <source>million liters</source>
        <translation>百万升</translation>
    </message>
    <message>
        <source>rare-earth-oxide (REO) equivalent</source>
        <translation>稀土氧化物（REO）当量</translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <source>A scenario named {name} exists. Replace it?</source>
        <translation>已有名为 {name} 的情景。要替换吗？</translation>
    </message>
    <message>
        <source>Cannot save the scenario: {error}</source>
        <translation>无法保存情景：{error}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>已保存到 {file}</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>情景 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario: {error}</source>
        <translation>无法打开情景：{error}</translation>
    </message>
    <message>
        <source>Cannot open the scenario {file}: {error}</source>
        <translation>无法打开情景 {file}：{error}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>已打开 {file}</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Based on a table you edited — not USGS figures.</source>
        <translation>基于您修改过的表格——并非 USGS 数据。</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>供应中断</translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation>产能扩张</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Withholds</source>
        <translation>扣留比例</translation>
    </message>
    <message>
        <source>Lost to the market</source>
        <translation>市场损失量</translation>
    </message>
    <message>
        <source>Share of world supply lost</source>
        <translation>损失占世界供应的比重</translation>
    </message>
    <message>
        <source>Shortfall vs. what the rest now gets</source>
        <translation>缺口占其余地区现有供应的比重</translation>
    </message>
    <message>
        <source>Country&apos;s share afterwards</source>
        <translation>该国此后的份额</translation>
    </message>
    <message>
        <source>Assumes the country&apos;s whole output was on the world market; the rest of the world now gets world total − withheld. Shortfall = withheld ÷ what remains.</source>
        <translation>假设该国全部产量原本都进入世界市场；其余地区现在得到的是世界总量 − 扣留量。缺口 = 扣留量 ÷ 剩余供应。</translation>
    </message>
    <message>
        <source>Its growth</source>
        <translation>该国增速</translation>
    </message>
    <message>
        <source>Rest of world growth</source>
        <translation>其他地区增速</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Share in the base year</source>
        <translation>基准年份额</translation>
    </message>
    <message>
        <source>Falls below the threshold</source>
        <translation>降至阈值以下</translation>
    </message>
    <message>
        <source>Falls below 65 % (EU CRMA benchmark)</source>
        <translation>降至 65 % 以下（欧盟《关键原材料法案》基准）</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>{share} in {year}</source>
        <translation>{year} 年为 {share}</translation>
    </message>
    <message>
        <source>not within {n} years</source>
        <translation>{n} 年内不会</translation>
    </message>
    <message>
        <source>already below in {year}</source>
        <translation>{year} 年已低于</translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation>{year} 年</translation>
    </message>
</context>
<context>
    <name>Selectors</name>
    <message>
        <source>Production</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>储量</translation>
    </message>
    <message>
        <source>Latest for {year}: {edition}</source>
        <translation>{year} 年最新：{edition}</translation>
    </message>
</context>
<context>
    <name>SourceNotes</name>
    <message>
        <source>USGS data note (English original): {note}</source>
        <translation>USGS 数据注释（英文原文）：{note}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Source: USGS {edition} ({sources}) · data year {year} · {unit}</source>
        <translation>来源：USGS {edition}（{sources}）· 数据年份 {year} · {unit}</translation>
    </message>
    <message>
        <source>Edited table: highlighted values are yours, not USGS&apos;s</source>
        <translation>已修改的表格：高亮的数值是您填写的，并非 USGS 数据</translation>
    </message>
</context>
<context>
    <name>UsPanel</name>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>U.S. salient statistics as published in USGS {edition} ({sources}); e = estimated, E = net exporter, &gt; = more than. Each column is a data year.</source>
        <translation>美国主要统计数据，按 USGS {edition}（{sources}）原文；e = 估计值，E = 净出口国，&gt; = 大于。每列为一个数据年份。</translation>
    </message>
    <message>
        <source>Item (as published)</source>
        <translation>项目（按原文）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>U.S. import sources: not in {edition}.</source>
        <translation>美国进口来源：{edition} 中没有此项。</translation>
    </message>
    <message>
        <source>U.S. import sources, {period} (% of U.S. imports), USGS {edition}</source>
        <translation>美国进口来源，{period}（占美国进口的百分比），USGS {edition}</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Share of imports</source>
        <translation>占进口比重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
</TS>

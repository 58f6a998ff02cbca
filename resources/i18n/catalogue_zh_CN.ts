<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>引文已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export the items shown as CSV</source>
        <translation>将显示的条目导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>比较版本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>复制引文(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove imported items…</source>
        <translation>移除导入的条目(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CatalogueDetail</name>
    <message>
        <source>{label}, see {sources}</source>
        <translation>{label}，见 {sources}</translation>
    </message>
    <message>
        <source>No control point of this item has been seen in any available source.</source>
        <translation>现有资料中未见本条目的任何控制要点。</translation>
    </message>
    <message>
        <source>Chinese (as published)</source>
        <translation>中文（原文）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese not seen</source>
        <translation>中文原文未见</translation>
    </message>
    <message>
        <source>no English</source>
        <translation>无英文</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>stage: {stage}</source>
        <translation>产业链环节：{stage}</translation>
    </message>
    <message>
        <source>· = published number not known; listed in the order of the source.</source>
        <translation>· = 原文序号不详；按资料中的顺序列出。</translation>
    </message>
    <message>
        <source>No other version attests this item.</source>
        <translation>其他版本中没有本条目的记载。</translation>
    </message>
    <message>
        <source>(this entry)</source>
        <translation>（本条）</translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation>{kind}：</translation>
    </message>
    <message>
        <source>not named among the deletions of the {version} amendment</source>
        <translation>{version} 年修订删除的条目中未列出</translation>
    </message>
    <message>
        <source>before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>wording of the change not seen</source>
        <translation>修改内容的原文未见</translation>
    </message>
    <message>
        <source>code not seen</source>
        <translation>编号未见</translation>
    </message>
    <message>
        <source>Chinese name not seen</source>
        <translation>中文名称未见</translation>
    </message>
    <message>
        <source>Version: {title}, {instrument} ({date})</source>
        <translation>版本：{title}，{instrument}（{date}）</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>行业：{sector}</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未见</translation>
    </message>
    <message>
        <source>Tagged rare-earth related</source>
        <translation>已标记为稀土相关</translation>
    </message>
    <message>
        <source>Supply-chain stages: {stages}</source>
        <translation>产业链环节：{stages}</translation>
    </message>
    <message>
        <source>Carried over from the {base} catalogue: the {version} amendment does not name it among its deletions.</source>
        <translation>沿用自 {base} 年版目录：{version} 年修订删除的条目中未列出本条。</translation>
    </message>
    <message>
        <source>One deletion of this amendment is not named, so this item may be the one deleted.</source>
        <translation>此次修订有一项删除条目未公开名称，因此本条也可能已被删除。</translation>
    </message>
    <message>
        <source>Imported by you from {source}. It replaces any bundled entry with the same code in this version.</source>
        <translation>由您从 {source} 导入。它替代本版本中编号相同的内置条目。</translation>
    </message>
    <message>
        <source>Incomplete: the official text of this item was not available.</source>
        <translation>不完整：无法获得本条目的官方原文。</translation>
    </message>
    <message>
        <source>Control points</source>
        <translation>控制要点</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{title} (title as published)</source>
        <translation>{title}（原文标题）</translation>
    </message>
    <message>
        <source>History across versions</source>
        <translation>各版本沿革</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>禁止类</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>限制类</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>Metal / alloy</source>
        <translation>金属／合金</translation>
    </message>
    <message>
        <source>Magnet</source>
        <translation>磁体</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>可信度高</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>可信度中</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>可信度低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>reetool rendering (unofficial)</source>
        <translation>reetool 自拟译文（非官方）</translation>
    </message>
    <message>
        <source>third-party translation</source>
        <translation>第三方译文</translation>
    </message>
    <message>
        <source>English from the imported file</source>
        <translation>英文来自导入文件</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>列入</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>derived by arithmetic</source>
        <translation>据官方数字推算</translation>
    </message>
    <message>
        <source>stated officially</source>
        <translation>官方公布</translation>
    </message>
    <message>
        <source>{version} amendment ({base} as amended)</source>
        <translation>{version} 年修订（{base} 年版修订后）</translation>
    </message>
    <message>
        <source>{version} catalogue</source>
        <translation>{version} 年版目录</translation>
    </message>
    <message>
        <source>— (not seen)</source>
        <translation>—（未见）</translation>
    </message>
    <message>
        <source>{name} [reetool]</source>
        <translation>{name} [reetool 译文]</translation>
    </message>
</context>
<context>
    <name>CatalogueNotes</name>
    <message>
        <source>Note in the bundle (English original): {note}</source>
        <translation>资料包说明（英文原文）：{note}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>an English name ({origin})</source>
        <translation>英文名称（{origin}）</translation>
    </message>
    <message>
        <source>origin not stated</source>
        <translation>出处未注明</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>{n} control point(s)</source>
        <translation>{n} 项控制要点</translation>
    </message>
    <message>
        <source>control points</source>
        <translation>控制要点</translation>
    </message>
    <message>
        <source>Imported by you.</source>
        <translation>由你导入。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The bundle holds: {held}; it lacks: {lacks} ({confidence}).</source>
        <translation>本资料包收录：{held}；缺少：{lacks}（{confidence}）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Evidence (the bundle&apos;s English original): {text}</source>
        <translation>依据（资料包英文原文）：{text}</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>依据：{text}</translation>
    </message>
    <message>
        <source>{text} (reetool rendering)</source>
        <translation>{text}（reetool 译文）</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>All statuses</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All supply-chain stages</source>
        <translation>全部产业链环节</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Sector not seen</source>
        <translation>行业未见</translation>
    </message>
    <message>
        <source>No item matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的条目。</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>显示 {total} 项中的 {shown} 项</translation>
    </message>
    <message>
        <source>Catalogue {version}: showing {shown} of {held} attested items (official total {official})</source>
        <translation>目录 {version} 年版：显示已有出处的 {held} 项中的 {shown} 项（官方共 {official} 项）</translation>
    </message>
    <message>
        <source>Search codes, names and control points in Chinese or English (e.g. 稀土, rare earth)…</source>
        <translation>按编号、名称或控制要点搜索，中英文均可（如：稀土、rare earth）…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>比较版本…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Rare-earth related only</source>
        <translation>仅看稀土相关</translation>
    </message>
    <message>
        <source>[reetool] = English written by reetool, an unofficial rendering; other English is a third-party translation. — = not seen in any available source.</source>
        <translation>[reetool 译文] = reetool 自拟的英文，非官方译法；其他英文为第三方译文。— = 现有资料中未见。</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>{name} [reetool]</source>
        <translation>{name} [reetool 译文]</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>⚠ partial
{confidence}</source>
        <translation>⚠ 不完整
{confidence}</translation>
    </message>
    <message>
        <source>Code not seen (reetool id {id})</source>
        <translation>编号未见（reetool 编号 {id}）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Name (Chinese / English)</source>
        <translation>名称（中文／英文）</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Pick two different versions.</source>
        <translation>请选择两个不同的版本。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Attested only in {version} (whether kept is not known)</source>
        <translation>仅见于 {version} 年版（是否保留不详）</translation>
    </message>
    <message>
        <source>Attested only in {version} (whether new is not known)</source>
        <translation>仅见于 {version} 年版（是否为新增不详）</translation>
    </message>
    <message>
        <source>{title}: {n} attested of {official} officially</source>
        <translation>{title}：官方 {official} 项，已有出处 {n} 项</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}：{n} 项</translation>
    </message>
    <message>
        <source>From {a} to {b} there were {n} revisions ({steps}); their official texts record &lt;b&gt;{added}&lt;/b&gt; additions, &lt;b&gt;{deleted}&lt;/b&gt; deletions and &lt;b&gt;{amended}&lt;/b&gt; amendments in all (an item can change more than once). Each change below names the revision that made it.</source>
        <translation>从 {a} 年版到 {b} 年版共有 {n} 次修订（{steps}）；各次修订的官方文本合计记载新增 &lt;b&gt;{added}&lt;/b&gt; 项、删除 &lt;b&gt;{deleted}&lt;/b&gt; 项、修改 &lt;b&gt;{amended}&lt;/b&gt; 项（同一条目可能多次变更）。下面每项变更都注明了所属的修订。</translation>
    </message>
    <message>
        <source>From {a} to {b} the official texts record &lt;b&gt;{added}&lt;/b&gt; added, &lt;b&gt;{deleted}&lt;/b&gt; deleted and &lt;b&gt;{amended}&lt;/b&gt; amended items (counts {basis}). Listed below: the changes a source names, and changes derived where both texts are complete.</source>
        <translation>从 {a} 年版到 {b} 年版，官方文本记载新增 &lt;b&gt;{added}&lt;/b&gt; 项、删除 &lt;b&gt;{deleted}&lt;/b&gt; 项、修改 &lt;b&gt;{amended}&lt;/b&gt; 项（条目数{basis}）。下面列出有资料点名的变更，以及两版全文齐备时推导出的变更。</translation>
    </message>
    <message>
        <source>No official change counts for {a} → {b}.</source>
        <translation>{a} → {b} 没有官方变更数字。</translation>
    </message>
    <message>
        <source>{version}: source {ids}</source>
        <translation>{version} 年：来源 {ids}</translation>
    </message>
    <message>
        <source>derived: both texts complete</source>
        <translation>推导：两版全文齐备</translation>
    </message>
    <message>
        <source>{name} [reetool]</source>
        <translation>{name} [reetool 译文]</translation>
    </message>
    <message>
        <source>(not named in the source)</source>
        <translation>（资料中未列名称）</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>将比较结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Compare catalogue versions</source>
        <translation>比较目录版本</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
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
        <source>Add to briefing</source>
        <translation>添加到演示</translation>
    </message>
    <message>
        <source>Add this comparison to the briefing as a slide (Ctrl+B)</source>
        <translation>将此比较作为一张幻灯片添加到演示（Ctrl+B）</translation>
    </message>
    <message>
        <source>Copy the comparison as shown, tab-separated (pastes into a spreadsheet)</source>
        <translation>按当前显示复制比较结果，以制表符分隔（可粘贴到电子表格）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>The bundle holds only the items public sources attest, so most changes cannot be listed yet. Import the official texts of both versions and the comparison becomes complete. Double-click an item to show it; hover a cell to read all of it.</source>
        <translation>本数据包只收录公开资料有记载的条目，因此大多数变更尚无法列出。导入两个版本的官方文本后，比较结果即可完整。双击条目可在目录中显示；鼠标停在单元格上可查看全文。</translation>
    </message>
    <message>
        <source>The Chinese notes in “What changed” are reetool renderings of the bundle&apos;s English notes; hover a cell for the English.</source>
        <translation>“变更内容”中的中文说明为 reetool 对资料包英文说明的译文；将鼠标悬停在单元格上可查看英文原文。</translation>
    </message>
</context>
<context>
    <name>CoverageBanner</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import the official PDF or text (plain text, CSV or JSON) to complete the catalogue</source>
        <translation>导入官方 PDF 或文本（纯文本、CSV 或 JSON）以补全目录</translation>
    </message>
    <message>
        <source>This bundle holds &lt;b&gt;{held}&lt;/b&gt; of {official} items of the catalogue as amended in {version}</source>
        <translation>本数据包收录 {version} 年修订后目录 {official} 项中的 &lt;b&gt;{held}&lt;/b&gt; 项</translation>
    </message>
    <message>
        <source>This bundle holds &lt;b&gt;{held}&lt;/b&gt; of {official} items of the {version} catalogue</source>
        <translation>本数据包收录 {version} 年版目录 {official} 项中的 &lt;b&gt;{held}&lt;/b&gt; 项</translation>
    </message>
    <message>
        <source>({prohibited} of {official_prohibited} prohibited, {restricted} of {official_restricted} restricted). Official counts: {basis}.</source>
        <translation>（禁止类 {official_prohibited} 项中的 {prohibited} 项，限制类 {official_restricted} 项中的 {restricted} 项）。官方条目数：{basis}。</translation>
    </message>
    <message>
        <source>{n} carried over from {base}.</source>
        <translation>其中 {n} 项沿用自 {base} 年版。</translation>
    </message>
    <message>
        <source>{n} imported by you.</source>
        <translation>其中 {n} 项为您导入。</translation>
    </message>
    <message>
        <source>The official text was not available offline: import it to complete the catalogue.</source>
        <translation>离线时无法获得官方全文：导入官方文本即可补全目录。</translation>
    </message>
    <message>
        <source>Your imported items could not be read: {error}</source>
        <translation>无法读取您导入的条目：{error}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import catalogue items</source>
        <translation>导入目录条目</translation>
    </message>
    <message>
        <source>Official PDF, catalogue text, CSV or JSON (*.pdf *.txt *.csv *.json);;All files (*)</source>
        <translation>官方 PDF、目录文本、CSV 或 JSON (*.pdf *.txt *.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>replaces your earlier import</source>
        <translation>替代您之前导入的条目</translation>
    </message>
    <message>
        <source>replaces bundled item {id}</source>
        <translation>替代内置条目 {id}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>无法导入此文件。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose a file: the official PDF, the official text (copied or saved as text), or a CSV/JSON file in reetool&apos;s schema.</source>
        <translation>请选择文件：官方 PDF、官方文本（复制或另存为文本），或符合 reetool 格式的 CSV/JSON 文件。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>未保存任何内容：{error}</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>as named in the file</source>
        <translation>按文件中注明的版本</translation>
    </message>
    <message>
        <source>this does not look like the catalogue: no item code such as 083201J (six digits and J or X) was found</source>
        <translation>这不像是技术目录：未找到 083201J 这样的条目编号（六位数字加 J 或 X）</translation>
    </message>
    <message>
        <source>this does not look like the catalogue: codes were found but no 编号 / 控制要点 labels and no part heading (一、禁止出口部分)</source>
        <translation>这不像是技术目录：找到了编号，但没有“编号”“控制要点”标签，也没有部分标题（一、禁止出口部分）</translation>
    </message>
    <message>
        <source>this is not text in UTF-8, GB18030/GBK or UTF-16</source>
        <translation>这不是 UTF-8、GB18030/GBK 或 UTF-16 编码的文本</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>这不是文本文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the catalogue version is not named in the file; choose it above</source>
        <translation>文件中没有注明目录版本，请在上方选择</translation>
    </message>
    <message>
        <source>this PDF has no text layer (it is a scan or an image) and reetool does not include OCR (text recognition). Download the official PDF from the MOFCOM or MOST address below (it has a text layer), or run OCR elsewhere and import the text it produces as a .txt file.</source>
        <translation>此 PDF 没有文字层（是扫描件或图片），reetool 不含 OCR（文字识别）功能。请从下方商务部或科技部的地址下载官方 PDF（带文字层），或在其他地方进行 OCR，再将得到的文字存为 .txt 文件导入。</translation>
    </message>
    <message>
        <source>this PDF is encrypted and needs a password. Open it in a PDF reader, save or print it as a PDF without a password, and import that.</source>
        <translation>此 PDF 已加密，需要密码。请在 PDF 阅读器中打开，另存或打印为不带密码的 PDF，再导入。</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be read; download it again.</source>
        <translation>此 PDF 已损坏，无法读取，请重新下载。</translation>
    </message>
    <message>
        <source>this file is named .pdf but is not a PDF.</source>
        <translation>此文件扩展名为 .pdf，但并不是 PDF。</translation>
    </message>
    <message>
        <source>this PDF has far more pages than the catalogue (about 30): is it the right file?</source>
        <translation>此 PDF 的页数远多于技术目录（约 30 页），请确认文件是否正确。</translation>
    </message>
    <message>
        <source>this PDF&apos;s fonts give no Unicode for most of its characters, so its text cannot be read reliably; import the text version instead.</source>
        <translation>此 PDF 的字体没有为大部分字符提供 Unicode 对应，文字无法可靠读取；请改为导入文本版本。</translation>
    </message>
    <message>
        <source>this installation cannot read PDFs (the pdfplumber package is missing); import the text version instead.</source>
        <translation>本安装无法读取 PDF（缺少 pdfplumber 软件包）；请改为导入文本版本。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>status: {held} here, {got} in the file</source>
        <translation>类别：此处为{held}，文件中为{got}</translation>
    </message>
    <message>
        <source>name: {got}</source>
        <translation>名称：{got}</translation>
    </message>
    <message>
        <source>name: {held} here, {got} in the file</source>
        <translation>名称：此处为“{held}”，文件中为“{got}”</translation>
    </message>
    <message>
        <source>control point not in the file: {held}</source>
        <translation>文件中没有此控制要点：{held}</translation>
    </message>
    <message>
        <source>control points: {held} here, {got} in the file</source>
        <translation>控制要点：此处 {held} 条，文件中 {got} 条</translation>
    </message>
    <message>
        <source>code: {got}</source>
        <translation>编号：{got}</translation>
    </message>
    <message>
        <source>sector: {got}</source>
        <translation>行业：{got}</translation>
    </message>
    <message>
        <source>no control points</source>
        <translation>没有控制要点</translation>
    </message>
    <message>
        <source>control points not numbered</source>
        <translation>控制要点没有编号</translation>
    </message>
    <message>
        <source>text before control point 1</source>
        <translation>控制要点 1 之前有文字</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>code and part heading disagree on the status</source>
        <translation>编号与部分标题所示类别不一致</translation>
    </message>
    <message>
        <source>unusually long name (text of the next item swallowed?)</source>
        <translation>名称异常地长（是否混入了下一条目的文字？）</translation>
    </message>
    <message>
        <source>unusually long control point (text of the next item swallowed?)</source>
        <translation>控制要点异常地长（是否混入了下一条目的文字？）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <source>adds a new item</source>
        <translation>新增条目</translation>
    </message>
    <message>
        <source>completes {held}: {reasons}</source>
        <translation>补全 {held}：{reasons}</translation>
    </message>
    <message>
        <source>CONTRADICTS {held}: {reasons}</source>
        <translation>与 {held} 矛盾：{reasons}</translation>
    </message>
    <message>
        <source>replaces your earlier import of {held}</source>
        <translation>替代您之前导入的 {held}</translation>
    </message>
    <message>
        <source>same as {held}</source>
        <translation>与 {held} 相同</translation>
    </message>
    <message>
        <source>{p} of {po} prohibited and {r} of {ro} restricted items (official counts: {basis})</source>
        <translation>禁止类 {p} 项（官方 {po} 项），限制类 {r} 项（官方 {ro} 项）（官方条目数：{basis}）</translation>
    </message>
    <message>
        <source>{n} {status} items of the official text are not in the file.</source>
        <translation>官方文本中有 {n} 项{status}条目不在此文件中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} {status} items more than the official count&lt;/b&gt; (duplicates, or the wrong version?).</source>
        <translation>&lt;b&gt;{status}条目比官方数多 {n} 项&lt;/b&gt;（是否有重复，或版本不对？）。</translation>
    </message>
    <message>
        <source>It adds {adds}, completes {completes}, &lt;b&gt;contradicts {contradicts}&lt;/b&gt; and replaces {replaces} of your earlier imports ({same} unchanged).</source>
        <translation>将新增 {adds} 项、补全 {completes} 项、&lt;b&gt;矛盾 {contradicts} 项&lt;/b&gt;，并替代您之前导入的 {replaces} 项（{same} 项不变）。</translation>
    </message>
    <message>
        <source>Coverage of the {version} catalogue: {before} → &lt;b&gt;{after}&lt;/b&gt; of {official} items.</source>
        <translation>{version} 年版目录的覆盖：{before} → &lt;b&gt;{after}&lt;/b&gt; 项（共 {official} 项）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt;: {counts}.</source>
        <translation>&lt;b&gt;{version} 年版&lt;/b&gt;：{counts}。</translation>
    </message>
    <message>
        <source>the PDF ({pages} pages)</source>
        <translation>PDF 文件（{pages} 页）</translation>
    </message>
    <message>
        <source>the {fmt} file (encoding {encoding})</source>
        <translation>{fmt} 文件（编码 {encoding}）</translation>
    </message>
    <message>
        <source>Read &lt;b&gt;{n}&lt;/b&gt; items with {points} control points from {source}.</source>
        <translation>从{source}读取了 &lt;b&gt;{n}&lt;/b&gt; 项条目，共 {points} 条控制要点。</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Save; an import can be removed again.</source>
        <translation>按“保存”之前不会保存任何内容；导入的条目之后也可以删除。</translation>
    </message>
    <message>
        <source>Not read cleanly: check against the file ({n})</source>
        <translation>未能完整读取：请对照文件核对（{n}）</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>警告（{n}）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>要点数</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Compared with what you have</source>
        <translation>与现有内容比较</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <source>code {code} ends in {suffix} ({code_status}) but stands under the {part_status} part; status taken from the code</source>
        <translation>编号 {code} 以 {suffix} 结尾（{code_status}），却位于{part_status}部分；类别以编号为准</translation>
    </message>
    <message>
        <source>no part heading (一、禁止出口部分 / 二、限制出口部分) found; status taken from the codes</source>
        <translation>未找到部分标题（一、禁止出口部分／二、限制出口部分）；类别以编号为准</translation>
    </message>
    <message>
        <source>item {code} has no control points</source>
        <translation>条目 {code} 没有控制要点</translation>
    </message>
    <message>
        <source>control points of {code} are not numbered; kept as one point</source>
        <translation>{code} 的控制要点没有编号；作为一条保留</translation>
    </message>
    <message>
        <source>text before the first numbered control point of {code} kept as an introduction</source>
        <translation>{code} 第一条编号要点之前的文字作为引言保留</translation>
    </message>
    <message>
        <source>item {code} has no name</source>
        <translation>条目 {code} 没有名称</translation>
    </message>
    <message>
        <source>item {code} appears again (first on line {first}); the later copy is ignored</source>
        <translation>条目 {code} 重复出现（首次在第 {first} 行）；忽略后一处</translation>
    </message>
    <message>
        <source>a table row has no item code and was not read: {text}</source>
        <translation>表格中有一行没有条目编号，未读取：{text}</translation>
    </message>
    <message>
        <source>{n} characters have no Unicode mapping in the PDF&apos;s fonts and are missing from the text</source>
        <translation>PDF 字体中有 {n} 个字符没有 Unicode 对应，文本中缺少这些字符</translation>
    </message>
    <message>
        <source>page {page}: {message}</source>
        <translation>第 {page} 页：{message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
</context>
<context>
    <name>OfficialTextWidget</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>MOFCOM (Ministry of Commerce)</source>
        <translation>商务部</translation>
    </message>
    <message>
        <source>MOST (Ministry of Science and Technology)</source>
        <translation>科技部</translation>
    </message>
    <message>
        <source>announcement page</source>
        <translation>公告页面</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>{version} · {publisher} · {kind}</source>
        <translation>{version} 年 · {publisher} · {kind}</translation>
    </message>
    <message>
        <source>Copy addresses</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>reetool knows no address of the official text of the {version} catalogue.</source>
        <translation>reetool 没有 {version} 年版目录官方文本的地址。</translation>
    </message>
    <message>
        <source>Official text published by {publishers}: copy the addresses, fetch the PDF where you have a network, then import it.</source>
        <translation>官方文本由{publishers}发布：复制地址，在有网络的地方下载 PDF，再导入。</translation>
    </message>
    <message>
        <source>Where the official text is published (reetool never opens these addresses: fetch the PDF where you have a network, then import it here):</source>
        <translation>官方文本的发布地址（reetool 不会打开这些地址：请在有网络的地方下载 PDF，再在此导入）：</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
</context>
<context>
    <name>RemoveImportsDialog</name>
    <message>
        <source>{file} — imported {date} — version {versions} — {n} items</source>
        <translation>{file} — 导入于 {date} — 版本 {versions} — {n} 项</translation>
    </message>
    <message>
        <source>You have not imported any items.</source>
        <translation>您尚未导入任何条目。</translation>
    </message>
    <message>
        <source>Remove imported items</source>
        <translation>移除导入的条目</translation>
    </message>
    <message>
        <source>Tick the imports to remove. The bundled items they replaced come back. Your files are not touched.</source>
        <translation>勾选要移除的导入记录。被替代的内置条目将恢复显示。您的原始文件不受影响。</translation>
    </message>
    <message>
        <source>Remove ticked imports</source>
        <translation>移除勾选的导入</translation>
    </message>
</context>
</TS>

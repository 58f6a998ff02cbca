<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Briefing</name>
    <message>
        <source>PowerPoint export needs the python-pptx package, which this installation lacks ({error}).</source>
        <translation>导出 PowerPoint 需要 python-pptx 软件包，此安装中缺少该软件包（{error}）。</translation>
    </message>
    <message>
        <source>this kind of slide ({kind}) comes from a newer reetool</source>
        <translation>此类幻灯片（{kind}）来自更新版本的 reetool</translation>
    </message>
    <message>
        <source>Not available on this computer</source>
        <translation>此电脑上没有相应数据</translation>
    </message>
    <message>
        <source>Sources: reetool&apos;s bundled data, as named on each slide</source>
        <translation>来源：reetool 内置数据，详见各幻灯片</translation>
    </message>
    <message>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Chinese item name: not attested in the available sources</source>
        <translation>中文条目名称：现有来源中未见</translation>
    </message>
    <message>
        <source>Catalogue version {version} is not known here.</source>
        <translation>此电脑上没有 {version} 版目录。</translation>
    </message>
    <message>
        <source>(name not attested)</source>
        <translation>（名称未见于来源）</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Slide {n} of {total}…</source>
        <translation>第 {n} 张，共 {total} 张……</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{country}&apos;s share of world {statistic} ({commodity}), {year}</source>
        <translation>{country}占世界{statistic}的份额（{commodity}），{year} 年</translation>
    </message>
    <message>
        <source>Published figures; your edits on the Market page are not included.</source>
        <translation>此为公布数字；不含您在“市场”页面所做的修改。</translation>
    </message>
    <message>
        <source>{country}&apos;s share of world {statistic}</source>
        <translation>{country}占世界{statistic}的份额</translation>
    </message>
    <message>
        <source>{commodity}: who produces, {year}</source>
        <translation>{commodity}：谁在生产（{year} 年）</translation>
    </message>
    <message>
        <source>{commodity}: who holds the reserves, {year}</source>
        <translation>{commodity}：谁拥有储量（{year} 年）</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>第一张</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最后一张</translation>
    </message>
    <message>
        <source>Go to the slide whose number you typed</source>
        <translation>跳到所输入编号的幻灯片</translation>
    </message>
    <message>
        <source>Black screen (press again to return)</source>
        <translation>黑屏（再按一次返回）</translation>
    </message>
    <message>
        <source>White screen (press again to return)</source>
        <translation>白屏（再按一次返回）</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>结束放映</translation>
    </message>
    <message>
        <source>reetool — presentation</source>
        <translation>reetool — 放映</translation>
    </message>
    <message>
        <source>reetool — presenter view</source>
        <translation>reetool — 演讲者视图</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一张：</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>结束（Esc）</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>（此幻灯片没有备注）</translation>
    </message>
    <message>
        <source>Slide {n} of {total}</source>
        <translation>第 {n} 张，共 {total} 张</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>已用时间 {time}</translation>
    </message>
    <message>
        <source>The chart “{name}” is not part of this version of reetool.</source>
        <translation>此版本的 reetool 没有图表“{name}”。</translation>
    </message>
    <message>
        <source>The data for this chart is not on this computer: {reason}</source>
        <translation>此电脑上没有该图表所需的数据：{reason}</translation>
    </message>
    <message>
        <source>{country} withholds {cut} % of its {year} output</source>
        <translation>{country}扣留其 {year} 年产量的 {cut} %</translation>
    </message>
    <message>
        <source>: {lost} {unit} lost, {pct} of world supply</source>
        <translation>：损失 {lost} {unit}，占世界供应的 {pct}</translation>
    </message>
    <message>
        <source>; shortfall for everyone else {short}</source>
        <translation>；其他国家和地区的缺口为 {short}</translation>
    </message>
    <message>
        <source>{country} grows {h} %/yr, the rest of the world {g} %/yr, from {year}</source>
        <translation>自 {year} 年起，{country}年增长 {h} %，世界其他地区年增长 {g} %</translation>
    </message>
    <message>
        <source>Includes edits to the published figures. </source>
        <translation>包含对公布数字的修改。</translation>
    </message>
    <message>
        <source>% of world total</source>
        <translation>占世界总量 %</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>metric tons</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>metric tons REO</source>
        <translation>吨（稀土氧化物）</translation>
    </message>
    <message>
        <source>Prohibited from export</source>
        <translation>禁止出口</translation>
    </message>
    <message>
        <source>Restricted for export</source>
        <translation>限制出口</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Source: {ids}</source>
        <translation>来源：{ids}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>data year {year}</source>
        <translation>数据年份 {year}</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>missing in the source, not zero</source>
        <translation>来源中缺失，并非为零</translation>
    </message>
    <message>
        <source>Item {code} of the {version} catalogue is not on this computer (it may come from an import of the official text).</source>
        <translation>此电脑上没有 {version} 版目录的条目 {code}（它可能来自导入的官方文本）。</translation>
    </message>
    <message>
        <source>{version} catalogue · {instrument}</source>
        <translation>{version} 版目录 · {instrument}</translation>
    </message>
    <message>
        <source>(third-party translation)</source>
        <translation>（第三方译文）</translation>
    </message>
    <message>
        <source>(reetool rendering)</source>
        <translation>（reetool 自译）</translation>
    </message>
    <message>
        <source>English name: not available</source>
        <translation>英文名称：无</translation>
    </message>
    <message>
        <source>Control points: not attested in the available sources</source>
        <translation>控制要点：现有来源中未见</translation>
    </message>
    <message>
        <source>Incomplete record: see the Catalogue page for what is attested.</source>
        <translation>记录不完整：已证实的内容见“技术目录”页面。</translation>
    </message>
    <message>
        <source>Official counts. {named} of the {total} changes are named by a source:</source>
        <translation>官方数字。{total} 项变化中有 {named} 项在来源中具名：</translation>
    </message>
    <message>
        <source>Official counts are not known. Changes named by a source:</source>
        <translation>官方数字未知。来源中具名的变化：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Version change</source>
        <translation>版本变化</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>Nothing on this page can be added to a briefing right now.</source>
        <translation>此页面当前没有可添加到演示的内容。</translation>
    </message>
    <message>
        <source>Added {n} slide(s) to the briefing: now {total} slides. Present with F5, edit on the Briefing page.</source>
        <translation>已向演示添加 {n} 张幻灯片，现共 {total} 张。按 F5 放映，在“演示”页面编辑。</translation>
    </message>
    <message>
        <source>Restore briefing</source>
        <translation>恢复演示</translation>
    </message>
    <message>
        <source>A briefing with unsaved changes was kept when reetool last stopped: “{title}”, {n} slides, saved automatically at {time}. Restore it?</source>
        <translation>reetool 上次停止时保留了一份有未保存修改的演示：“{title}”，共 {n} 张幻灯片，已于 {time} 自动保存。要恢复吗？</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Add to &amp;briefing</source>
        <translation>添加到演示(&amp;B)</translation>
    </message>
    <message>
        <source>Add what this page shows to the briefing (the same key on every page)</source>
        <translation>将此页面显示的内容添加到演示（各页面使用同一快捷键）</translation>
    </message>
    <message>
        <source>&amp;Present briefing</source>
        <translation>放映演示(&amp;P)</translation>
    </message>
    <message>
        <source>Present briefing from the &amp;current slide</source>
        <translation>从当前幻灯片放映演示(&amp;C)</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>New slide</source>
        <translation>新幻灯片</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>尚未保存为文件</translation>
    </message>
    <message>
        <source>{n} slides · {file}</source>
        <translation>{n} 张幻灯片 · {file}</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved briefing</source>
        <translation>演示未保存</translation>
    </message>
    <message>
        <source>The briefing has unsaved changes. Discard them?</source>
        <translation>演示有未保存的修改。要丢弃吗？</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>reetool briefings (*.reedeck.json *.json);;All files (*)</source>
        <translation>reetool 演示 (*.reedeck.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be opened as a briefing:
{error}</source>
        <translation>无法将此文件作为演示打开：
{error}</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>演示另存为</translation>
    </message>
    <message>
        <source>reetool briefings (*.reedeck.json)</source>
        <translation>reetool 演示 (*.reedeck.json)</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>保存演示</translation>
    </message>
    <message>
        <source>The briefing could not be saved to {file}:
{error}</source>
        <translation>无法将演示保存到 {file}：
{error}</translation>
    </message>
    <message>
        <source>Export PNG images to folder</source>
        <translation>将 PNG 图片导出到文件夹</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>导出演示</translation>
    </message>
    <message>
        <source>Exporting the briefing…</source>
        <translation>正在导出演示……</translation>
    </message>
    <message>
        <source>Exported {n} slides to {file}</source>
        <translation>已将 {n} 张幻灯片导出到 {file}</translation>
    </message>
    <message>
        <source>Export cancelled; PNG files written so far are kept.</source>
        <translation>导出已取消；已写入的 PNG 文件予以保留。</translation>
    </message>
    <message>
        <source>&amp;New briefing</source>
        <translation>新建演示(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open briefing…</source>
        <translation>打开演示(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save briefing</source>
        <translation>保存演示(&amp;S)</translation>
    </message>
    <message>
        <source>Save briefing &amp;as…</source>
        <translation>演示另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ready-made deck</source>
        <translation>现成的演示</translation>
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
        <source>Add title slide</source>
        <translation>添加标题幻灯片</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>复制幻灯片</translation>
    </message>
    <message>
        <source>Remove slide</source>
        <translation>删除幻灯片</translation>
    </message>
    <message>
        <source>Move slide up</source>
        <translation>上移幻灯片</translation>
    </message>
    <message>
        <source>Move slide down</source>
        <translation>下移幻灯片</translation>
    </message>
    <message>
        <source>Present from the start</source>
        <translation>从头放映</translation>
    </message>
    <message>
        <source>Present from this slide</source>
        <translation>从此幻灯片放映</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export PNG images…</source>
        <translation>导出 PNG 图片…</translation>
    </message>
    <message>
        <source>Export PowerPoint…</source>
        <translation>导出 PowerPoint…</translation>
    </message>
    <message>
        <source>Build a briefing from reetool&apos;s own content: press Ctrl+B on any page to add what it shows. Present full screen with F5 (Shift+F5 from this slide); export to PDF, PNG or PowerPoint. Slides speak the interface language.</source>
        <translation>用 reetool 自身的内容制作演示：在任一页面按 Ctrl+B 添加其显示的内容。按 F5 全屏放映（Shift+F5 从此幻灯片开始）；可导出为 PDF、PNG 或 PowerPoint。幻灯片使用界面语言。</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>说明文字：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <translation>演讲者备注：</translation>
    </message>
    <message>
        <source>Slide theme:</source>
        <translation>幻灯片主题：</translation>
    </message>
    <message>
        <source>Present on:</source>
        <translation>放映屏幕：</translation>
    </message>
    <message>
        <source>Presenter view on the other screen</source>
        <translation>在另一屏幕显示演讲者视图</translation>
    </message>
    <message>
        <source>No slides yet. Press Ctrl+B on the Catalogue, Market, Charts or Sources page, or open the ready-made deck.</source>
        <translation>还没有幻灯片。请在“技术目录”“市场”“图表”或“来源”页面按 Ctrl+B，或打开现成的演示。</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>演示文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Charts</name>
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About reetool</source>
        <translation>关于 reetool</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>An offline reference and calculator on rare earths and export controls. It never opens a network connection.</source>
        <translation>关于稀土与出口管制的离线参考资料与计算工具。它从不建立任何网络连接。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data licences</source>
        <translation>数据许可</translation>
    </message>
    <message>
        <source>English renderings of Chinese catalogue text marked ‘reetool rendering’ are the project&apos;s own, unofficial translations.</source>
        <translation>标有“reetool 译文”的目录英文文本为本项目自行翻译，并非官方译文。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Noto Sans CJK SC (subset), SIL Open Font License 1.1; licence text in resources/fonts/OFL.txt.</source>
        <translation>Noto Sans CJK SC（子集），SIL 开源字体许可证 1.1；许可证全文见 resources/fonts/OFL.txt。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现意外错误：{error}</translation>
    </message>
    <message>
        <source>The details were written to {file}. Your data is unchanged; you can keep working.</source>
        <translation>详细信息已写入 {file}。您的数据未受影响，可以继续工作。</translation>
    </message>
    <message>
        <source>reetool — unexpected error</source>
        <translation>reetool — 意外错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show page</source>
        <translation>显示页面</translation>
    </message>
    <message>
        <source>reetool — rare earths and export controls</source>
        <translation>reetool — 稀土与出口管制</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Your imports, scenarios and settings are kept here</source>
        <translation>您导入的数据、情景和设置都保存在这里</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About reetool</source>
        <translation>关于 reetool(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Data: rare earths {market} · Catalogue versions {versions}</source>
        <translation>数据：稀土 {market} · 目录版本 {versions}</translation>
    </message>
    <message>
        <source>all commodities: USGS MCS2026</source>
        <translation>全部矿种：USGS MCS2026</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Catalogue</source>
        <translation>技术目录</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>cited in notes only</source>
        <translation>仅在注释中引用</translation>
    </message>
    <message>
        <source>{dataset}: {n} rows</source>
        <translation>{dataset}：{n} 行</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支撑的数据</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>{shown} of {total} sources</source>
        <translation>显示 {shown} / 共 {total} 个来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>查找位置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支撑的数据</translation>
    </message>
    <message>
        <source>{n} sources; every figure and item in reetool names one or more of them</source>
        <translation>共 {n} 个来源；reetool 中的每个数字和条目都注明其来源</translation>
    </message>
    <message>
        <source>Every dataset row in reetool cites the sources below. Select a source to see what it supports and where to find it.</source>
        <translation>reetool 中每一行数据都引用下列来源。选择一个来源，可查看它支撑哪些数据以及在何处查找。</translation>
    </message>
    <message>
        <source>Search sources (id, title, publisher, notes…)</source>
        <translation>搜索来源（编号、标题、发布者、备注…）</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Projector (high contrast, larger type)</source>
        <translation>投影（高对比度、大字号）</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>is not valid JSON (cut short, or edited by hand)</source>
        <translation>不是有效的 JSON（文件被截断或被手动编辑过）</translation>
    </message>
    <message>
        <source>is nested too deeply to be a file reetool wrote</source>
        <translation>嵌套层级过深，不是 reetool 写入的文件</translation>
    </message>
    <message>
        <source>holds a number that is not finite (NaN, infinity or too many digits)</source>
        <translation>含有非有限数值（NaN、无穷大或位数过多）</translation>
    </message>
    <message>
        <source>is not a regular file (a link to a device, a pipe or a folder)</source>
        <translation>不是普通文件（指向设备的链接、管道或文件夹）</translation>
    </message>
    <message>
        <source>is too large to be a file reetool wrote</source>
        <translation>文件过大，不是 reetool 写入的文件</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>does not hold what reetool wrote (a field is missing or of the wrong kind)</source>
        <translation>内容与 reetool 写入的不符（缺少某个字段或字段类型不对）</translation>
    </message>
    <message>
        <source>holds a value of the wrong kind</source>
        <translation>含有类型不对的数值</translation>
    </message>
    <message>
        <source>holds a value out of its range</source>
        <translation>含有超出范围的数值</translation>
    </message>
    <message>
        <source>Some of your saved files could not be read. They were moved aside (nothing was deleted) and reetool started without them:</source>
        <translation>您保存的部分文件无法读取。这些文件已被移到一旁（没有删除任何文件），reetool 在不使用它们的情况下启动：</translation>
    </message>
    <message>
        <source>{file}: {reason}. Kept as {kept}.</source>
        <translation>{file}：{reason}。已保留为 {kept}。</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}：{reason}。</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>reetool — damaged files set aside</source>
        <translation>reetool — 已移开损坏的文件</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Text size {pct} %</source>
        <translation>文字大小 {pct} %</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
</context>
</TS>

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
    <name>Names</name>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Burma</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>布隆迪</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>格陵兰</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>马达加斯加</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>坦桑尼亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>World total</source>
        <translation>世界合计</translation>
    </message>
    <message>
        <source>World total (rounded)</source>
        <translation>世界合计（已取整）</translation>
    </message>
    <message>
        <source>Rare earths</source>
        <translation>稀土</translation>
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

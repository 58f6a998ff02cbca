<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>What reetool is</source>
        <translation>reetool 是什么</translation>
    </message>
    <message>
        <source>An offline reference on rare earths and China&apos;s export-technology catalogue. Every figure names its source, edition, data year and unit; a missing value is shown as missing, never as 0. reetool never opens a network connection.</source>
        <translation>关于稀土和《中国禁止出口限制出口技术目录》的离线参考工具。每个数字都注明来源、版本、数据年份和单位；缺失的数值显示为缺失，绝不显示为 0。reetool 从不连接网络。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Catalogue: browse and search the catalogue versions in Chinese and English, compare versions, import the official text.</source>
        <translation>技术目录：用中文和英文浏览、搜索各版目录，比较版本，导入官方文本。</translation>
    </message>
    <message>
        <source>Market: who mines and who holds reserves, concentration, what-if scenarios.</source>
        <translation>市场：谁在开采、谁拥有储量，集中度，假设情景。</translation>
    </message>
    <message>
        <source>Charts: every chart, with export to PNG, SVG and CSV.</source>
        <translation>图表：全部图表，可导出为 PNG、SVG 和 CSV。</translation>
    </message>
    <message>
        <source>Sources: every source behind every figure and item.</source>
        <translation>来源：每个数字和条目背后的全部来源。</translation>
    </message>
    <message>
        <source>Briefing: slides built from the other pages, to present and export.</source>
        <translation>演示：由其他页面内容生成的幻灯片，可放映和导出。</translation>
    </message>
    <message>
        <source>Building a briefing</source>
        <translation>制作演示</translation>
    </message>
    <message>
        <source>On any page, press Ctrl+B (File → Add to briefing, or right-click a chart) to add what the page shows: a chart with its parameters, a figure, a catalogue item or a scenario.</source>
        <translation>在任一页面按 Ctrl+B（文件 → 添加到演示，或右键单击图表），即可添加该页面显示的内容：带参数的图表、数字、目录条目或情景。</translation>
    </message>
    <message>
        <source>On the Briefing page, reorder slides by dragging them or with Ctrl+Up and Ctrl+Down; duplicate, remove, undo and redo; write a caption and speaker notes.</source>
        <translation>在“演示”页面，拖动幻灯片或按 Ctrl+↑、Ctrl+↓ 调整顺序；可复制、删除、撤销和重做；可撰写说明文字和演讲者备注。</translation>
    </message>
    <message>
        <source>Save the deck (Ctrl+S) to carry it to another computer; a slide whose data that computer lacks shows a clear placeholder. Your edits are saved automatically and offered back if reetool stops unexpectedly.</source>
        <translation>保存演示（Ctrl+S）即可带到另一台电脑；若该电脑缺少某张幻灯片所需的数据，会显示清楚的占位说明。您的编辑会自动保存，reetool 意外退出后会提示恢复。</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>放映</translation>
    </message>
    <message>
        <source>F5 presents from the first slide, Shift+F5 from the current one, on the screen chosen on the Briefing page. Arrow keys, Page Up/Down, Space and Backspace move; Home and End jump to the ends; type a number and press Enter to jump there; B or W blanks the screen; Esc ends.</source>
        <translation>按 F5 从第一张开始放映，按 Shift+F5 从当前幻灯片开始，在“演示”页面所选的屏幕上全屏显示。方向键、Page Up/Down、空格和退格键翻页；Home 和 End 跳到首尾；输入编号后按回车跳转；B 或 W 使屏幕变黑或变白；Esc 结束放映。</translation>
    </message>
    <message>
        <source>With a second screen, tick “Presenter view” to see the current and next slide, your notes and the elapsed time on the laptop.</source>
        <translation>连接第二块屏幕时，勾选“演讲者视图”，即可在笔记本电脑上看到当前和下一张幻灯片、备注以及已用时间。</translation>
    </message>
    <message>
        <source>On a projector</source>
        <translation>使用投影仪时</translation>
    </message>
    <message>
        <source>View → Theme → Projector gives high contrast and larger type everywhere; Ctrl++ and Ctrl+- change the text size (Ctrl+0 resets). Both are remembered.</source>
        <translation>视图 → 主题 → 投影：全局高对比度、大字号；Ctrl++ 和 Ctrl+- 调整文字大小（Ctrl+0 复原）。两项设置都会被记住。</translation>
    </message>
    <message>
        <source>Export the deck to PDF, one PNG per slide or PowerPoint (with editable text and native charts) from the Briefing page, or headless with “reetool briefing export”.</source>
        <translation>可在“演示”页面将演示导出为 PDF、每张幻灯片一个 PNG，或 PowerPoint（文字可编辑、图表为原生图表），也可在命令行用“reetool briefing export”导出。</translation>
    </message>
    <message>
        <source>reetool user guide</source>
        <translation>reetool 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Presenting (full screen)</source>
        <translation>放映（全屏）</translation>
    </message>
    <message>
        <source>Type a slide number</source>
        <translation>输入幻灯片编号</translation>
    </message>
    <message>
        <source>Briefing page: slide list</source>
        <translation>演示页面：幻灯片列表</translation>
    </message>
    <message>
        <source>Move slide up / down</source>
        <translation>上移 / 下移幻灯片</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
</TS>

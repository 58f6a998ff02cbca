<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChainPanel</name>
    <message>
        <source>China&apos;s share: not available</source>
        <translation>中国份额：无数据</translation>
    </message>
    <message>
        <source>China&apos;s share: {pct} % ({year})</source>
        <translation>中国份额：{pct}%（{year}年）</translation>
    </message>
    <message>
        <source>computed from USGS data</source>
        <translation>根据美国地质调查局数据计算</translation>
    </message>
    <message>
        <source>estimate from a cited source, not USGS</source>
        <translation>引用来源的估计值，非美国地质调查局数据</translation>
    </message>
    <message>
        <source>USGS {edition}, data year {year}: {china} of {world} t{est}.</source>
        <translation>USGS {edition}，数据年份 {year}：{world} 吨中的 {china} 吨{est}。</translation>
    </message>
    <message>
        <source> (estimates)</source>
        <translation>（估计值）</translation>
    </message>
    <message>
        <source>Catalogue items tagged to this stage:</source>
        <translation>标注为该环节的目录条目：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Chinese stage, application and share-note texts: reetool rendering</source>
        <translation>各环节、应用及份额说明的中文：reetool 译文</translation>
    </message>
    <message>
        <source>From ore to product. Mining share is computed from the newest bundled USGS edition; refining and magnet shares are estimates from cited sources and are marked as such.</source>
        <translation>从矿石到产品。开采份额根据所收录的最新版美国地质调查局数据计算；冶炼和磁体份额为引用来源的估计值，并已标明。</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Chinese claims, figures and explanations: reetool rendering</source>
        <translation>说法、数字和解释的中文：reetool 译文</translation>
    </message>
    <message>
        <source>Edition: {edition}</source>
        <translation>版本：{edition}</translation>
    </message>
    <message>
        <source>Data year: {year}</source>
        <translation>数据年份：{year}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Every figure and claim of the article beside the sourced figure: {c} confirmed, {x} corrected, {u} unsourced. Select a row for the explanation and its sources.</source>
        <translation>文章中的每个数字和说法与有出处的数据对照：{c} 项属实，{x} 项有误，{u} 项无出处。选择一行查看说明和来源。</translation>
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
        <source>Sourced figure</source>
        <translation>有出处的数据</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ElementsPanel</name>
    <message>
        <source>{symbol} — {name} (English: {english})</source>
        <translation>{symbol} — {name}（英文：{english}）</translation>
    </message>
    <message>
        <source>Atomic number</source>
        <translation>原子序数</translation>
    </message>
    <message>
        <source>Atomic weight</source>
        <translation>原子量</translation>
    </message>
    <message>
        <source>Crustal abundance</source>
        <translation>地壳丰度</translation>
    </message>
    <message>
        <source>{v} mg/kg</source>
        <translation>{v} 毫克/千克</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Grouping: {scheme}</source>
        <translation>分组：{scheme}</translation>
    </message>
    <message>
        <source>Source: {s} ({q})</source>
        <translation>来源（引文原文）：{s}（{q}）</translation>
    </message>
    <message>
        <source>(reetool rendering)</source>
        <translation>（reetool 译文）</translation>
    </message>
    <message>
        <source>Main uses</source>
        <translation>主要用途</translation>
    </message>
    <message>
        <source>{product}: {v} {unit} ({year}, {edition}{est})</source>
        <translation>{product}：{v} {unit}（{year}年，{edition}{est}）</translation>
    </message>
    <message>
        <source>, estimate</source>
        <translation>，估计值</translation>
    </message>
    <message>
        <source>Price (newest bundled)</source>
        <translation>价格（所收录最新）</translation>
    </message>
    <message>
        <source>(product names in USGS&apos;s English)</source>
        <translation>（产品名称为 USGS 英文原文）</translation>
    </message>
    <message>
        <source>— full series on the Charts page</source>
        <translation>— 完整序列见图表页</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>no price series bundled</source>
        <translation>未收录价格序列</translation>
    </message>
    <message>
        <source>Measures naming it</source>
        <translation>涉及该元素的措施</translation>
    </message>
    <message>
        <source>none in the bundle</source>
        <translation>资料中没有</translation>
    </message>
    <message>
        <source>Catalogue items that mention it</source>
        <translation>提及该元素的目录条目</translation>
    </message>
    <message>
        <source>none among the attested items</source>
        <translation>已有出处的条目中没有</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The 17 rare-earth elements: scandium, yttrium and the 15 lanthanides. Choose one to see its data and what names it.</source>
        <translation>17种稀土元素：钪、钇和15种镧系元素。选择一种查看其数据以及涉及它的措施和条目。</translation>
    </message>
    <message>
        <source>Colour: USGS light (blue) / heavy (orange) grouping; scandium is in neither. Other groupings are named by their source.</source>
        <translation>颜色：美国地质调查局的轻稀土（蓝）/重稀土（橙）分组；钪不属于其中任何一组。其他分组注明其来源。</translation>
    </message>
    <message>
        <source>Choose an element above to see its data, its prices and the measures and items that name it.</source>
        <translation>在上方选择一种元素，查看其数据、价格以及提及它的措施和目录条目。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit your event</source>
        <translation>编辑您的事件</translation>
    </message>
    <message>
        <source>Add your event</source>
        <translation>添加您的事件</translation>
    </message>
    <message>
        <source>Announced (YYYY-MM-DD)</source>
        <translation>公布日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Instrument / number</source>
        <translation>文件/文号</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Suspended from</source>
        <translation>暂停自</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <source>Lapses after</source>
        <translation>失效于（此日之后）</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Commodities (; separated)</source>
        <translation>矿种（用 ; 分隔）</translation>
    </message>
    <message>
        <source>Element symbols (; separated)</source>
        <translation>元素符号（用 ; 分隔）</translation>
    </message>
    <message>
        <source>Your source</source>
        <translation>您的来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Your events are marked as yours and stored apart from the bundled sources, in your data folder.</source>
        <translation>您的事件会标明为您所录入，并与所收录的资料分开保存在您的数据文件夹中。</translation>
    </message>
    <message>
        <source>your event</source>
        <translation>您的事件</translation>
    </message>
</context>
<context>
    <name>EventErrors</name>
    <message>
        <source>Announced</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Instrument / number</source>
        <translation>文件/文号</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Suspended from</source>
        <translation>暂停自</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <source>Lapses after</source>
        <translation>失效于（此日之后）</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Commodities</source>
        <translation>矿种</translation>
    </message>
    <message>
        <source>Element symbols</source>
        <translation>元素符号</translation>
    </message>
    <message>
        <source>Your source</source>
        <translation>您的来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>摘要（英文）</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>被取代于</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>必须填写，但为空</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {kinds}</source>
        <translation>“{value}”不是以下之一：{kinds}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is required when “Suspended until” is given</source>
        <translation>填写了“暂停至”时为必填项</translation>
    </message>
    <message>
        <source>is before “Suspended from”</source>
        <translation>早于“暂停自”</translation>
    </message>
    <message>
        <source>“{value}” is not one of the 17 rare-earth symbols</source>
        <translation>“{value}”不是 17 种稀土元素的符号之一</translation>
    </message>
    <message>
        <source>the column “{column}” is missing from the header</source>
        <translation>表头中缺少“{column}”列</translation>
    </message>
    <message>
        <source>holds more than {n} events</source>
        <translation>包含的事件超过 {n} 个</translation>
    </message>
    <message>
        <source>this record is not an object</source>
        <translation>该记录不是对象</translation>
    </message>
    <message>
        <source>does not hold a list of events</source>
        <translation>不包含事件列表</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message}</source>
        <translation>未保存：“{field}”：{message}</translation>
    </message>
    <message>
        <source>{file}, record {row}</source>
        <translation>{file} 第 {row} 条记录</translation>
    </message>
    <message>
        <source>{file}, line {row}</source>
        <translation>{file} 第 {row} 行</translation>
    </message>
    <message>
        <source>{where}, field “{field}”</source>
        <translation>{where}，字段“{field}”</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
</context>
<context>
    <name>ReferenceLabels</name>
    <message>
        <source>Technology catalogue</source>
        <translation>技术目录</translation>
    </message>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Trade dispute</source>
        <translation>贸易争端</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>尚未公布</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>有误，已更正</translation>
    </message>
    <message>
        <source>unsourced</source>
        <translation>无出处</translation>
    </message>
    <message>
        <source>official title (as cited)</source>
        <translation>官方标题（据所引来源）</translation>
    </message>
    <message>
        <source>third-party translation</source>
        <translation>第三方译文</translation>
    </message>
    <message>
        <source>reetool rendering (unofficial)</source>
        <translation>reetool 译文（非官方）</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>您的录入</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>WTO</source>
        <translation>世贸组织</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Suspended from</source>
        <translation>暂停自</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <source>Lapses after</source>
        <translation>失效于（此日之后）</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Scandium</source>
        <translation>钪</translation>
    </message>
    <message>
        <source>Yttrium</source>
        <translation>钇</translation>
    </message>
    <message>
        <source>Lanthanum</source>
        <translation>镧</translation>
    </message>
    <message>
        <source>Cerium</source>
        <translation>铈</translation>
    </message>
    <message>
        <source>Praseodymium</source>
        <translation>镨</translation>
    </message>
    <message>
        <source>Neodymium</source>
        <translation>钕</translation>
    </message>
    <message>
        <source>Promethium</source>
        <translation>钷</translation>
    </message>
    <message>
        <source>Samarium</source>
        <translation>钐</translation>
    </message>
    <message>
        <source>Europium</source>
        <translation>铕</translation>
    </message>
    <message>
        <source>Gadolinium</source>
        <translation>钆</translation>
    </message>
    <message>
        <source>Terbium</source>
        <translation>铽</translation>
    </message>
    <message>
        <source>Dysprosium</source>
        <translation>镝</translation>
    </message>
    <message>
        <source>Holmium</source>
        <translation>钬</translation>
    </message>
    <message>
        <source>Erbium</source>
        <translation>铒</translation>
    </message>
    <message>
        <source>Thulium</source>
        <translation>铥</translation>
    </message>
    <message>
        <source>Ytterbium</source>
        <translation>镱</translation>
    </message>
    <message>
        <source>Lutetium</source>
        <translation>镥</translation>
    </message>
    <message>
        <source>The bundled sources end on {date}; a suspension that has lapsed may have been extended. Later measures are not included.</source>
        <translation>所收录的资料截至 {date}；已到期的暂停措施可能已被延长。此后的措施未收录。</translation>
    </message>
    <message>
        <source>USGS (light/heavy)</source>
        <translation>USGS（轻/重）</translation>
    </message>
    <message>
        <source>cerium/yttrium groups (textbook)</source>
        <translation>铈组/钇组（教科书）</translation>
    </message>
    <message>
        <source>geochemistry LREE/MREE/HREE</source>
        <translation>地球化学 LREE/MREE/HREE</translation>
    </message>
    <message>
        <source>Chinese industry light/medium/heavy</source>
        <translation>中国产业界 轻/中/重</translation>
    </message>
    <message>
        <source>LREE (light)</source>
        <translation>LREE（轻稀土）</translation>
    </message>
    <message>
        <source>MREE (medium)</source>
        <translation>MREE（中稀土）</translation>
    </message>
    <message>
        <source>HREE (heavy)</source>
        <translation>HREE（重稀土）</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>两者都不属于</translation>
    </message>
    <message>
        <source>light</source>
        <translation>轻</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>重</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列入</translation>
    </message>
    <message>
        <source>light (cerium group)</source>
        <translation>轻（铈组）</translation>
    </message>
    <message>
        <source>heavy (yttrium group)</source>
        <translation>重（钇组）</translation>
    </message>
    <message>
        <source>often placed in yttrium group (not consistent)</source>
        <translation>常归入钇组（各处不一致）</translation>
    </message>
    <message>
        <source>lanthanide, not in LREE/MREE/HREE subsets</source>
        <translation>镧系元素，不属于 LREE/MREE/HREE 任一子类</translation>
    </message>
    <message>
        <source>not a REE in this scheme (REM only)</source>
        <translation>此分类不把它算作稀土元素（只算作 REM）</translation>
    </message>
    <message>
        <source>mixed sources</source>
        <translation>多种来源</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>二手来源</translation>
    </message>
    <message>
        <source>secondary source (low quality)</source>
        <translation>二手来源（质量较低）</translation>
    </message>
    <message>
        <source>secondary source (NRC report)</source>
        <translation>二手来源（美国国家研究委员会报告）</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>{n} measures · status on {day} · bundle current to {date}</source>
        <translation>{n} 项措施 · 状态日期 {day} · 资料截至 {date}</translation>
    </message>
    <message>
        <source>Context for a briefing: dated measures and their status on a chosen day, the 17 elements, the supply chain and the article&apos;s claims — every row with its sources.</source>
        <translation>演示所需背景：带日期的措施及其在所选日期的状态、17种元素、产业链和文章的说法——每一行都有出处。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <source>The article&apos;s claims</source>
        <translation>文章的说法</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source> (your event)</source>
        <translation>（您的事件）</translation>
    </message>
    <message>
        <source> (in part)</source>
        <translation>（部分）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Any country</source>
        <translation>所有国家/地区</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any commodity</source>
        <translation>所有矿种</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>{shown} of {total} measures · bundle current to {date}</source>
        <translation>显示 {shown}/{total} 项措施 · 资料截至 {date}</translation>
    </message>
    <message>
        <source>only {part}</source>
        <translation>仅{part}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <source>Status on {day}: {status}</source>
        <translation>{day} 的状态：{status}</translation>
    </message>
    <message>
        <source>Chinese summary, instrument and notes: reetool rendering</source>
        <translation>摘要、文件和备注的中文：reetool 译文</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>暂停依据</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>被取代于</translation>
    </message>
    <message>
        <source>Catalogue {v}</source>
        <translation>{v}年版目录</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Commodities</source>
        <translation>矿种</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>your own event: {s}</source>
        <translation>您自己的事件：{s}</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <source>Events (*.csv *.json)</source>
        <translation>事件文件 (*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>未导入任何内容。{error}</translation>
    </message>
    <message>
        <source>{n} events imported</source>
        <translation>已导入 {n} 个事件</translation>
    </message>
    <message>
        <source>Export your events</source>
        <translation>导出您的事件</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status on</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Your own events are kept apart from the bundled ones</source>
        <translation>您自己的事件与所收录的事件分开保存</translation>
    </message>
</context>
</TS>

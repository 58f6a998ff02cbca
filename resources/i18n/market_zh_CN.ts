<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MarketPage</name>
    <message>
        <source>Mine production and reserves by country</source>
        <translation>各国矿山产量与储量</translation>
    </message>
</context>
</TS>

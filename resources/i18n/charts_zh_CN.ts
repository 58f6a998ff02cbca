<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
</TS>

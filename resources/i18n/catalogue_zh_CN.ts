<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CataloguePage</name>
    <message>
        <source>Catalogue of Technologies Prohibited and Restricted from Export</source>
        <translation>中国禁止出口限制出口技术目录</translation>
    </message>
</context>
</TS>

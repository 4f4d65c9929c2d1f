<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>手机/相机</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>隐藏的额外图片/视频</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>其他隐藏数据</translation>
    </message>
    <message>
        <source>Reveals where it was taken</source>
        <translation>会暴露拍摄地点</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>能识别出你的手机或相机</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>含有姓名</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>显示拍摄或创建的时间</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>藏有额外的图片、视频或文件</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>显示编辑记录或用过的应用</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>其他隐藏数据</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>无需清除</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持此类型</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>无法清除</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
</TS>

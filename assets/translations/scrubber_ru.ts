<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>телефон/камера</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>скрытое доп. фото/видео</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>история правок</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>другие скрытые данные</translation>
    </message>
    <message>
        <source>Reveals where it was taken</source>
        <translation>Показывает, где сделан снимок</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Выдаёт ваш телефон или камеру</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Содержит имя</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Показывает, когда снимок сделан или создан</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Скрывает в себе ещё одно фото, видео или файл</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Показывает историю правок или использованные приложения</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Другие скрытые данные</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Нечего удалять</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Не удалось очистить</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
</TS>

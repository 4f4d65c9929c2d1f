<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>teléfono/cámara</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>tu nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>imagen/vídeo oculto extra</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>historial de edición</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>otros datos ocultos</translation>
    </message>
    <message>
        <source>Reveals where it was taken</source>
        <translation>Revela dónde se tomó</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifica tu teléfono o tu cámara</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contiene un nombre</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Indica cuándo se tomó o se creó</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Esconde una imagen, un vídeo o un archivo extra</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Muestra el historial de edición o las aplicaciones usadas</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Otros datos ocultos</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Limpiado</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>No había nada que quitar</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo no compatible</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>No se pudo limpiar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
</TS>

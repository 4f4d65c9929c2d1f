<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>celular/câmera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>imagem/vídeo extra oculto</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>histórico de edição</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>outros dados ocultos</translation>
    </message>
    <message>
        <source>Reveals where it was taken</source>
        <translation>Revela onde foi tirada</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifica seu celular ou sua câmera</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contém um nome</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Informa quando foi tirada ou criada</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Esconde uma imagem, um vídeo ou um arquivo extra</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Mostra o histórico de edição ou os aplicativos usados</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Outros dados ocultos</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nada a remover</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo não compatível</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Não foi possível limpar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>téléphone/appareil photo</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>image/vidéo cachée en plus</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>historique de retouche</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>autres données cachées</translation>
    </message>
    <message>
        <source>Reveals where it was taken</source>
        <translation>Révèle où la photo a été prise</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifie votre téléphone ou votre appareil photo</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contient un nom</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Indique quand la photo a été prise ou créée</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Cache une image, une vidéo ou un fichier en plus</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Montre l’historique de retouche ou les applications utilisées</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Autres données cachées</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Nettoyé</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Rien à retirer</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Type non pris en charge</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Nettoyage impossible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
</TS>

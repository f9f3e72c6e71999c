<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Langue inconnue {code}&#x202f;; choisissez parmi {choices}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Unbekannte Sprache {code}; wählen Sie eine von {choices}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
</context>
<context>
    <name>Annotation kind</name>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Freihand</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Taktisches Zeichen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Circle / range ring</source>
        <translation>Kreis / Reichweitenring</translation>
    </message>
    <message>
        <source>Pen stroke</source>
        <translation>Freihandlinie</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>unit symbol</source>
        <translation>Taktisches Zeichen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>circle / range ring</source>
        <translation>Kreis / Reichweitenring</translation>
    </message>
    <message>
        <source>pen stroke</source>
        <translation>Freihandlinie</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Strichpunkt</translation>
    </message>
    <message>
        <source>{kind}, {radius} km</source>
        <translation>{kind}, {radius} km</translation>
    </message>
    <message>
        <source>{kind} — {label}</source>
        <translation>{kind} — {label}</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Select to edit; Shift or Ctrl to select several</source>
        <translation>Zum Bearbeiten auswählen; mit Shift oder Ctrl mehrere auswählen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations (Ctrl+D)</source>
        <translation>Ausgewählte Anmerkungen duplizieren (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <translation>Ausgewählte Anmerkungen löschen (Delete)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Shown on the map</source>
        <translation>Wird auf der Karte angezeigt</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shown when the annotation is clicked</source>
        <translation>Wird beim Anklicken der Anmerkung angezeigt</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>Line and text colour</source>
        <translation>Linien- und Textfarbe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Linienstärke</translation>
    </message>
    <message>
        <source>Change line width</source>
        <translation>Linienstärke ändern</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>Linienstär&amp;ke</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Linienart</translation>
    </message>
    <message>
        <source>Change line style</source>
        <translation>Linienart ändern</translation>
    </message>
    <message>
        <source>Line st&amp;yle</source>
        <translation>Linien&amp;art</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>Change fill colour</source>
        <translation>Füllfarbe ändern</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>Fü&amp;llung</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Deckkraft der Füllung</translation>
    </message>
    <message>
        <source>Change fill opacity</source>
        <translation>Deckkraft der Füllung ändern</translation>
    </message>
    <message>
        <source>Fill &amp;opacity</source>
        <translation>&amp;Deckkraft der Füllung</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Symbolcode</translation>
    </message>
    <message>
        <source>20-digit APP-6D symbol identification code</source>
        <translation>20-stelliger APP-6D-Symbolidentifizierungscode</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose affiliation, echelon and type</source>
        <translation>Zugehörigkeit, Führungsebene und Typ auswählen</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Symbol</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Textgröße in Punkt</translation>
    </message>
    <message>
        <source>Font size of the text on the map and in the exports (default {size} pt)</source>
        <translation>Schriftgröße des Textes auf der Karte und in den Exporten (Standard: {size} pt)</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Text&amp;größe</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Radius in kilometres</source>
        <translation>Radius in Kilometern</translation>
    </message>
    <message>
        <source>Geodesic radius of the ring</source>
        <translation>Geodätischer Radius des Rings</translation>
    </message>
    <message>
        <source>&amp;Radius</source>
        <translation>&amp;Radius</translation>
    </message>
    <message>
        <source>Slides this annotation appears on</source>
        <translation>Folien, auf denen diese Anmerkung erscheint</translation>
    </message>
    <message>
        <source>Sl&amp;ides</source>
        <translation>Fol&amp;ien</translation>
    </message>
    <message>
        <source>Draw with the tools in the Draw tool bar, or select an annotation to edit it.</source>
        <translation>Zeichnen Sie mit den Werkzeugen der Zeichenleiste, oder wählen Sie eine Anmerkung zum Bearbeiten aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom ({dashes})</source>
        <translation>Benutzerdefiniert ({dashes})</translation>
    </message>
    <message>
        <source>No slides yet</source>
        <translation>Noch keine Folien</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Beschriftung ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>Symbol ändern</translation>
    </message>
    <message>
        <source>Change radius</source>
        <translation>Radius ändern</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select, move and reshape annotations</source>
        <translation>Anmerkungen auswählen, verschieben und umformen</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Markierung</translation>
    </message>
    <message>
        <source>Place a marker: click on the map</source>
        <translation>Markierung setzen: auf die Karte klicken</translation>
    </message>
    <message>
        <source>&amp;Unit Symbol</source>
        <translation>&amp;Taktisches Zeichen</translation>
    </message>
    <message>
        <source>Place an APP-6 unit symbol: choose it, then click</source>
        <translation>Taktisches Zeichen (APP-6) setzen: auswählen, dann klicken</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Place a text label: click, then type</source>
        <translation>Textbeschriftung setzen: klicken, dann eingeben</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Pfeil</translation>
    </message>
    <message>
        <source>Draw an arrow (a movement, an axis of advance): click the points, double-click or Enter to finish</source>
        <translation>Pfeil zeichnen (Bewegung, Angriffsachse): Punkte anklicken, mit Doppelklick oder Enter abschließen</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <source>Draw a line: click the points, double-click or Enter to finish</source>
        <translation>Linie zeichnen: Punkte anklicken, mit Doppelklick oder Enter abschließen</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>P&amp;olygon</translation>
    </message>
    <message>
        <source>Draw an area: click the corners, click the first to close</source>
        <translation>Fläche zeichnen: Eckpunkte anklicken, zum Schließen den ersten anklicken</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <source>Draw a rectangle: drag, or click two corners</source>
        <translation>Rechteck zeichnen: ziehen oder zwei Ecken anklicken</translation>
    </message>
    <message>
        <source>&amp;Circle / Range Ring</source>
        <translation>&amp;Kreis / Reichweitenring</translation>
    </message>
    <message>
        <source>Draw a geodesic ring: drag from the centre, or click the centre, then the radius (set it exactly in km in the panel)</source>
        <translation>Geodätischen Ring zeichnen: vom Mittelpunkt aus ziehen oder Mittelpunkt und dann Radius anklicken (genauen Wert in km im Bereich festlegen)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>Me&amp;ssen</translation>
    </message>
    <message>
        <source>Measure geodesic distance and bearing: click the points</source>
        <translation>Geodätische Entfernung und Richtung messen: Punkte anklicken</translation>
    </message>
    <message>
        <source>Click where the marker goes. Esc to stop.</source>
        <translation>Klicken Sie auf die Stelle für die Markierung. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click where the unit symbol goes. Esc to stop.</source>
        <translation>Klicken Sie auf die Stelle für das taktische Zeichen. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click where the text goes, then type it. Esc to stop.</source>
        <translation>Klicken Sie auf die Stelle für den Text und geben Sie ihn ein. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click the points of the arrow; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klicken Sie die Punkte des Pfeils an; mit Doppelklick oder Enter abschließen. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click the points of the line; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klicken Sie die Punkte der Linie an; mit Doppelklick oder Enter abschließen. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click the corners; click the first corner to close the area. Esc to stop.</source>
        <translation>Klicken Sie die Eckpunkte an; zum Schließen der Fläche den ersten Eckpunkt anklicken. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Drag from corner to corner, or click two corners. Esc to stop.</source>
        <translation>Ziehen Sie von Ecke zu Ecke, oder klicken Sie zwei Ecken an. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Press at the centre and drag to the radius, or click the centre, then click the radius. Esc to stop.</source>
        <translation>Drücken Sie auf den Mittelpunkt und ziehen Sie bis zum Radius, oder klicken Sie Mittelpunkt und dann Radius an. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klicken Sie die Messpunkte an; mit Doppelklick oder Enter abschließen. Esc zum Beenden.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>{tip}; Esc to stop</source>
        <translation>{tip}; Esc zum Beenden</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Textbeschriftung</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Draw {kind}</source>
        <translation>{kind} zeichnen</translation>
    </message>
    <message>
        <source>Place {kind} at coordinates</source>
        <translation>{kind} an Koordinaten setzen</translation>
    </message>
    <message>
        <source>Move {kind}</source>
        <translation>{kind} verschieben</translation>
    </message>
    <message>
        <source>Reshape {kind}</source>
        <translation>{kind} umformen</translation>
    </message>
    <message>
        <source>Measured: {distance}</source>
        <translation>Gemessen: {distance}</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>Symbol ändern</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>%n Anmerkung löschen</numerusform>
            <numerusform>%n Anmerkungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate annotation</source>
        <translation>Anmerkung duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung kopiert</numerusform>
            <numerusform>%n Anmerkungen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no annotations or GeoJSON features</source>
        <translation>Die Zwischenablage enthält keine Anmerkungen oder GeoJSON-Objekte</translation>
    </message>
    <message>
        <source>Paste annotation</source>
        <translation>Anmerkung einfügen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open briefing</source>
        <translation>Briefing kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> Stand:  </translation>
    </message>
    <message>
        <source>As-of date slider</source>
        <translation>Schieberegler für das Stichtagsdatum</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The date the map shows memberships and occupied areas for</source>
        <translation>Das Datum, für das die Karte Mitgliedschaften und besetzte Gebiete zeigt</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>in {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes cannot be backed up: {error}</source>
        <translation>Ungespeicherte Änderungen können nicht gesichert werden: {error}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>{file} ({when}): cannot be restored — {problem}</source>
        <translation>{file} ({when}): Wiederherstellung nicht möglich — {problem}</translation>
    </message>
    <message>
        <source>the built-in briefing, never saved</source>
        <translation>das integrierte Briefing, nie gespeichert</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>Changes of {when}: “{title}”</source>
        <translation>Änderungen vom {when}: „{title}“</translation>
    </message>
    <message>
        <source>Restore unsaved briefings</source>
        <translation>Ungespeicherte Briefings wiederherstellen</translation>
    </message>
    <message>
        <source>Briefing App did not close properly. These briefings had changes that were not saved:</source>
        <translation>Briefing App wurde nicht ordnungsgemäß beendet. Diese Briefings enthielten nicht gespeicherte Änderungen:</translation>
    </message>
    <message>
        <source>Later keeps the files; you are asked again at the next start.</source>
        <translation>Bei „Später“ bleiben die Dateien erhalten; Sie werden beim nächsten Start erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Delete the recovery file of {recovery}? These changes cannot be restored afterwards.</source>
        <translation>Die Wiederherstellungsdatei von {recovery} löschen? Diese Änderungen können danach nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Cannot restore briefing</source>
        <translation>Briefing kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored unsaved changes: {recovery}</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt: {recovery}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” changed on disk since you opened it.</source>
        <translation>„{name}“ wurde auf dem Datenträger geändert, seit Sie die Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>Overwrite replaces those changes with yours (the file on disk is kept as {backup}). Save As… keeps both.</source>
        <translation>„Überschreiben“ ersetzt diese Änderungen durch Ihre (die Datei auf dem Datenträger wird als {backup} aufbewahrt). „Speichern unter…“ behält beide.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Über&amp;schreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Briefing speichern unter</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Classification marking</source>
        <translation>Einstufungsvermerk</translation>
    </message>
</context>
<context>
    <name>CSVReader</name>
    <message>
        <source>contains NUL bytes, so it is binary data, not CSV text</source>
        <translation>enthält NUL-Bytes; es sind also Binärdaten, kein CSV-Text</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {position} is invalid) nor Windows-1252; save it as UTF-8 CSV</source>
        <translation>ist weder UTF-8-Text (Byte {position} ist ungültig) noch Windows-1252; speichern Sie die Datei als UTF-8-CSV</translation>
    </message>
    <message>
        <source>is not readable as CSV ({error})</source>
        <translation>ist nicht als CSV lesbar ({error})</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>enthält keine Zeilen</translation>
    </message>
    <message>
        <source>has no latitude and longitude columns that could be found (columns: {columns})</source>
        <translation>hat keine erkennbaren Spalten für Breite und Länge (Spalten: {columns})</translation>
    </message>
    <message>
        <source>has no column &quot;{column}&quot;</source>
        <translation>hat keine Spalte „{column}“</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the check</source>
        <translation>die Prüfung</translation>
    </message>
    <message>
        <source>the export to {output}</source>
        <translation>der Export nach {output}</translation>
    </message>
    <message>
        <source>the built-in briefing</source>
        <translation>das integrierte Briefing</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Einzelheiten stehen im Protokoll: {path}</translation>
    </message>
    <message>
        <source>No log could be written.</source>
        <translation>Es konnte kein Protokoll geschrieben werden.</translation>
    </message>
    <message>
        <source>{file}: {doing} stopped on an internal error ({kind}); nothing was written.</source>
        <translation>{file}: {doing} wurde wegen eines internen Fehlers ({kind}) abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file}: cannot check &apos;{suffix}&apos; files; use a .briefing file or geodata: {formats}</source>
        <translation>{file}: Prüfung nicht möglich (Erweiterung: {suffix}); verwenden Sie eine .briefing-Datei oder Geodaten: {formats}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{output}: cannot export to &apos;{suffix}&apos;; use one of: {formats}</source>
        <translation>{output}: Export nicht möglich (Erweiterung: {suffix}); verwenden Sie eines dieser Formate: {formats}</translation>
    </message>
    <message>
        <source>{output}: --replay goes with a .gif, .mp4 or .pptx output</source>
        <translation>{output}: --replay ist nur mit einer Ausgabe als .gif, .mp4 oder .pptx möglich</translation>
    </message>
    <message>
        <source>{output}: a {suffix} file holds one replay; give --replay once</source>
        <translation>{output}: eine {suffix}-Datei enthält einen Zeitraffer; geben Sie --replay nur einmal an</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit briefing properties</source>
        <translation>Briefing-Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Show layer</source>
        <translation>Ebene einblenden</translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation>Ebene ausblenden</translation>
    </message>
    <message>
        <source>Change layer opacity</source>
        <translation>Deckkraft der Ebene ändern</translation>
    </message>
    <message>
        <source>Change layer settings</source>
        <translation>Ebeneneinstellungen ändern</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>Ebenen neu anordnen</translation>
    </message>
    <message>
        <source>Save grouping</source>
        <translation>Gruppierung speichern</translation>
    </message>
    <message>
        <source>Delete grouping</source>
        <translation>Gruppierung löschen</translation>
    </message>
    <message>
        <source>Save grouping “{name}”</source>
        <translation>Gruppierung „{name}“ speichern</translation>
    </message>
    <message>
        <source>Delete grouping “{name}”</source>
        <translation>Gruppierung „{name}“ löschen</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Folie löschen</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>Folie verschieben</translation>
    </message>
    <message>
        <source>Edit slide</source>
        <translation>Folie bearbeiten</translation>
    </message>
    <message>
        <source>Add annotations</source>
        <translation>Anmerkungen hinzufügen</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>Textgröße ändern</translation>
    </message>
    <message>
        <source>Choose slides for annotation</source>
        <translation>Folien für Anmerkung auswählen</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Ebene importieren</translation>
    </message>
    <message>
        <source>Remove imported layer</source>
        <translation>Importierte Ebene entfernen</translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <source>Remove layer “{name}”</source>
        <translation>Ebene „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Rename slide</source>
        <translation>Folie umbenennen</translation>
    </message>
    <message>
        <source>Edit talking points</source>
        <translation>Sprechpunkte bearbeiten</translation>
    </message>
    <message>
        <source>Revert “{title}”</source>
        <translation>„{title}“ zurücksetzen</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>Folie duplizieren</translation>
    </message>
    <message>
        <source>Update slide from the map</source>
        <translation>Folie aus der Karte aktualisieren</translation>
    </message>
    <message>
        <source>Keep pen drawing on “{title}”</source>
        <translation>Freihandzeichnung auf „{title}“ beibehalten</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Change the date of “{title}”</source>
        <translation>Datum von „{title}“ ändern</translation>
    </message>
</context>
<context>
    <name>CoordinateDisplay</name>
    <message>
        <source>Decimal degrees</source>
        <translation>Dezimalgrad</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Decimal degrees</source>
        <translation>Zeigerposition in Dezimalgrad anzeigen</translation>
    </message>
    <message>
        <source>Degrees, minutes, seconds</source>
        <translation>Grad, Minuten, Sekunden</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Degrees, minutes, seconds</source>
        <translation>Zeigerposition in Grad, Minuten, Sekunden anzeigen</translation>
    </message>
    <message>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as MGRS</source>
        <translation>Zeigerposition als MGRS anzeigen</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Koordinaten</translation>
    </message>
    <message>
        <source>The position under the pointer; right-click to choose the notation</source>
        <translation>Position unter dem Zeiger; Rechtsklick zur Wahl der Schreibweise</translation>
    </message>
</context>
<context>
    <name>CoordinateSystem</name>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which is not known</source>
        <translation>nennt das Koordinatensystem „{name}“, das nicht bekannt ist</translation>
    </message>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which has no conversion to longitude and latitude on Earth (a local or engineering grid, for example)</source>
        <translation>nennt das Koordinatensystem „{name}“, das sich nicht in geografische Länge und Breite umrechnen lässt (zum Beispiel ein lokales oder technisches Gitter)</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <source>A position is at most {count} characters long.</source>
        <translation>Eine Position ist höchstens {count} Zeichen lang.</translation>
    </message>
    <message>
        <source>“{text}” is not a position. Type decimal degrees (54.1, 22.93), degrees-minutes-seconds (54°06′00″N 22°55′48″E) or MGRS (34U FE 26199 96369).</source>
        <translation>„{text}“ ist keine Position. Geben Sie Dezimalgrad (54.1, 22.93), Grad-Minuten-Sekunden (54°06′00″N 22°55′48″E) oder MGRS (34U FE 26199 96369) ein.</translation>
    </message>
    <message>
        <source>Latitude {value} is outside −90 to 90.</source>
        <translation>Breite {value} liegt außerhalb von −90 bis 90.</translation>
    </message>
    <message>
        <source>Longitude {value} is outside −180 to 180.</source>
        <translation>Länge {value} liegt außerhalb von −180 bis 180.</translation>
    </message>
    <message>
        <source>“{text}” is not an MGRS reference: a zone 1–60, a band letter, two square letters and an even number of digits (up to 10).</source>
        <translation>„{text}“ ist keine MGRS-Angabe: erforderlich sind eine Zone 1–60, ein Bandbuchstabe, zwei Quadratbuchstaben und eine gerade Anzahl Ziffern (bis zu 10).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid MGRS reference.</source>
        <translation>„{text}“ ist keine gültige MGRS-Angabe.</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>country names file</source>
        <translation>Ländernamen-Datei</translation>
    </message>
    <message>
        <source>format {found} is not {expected}, the one this app reads</source>
        <translation>das Format ist {found}, diese App liest aber Format {expected}</translation>
    </message>
    <message>
        <source>no English name</source>
        <translation>kein englischer Name</translation>
    </message>
    <message>
        <source>{problem} (the built-in data is used instead)</source>
        <translation>{problem} (stattdessen werden die integrierten Daten verwendet)</translation>
    </message>
    <message>
        <source>facts file</source>
        <translation>Faktendatei</translation>
    </message>
    <message>
        <source>the year {year} is outside {low}–{high}</source>
        <translation>das Jahr {year} liegt außerhalb von {low}–{high}</translation>
    </message>
    <message>
        <source>unknown field &quot;{key}&quot;; allowed: {allowed}</source>
        <translation>unbekanntes Feld „{key}“; zulässig: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a known metric; known: {known}</source>
        <translation>„{metric}“ ist keine bekannte Kennzahl; bekannt: {known}</translation>
    </message>
    <message>
        <source>expected a number or an object with &quot;value&quot;</source>
        <translation>erwartet wurde eine Zahl oder ein Objekt mit „value“</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. &quot;POL&quot;; Kosovo is &quot;XKX&quot;)</source>
        <translation>„{code}“ ist kein Code nach ISO 3166-1 alpha-3 (drei Großbuchstaben, z. B. „POL“; Kosovo ist „XKX“)</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a metric of this file; known: {known}</source>
        <translation>„{metric}“ ist keine Kennzahl dieser Datei; bekannt: {known}</translation>
    </message>
    <message>
        <source>data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>format version {version} is not supported (this app reads version {supported})</source>
        <translation>Formatversion {version} wird nicht unterstützt (diese App liest Version {supported})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a city is [&quot;city&quot;, its GeoNames name, its ISO 3166-1 alpha-2 country code]</source>
        <translation>eine Stadt wird als [&quot;city&quot;, GeoNames-Name, Ländercode nach ISO 3166-1 alpha-2] angegeben</translation>
    </message>
    <message>
        <source>a country is [&quot;country&quot;, its ISO 3166-1 alpha-3 code]</source>
        <translation>ein Land wird als [&quot;country&quot;, Code nach ISO 3166-1 alpha-3] angegeben</translation>
    </message>
    <message>
        <source>a {kind} is [&quot;{kind}&quot;, the id of its record]</source>
        <translation>„{kind}“ wird als [&quot;{kind}&quot;, ID des Datensatzes] angegeben</translation>
    </message>
    <message>
        <source>a target starts with &quot;city&quot;, &quot;country&quot;, &quot;flashpoint&quot; or &quot;deployment&quot;, not {found}</source>
        <translation>ein Ziel beginnt mit „city“, „country“, „flashpoint“ oder „deployment“, nicht mit {found}</translation>
    </message>
    <message>
        <source>a target cannot be empty</source>
        <translation>ein Ziel darf nicht leer sein</translation>
    </message>
    <message>
        <source>checked {checked} is before as_of {as_of}: a fact is checked on or after the date it is known true</source>
        <translation>checked {checked} liegt vor as_of {as_of}: eine Angabe wird am oder nach dem Datum geprüft, zu dem sie als zutreffend bekannt ist</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>„{value}“ ist keiner dieser Werte: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is listed twice</source>
        <translation>„{code}“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id (lower-case letters, digits and &quot;_&quot;, e.g. &quot;nato&quot;)</source>
        <translation>„{value}“ ist keine gültige ID (Kleinbuchstaben, Ziffern und „_“, z. B. „nato“)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date</source>
        <translation>„{text}“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>das Ende {end} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} ist kein Code nach ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>{code} already has a membership period that overlaps this one</source>
        <translation>{code} hat bereits einen Mitgliedschaftszeitraum, der sich mit diesem überschneidet</translation>
    </message>
    <message>
        <source>&quot;{sidc}&quot; is not a 20-digit APP-6D / MIL-STD-2525D symbol code</source>
        <translation>„{sidc}“ ist kein 20-stelliger Symbolcode nach APP-6D / MIL-STD-2525D</translation>
    </message>
    <message>
        <source>digits 9-10 of the symbol code are &quot;{digits}&quot;, but echelon &quot;{echelon}&quot; needs &quot;{needed}&quot;</source>
        <translation>die Stellen 9–10 des Symbolcodes sind „{digits}“, die Führungsebene „{echelon}“ erfordert aber „{needed}“</translation>
    </message>
    <message>
        <source>a range must be more than 0 km</source>
        <translation>eine Reichweite muss größer als 0 km sein</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be more than 0</source>
        <translation>„{key}“ muss größer als 0 sein</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice in this file</source>
        <translation>die ID „{id}“ wird in dieser Datei zweimal verwendet</translation>
    </message>
    <message>
        <source>does not exist (the app&apos;s built-in data is incomplete)</source>
        <translation>existiert nicht (die integrierten Daten der App sind unvollständig)</translation>
    </message>
</context>
<context>
    <name>Deployment kind</name>
    <message>
        <source>NATO battlegroup</source>
        <translation>NATO-Gefechtsverband</translation>
    </message>
    <message>
        <source>National brigade</source>
        <translation>Nationale Brigade</translation>
    </message>
    <message>
        <source>US rotational brigade</source>
        <translation>US-Rotationsbrigade</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hauptquartier</translation>
    </message>
    <message>
        <source>US garrison</source>
        <translation>US-Standort</translation>
    </message>
    <message>
        <source>Air base</source>
        <translation>Luftwaffenstützpunkt</translation>
    </message>
    <message>
        <source>Missile defence</source>
        <translation>Raketenabwehr</translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation>Logistikdrehscheibe</translation>
    </message>
    <message>
        <source>Prepositioned stocks</source>
        <translation>Vorausstationiertes Material</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Trupp</translation>
    </message>
    <message>
        <source>squad</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Halbzug</translation>
    </message>
    <message>
        <source>platoon</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Kompanie</translation>
    </message>
    <message>
        <source>battalion</source>
        <translation>Bataillon</translation>
    </message>
    <message>
        <source>regiment</source>
        <translation>Regiment</translation>
    </message>
    <message>
        <source>brigade</source>
        <translation>Brigade</translation>
    </message>
    <message>
        <source>division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>corps</source>
        <translation>Korps</translation>
    </message>
    <message>
        <source>army</source>
        <translation>Armee</translation>
    </message>
    <message>
        <source>army group</source>
        <translation>Heeresgruppe</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Drawing map {number} of {count}: {title}</source>
        <translation>Karte {number} von {count} wird gezeichnet: {title}</translation>
    </message>
    <message>
        <source>Laying out pages again</source>
        <translation>Seiten werden neu umbrochen</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Seiten werden umbrochen</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Making the cover</source>
        <translation>Deckblatt wird erstellt</translation>
    </message>
    <message>
        <source>Drawing the replay {title}</source>
        <translation>Zeitraffer {title} wird gezeichnet</translation>
    </message>
    <message>
        <source>the replay {title}</source>
        <translation>der Zeitraffer {title}</translation>
    </message>
    <message>
        <source>Writing the PowerPoint file</source>
        <translation>PowerPoint-Datei wird geschrieben</translation>
    </message>
    <message>
        <source>Drawing frame {number} of {count}: {date}</source>
        <translation>Bild {number} von {count} wird gezeichnet: {date}</translation>
    </message>
    <message>
        <source>Writing the replay</source>
        <translation>Zeitraffer wird geschrieben</translation>
    </message>
    <message>
        <source>{where} could not be drawn ({error})</source>
        <translation>{where} konnte nicht gezeichnet werden ({error})</translation>
    </message>
    <message>
        <source>slide {number} ({title})</source>
        <translation>Folie {number} ({title})</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>BIP</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Verteidigungsausgaben</translation>
    </message>
    <message>
        <source>Armed forces personnel</source>
        <translation>Personalstärke der Streitkräfte</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>current US$</source>
        <translation>US$ zu jeweiligen Preisen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>{amount} trillion</source>
        <translation>{amount} Bio.</translation>
    </message>
    <message>
        <source>{amount} billion</source>
        <translation>{amount} Mrd.</translation>
    </message>
    <message>
        <source>{amount} million</source>
        <translation>{amount} Mio.</translation>
    </message>
    <message>
        <source>US$ {amount}</source>
        <translation>{amount} US$</translation>
    </message>
    <message>
        <source>{counted} of {total} states</source>
        <translation>{counted} von {total} Staaten</translation>
    </message>
    <message>
        <source>{coverage}, partial</source>
        <translation>{coverage}, unvollständig</translation>
    </message>
    <message>
        <source>{grouping} {amount} ({coverage})</source>
        <translation>{grouping} {amount} ({coverage})</translation>
    </message>
    <message>
        <source>{metric} ({year}): {figures}.</source>
        <translation>{metric} ({year}): {figures}.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>no sourced value for any member ({source})</source>
        <translation>für keines der Mitglieder ein belegter Wert ({source})</translation>
    </message>
    <message>
        <source>{counted} of {total} members</source>
        <translation>{counted} von {total} Mitgliedern</translation>
    </message>
    <message>
        <source>{coverage}; missing: {countries}</source>
        <translation>{coverage}; fehlend: {countries}</translation>
    </message>
    <message>
        <source>{value} (partial: {counted} of {total} members)</source>
        <translation>{value} (unvollständig: {counted} von {total} Mitgliedern)</translation>
    </message>
    <message>
        <source>{coverage}. {source}, {year}; as of {date}. {address}</source>
        <translation>{coverage}. {source}, {year}; Stand: {date}. {address}</translation>
    </message>
    <message>
        <source>Nuclear-weapon states</source>
        <translation>Kernwaffenstaaten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric} ({unit})</translation>
    </message>
    <message>
        <source>{metric}: year</source>
        <translation>{metric}: Jahr</translation>
    </message>
    <message>
        <source>{metric}: source</source>
        <translation>{metric}: Quelle</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Grouping figures</source>
        <translation>Kennzahlen der Gruppierung</translation>
    </message>
    <message>
        <source>Grouping to total</source>
        <translation>Zu summierende Gruppierung</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Nach Ländern</translation>
    </message>
    <message>
        <source>Figures of each member country</source>
        <translation>Kennzahlen der einzelnen Mitgliedstaaten</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the per-country figures with years and sources</source>
        <translation>Kennzahlen je Land mit Jahren und Quellen kopieren</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>No sourced figure for {country}: shown as missing, not 0</source>
        <translation>Kein belegter Wert für {country}: als fehlend dargestellt, nicht als 0</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Save figures as CSV</source>
        <translation>Kennzahlen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>CSV-Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Kennzahlen nicht gespeichert</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Briefings</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>Briefing öffnen</translation>
    </message>
    <message>
        <source>Cannot open briefing</source>
        <translation>Briefing kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Briefing speichern unter</translation>
    </message>
    <message>
        <source>Cannot save briefing</source>
        <translation>Briefing kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Schreibgeschützte Datei ersetzen?</translation>
    </message>
    <message>
        <source>{path} is marked read-only, perhaps so that it is not changed by mistake.

Replace it with this briefing anyway? (The file stays read-only; the version it holds now is kept as its .bak.)</source>
        <translation>{path} ist schreibgeschützt, möglicherweise damit sie nicht versehentlich geändert wird.

Dennoch durch dieses Briefing ersetzen? (Die Datei bleibt schreibgeschützt; die jetzige Fassung wird als .bak-Datei aufbewahrt.)</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>The briefing “{name}” has changes that are not saved.</source>
        <translation>Das Briefing „{name}“ enthält nicht gespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>is read-only; it was not replaced (make it writable, or save under another name)</source>
        <translation>ist schreibgeschützt und wurde nicht ersetzt (heben Sie den Schreibschutz auf oder speichern Sie unter einem anderen Namen)</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot be saved: {problem}</source>
        <translation>kann nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>expected [latitude, longitude]</source>
        <translation>erwartet wurde [Breite, Länge]</translation>
    </message>
    <message>
        <source>a circle&apos;s radius must be more than 0 and less than {limit} km</source>
        <translation>der Radius eines Kreises muss größer als 0 und kleiner als {limit} km sein</translation>
    </message>
    <message>
        <source>a text&apos;s font size must be a number (points, {low} to {high}), found {found}</source>
        <translation>die Schriftgröße eines Textes muss eine Zahl sein (Punkt, {low} bis {high}), gefunden: {found}</translation>
    </message>
    <message>
        <source>expected text, a number, true/false or null, found {found}</source>
        <translation>erwartet wurde Text, eine Zahl, true/false oder null, gefunden: {found}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a colour (use #rrggbb or a CSS colour name)</source>
        <translation>„{text}“ ist keine Farbe (verwenden Sie #rrggbb oder einen CSS-Farbnamen)</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;</source>
        <translation>erwartet wurde „Feature“</translation>
    </message>
    <message>
        <source>holds {count} features; a briefing embeds at most {limit}</source>
        <translation>enthält {count} Objekte; ein Briefing bettet höchstens {limit} ein</translation>
    </message>
    <message>
        <source>the imported layers hold {count} features together; a briefing embeds at most {limit}</source>
        <translation>die importierten Ebenen enthalten zusammen {count} Objekte; ein Briefing bettet höchstens {limit} ein</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>„{code}“ ist kein Ländercode nach ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>holds {count} slides; a briefing holds at most {limit}</source>
        <translation>enthält {count} Folien; ein Briefing enthält höchstens {limit}</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice</source>
        <translation>die ID „{id}“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>expected a briefing (a JSON object), found {found}</source>
        <translation>erwartet wurde ein Briefing (ein JSON-Objekt), gefunden: {found}</translation>
    </message>
    <message>
        <source>was written by a newer version of Briefing App (file format {version}; this version reads up to format {supported}). Update Briefing App to open it.</source>
        <translation>wurde mit einer neueren Version von Briefing App geschrieben (Dateiformat {version}; diese Version liest bis Format {supported}). Aktualisieren Sie Briefing App, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>unknown file format version {version}</source>
        <translation>unbekannte Dateiformatversion {version}</translation>
    </message>
    <message>
        <source>briefing file</source>
        <translation>Briefing-Datei</translation>
    </message>
</context>
<context>
    <name>GeoFileLimits</name>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is {size}; imported files are limited to {limit}</source>
        <translation>ist {size} groß; importierte Dateien sind auf {limit} begrenzt</translation>
    </message>
    <message>
        <source>has more than {count} features; a briefing can embed at most that many</source>
        <translation>hat mehr als {count} Objekte; ein Briefing kann höchstens so viele einbetten</translation>
    </message>
    <message>
        <source>has more than {count} vertices; a briefing can embed at most that many (simplify the geometries first)</source>
        <translation>hat mehr als {count} Stützpunkte; ein Briefing kann höchstens so viele einbetten (vereinfachen Sie zuerst die Geometrien)</translation>
    </message>
    <message>
        <source>takes longer than {seconds} s to read; refused (simplify it, or split it into parts)</source>
        <translation>braucht zum Lesen länger als {seconds} s; abgelehnt (vereinfachen Sie die Datei oder teilen Sie sie auf)</translation>
    </message>
    <message>
        <source>has more than {count} self-crossings to repair in its polygons; at most that many are repaired in one file</source>
        <translation>hat mehr als {count} zu reparierende Selbstüberschneidungen in den Polygonen; höchstens so viele werden je Datei repariert</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>GeoFileReader</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>an SQLite database (GeoPackage)</source>
        <translation>SQLite-Datenbank (GeoPackage)</translation>
    </message>
    <message>
        <source>a Shapefile (.shp)</source>
        <translation>Shapefile (.shp)</translation>
    </message>
    <message>
        <source>has the extension &apos;{suffix}&apos;, which cannot be imported; supported: {suffixes}</source>
        <translation>hat die Erweiterung „{suffix}“, die nicht importiert werden kann; unterstützt: {suffixes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>is named {suffix} but is not {expected}</source>
        <translation>hat die Erweiterung {suffix}, ist aber nicht vom Typ {expected}</translation>
    </message>
    <message>
        <source>is named {suffix} but holds {found}; is the extension right?</source>
        <translation>hat die Erweiterung {suffix}, ist aber vom Typ {found}; stimmt die Erweiterung?</translation>
    </message>
    <message>
        <source>is too large to read in the memory available</source>
        <translation>ist zu groß, um im verfügbaren Speicher gelesen zu werden</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
</context>
<context>
    <name>GeoFileSummary</name>
    <message>
        <source>1 feature</source>
        <translation>1 Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 Ebene</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>layer &quot;{name}&quot;: {features}</source>
        <translation>Ebene „{name}“: {features}</translation>
    </message>
    <message>
        <source>CRS: {crs}</source>
        <translation>KBS: {crs}</translation>
    </message>
    <message>
        <source>declared and read: {text}</source>
        <translation>angegeben und gelesen: {text}</translation>
    </message>
    <message>
        <source>repaired: {text}</source>
        <translation>repariert: {text}</translation>
    </message>
    <message>
        <source>dropped: {text}</source>
        <translation>verworfen: {text}</translation>
    </message>
    <message>
        <source>{file}: {format}, {layers}, {features}</source>
        <translation>{file}: {format}, {layers}, {features}</translation>
    </message>
    <message>
        <source>available layers: {layers}</source>
        <translation>verfügbare Ebenen: {layers}</translation>
    </message>
    <message>
        <source>coordinates from columns: latitude &quot;{latitude}&quot;, longitude &quot;{longitude}&quot;</source>
        <translation>Koordinaten aus den Spalten: Breite „{latitude}“, Länge „{longitude}“</translation>
    </message>
</context>
<context>
    <name>GeoJSONGeometry</name>
    <message>
        <source>a line needs at least 2 positions, this one has {count}</source>
        <translation>eine Linie braucht mindestens 2 Positionen, diese hat {count}</translation>
    </message>
    <message>
        <source>a polygon&apos;s ring needs at least 3 different positions</source>
        <translation>der Ring eines Polygons braucht mindestens 3 verschiedene Positionen</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not a GeoJSON geometry type</source>
        <translation>„{type}“ ist kein GeoJSON-Geometrietyp</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not supported here; use {allowed}</source>
        <translation>„{type}“ wird hier nicht unterstützt; verwenden Sie {allowed}</translation>
    </message>
    <message>
        <source>geometry collections are nested deeper than {depth}</source>
        <translation>Geometriesammlungen sind tiefer als {depth} Stufen verschachtelt</translation>
    </message>
    <message>
        <source>an empty {type} (no positions)</source>
        <translation>leere Geometrie vom Typ {type} (keine Positionen)</translation>
    </message>
    <message>
        <source>coordinates are nested too deeply for a {type}</source>
        <translation>die Koordinaten sind für den Typ {type} zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a position needs a longitude and a latitude</source>
        <translation>eine Position braucht eine Länge und eine Breite</translation>
    </message>
    <message>
        <source>expected a list of positions in a {type}, found {value}</source>
        <translation>erwartet wurde eine Liste von Positionen im Typ {type}, gefunden: {value}</translation>
    </message>
    <message>
        <source>an empty part in a {type}</source>
        <translation>ein leerer Teil in einer Geometrie vom Typ {type}</translation>
    </message>
</context>
<context>
    <name>GeoJSONReader</name>
    <message>
        <source>has a &quot;crs&quot; member without a name</source>
        <translation>hat ein Element „crs“ ohne Namen</translation>
    </message>
    <message>
        <source>is JSON but not GeoJSON (no object with a &quot;type&quot;)</source>
        <translation>ist JSON, aber kein GeoJSON (kein Objekt mit „type“)</translation>
    </message>
    <message>
        <source>is a FeatureCollection without a &quot;features&quot; list</source>
        <translation>ist eine FeatureCollection ohne Liste „features“</translation>
    </message>
    <message>
        <source>has the GeoJSON type &quot;{type}&quot;, which is not a feature or geometry</source>
        <translation>hat den GeoJSON-Typ „{type}“, der weder ein Feature noch eine Geometrie ist</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Coalition of the Willing</source>
        <translation>Koalition der Willigen</translation>
    </message>
    <message>
        <source>Weimar Triangle</source>
        <translation>Weimarer Dreieck</translation>
    </message>
    <message>
        <source>Nuclear-weapon states (NPT)</source>
        <translation>Kernwaffenstaaten (NVV)</translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message>
        <source>Delete grouping</source>
        <translation>Gruppierung löschen</translation>
    </message>
    <message>
        <source>Delete the grouping “{name}”?</source>
        <translation>Gruppierung „{name}“ löschen?</translation>
    </message>
</context>
<context>
    <name>GroupingDialog</name>
    <message>
        <source>1 country</source>
        <translation>1 Land</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit grouping</source>
        <translation>Gruppierung bearbeiten</translation>
    </message>
    <message>
        <source>New grouping</source>
        <translation>Neue Gruppierung</translation>
    </message>
    <message>
        <source>e.g. European alliance with Ukraine, without the US</source>
        <translation>z. B. europäisches Bündnis mit der Ukraine, ohne die USA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Colour of the grouping on the map</source>
        <translation>Farbe der Gruppierung auf der Karte</translation>
    </message>
    <message>
        <source>The colour the map and the PDF give its members</source>
        <translation>Die Farbe, in der Karte und PDF die Mitglieder darstellen</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Start from a grouping</source>
        <translation>Von einer Gruppierung ausgehen</translation>
    </message>
    <message>
        <source>Tick the members of a built-in grouping, then edit</source>
        <translation>Die Mitglieder einer integrierten Gruppierung ankreuzen und dann bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>Tick countries, or click them on the map to add or remove.</source>
        <translation>Kreuzen Sie Länder an oder klicken Sie sie auf der Karte an, um sie hinzuzufügen oder zu entfernen.</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Länder filtern</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Länder filtern…</translation>
    </message>
    <message>
        <source>&amp;Ticked only</source>
        <translation>Nur an&amp;gekreuzte</translation>
    </message>
    <message>
        <source>Show only the countries in the grouping</source>
        <translation>Nur die Länder der Gruppierung anzeigen</translation>
    </message>
    <message>
        <source>Countries in the grouping</source>
        <translation>Länder der Gruppierung</translation>
    </message>
    <message>
        <source>{name}, edited</source>
        <translation>{name}, bearbeitet</translation>
    </message>
    <message>
        <source>Colour of the grouping</source>
        <translation>Farbe der Gruppierung</translation>
    </message>
    <message>
        <source>A grouping needs a name</source>
        <translation>Eine Gruppierung benötigt einen Namen</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <source>PNG image, 1920 × 1080</source>
        <translation>PNG-Bild, 1920 × 1080</translation>
    </message>
    <message>
        <source>PNG image, 3840 × 2160</source>
        <translation>PNG-Bild, 3840 × 2160</translation>
    </message>
    <message>
        <source>PDF, vector</source>
        <translation>PDF, Vektor</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>HTML-Dateien</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-Dateien</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>{kind} wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>{kind} exportieren</translation>
    </message>
    <message>
        <source>{kind} export cancelled; no file written</source>
        <translation>Export ({kind}) abgebrochen; keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Cannot export {kind}</source>
        <translation>{kind} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>Cannot copy the map</source>
        <translation>Karte kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Map copied with its legend, scale bar and marking (1920 × 1080)</source>
        <translation>Karte mit Legende, Maßstabsleiste und Einstufungsvermerk kopiert (1920 × 1080)</translation>
    </message>
    <message>
        <source>Export Slide Image</source>
        <translation>Folienbild exportieren</translation>
    </message>
    <message>
        <source>slide image</source>
        <translation>Folienbild</translation>
    </message>
    <message>
        <source>Export PowerPoint</source>
        <translation>PowerPoint exportieren</translation>
    </message>
    <message>
        <source>PowerPoint decks</source>
        <translation>PowerPoint-Präsentationen</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>{title} replay</source>
        <translation>Zeitraffer {title}</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Zeitraffer exportieren</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>Zeitraffer</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Presentation (full screen)</source>
        <translation>Präsentation (Vollbild)</translation>
    </message>
    <message>
        <source>Tool bar: {name}</source>
        <translation>Symbolleiste: {name}</translation>
    </message>
    <message>
        <source>Map and panels</source>
        <translation>Karte und Bereiche</translation>
    </message>
    <message>
        <source>Briefing App — keyboard shortcuts</source>
        <translation>Briefing App — Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Briefing App</source>
        <translation>Tastenkürzel — Briefing App</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the shown shortcuts to the clipboard as plain text</source>
        <translation>Die angezeigten Tastenkürzel als reinen Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the shown shortcuts</source>
        <translation>Die angezeigten Tastenkürzel drucken</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Hauptstädte</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Gruppierungen</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Stationierungen</translation>
    </message>
    <message>
        <source>Flashpoints</source>
        <translation>Krisenherde</translation>
    </message>
    <message>
        <source>Occupied territory and derived lines</source>
        <translation>Besetzte Gebiete und abgeleitete Linien</translation>
    </message>
    <message>
        <source>Country figures</source>
        <translation>Länderkennzahlen</translation>
    </message>
    <message>
        <source>About Briefing App</source>
        <translation>Über Briefing App</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Name und Version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Data &amp;sources</source>
        <translation>Daten&amp;quellen</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>Copy versions, sources and licences to the clipboard</source>
        <translation>Versionen, Quellen und Lizenzen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>The app makes no network request: maps, data, fonts and scripts all ship with it, and exported HTML files load nothing from the network either.</source>
        <translation>Die Anwendung stellt keine Netzwerkanfragen: Karten, Daten, Schriften und Skripte werden mitgeliefert, und auch exportierte HTML-Dateien laden nichts aus dem Netz.</translation>
    </message>
    <message>
        <source>Data sources and their as-of dates</source>
        <translation>Datenquellen und ihr Stand</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Every fact on the map cites its source. “As of” is the date up to which a record is known to be true. Data corrections in the data folder (Help menu) are included.</source>
        <translation>Jede Angabe auf der Karte nennt ihre Quelle. „Stand“ ist das Datum, bis zu dem ein Eintrag nachweislich zutrifft. Datenkorrekturen im Datenordner (Menü Hilfe) sind berücksichtigt.</translation>
    </message>
    <message>
        <source>Bundled data, fonts and libraries</source>
        <translation>Mitgelieferte Daten, Schriften und Bibliotheken</translation>
    </message>
    <message>
        <source>Licence of the selected item</source>
        <translation>Lizenz des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>DATA SOURCES</source>
        <translation>DATENQUELLEN</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(Stand: {date})</translation>
    </message>
    <message>
        <source>BUNDLED DATA, FONTS AND LIBRARIES</source>
        <translation>MITGELIEFERTE DATEN, SCHRIFTEN UND BIBLIOTHEKEN</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Geodata files ({patterns})</source>
        <translation>Geodatendateien ({patterns})</translation>
    </message>
    <message>
        <source>CSV with coordinates ({patterns})</source>
        <translation>CSV mit Koordinaten ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Ebene importieren</translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation>konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Choose layers</source>
        <translation>Ebenen auswählen</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n layers. Import:</source>
        <translation>
            <numerusform>{file} enthält %n Ebene. Importieren:</numerusform>
            <numerusform>{file} enthält %n Ebenen. Importieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers to import</source>
        <translation>Zu importierende Ebenen</translation>
    </message>
    <message>
        <source>Coordinates in the CSV file</source>
        <translation>Koordinaten in der CSV-Datei</translation>
    </message>
    <message>
        <source>{file}: {note}</source>
        <translation>{file}: {note}</translation>
    </message>
    <message>
        <source>choose the coordinate columns.</source>
        <translation>Wählen Sie die Koordinatenspalten aus.</translation>
    </message>
    <message>
        <source>Latitude column</source>
        <translation>Spalte für die Breite</translation>
    </message>
    <message>
        <source>Longitude column</source>
        <translation>Spalte für die Länge</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>{path}: Briefing App imports {suffixes} files, not &apos;{suffix}&apos;.</source>
        <translation>{path}: Briefing App importiert Dateien vom Typ {suffixes}, nicht „{suffix}“.</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>eine Datei ohne Erweiterung</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>{path}: no feature with a usable geometry.</source>
        <translation>{path}: kein Objekt mit verwendbarer Geometrie.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Imported {count} features from {file} in 1 layer</source>
        <translation>{count} Objekte aus {file} in 1 Ebene importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} features from {file} in %n layers</source>
        <translation>
            <numerusform>{count} Objekte aus {file} in %n Ebene importiert</numerusform>
            <numerusform>{count} Objekte aus {file} in %n Ebenen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} — {counts}</source>
        <translation>{message} — {counts}</translation>
    </message>
    <message>
        <source>{message} — some were repaired or left out: see the layer&apos;s notes</source>
        <translation>{message} — einige wurden repariert oder ausgelassen: siehe Hinweise der Ebene</translation>
    </message>
    <message>
        <source>Import of {file} cancelled</source>
        <translation>Import von {file} abgebrochen</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>This briefing has no annotations yet.</source>
        <translation>Dieses Briefing enthält noch keine Anmerkungen.</translation>
    </message>
    <message>
        <source>{title} — annotations</source>
        <translation>{title} — Anmerkungen</translation>
    </message>
    <message>
        <source>Export as KML</source>
        <translation>Als KML exportieren</translation>
    </message>
    <message>
        <source>Export as GeoJSON</source>
        <translation>Als GeoJSON exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported {count} features to {path}</source>
        <translation>{count} Objekte nach {path} exportiert</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Ebene entfernen</translation>
    </message>
    <message>
        <source>Remove the imported layer “{name}” from this briefing? (Edit → Undo brings it back.)</source>
        <translation>Die importierte Ebene „{name}“ aus diesem Briefing entfernen? (Bearbeiten → Rückgängig stellt sie wieder her.)</translation>
    </message>
</context>
<context>
    <name>ImportedFeatures</name>
    <message>
        <source>holds no features</source>
        <translation>enthält keine Objekte</translation>
    </message>
    <message>
        <source>holds no usable features ({reasons})</source>
        <translation>enthält keine verwendbaren Objekte ({reasons})</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>{path} at {where}: {problem}</source>
        <translation>{path}, {where}: {problem}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Stufe</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>erwartet wurde ein Objekt, gefunden: {found}</translation>
    </message>
    <message>
        <source>the required field &quot;{key}&quot; is missing</source>
        <translation>das Pflichtfeld „{key}“ fehlt</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>erwartet wurde eine Liste, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>erwartet wurde Text, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>erwartet wurde true oder false, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>erwartet wurde eine Zahl, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>erwartet wurde eine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range {low} to {high}</source>
        <translation>{value} liegt außerhalb des zulässigen Bereichs {low} bis {high}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>der Text „{text}“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>{name} is not allowed in a {kind}</source>
        <translation>{name} ist in einer {kind} nicht zulässig</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?)</source>
        <translation>die Datei endet zu früh (ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation>JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the text holds a lone UTF-16 surrogate ({escape}), which is not a character; the file was damaged or written by a faulty program</source>
        <translation>der Text enthält ein einzelnes UTF-16-Surrogat ({escape}), das kein Zeichen ist; die Datei ist beschädigt oder wurde von einem fehlerhaften Programm geschrieben</translation>
    </message>
    <message>
        <source>expected a number that fits in a float (this one is too large)</source>
        <translation>erwartet wurde eine Zahl, die in eine Gleitkommazahl passt (diese ist zu groß)</translation>
    </message>
    <message>
        <source>a field name: {problem}</source>
        <translation>ein Feldname: {problem}</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a link to {target}, which is {what}</source>
        <translation>ist ein Link auf {target}; dieses Ziel ist {what}</translation>
    </message>
    <message>
        <source>is {what}</source>
        <translation>ist {what}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}; refused</source>
        <translation>{problem}, keine {kind}; abgelehnt</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}</source>
        <translation>{problem}, keine {kind}</translation>
    </message>
    <message>
        <source>is {size} MB; a {kind} is limited to {limit} MB</source>
        <translation>ist {size} MB groß; eine {kind} ist auf {limit} MB begrenzt</translation>
    </message>
    <message>
        <source>is larger than {limit} MB; a {kind} is limited to that</source>
        <translation>ist größer als {limit} MB; eine {kind} ist auf diese Größe begrenzt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a {kind} (not UTF-8 text; byte {byte} is invalid)</source>
        <translation>ist keine {kind} (kein UTF-8-Text; Byte {byte} ist ungültig)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must not be empty</source>
        <translation>„{key}“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a web address starting with http:// or https://</source>
        <translation>„{url}“ ist keine Webadresse, die mit http:// oder https:// beginnt</translation>
    </message>
</context>
<context>
    <name>KMLReader</name>
    <message>
        <source>is XML but not KML (its root element is &lt;{tag}&gt;)</source>
        <translation>ist XML, aber kein KML (das Wurzelelement ist &lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>nests elements deeper than {depth}</source>
        <translation>verschachtelt Elemente tiefer als {depth} Stufen</translation>
    </message>
    <message>
        <source>contains a document type declaration (&lt;!DOCTYPE&gt;), which KML never needs; refused because its entities could expand without bound or read other files</source>
        <translation>enthält eine Dokumenttypdeklaration (&lt;!DOCTYPE&gt;), die KML nie benötigt; abgelehnt, weil ihre Entitäten sich unbegrenzt ausdehnen oder andere Dateien lesen könnten</translation>
    </message>
    <message>
        <source>uses XML entities or external references, refused for safety ({error})</source>
        <translation>verwendet XML-Entitäten oder externe Verweise; aus Sicherheitsgründen abgelehnt ({error})</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?) ({error})</source>
        <translation>die Datei endet zu früh (ist sie abgeschnitten?) ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML ({error})</source>
        <translation>ist kein gültiges KML/XML ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML (bad text encoding: {error})</source>
        <translation>ist kein gültiges KML/XML (fehlerhafte Textkodierung: {error})</translation>
    </message>
</context>
<context>
    <name>KMZReader</name>
    <message>
        <source>is a zip archive without a .kml file, so not a KMZ</source>
        <translation>ist ein ZIP-Archiv ohne .kml-Datei und daher kein KMZ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Unbekannte Sprache {code}; wählen Sie eine von {choices}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Briefing App will be in {language} when it starts again.</source>
        <translation>Briefing App erscheint beim nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Map layers, top of the map first</source>
        <translation>Kartenebenen, oberste zuerst</translation>
    </message>
    <message>
        <source>Tick to show a layer; drag to change which is drawn on top</source>
        <translation>Zum Einblenden ankreuzen; ziehen, um die Zeichenreihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Deckkraft der ausgewählten Ebene</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Colour countries by grouping</source>
        <translation>Länder nach Gruppierung einfärben</translation>
    </message>
    <message>
        <source>Compare with a second grouping</source>
        <translation>Mit einer zweiten Gruppierung vergleichen</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Einfärben nach:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>New grouping…</source>
        <translation>Neue Gruppierung…</translation>
    </message>
    <message>
        <source>Build your own grouping of countries (Ctrl+G)</source>
        <translation>Eigene Ländergruppierung erstellen (Ctrl+G)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Imported layer</source>
        <translation>Importierte Ebene</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Export this layer as GeoJSON</source>
        <translation>Diese Ebene als GeoJSON exportieren</translation>
    </message>
    <message>
        <source>KML…</source>
        <translation>KML…</translation>
    </message>
    <message>
        <source>Export this layer as KML (Google Earth, TAK)</source>
        <translation>Diese Ebene als KML exportieren (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this layer from the briefing</source>
        <translation>Diese Ebene aus dem Briefing entfernen</translation>
    </message>
    <message>
        <source>Source of the selected layer</source>
        <translation>Quelle der ausgewählten Ebene</translation>
    </message>
    <message>
        <source>— nothing —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Every source: View → Sources</source>
        <translation>Alle Quellen: Ansicht → Quellen</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Basemap</source>
        <translation>Grundkarte</translation>
    </message>
    <message>
        <source>Shaded relief, major rivers and lakes, and capitals, cities and towns by zoom (Natural Earth; places: GeoNames, CC BY 4.0).</source>
        <translation>Schummerung, größere Flüsse und Seen sowie Hauptstädte, Städte und Orte je nach Zoomstufe (Natural Earth; Orte: GeoNames, CC BY 4.0).</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Country borders following the EU / UN General Assembly position.</source>
        <translation>Staatsgrenzen entsprechend der Position der EU / der UN-Generalversammlung.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>{file} (one source per membership)</source>
        <translation>{file} (eine Quelle je Mitgliedschaft)</translation>
    </message>
    <message>
        <source>Countries coloured by a grouping, or by the overlap of two, on the briefing&apos;s as-of date.</source>
        <translation>Länder nach einer Gruppierung oder nach der Überschneidung zweier Gruppierungen eingefärbt, zum Stichtag des Briefings.</translation>
    </message>
    <message>
        <source>Occupied territory of Ukraine</source>
        <translation>Besetzte Gebiete der Ukraine</translation>
    </message>
    <message>
        <source>Ukrainian territory under Russian occupation, dated; hatched.</source>
        <translation>Ukrainisches Staatsgebiet unter russischer Besatzung, datiert; schraffiert.</translation>
    </message>
    <message>
        <source>Eastern-flank deployments</source>
        <translation>Kräfte an der Ostflanke</translation>
    </message>
    <message>
        <source>{file} (one source per site)</source>
        <translation>{file} (eine Quelle je Standort)</translation>
    </message>
    <message>
        <source>NATO battlegroups, the German brigade in Lithuania and US sites in Poland, as APP-6 unit symbols.</source>
        <translation>NATO-Gefechtsverbände, die deutsche Brigade in Litauen und US-Standorte in Polen als taktische Zeichen nach APP-6.</translation>
    </message>
    <message>
        <source>Flashpoints and ranges</source>
        <translation>Krisenherde und Reichweiten</translation>
    </message>
    <message>
        <source>{file} (one source per item)</source>
        <translation>{file} (eine Quelle je Eintrag)</translation>
    </message>
    <message>
        <source>Kaliningrad, the Suwałki Gap, Belarus and Greenland, with geodesic weapon-range rings.</source>
        <translation>Kaliningrad, die Suwałki Gap, Belarus und Grönland, mit geodätischen Reichweitenringen von Waffensystemen.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>drawn in this briefing</source>
        <translation>in diesem Briefing gezeichnet</translation>
    </message>
    <message>
        <source>Markers, lines, areas and labels drawn in this briefing.</source>
        <translation>In diesem Briefing gezeichnete Markierungen, Linien, Flächen und Beschriftungen.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>JavaScript library</source>
        <translation>JavaScript-Bibliothek</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ist keiner dieser Werte: {allowed}</translation>
    </message>
    <message>
        <source>{name} is not a file name relative to the app&apos;s folder</source>
        <translation>{name} ist kein Dateiname relativ zum Ordner der App</translation>
    </message>
    <message>
        <source>there is no text {name} in &quot;texts&quot;</source>
        <translation>in „texts“ gibt es keinen Text {name}</translation>
    </message>
    <message>
        <source>not a regular expression ({reason})</source>
        <translation>kein regulärer Ausdruck ({reason})</translation>
    </message>
    <message>
        <source>the expression needs a group: the text it takes</source>
        <translation>der Ausdruck braucht eine Gruppe: den Text, den er übernimmt</translation>
    </message>
    <message>
        <source>a field is a key, or keys joined by dots</source>
        <translation>ein Feld ist ein Schlüssel oder mehrere durch Punkte verbundene Schlüssel</translation>
    </message>
    <message>
        <source>a part is a text or an object with one of: shared, runtime, file, match and in, bullets and in, field and in (and default); found {keys}</source>
        <translation>ein Teil ist ein Text oder ein Objekt mit einem von: shared, runtime, file, match und in, bullets und in, field und in (und default); gefunden: {keys}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>({file} is missing from this installation)</source>
        <translation>({file} fehlt in dieser Installation)</translation>
    </message>
</context>
<context>
    <name>Location precision</name>
    <message>
        <source>site</source>
        <translation>standortgenau</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ortsgenau</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Protokollordner: {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map stopped</source>
        <translation>Karte angehalten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Move the pointer over the map</source>
        <translation>Zeiger über die Karte bewegen</translation>
    </message>
    <message>
        <source>The date the briefing describes</source>
        <translation>Das Datum, das das Briefing beschreibt</translation>
    </message>
    <message>
        <source>Data corrections not used</source>
        <translation>Datenkorrekturen nicht verwendet</translation>
    </message>
    <message>
        <source>{name} (as of {date})</source>
        <translation>{name} (Stand: {date})</translation>
    </message>
    <message>
        <source>Not drawn, no sourced location: {names}</source>
        <translation>Nicht gezeichnet, kein belegter Ort: {names}</translation>
    </message>
    <message>
        <source>As of {date} · slide “{title}”</source>
        <translation>Stand: {date} · Folie „{title}“</translation>
    </message>
    <message>
        <source>As of {date} · working map</source>
        <translation>Stand: {date} · Arbeitskarte</translation>
    </message>
    <message>
        <source>Layer “{layer}”: {count} features drawn</source>
        <translation>Ebene „{layer}“: {count} Objekte gezeichnet</translation>
    </message>
    <message>
        <source>Map layer failed</source>
        <translation>Ebene fehlgeschlagen</translation>
    </message>
    <message>
        <source>The layer “{layer}” could not be drawn: {message}</source>
        <translation>Die Ebene „{layer}“ konnte nicht gezeichnet werden: {message}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Legende ein- oder ausblenden</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Source: {source} (as of {date})</source>
        <translation>Quelle: {source} (Stand: {date})</translation>
    </message>
    <message>
        <source>Briefing map</source>
        <translation>Lagekarte</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map stopped {count} times within {seconds} seconds and is not restarted again. The briefing is unchanged: save it and restart the app.</source>
        <translation>Die Karte ist innerhalb von {seconds} Sekunden {count}-mal angehalten und wird nicht erneut gestartet. Das Briefing ist unverändert: Speichern Sie es und starten Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Data corrections folder: {folder}</source>
        <translation>Ordner für Datenkorrekturen: {folder}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty briefing</source>
        <translation>Ein leeres Briefing beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>Eine Briefing-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Das Briefing speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the briefing under a new name</source>
        <translation>Das Briefing unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>Ebene &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file as a layer (or drop the file on the window)</source>
        <translation>GeoJSON-, KML/KMZ-, Shapefile-, GeoPackage- oder CSV-Datei als Ebene hinzufügen (oder die Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF to hand out</source>
        <translation>Das Briefing als PDF zum Verteilen ausgeben</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Write the briefing as one interactive HTML file that works offline</source>
        <translation>Das Briefing als eine interaktive, offline nutzbare HTML-Datei ausgeben</translation>
    </message>
    <message>
        <source>Export Power&amp;Point…</source>
        <translation>P&amp;owerPoint exportieren…</translation>
    </message>
    <message>
        <source>Save the briefing as a PowerPoint deck</source>
        <translation>Das Briefing als PowerPoint-Präsentation speichern</translation>
    </message>
    <message>
        <source>Export Slide &amp;Image…</source>
        <translation>Folien&amp;bild exportieren…</translation>
    </message>
    <message>
        <source>Save the map as shown as a PNG picture or a one-page vector PDF</source>
        <translation>Die Karte wie angezeigt als PNG-Bild oder einseitiges Vektor-PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;Replay…</source>
        <translation>Zeit&amp;raffer exportieren…</translation>
    </message>
    <message>
        <source>Save a grouping&apos;s membership between two dates as an animated GIF (or MP4)</source>
        <translation>Mitgliedschaft einer Gruppierung zwischen zwei Daten als animiertes GIF (oder MP4) speichern</translation>
    </message>
    <message>
        <source>As &amp;GeoJSON…</source>
        <translation>Als &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Write the annotations as GeoJSON (QGIS, web maps)</source>
        <translation>Die Anmerkungen als GeoJSON ausgeben (QGIS, Webkarten)</translation>
    </message>
    <message>
        <source>As &amp;KML…</source>
        <translation>Als &amp;KML…</translation>
    </message>
    <message>
        <source>Write the annotations as KML (Google Earth, TAK)</source>
        <translation>Die Anmerkungen als KML ausgeben (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the handout (the PDF&apos;s pages), with a preview</source>
        <translation>Die Handreichung (die Seiten des PDF) mit Vorschau drucken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Briefing App</source>
        <translation>Briefing App schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t Annotation</source>
        <translation>Anmerkung a&amp;usschneiden</translation>
    </message>
    <message>
        <source>Cut the selected annotations</source>
        <translation>Die ausgewählten Anmerkungen ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy Annotation</source>
        <translation>Anmerkung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected annotations</source>
        <translation>Die ausgewählten Anmerkungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Annotation</source>
        <translation>Anmerkung &amp;einfügen</translation>
    </message>
    <message>
        <source>Paste annotations (also GeoJSON text)</source>
        <translation>Anmerkungen einfügen (auch GeoJSON-Text)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Annotation</source>
        <translation>Anmerkung &amp;duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations</source>
        <translation>Die ausgewählten Anmerkungen duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Die ausgewählten Anmerkungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All Annotations</source>
        <translation>&amp;Alle Anmerkungen auswählen</translation>
    </message>
    <message>
        <source>Select every annotation</source>
        <translation>Alle Anmerkungen auswählen</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Karte k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the map as shown, with its legend, scale bar and marking, as a picture</source>
        <translation>Die Karte wie angezeigt mit Legende, Maßstabsleiste und Einstufungsvermerk als Bild kopieren</translation>
    </message>
    <message>
        <source>New &amp;Grouping…</source>
        <translation>Neue &amp;Gruppierung…</translation>
    </message>
    <message>
        <source>Build a custom grouping of countries</source>
        <translation>Eigene Ländergruppierung erstellen</translation>
    </message>
    <message>
        <source>Briefing &amp;Properties…</source>
        <translation>Briefing-Eigen&amp;schaften…</translation>
    </message>
    <message>
        <source>Title, classification marking, as-of date, author</source>
        <translation>Titel, Einstufungsvermerk, Stichtag, Verfasser</translation>
    </message>
    <message>
        <source>&amp;Home View</source>
        <translation>&amp;Ausgangsansicht</translation>
    </message>
    <message>
        <source>Return to the briefing&apos;s saved map view</source>
        <translation>Zur gespeicherten Kartenansicht des Briefings zurückkehren</translation>
    </message>
    <message>
        <source>Every source and as-of date of what is on the map</source>
        <translation>Alle Quellen und Stichtage der Karteninhalte</translation>
    </message>
    <message>
        <source>Members, population, GDP, defence spending of a grouping</source>
        <translation>Mitglieder, Bevölkerung, BIP und Verteidigungsausgaben einer Gruppierung</translation>
    </message>
    <message>
        <source>&amp;Finish Shape</source>
        <translation>Form a&amp;bschließen</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn (Enter)</source>
        <translation>Die gezeichnete Linie oder Fläche abschließen (Enter)</translation>
    </message>
    <message>
        <source>Stop Drawing / Clear Selection</source>
        <translation>Zeichnen beenden / Auswahl aufheben</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection (Esc)</source>
        <translation>Zeichnen beenden; ein zweites Esc hebt die Auswahl auf (Esc)</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn</source>
        <translation>Die gezeichnete Linie oder Fläche abschließen</translation>
    </message>
    <message>
        <source>Cancel / Select Tool</source>
        <translation>Abbrechen / Auswahlwerkzeug</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection</source>
        <translation>Zeichnen beenden; ein zweites Esc hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>Place at &amp;Coordinates…</source>
        <translation>An Koor&amp;dinaten setzen…</translation>
    </message>
    <message>
        <source>Place a marker, unit symbol or text where typed coordinates say (decimal, DMS, MGRS)</source>
        <translation>Markierung, taktisches Zeichen oder Text an eingegebenen Koordinaten setzen (dezimal, GMS, MGRS)</translation>
    </message>
    <message>
        <source>&amp;Add Slide from Current Map</source>
        <translation>&amp;Folie aus aktueller Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add a slide with the current view, layers and date</source>
        <translation>Folie mit aktueller Ansicht, Ebenen und Datum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Present from Selected Slide</source>
        <translation>&amp;Präsentieren ab ausgewählter Folie</translation>
    </message>
    <message>
        <source>Full-screen presentation; Esc to leave</source>
        <translation>Vollbildpräsentation; Esc zum Verlassen</translation>
    </message>
    <message>
        <source>Present from &amp;Start</source>
        <translation>Präsentieren ab &amp;Anfang</translation>
    </message>
    <message>
        <source>Full-screen presentation from the first slide</source>
        <translation>Vollbildpräsentation ab der ersten Folie</translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Einführung</translation>
    </message>
    <message>
        <source>Where layers, drawing tools, slides and export are</source>
        <translation>Wo Ebenen, Zeichenwerkzeuge, Folien und Export zu finden sind</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every menu entry and key, to search, copy or print</source>
        <translation>Alle Menüeinträge und Tasten, zum Durchsuchen, Kopieren oder Drucken</translation>
    </message>
    <message>
        <source>Open &amp;Data Corrections Folder</source>
        <translation>&amp;Datenkorrekturordner öffnen</translation>
    </message>
    <message>
        <source>Files here correct or extend the built-in memberships, deployments and flashpoints (see geodata/README.md)</source>
        <translation>Dateien hier korrigieren oder ergänzen die integrierten Mitgliedschaften, Stationierungen und Krisenherde (siehe geodata/README.md)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The app&apos;s log files, to send with a problem report</source>
        <translation>Die Protokolldateien der Anwendung, zum Beifügen zu einer Fehlermeldung</translation>
    </message>
    <message>
        <source>&amp;About Briefing App</source>
        <translation>Ü&amp;ber Briefing App</translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation>Version, Datenquellen und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Folien</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;Annotations</source>
        <translation>&amp;Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>OGRReader</name>
    <message>
        <source>GDAL does not recognise the format; is the file damaged?</source>
        <translation>GDAL erkennt das Format nicht; ist die Datei beschädigt?</translation>
    </message>
    <message>
        <source>cannot be read as {what} ({error})</source>
        <translation>kann nicht als {what} gelesen werden ({error})</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; has {count} features; a briefing can embed at most {limit}</source>
        <translation>Ebene „{layer}“ hat {count} Objekte; ein Briefing kann höchstens {limit} einbetten</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; names no coordinate system (is the .prj file missing?) and its coordinates are not longitude/latitude</source>
        <translation>Ebene „{layer}“ nennt kein Koordinatensystem (fehlt die .prj-Datei?) und ihre Koordinaten sind keine Länge/Breite</translation>
    </message>
    <message>
        <source>a GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; takes longer than {seconds} s to count its features (an endless query in a view?); refused</source>
        <translation>das Zählen der Objekte von Ebene „{layer}“ dauert länger als {seconds} s (eine endlose Abfrage in einer Sicht?); abgelehnt</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; cannot be read ({error})</source>
        <translation>Ebene „{layer}“ kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>der Index</translation>
    </message>
    <message>
        <source>the attribute table</source>
        <translation>die Attributtabelle</translation>
    </message>
    <message>
        <source>is missing its {suffix} file ({role}); a Shapefile is several files: copy {file} next to it, or import the .zip that holds them all</source>
        <translation>die zugehörige {suffix}-Datei fehlt ({role}); ein Shapefile besteht aus mehreren Dateien: kopieren Sie {file} daneben oder importieren Sie die .zip-Datei, die alle enthält</translation>
    </message>
    <message>
        <source>with its .shx and .dbf is {size}; imported files are limited to {limit}</source>
        <translation>ist mit .shx und .dbf {size} groß; importierte Dateien sind auf {limit} begrenzt</translation>
    </message>
    <message>
        <source>an ESRI Shapefile</source>
        <translation>ESRI-Shapefile</translation>
    </message>
    <message>
        <source>is a zip archive without a Shapefile (.shp) in it</source>
        <translation>ist ein ZIP-Archiv ohne Shapefile (.shp)</translation>
    </message>
    <message>
        <source>holds &quot;{file}&quot; without its {suffix} file</source>
        <translation>enthält „{file}“ ohne die zugehörige {suffix}-Datei</translation>
    </message>
    <message>
        <source>a Shapefile (&quot;{layer}&quot;)</source>
        <translation>Shapefile („{layer}“)</translation>
    </message>
    <message>
        <source>is a GeoPackage without any layer that has geometries</source>
        <translation>ist ein GeoPackage ohne Ebene mit Geometrien</translation>
    </message>
    <message>
        <source>a GeoPackage (layer &quot;{layer}&quot;)</source>
        <translation>GeoPackage (Ebene „{layer}“)</translation>
    </message>
    <message>
        <source>has no layer &quot;{layer}&quot;; its layers are: {layers}</source>
        <translation>hat keine Ebene „{layer}“; vorhandene Ebenen: {layers}</translation>
    </message>
</context>
<context>
    <name>Occupation status</name>
    <message>
        <source>occupied</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>claimed annexation</source>
        <translation>beanspruchte Annexion</translation>
    </message>
</context>
<context>
    <name>PdfAppendix</name>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Members of {grouping} on {date} ({count})</source>
        <translation>Mitglieder: {grouping} am {date} ({count})</translation>
    </message>
    <message>
        <source>custom grouping in this briefing</source>
        <translation>benutzerdefinierte Gruppierung in diesem Briefing</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Deployments on the maps</source>
        <translation>Stationierungen auf den Karten</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Stationierung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastland</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Rahmennation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Flashpoints and ranges on the maps</source>
        <translation>Krisenherde und Reichweiten auf den Karten</translation>
    </message>
    <message>
        <source>No sourced location: not drawn.</source>
        <translation>Kein belegter Standort: nicht dargestellt.</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Krisenherd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Figures of {grouping} on {date}</source>
        <translation>Kennzahlen: {grouping} am {date}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Coverage, source and year</source>
        <translation>Abdeckung, Quelle und Jahr</translation>
    </message>
</context>
<context>
    <name>PdfCover</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Security briefing as of {date}</source>
        <translation>Sicherheitspolitisches Briefing, Stand: {date}</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>{paper} ({size}, {base} enlarged)</source>
        <translation>{paper} ({size}, {base} vergrößert)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Appendix: members, deployments and flashpoints with sources</source>
        <translation>Anhang: Mitglieder, Stationierungen und Krisenherde mit Quellen</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Scale at map centre</source>
        <translation>Maßstab in Kartenmitte</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Talking points, continued</source>
        <translation>Sprechpunkte (Fortsetzung)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Sprechpunkte</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Fortsetzung auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Talking points: on the next page.</source>
        <translation>Sprechpunkte: auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Legend continued on the next page.</source>
        <translation>Fortsetzung der Legende auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Legend, continued</source>
        <translation>Legende (Fortsetzung)</translation>
    </message>
    <message>
        <source>Locator: the map&apos;s extent</source>
        <translation>Übersichtskarte: Ausschnitt der Karte</translation>
    </message>
</context>
<context>
    <name>PdfSources</name>
    <message>
        <source>Basemap</source>
        <translation>Grundkarte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>full list p. {page}</source>
        <translation>vollständige Liste S. {page}</translation>
    </message>
    <message>
        <source>{sources} ({list}): </source>
        <translation>{sources} ({list}): </translation>
    </message>
    <message>
        <source>Each map page cites its sources by these numbers.</source>
        <translation>Jede Kartenseite nennt ihre Quellen mit diesen Nummern.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>Belegt für</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(Stand: {date})</translation>
    </message>
</context>
<context>
    <name>PlaceAtCoordinates</name>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Taktisches Zeichen</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Textbeschriftung</translation>
    </message>
    <message>
        <source>Place at Coordinates</source>
        <translation>An Koordinaten setzen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{decimal}  or  {mgrs}</source>
        <translation>{decimal}  oder  {mgrs}</translation>
    </message>
    <message>
        <source>Decimal degrees, degrees-minutes-seconds or MGRS: {examples}</source>
        <translation>Dezimalgrad, Grad-Minuten-Sekunden oder MGRS: {examples}</translation>
    </message>
    <message>
        <source>What the position was read as</source>
        <translation>Wie die Position gelesen wurde</translation>
    </message>
    <message>
        <source>What to place</source>
        <translation>Was gesetzt werden soll</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Shown on the map (optional)</source>
        <translation>Wird auf der Karte angezeigt (optional)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Place a:</source>
        <translation>&amp;Setzen:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Type a position, e.g. {examples}</source>
        <translation>Geben Sie eine Position ein, z. B. {examples}</translation>
    </message>
    <message>
        <source>Read as {readings}</source>
        <translation>Gelesen als {readings}</translation>
    </message>
    <message>
        <source>A text label needs its words.</source>
        <translation>Eine Textbeschriftung benötigt einen Text.</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>Made with Briefing App</source>
        <translation>Erstellt mit Briefing App</translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation>Briefing ohne Titel</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Folie ohne Titel</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map: {title}, as of {date}</source>
        <translation>Karte: {title}, Stand: {date}</translation>
    </message>
    <message>
        <source>Custom grouping in this briefing</source>
        <translation>Benutzerdefinierte Gruppierung in diesem Briefing</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>Zeitraffer: {title}</translation>
    </message>
    <message>
        <source>Animated map: {title}, one frame per change of membership</source>
        <translation>Animierte Karte: {title}, ein Bild je Änderung der Mitgliedschaft</translation>
    </message>
    <message>
        <source>The picture plays in the slide show (an animated GIF); one frame per day the membership changed, each dated.</source>
        <translation>Das Bild läuft in der Bildschirmpräsentation ab (animiertes GIF); ein Bild je Tag, an dem sich die Mitgliedschaft änderte, jeweils datiert.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Vorherige Folie</translation>
    </message>
    <message>
        <source>After the last slide: the end screen (Previous goes back)</source>
        <translation>Nach der letzten Folie: Schlussbildschirm (Zurück führt zur letzten Folie)</translation>
    </message>
    <message>
        <source>Next on the last slide</source>
        <translation>Weiter auf der letzten Folie</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Erste Folie</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Letzte Folie</translation>
    </message>
    <message>
        <source>Go to slide number</source>
        <translation>Zu Foliennummer springen</translation>
    </message>
    <message>
        <source>digits, then Enter</source>
        <translation>Ziffern, dann Enter</translation>
    </message>
    <message>
        <source>Black screen (again to go back)</source>
        <translation>Schwarzer Bildschirm (erneut drücken zum Zurückkehren)</translation>
    </message>
    <message>
        <source>White screen (again to go back)</source>
        <translation>Weißer Bildschirm (erneut drücken zum Zurückkehren)</translation>
    </message>
    <message>
        <source>Pen on / off</source>
        <translation>Stift ein / aus</translation>
    </message>
    <message>
        <source>Erase the pen strokes</source>
        <translation>Stiftstriche löschen</translation>
    </message>
    <message>
        <source>Keep the pen strokes as annotations</source>
        <translation>Stiftstriche als Anmerkungen behalten</translation>
    </message>
    <message>
        <source>Show or hide the notes (without a presenter screen)</source>
        <translation>Notizen ein- oder ausblenden (ohne Referentenansicht)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Ende des Briefings</translation>
    </message>
    <message>
        <source>Esc to leave  ·  ← to go back</source>
        <translation>Esc zum Verlassen  ·  ← zurück</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — Präsentation</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Folientitel</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <source>Go to slide {number}…</source>
        <translation>Zu Folie {number} springen…</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Weißer Bildschirm</translation>
    </message>
    <message>
        <source>Pen on</source>
        <translation>Stift ein</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Foliennummer</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Aktuelle Folie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <source>→ / PgDn / Space  next (then the end screen)
← / PgUp  previous
Home / End  first / last
number + Enter  go to slide
B / .  black   W  white
P  pen   E  erase   K  keep
Esc  end the presentation</source>
        <translation>→ / PgDn / Space  weiter (danach Schlussbildschirm)
← / PgUp  zurück
Home / End  erste / letzte
Nummer + Enter  zu Folie springen
B / .  schwarz   W  weiß
P  Stift   E  löschen   K  behalten
Esc  Präsentation beenden</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>End of the briefing</source>
        <translation>Ende des Briefings</translation>
    </message>
    <message>
        <source>End  ({count} / {count} shown)</source>
        <translation>Ende  ({count} / {count} angezeigt)</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Ende des Briefings</translation>
    </message>
    <message>
        <source>The audience sees the end screen.

← goes back to the last slide; Esc ends the presentation.</source>
        <translation>Das Publikum sieht den Schlussbildschirm.

← kehrt zur letzten Folie zurück; Esc beendet die Präsentation.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Briefing properties</source>
        <translation>Briefing-Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot be created: {reason}</source>
        <translation>kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>recovery file</source>
        <translation>Wiederherstellungsdatei</translation>
    </message>
    <message>
        <source>is not a Briefing App recovery file</source>
        <translation>ist keine Wiederherstellungsdatei von Briefing App</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the replay ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraffer endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay</source>
        <translation>es gibt keine Gruppierung {grouping} für einen Zeitraffer</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay; choose one of: {known}</source>
        <translation>es gibt keine Gruppierung {grouping} für einen Zeitraffer; wählen Sie eine von: {known}</translation>
    </message>
    <message>
        <source>{text}: expected GROUPING, GROUPING:FROM or GROUPING:FROM:TO</source>
        <translation>{text}: erwartet wurde GROUPING, GROUPING:FROM oder GROUPING:FROM:TO</translation>
    </message>
    <message>
        <source>{text}: dates are written YYYY-MM-DD</source>
        <translation>{text}: Daten werden als JJJJ-MM-TT geschrieben</translation>
    </message>
    <message>
        <source>{grouping}, {start} to {end}</source>
        <translation>{grouping}, {start} bis {end}</translation>
    </message>
    <message>
        <source>a replay is written as {gif} or {mp4}</source>
        <translation>ein Zeitraffer wird als {gif} oder {mp4} geschrieben</translation>
    </message>
    <message>
        <source>no MP4 encoder (ffmpeg) is installed here; export the replay as a GIF, or install ffmpeg or the imageio-ffmpeg package</source>
        <translation>hier ist kein MP4-Encoder (ffmpeg) installiert; exportieren Sie den Zeitraffer als GIF oder installieren Sie ffmpeg oder das Paket imageio-ffmpeg</translation>
    </message>
    <message>
        <source>the MP4 encoder failed: {reason}</source>
        <translation>der MP4-Encoder ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>the MP4 encoder could not run: {reason}</source>
        <translation>der MP4-Encoder konnte nicht ausgeführt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>1280 × 720 (for slides and e-mail)</source>
        <translation>1280 × 720 (für Folien und E-Mail)</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Zeitraffer exportieren</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>The replay must end on or after the day it starts.</source>
        <translation>Der Zeitraffer muss am Starttag oder danach enden.</translation>
    </message>
    <message>
        <source>A custom grouping has no dates: the replay shows its members unchanged.</source>
        <translation>Eine benutzerdefinierte Gruppierung hat keine Daten: Der Zeitraffer zeigt ihre Mitglieder unverändert.</translation>
    </message>
    <message>
        <source>One frame per day the membership changed, each dated and marked.</source>
        <translation>Ein Bild je Tag, an dem sich die Mitgliedschaft änderte, jeweils datiert und gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>{grouping} on {date}</source>
        <translation>{grouping} am {date}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}, not {second}</source>
        <translation>{first}, nicht {second}</translation>
    </message>
    <message>
        <source>{first} and {second} on {date}</source>
        <translation>{first} und {second} am {date}</translation>
    </message>
    <message>
        <source>{grouping}: custom grouping in this briefing</source>
        <translation>{grouping}: benutzerdefinierte Gruppierung in diesem Briefing</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastland</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Rahmennation</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Truppensteller</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation>{place} ({precision})</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Aufgestellt</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Führungsebene</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{capital} ({distance} km)</source>
        <translation>{capital} ({distance} km)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{weapon}: {radius} km from {place}</source>
        <translation>{weapon}: {radius} km von {place}</translation>
    </message>
    <message>
        <source>{weapon} from {place}</source>
        <translation>{weapon} von {place}</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>{radius} km (geodesic)</source>
        <translation>{radius} km (geodätisch)</translation>
    </message>
    <message>
        <source>Capitals within</source>
        <translation>Hauptstädte in Reichweite</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfangspunkt</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Länge (km)</translation>
    </message>
    <message>
        <source>Straight line (km)</source>
        <translation>Luftlinie (km)</translation>
    </message>
    <message>
        <source>Length source</source>
        <translation>Quelle der Länge</translation>
    </message>
    <message>
        <source>North-western tripoint</source>
        <translation>Nordwestliches Dreiländereck</translation>
    </message>
    <message>
        <source>{distance} km</source>
        <translation>{distance} km</translation>
    </message>
    <message>
        <source>Along the border</source>
        <translation>Entlang der Grenze</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Krisenherd</translation>
    </message>
    <message>
        <source>Weapon range (geodesic)</source>
        <translation>Waffenreichweite (geodätisch)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Occupied by Russia</source>
        <translation>Von Russland besetzt</translation>
    </message>
    <message>
        <source>Claimed by Russia as annexed (not a front line)</source>
        <translation>Von Russland als annektiert beansprucht (keine Frontlinie)</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Symbolcode</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>imported from {file} ({format}) on {date}</source>
        <translation>importiert aus {file} ({format}) am {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n features.</source>
        <translation>
            <numerusform>%n Objekt.</numerusform>
            <numerusform>%n Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Loading places…</source>
        <translation>Orte werden geladen…</translation>
    </message>
    <message>
        <source>No places found</source>
        <translation>Keine Orte gefunden</translation>
    </message>
    <message>
        <source>Search places (Ctrl+F)</source>
        <translation>Orte suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Orte suchen</translation>
    </message>
    <message>
        <source>Find a country, capital, city, deployment or flashpoint and fly the map there; old and other spellings work too (Königsberg, Wilno, Lvov)</source>
        <translation>Land, Hauptstadt, Stadt, Stationierung oder Krisenherd suchen und die Karte dorthin bewegen; alte und andere Schreibweisen funktionieren ebenfalls (Königsberg, Wilno, Lvov)</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Gefundene Orte</translation>
    </message>
    <message>
        <source>Place search is unavailable: {reason}</source>
        <translation>Ortssuche ist nicht verfügbar: {reason}</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Slide {number}</source>
        <translation>Folie {number}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nichts zu präsentieren</translation>
    </message>
    <message>
        <source>This briefing has no slides yet: add one with Slides → Add Slide.</source>
        <translation>Dieses Briefing enthält noch keine Folien: Fügen Sie eine über Folien → Folie aus aktueller Karte hinzufügen hinzu.</translation>
    </message>
</context>
<context>
    <name>SlideImage</name>
    <message>
        <source>Sources: {names}</source>
        <translation>Quellen: {names}</translation>
    </message>
    <message>
        <source>More in the handout&apos;s legend.</source>
        <translation>Weitere Quellen in der Legende der Handreichung.</translation>
    </message>
</context>
<context>
    <name>SlidesDock</name>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <source>Working map</source>
        <translation>Arbeitskarte</translation>
    </message>
    <message>
        <source>Show the working map: edits change it and no slide. With a slide shown, edits change that slide only (Esc in the list)</source>
        <translation>Arbeitskarte anzeigen: Änderungen betreffen sie und keine Folie. Ist eine Folie angezeigt, betreffen Änderungen nur diese Folie (Esc in der Liste)</translation>
    </message>
    <message>
        <source>Click to show a slide; double-click or F2 to rename; drag to reorder</source>
        <translation>Klicken, um eine Folie anzuzeigen; Doppelklick oder F2 zum Umbenennen; ziehen zum Neuordnen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a slide from the current map (Ctrl+M)</source>
        <translation>Folie aus der aktuellen Karte hinzufügen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep the selected slide as the map shows it: its view from the map, its changes accepted</source>
        <translation>Ausgewählte Folie so übernehmen, wie die Karte sie zeigt: Ansicht aus der Karte, Änderungen übernommen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Put the selected slide back as it was before the changes marked in the list</source>
        <translation>Ausgewählte Folie auf den Stand vor den in der Liste markierten Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Present from the selected slide (F5)</source>
        <translation>Ab der ausgewählten Folie präsentieren (F5)</translation>
    </message>
    <message>
        <source>Talking points (speaker notes):</source>
        <translation>Sprechpunkte (Notizen):</translation>
    </message>
    <message>
        <source>Talking points of the selected slide</source>
        <translation>Sprechpunkte der ausgewählten Folie</translation>
    </message>
    <message>
        <source>What to say on this slide</source>
        <translation>Was zu dieser Folie zu sagen ist</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Folie {number}: {title}</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources of what is on the map</source>
        <translation>Quellen der Karteninhalte</translation>
    </message>
</context>
<context>
    <name>Symbol affiliation</name>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Feind</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Assumed friend</source>
        <translation>Vermutlich Freund</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Verdächtig</translation>
    </message>
</context>
<context>
    <name>Symbol category</name>
    <message>
        <source>Manoeuvre</source>
        <translation>Kampftruppen</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>Feuerunterstützung</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Aufklärung</translation>
    </message>
    <message>
        <source>Command and control</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Aviation</source>
        <translation>Fliegende Kräfte</translation>
    </message>
    <message>
        <source>Sustainment</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Land equipment</source>
        <translation>Gerät (Land)</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <source>Maritime</source>
        <translation>See</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Symbol echelon</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Team / crew</source>
        <translation>Trupp / Besatzung</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Halbzug</translation>
    </message>
    <message>
        <source>Platoon / detachment</source>
        <translation>Zug / Kommando</translation>
    </message>
    <message>
        <source>Company / battery / troop</source>
        <translation>Kompanie / Batterie / Schwadron</translation>
    </message>
    <message>
        <source>Battalion / squadron</source>
        <translation>Bataillon / Abteilung</translation>
    </message>
    <message>
        <source>Regiment / group</source>
        <translation>Regiment / Geschwader</translation>
    </message>
    <message>
        <source>Brigade</source>
        <translation>Brigade</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>Korps</translation>
    </message>
    <message>
        <source>Army</source>
        <translation>Armee</translation>
    </message>
    <message>
        <source>Army group / front</source>
        <translation>Heeresgruppe / Front</translation>
    </message>
    <message>
        <source>Region / theatre</source>
        <translation>Region / Kriegsschauplatz</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <source>Choose unit symbol</source>
        <translation>Taktisches Zeichen auswählen</translation>
    </message>
    <message>
        <source>Choose an APP-6 unit symbol</source>
        <translation>Taktisches Zeichen nach APP-6 auswählen</translation>
    </message>
    <message>
        <source>Search: tank, MLRS, Iskander, air defence…</source>
        <translation>Suche: Kampfpanzer, MLRS, Iskander, Flugabwehr…</translation>
    </message>
    <message>
        <source>Search symbol types</source>
        <translation>Symboltypen durchsuchen</translation>
    </message>
    <message>
        <source>Symbol types</source>
        <translation>Symboltypen</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Führungsebene</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Stab</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Stab</translation>
    </message>
    <message>
        <source>&amp;Task force</source>
        <translation>&amp;Einsatzverband</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Einsatzverband</translation>
    </message>
    <message>
        <source>Preview of the symbol</source>
        <translation>Vorschau des Symbols</translation>
    </message>
    <message>
        <source>Symbol code (20-digit APP-6D SIDC)</source>
        <translation>Symbolcode (20-stelliger APP-6D-SIDC)</translation>
    </message>
    <message>
        <source>Type or paste a 20-digit APP-6D code to set the choices from it</source>
        <translation>Geben Sie einen 20-stelligen APP-6D-Code ein oder fügen Sie ihn ein, um die Auswahl daraus zu übernehmen</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Status des Codes</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Zugehörigkeit:</translation>
    </message>
    <message>
        <source>&amp;Echelon:</source>
        <translation>&amp;Führungsebene:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Not in the list; kept as typed.</source>
        <translation>Nicht in der Liste; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source>A valid symbol the choices here cannot express; kept as typed.</source>
        <translation>Gültiges Symbol, das mit dieser Auswahl nicht darstellbar ist; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source>Not a valid 20-digit APP-6D code.</source>
        <translation>Kein gültiger 20-stelliger APP-6D-Code.</translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>Other symbol (set {set}, entity {entity})</source>
        <translation>Sonstiges Symbol (Symbolsatz {set}, Entität {entity})</translation>
    </message>
    <message>
        <source>Infantry</source>
        <translation>Infanterie</translation>
    </message>
    <message>
        <source>Mechanized infantry</source>
        <translation>Panzergrenadiere</translation>
    </message>
    <message>
        <source>Motorized infantry</source>
        <translation>Motorisierte Infanterie</translation>
    </message>
    <message>
        <source>Airborne infantry</source>
        <translation>Fallschirmjäger</translation>
    </message>
    <message>
        <source>Air assault</source>
        <translation>Luftbewegliche Infanterie</translation>
    </message>
    <message>
        <source>Marine / naval infantry</source>
        <translation>Marineinfanterie</translation>
    </message>
    <message>
        <source>Mountain infantry</source>
        <translation>Gebirgsjäger</translation>
    </message>
    <message>
        <source>Armour</source>
        <translation>Panzertruppe</translation>
    </message>
    <message>
        <source>Armoured reconnaissance</source>
        <translation>Panzeraufklärer</translation>
    </message>
    <message>
        <source>Reconnaissance</source>
        <translation>Aufklärung</translation>
    </message>
    <message>
        <source>Anti-tank</source>
        <translation>Panzerabwehr</translation>
    </message>
    <message>
        <source>Combined arms</source>
        <translation>Verbundene Waffen</translation>
    </message>
    <message>
        <source>Special operations forces</source>
        <translation>Spezialkräfte</translation>
    </message>
    <message>
        <source>UAV unit (unmanned aircraft systems)</source>
        <translation>Drohneneinheit (unbemannte Luftfahrzeugsysteme)</translation>
    </message>
    <message>
        <source>Field artillery</source>
        <translation>Feldartillerie</translation>
    </message>
    <message>
        <source>Self-propelled artillery</source>
        <translation>Panzerartillerie</translation>
    </message>
    <message>
        <source>Rocket artillery (MLRS)</source>
        <translation>Raketenartillerie (MLRS)</translation>
    </message>
    <message>
        <source>Mortar</source>
        <translation>Mörser</translation>
    </message>
    <message>
        <source>Air defence</source>
        <translation>Flugabwehr</translation>
    </message>
    <message>
        <source>Air defence, missile</source>
        <translation>Flugabwehr, Flugkörper</translation>
    </message>
    <message>
        <source>Missile (surface-to-surface)</source>
        <translation>Flugkörper (Boden-Boden)</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Pioniere</translation>
    </message>
    <message>
        <source>Combat engineer</source>
        <translation>Kampfpioniere</translation>
    </message>
    <message>
        <source>CBRN defence</source>
        <translation>ABC-Abwehr</translation>
    </message>
    <message>
        <source>Military police</source>
        <translation>Feldjäger</translation>
    </message>
    <message>
        <source>Explosive ordnance disposal</source>
        <translation>Kampfmittelbeseitigung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Grenzschutz</translation>
    </message>
    <message>
        <source>Military intelligence</source>
        <translation>Militärisches Nachrichtenwesen</translation>
    </message>
    <message>
        <source>Electronic warfare</source>
        <translation>Elektronische Kampfführung</translation>
    </message>
    <message>
        <source>Headquarters / command and control</source>
        <translation>Stab / Führung</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Fernmeldetruppe</translation>
    </message>
    <message>
        <source>Civil-military cooperation (CIMIC)</source>
        <translation>Zivil-militärische Zusammenarbeit (CIMIC)</translation>
    </message>
    <message>
        <source>Psychological operations (MISO)</source>
        <translation>Psychologische Operationen (MISO)</translation>
    </message>
    <message>
        <source>Aviation, rotary wing</source>
        <translation>Heeresflieger, Drehflügler</translation>
    </message>
    <message>
        <source>Attack helicopter</source>
        <translation>Kampfhubschrauber</translation>
    </message>
    <message>
        <source>Aviation, fixed wing</source>
        <translation>Flieger, Starrflügler</translation>
    </message>
    <message>
        <source>Logistics (combat service support)</source>
        <translation>Logistik (Einsatzunterstützung)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Instandsetzung</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Sanitätsdienst</translation>
    </message>
    <message>
        <source>Medical treatment facility</source>
        <translation>Sanitätseinrichtung</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Munition</translation>
    </message>
    <message>
        <source>Petroleum, oil and lubricants</source>
        <translation>Betriebsstoffe</translation>
    </message>
    <message>
        <source>Tank</source>
        <translation>Kampfpanzer</translation>
    </message>
    <message>
        <source>Multiple rocket launcher</source>
        <translation>Mehrfachraketenwerfer</translation>
    </message>
    <message>
        <source>SRBM launcher (Iskander-class)</source>
        <translation>Kurzstreckenraketen-Startgerät (Iskander-Klasse)</translation>
    </message>
    <message>
        <source>Surface-to-air missile launcher</source>
        <translation>Flugabwehrraketen-Startgerät</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Militärstützpunkt</translation>
    </message>
    <message>
        <source>Airfield / airport</source>
        <translation>Flugplatz / Flughafen</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>Seehafen</translation>
    </message>
    <message>
        <source>Nuclear power plant</source>
        <translation>Kernkraftwerk</translation>
    </message>
    <message>
        <source>Missile site</source>
        <translation>Raketenstellung</translation>
    </message>
    <message>
        <source>Military aircraft, fixed wing</source>
        <translation>Militärflugzeug, Starrflügler</translation>
    </message>
    <message>
        <source>Fighter aircraft</source>
        <translation>Jagdflugzeug</translation>
    </message>
    <message>
        <source>Military helicopter</source>
        <translation>Militärhubschrauber</translation>
    </message>
    <message>
        <source>Unmanned aerial vehicle (UAV)</source>
        <translation>Unbemanntes Luftfahrzeug (UAV)</translation>
    </message>
    <message>
        <source>Surface combatant (warship)</source>
        <translation>Überwasserkampfschiff (Kriegsschiff)</translation>
    </message>
    <message>
        <source>Frigate</source>
        <translation>Fregatte</translation>
    </message>
    <message>
        <source>Corvette</source>
        <translation>Korvette</translation>
    </message>
    <message>
        <source>Submarine</source>
        <translation>U-Boot</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Show the window and the map in the Light theme</source>
        <translation>Fenster und Karte im hellen Farbschema anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Show the window and the map in the Dark theme</source>
        <translation>Fenster und Karte im dunklen Farbschema anzeigen</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Show the window and the map in the High Contrast theme</source>
        <translation>Fenster und Karte im Farbschema „Hoher Kontrast“ anzeigen</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>The map shows the built-in briefing “European security landscape”: countries, alliance and coalition membership, Eastern-flank deployments and flashpoints.</source>
        <translation>Die Karte zeigt das integrierte Briefing „Europäische Sicherheitslage“: Länder, Mitgliedschaft in Bündnissen und Koalitionen, Stationierungen an der Ostflanke und Krisenherde.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>The Layers panel switches layers on and off, sets their opacity and colours countries by a grouping such as NATO or the EU; below it are the layer&apos;s source and as-of date.</source>
        <translation>Im Bereich „Ebenen“ blenden Sie Ebenen ein und aus, legen ihre Deckkraft fest und färben Länder nach einer Gruppierung wie NATO oder EU ein; darunter stehen Quelle und Stand der Ebene.</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Gruppierungen</translation>
    </message>
    <message>
        <source>With the Membership layer selected, “Colour by” picks the grouping the map colours (EU, NATO, the Coalition of the Willing…) and “Compare with” a second one, so that both, either and neither stand apart. New grouping… builds your own from a list of countries or by clicking the map (Ctrl+G).</source>
        <translation>Ist die Ebene „Mitgliedschaft“ ausgewählt, bestimmt „Einfärben nach“ die Gruppierung, nach der die Karte einfärbt (EU, NATO, Koalition der Willigen…), und „Vergleichen mit“ eine zweite, sodass beide, nur eine oder keine unterscheidbar sind. Mit „Neue Gruppierung…“ erstellen Sie eine eigene aus einer Länderliste oder durch Klicken auf die Karte (Ctrl+G).</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The as-of bar sets the date the briefing describes. Drag the slider or pick a date: memberships, deployments and figures change to what was true then. Each slide keeps its own date.</source>
        <translation>Die Stichtagsleiste legt das Datum fest, das das Briefing beschreibt. Ziehen Sie den Schieberegler oder wählen Sie ein Datum: Mitgliedschaften, Stationierungen und Kennzahlen zeigen dann den damaligen Stand. Jede Folie behält ihr eigenes Datum.</translation>
    </message>
    <message>
        <source>Grouping figures</source>
        <translation>Kennzahlen der Gruppierung</translation>
    </message>
    <message>
        <source>The Grouping figures panel (View menu) totals a grouping on that date: members, population, GDP, defence spending and personnel, each with its coverage and source, and a table by country to copy or save as CSV.</source>
        <translation>Der Bereich „Kennzahlen der Gruppierung“ (Menü Ansicht) summiert eine Gruppierung zu diesem Datum: Mitglieder, Bevölkerung, BIP, Verteidigungsausgaben und Personalstärke, jeweils mit Abdeckung und Quelle, dazu eine Tabelle nach Ländern zum Kopieren oder Speichern als CSV.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>The Draw tool bar places markers, unit symbols, arrows, lines, areas, range rings and labels on the map (keys {tool_keys}; Esc stops drawing). The Annotations panel lists what you drew: select an item there to change its label, colour or radius. Every edit can be undone with {undo_keys}.</source>
        <translation>Mit der Zeichenleiste setzen Sie Markierungen, taktische Zeichen, Pfeile, Linien, Flächen, Reichweitenringe und Beschriftungen auf die Karte (Tasten {tool_keys}; Esc beendet das Zeichnen). Der Bereich „Anmerkungen“ listet das Gezeichnete auf: Wählen Sie dort einen Eintrag aus, um Beschriftung, Farbe oder Radius zu ändern. Jede Änderung lässt sich mit {undo_keys} rückgängig machen.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>A slide remembers the map view, the layers and the date. Add one from the current map with Add in the Slides panel; write talking points under the list. Present ({present_keys}) shows the slides full screen with a clicker; Esc ends the presentation.</source>
        <translation>Eine Folie speichert Kartenansicht, Ebenen und Datum. Fügen Sie mit „Hinzufügen“ im Bereich „Folien“ eine Folie aus der aktuellen Karte hinzu; Sprechpunkte schreiben Sie unter die Liste. „Präsentieren“ ({present_keys}) zeigt die Folien im Vollbild, auch mit einem Presenter; Esc beendet die Präsentation.</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Speichern und exportieren</translation>
    </message>
    <message>
        <source>The File menu saves the briefing ({save_keys}) and exports it as a PDF to hand out ({pdf_keys}) or as one interactive HTML file that works offline ({html_keys}).</source>
        <translation>Über das Menü „Datei“ speichern Sie das Briefing ({save_keys}) und exportieren es als PDF zum Verteilen ({pdf_keys}) oder als eine interaktive, offline nutzbare HTML-Datei ({html_keys}).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search places ({keys}): type a country, capital, city, deployment or flashpoint and press Enter to fly the map there.</source>
        <translation>Orte suchen ({keys}): Geben Sie ein Land, eine Hauptstadt, eine Stadt, eine Stationierung oder einen Krisenherd ein und drücken Sie Enter, um die Karte dorthin zu bewegen.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every key; Help → Welcome Tour shows this tour again.</source>
        <translation>Hilfe → Tastenkürzel listet alle Tasten auf; Hilfe → Einführung zeigt diese Einführung erneut.</translation>
    </message>
    <message>
        <source>Welcome tour</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Open the &amp;built-in briefing</source>
        <translation>Das &amp;integrierte Briefing öffnen</translation>
    </message>
    <message>
        <source>Show the example briefing this tour describes (asks first if the open briefing has unsaved changes)</source>
        <translation>Das Beispiel-Briefing anzeigen, das diese Einführung beschreibt (fragt zuerst nach, wenn das geöffnete Briefing ungespeicherte Änderungen enthält)</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>Vorheriger Schritt (← oder Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>Nächster Schritt (→ oder Page Down)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Einführung schließen</translation>
    </message>
    <message>
        <source>Close the tour (Esc); Help → Welcome Tour shows it again</source>
        <translation>Einführung schließen (Esc); Hilfe → Einführung zeigt sie erneut</translation>
    </message>
    <message>
        <source>Welcome to Briefing App · step {number} of {count}</source>
        <translation>Willkommen bei Briefing App · Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>is not a readable zip archive ({error})</source>
        <translation>ist kein lesbares ZIP-Archiv ({error})</translation>
    </message>
    <message>
        <source>holds {count} entries; at most {limit} are accepted</source>
        <translation>enthält {count} Einträge; höchstens {limit} werden angenommen</translation>
    </message>
    <message>
        <source>would unpack to {size}; at most {limit} are accepted</source>
        <translation>würde entpackt {size} groß; höchstens {limit} werden angenommen</translation>
    </message>
    <message>
        <source>holds the entry &quot;{entry}&quot;, whose name points outside the archive; refused</source>
        <translation>enthält den Eintrag „{entry}“, dessen Name aus dem Archiv hinaus zeigt; abgelehnt</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; would inflate {ratio} times; refused as a possible zip bomb</source>
        <translation>Eintrag „{entry}“ würde sich auf das {ratio}-Fache vergrößern; als mögliche ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be opened ({error})</source>
        <translation>Eintrag „{entry}“ kann nicht geöffnet werden ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be unpacked ({error})</source>
        <translation>Eintrag „{entry}“ kann nicht entpackt werden ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; is larger than its archive says; refused as a possible zip bomb</source>
        <translation>Eintrag „{entry}“ ist größer, als das Archiv angibt; als mögliche ZIP-Bombe abgelehnt</translation>
    </message>
</context>
</TS>

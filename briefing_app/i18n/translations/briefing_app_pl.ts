<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Więcej narzędzi</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Więcej menu</translation>
    </message>
</context>
<context>
    <name>Annotation kind</name>
    <message>
        <source>Marker</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Strzałka</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Wielokąt</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Prostokąt</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Okrąg</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pisak</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Marker</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Symbol jednostki</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Strzałka</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Wielokąt</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Prostokąt</translation>
    </message>
    <message>
        <source>Circle / range ring</source>
        <translation>Okrąg / zasięg</translation>
    </message>
    <message>
        <source>Pen stroke</source>
        <translation>Linia odręczna</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>znacznik</translation>
    </message>
    <message>
        <source>unit symbol</source>
        <translation>symbol jednostki</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>strzałka</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linia</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>wielokąt</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>prostokąt</translation>
    </message>
    <message>
        <source>circle / range ring</source>
        <translation>okrąg / zasięg</translation>
    </message>
    <message>
        <source>pen stroke</source>
        <translation>linia odręczna</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Ciągła</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Kreskowa</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Kropkowa</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Kreska-kropka</translation>
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
        <translation>Adnotacje</translation>
    </message>
    <message>
        <source>Select to edit; Shift or Ctrl to select several</source>
        <translation>Zaznacz, aby edytować; Shift lub Ctrl, aby zaznaczyć kilka</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations (Ctrl+D)</source>
        <translation>Powiel zaznaczone adnotacje (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <translation>Usuń zaznaczone adnotacje (Delete)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Shown on the map</source>
        <translation>Wyświetlana na mapie</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etykieta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Shown when the annotation is clicked</source>
        <translation>Wyświetlany po kliknięciu adnotacji</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>Line and text colour</source>
        <translation>Kolor linii i tekstu</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>zmianę koloru</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Kolor</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Grubość linii</translation>
    </message>
    <message>
        <source>Change line width</source>
        <translation>zmianę grubości linii</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Grubość linii</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Styl linii</translation>
    </message>
    <message>
        <source>Change line style</source>
        <translation>zmianę stylu linii</translation>
    </message>
    <message>
        <source>Line st&amp;yle</source>
        <translation>&amp;Styl linii</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Kolor wypełnienia</translation>
    </message>
    <message>
        <source>Change fill colour</source>
        <translation>zmianę koloru wypełnienia</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Wypełnienie</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Krycie wypełnienia</translation>
    </message>
    <message>
        <source>Change fill opacity</source>
        <translation>zmianę krycia wypełnienia</translation>
    </message>
    <message>
        <source>Fill &amp;opacity</source>
        <translation>K&amp;rycie wypełnienia</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Kod symbolu</translation>
    </message>
    <message>
        <source>20-digit APP-6D symbol identification code</source>
        <translation>20-cyfrowy kod identyfikacyjny symbolu APP-6D</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose affiliation, echelon and type</source>
        <translation>Wybierz przynależność, szczebel i typ</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pkt</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Rozmiar tekstu w punktach</translation>
    </message>
    <message>
        <source>Font size of the text on the map and in the exports (default {size} pt)</source>
        <translation>Rozmiar czcionki tekstu na mapie i w eksportach (domyślnie {size} pkt)</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Ro&amp;zmiar tekstu</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Radius in kilometres</source>
        <translation>Promień w kilometrach</translation>
    </message>
    <message>
        <source>Geodesic radius of the ring</source>
        <translation>Promień geodezyjny okręgu</translation>
    </message>
    <message>
        <source>&amp;Radius</source>
        <translation>&amp;Promień</translation>
    </message>
    <message>
        <source>Slides this annotation appears on</source>
        <translation>Slajdy, na których widoczna jest ta adnotacja</translation>
    </message>
    <message>
        <source>Sl&amp;ides</source>
        <translation>Sl&amp;ajdy</translation>
    </message>
    <message>
        <source>Draw with the tools in the Draw tool bar, or select an annotation to edit it.</source>
        <translation>Rysuj narzędziami z paska Rysowanie lub zaznacz adnotację, aby ją edytować.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n adnotacja</numerusform>
            <numerusform>%n adnotacje</numerusform>
            <numerusform>%n adnotacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom ({dashes})</source>
        <translation>Niestandardowy ({dashes})</translation>
    </message>
    <message>
        <source>No slides yet</source>
        <translation>Brak slajdów</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>zmianę etykiety</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>zmianę opisu</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>zmianę symbolu</translation>
    </message>
    <message>
        <source>Change radius</source>
        <translation>zmianę promienia</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Zaznacz</translation>
    </message>
    <message>
        <source>Select, move and reshape annotations</source>
        <translation>Zaznaczanie, przesuwanie i zmiana kształtu adnotacji</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>Z&amp;nacznik</translation>
    </message>
    <message>
        <source>Place a marker: click on the map</source>
        <translation>Umieść znacznik: kliknij na mapie</translation>
    </message>
    <message>
        <source>&amp;Unit Symbol</source>
        <translation>Symbol &amp;jednostki</translation>
    </message>
    <message>
        <source>Place an APP-6 unit symbol: choose it, then click</source>
        <translation>Umieść symbol jednostki APP-6: wybierz go, a następnie kliknij</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Place a text label: click, then type</source>
        <translation>Umieść etykietę tekstową: kliknij, a następnie wpisz tekst</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Strzałka</translation>
    </message>
    <message>
        <source>Draw an arrow (a movement, an axis of advance): click the points, double-click or Enter to finish</source>
        <translation>Narysuj strzałkę (przemieszczenie, kierunek natarcia): klikaj kolejne punkty; dwukrotne kliknięcie lub Enter kończy</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linia</translation>
    </message>
    <message>
        <source>Draw a line: click the points, double-click or Enter to finish</source>
        <translation>Narysuj linię: klikaj kolejne punkty; dwukrotne kliknięcie lub Enter kończy</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>&amp;Wielokąt</translation>
    </message>
    <message>
        <source>Draw an area: click the corners, click the first to close</source>
        <translation>Narysuj obszar: klikaj narożniki; kliknięcie pierwszego zamyka obszar</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Prostokąt</translation>
    </message>
    <message>
        <source>Draw a rectangle: drag, or click two corners</source>
        <translation>Narysuj prostokąt: przeciągnij lub kliknij dwa przeciwległe narożniki</translation>
    </message>
    <message>
        <source>&amp;Circle / Range Ring</source>
        <translation>&amp;Okrąg / zasięg</translation>
    </message>
    <message>
        <source>Draw a geodesic ring: drag from the centre, or click the centre, then the radius (set it exactly in km in the panel)</source>
        <translation>Narysuj okrąg geodezyjny: przeciągnij od środka lub kliknij środek, a następnie promień (dokładną wartość w km ustaw w panelu)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>Z&amp;mierz</translation>
    </message>
    <message>
        <source>Measure geodesic distance and bearing: click the points</source>
        <translation>Zmierz odległość geodezyjną i azymut: klikaj kolejne punkty</translation>
    </message>
    <message>
        <source>Click where the marker goes. Esc to stop.</source>
        <translation>Kliknij miejsce znacznika. Esc kończy.</translation>
    </message>
    <message>
        <source>Click where the unit symbol goes. Esc to stop.</source>
        <translation>Kliknij miejsce symbolu jednostki. Esc kończy.</translation>
    </message>
    <message>
        <source>Click where the text goes, then type it. Esc to stop.</source>
        <translation>Kliknij miejsce tekstu, a następnie go wpisz. Esc kończy.</translation>
    </message>
    <message>
        <source>Click the points of the arrow; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klikaj punkty strzałki; dwukrotne kliknięcie lub Enter kończy rysowanie. Esc przerywa.</translation>
    </message>
    <message>
        <source>Click the points of the line; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klikaj punkty linii; dwukrotne kliknięcie lub Enter kończy rysowanie. Esc przerywa.</translation>
    </message>
    <message>
        <source>Click the corners; click the first corner to close the area. Esc to stop.</source>
        <translation>Klikaj narożniki; kliknięcie pierwszego narożnika zamyka obszar. Esc przerywa.</translation>
    </message>
    <message>
        <source>Drag from corner to corner, or click two corners. Esc to stop.</source>
        <translation>Przeciągnij od narożnika do narożnika lub kliknij dwa narożniki. Esc przerywa.</translation>
    </message>
    <message>
        <source>Press at the centre and drag to the radius, or click the centre, then click the radius. Esc to stop.</source>
        <translation>Naciśnij w środku i przeciągnij do promienia lub kliknij środek, a następnie promień. Esc przerywa.</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click or Enter to finish. Esc to stop.</source>
        <translation>Klikaj punkty pomiaru; dwukrotne kliknięcie lub Enter kończy pomiar. Esc przerywa.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Rysowanie</translation>
    </message>
    <message>
        <source>{tip}; Esc to stop</source>
        <translation>{tip}; Esc kończy</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Etykieta tekstowa</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Draw {kind}</source>
        <translation>dodanie adnotacji ({kind})</translation>
    </message>
    <message>
        <source>Place {kind} at coordinates</source>
        <translation>umieszczenie adnotacji ({kind}) według współrzędnych</translation>
    </message>
    <message>
        <source>Move {kind}</source>
        <translation>przesunięcie adnotacji ({kind})</translation>
    </message>
    <message>
        <source>Reshape {kind}</source>
        <translation>zmianę kształtu adnotacji ({kind})</translation>
    </message>
    <message>
        <source>Measured: {distance}</source>
        <translation>Zmierzono: {distance}</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>zmianę symbolu</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>usunięcie adnotacji</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>usunięcie %n adnotacji</numerusform>
            <numerusform>usunięcie %n adnotacji</numerusform>
            <numerusform>usunięcie %n adnotacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate annotation</source>
        <translation>powielenie adnotacji</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n annotation(s)</source>
        <translation>
            <numerusform>Skopiowano %n adnotację</numerusform>
            <numerusform>Skopiowano %n adnotacje</numerusform>
            <numerusform>Skopiowano %n adnotacji</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no annotations or GeoJSON features</source>
        <translation>Schowek nie zawiera adnotacji ani obiektów GeoJSON</translation>
    </message>
    <message>
        <source>Paste annotation</source>
        <translation>wklejenie adnotacji</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open briefing</source>
        <translation>Nie można otworzyć odprawy</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> Stan na: </translation>
    </message>
    <message>
        <source>As-of date slider</source>
        <translation>Suwak daty stanu</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Data stanu</translation>
    </message>
    <message>
        <source>The date the map shows memberships and occupied areas for</source>
        <translation>Data, według której mapa przedstawia członkostwo i obszary okupowane</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>nie można zapisywać w folderze {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>nie można zapisać: {reason}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes cannot be backed up: {error}</source>
        <translation>Nie można utworzyć kopii zapasowej niezapisanych zmian: {error}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>nieznany czas</translation>
    </message>
    <message>
        <source>{file} ({when}): cannot be restored — {problem}</source>
        <translation>{file} ({when}): nie można przywrócić — {problem}</translation>
    </message>
    <message>
        <source>the built-in briefing, never saved</source>
        <translation>wbudowana odprawa, nigdy niezapisana</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nigdy niezapisana</translation>
    </message>
    <message>
        <source>Changes of {when}: “{title}”</source>
        <translation>Zmiany ({when}): „{title}”</translation>
    </message>
    <message>
        <source>Restore unsaved briefings</source>
        <translation>Przywracanie niezapisanych odpraw</translation>
    </message>
    <message>
        <source>Briefing App did not close properly. These briefings had changes that were not saved:</source>
        <translation>Aplikacja Briefing App nie została prawidłowo zamknięta. Następujące odprawy zawierały niezapisane zmiany:</translation>
    </message>
    <message>
        <source>Later keeps the files; you are asked again at the next start.</source>
        <translation>Przycisk „Później” zachowuje pliki; pytanie zostanie ponowione przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Odrzuć…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Póź&amp;niej</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Odrzucanie niezapisanych zmian</translation>
    </message>
    <message>
        <source>Delete the recovery file of {recovery}? These changes cannot be restored afterwards.</source>
        <translation>Usunąć plik odzyskiwania {recovery}? Tych zmian nie będzie można później przywrócić.</translation>
    </message>
    <message>
        <source>Cannot restore briefing</source>
        <translation>Nie można przywrócić odprawy</translation>
    </message>
    <message>
        <source>Restored unsaved changes: {recovery}</source>
        <translation>Przywrócono niezapisane zmiany: {recovery}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Plik zmieniony na dysku</translation>
    </message>
    <message>
        <source>“{name}” changed on disk since you opened it.</source>
        <translation>Plik „{name}” został zmieniony na dysku od chwili jego otwarcia.</translation>
    </message>
    <message>
        <source>Overwrite replaces those changes with yours (the file on disk is kept as {backup}). Save As… keeps both.</source>
        <translation>„Nadpisz” zastępuje tamte zmiany bieżącymi (plik z dysku zostanie zachowany jako {backup}). „Zapisz jako…” zachowuje obie wersje.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Nadpisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Odprawy</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Zapisz odprawę jako</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Classification marking</source>
        <translation>Oznaczenie klauzuli</translation>
    </message>
</context>
<context>
    <name>CSVReader</name>
    <message>
        <source>contains NUL bytes, so it is binary data, not CSV text</source>
        <translation>zawiera bajty NUL, więc są to dane binarne, a nie tekst CSV</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {position} is invalid) nor Windows-1252; save it as UTF-8 CSV</source>
        <translation>nie jest tekstem w kodowaniu UTF-8 (bajt {position} jest nieprawidłowy) ani Windows-1252; zapisz plik jako CSV w UTF-8</translation>
    </message>
    <message>
        <source>is not readable as CSV ({error})</source>
        <translation>nie można odczytać jako CSV ({error})</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>nie zawiera żadnych wierszy</translation>
    </message>
    <message>
        <source>has no latitude and longitude columns that could be found (columns: {columns})</source>
        <translation>nie znaleziono kolumn szerokości i długości geograficznej (kolumny: {columns})</translation>
    </message>
    <message>
        <source>has no column &quot;{column}&quot;</source>
        <translation>nie ma kolumny „{column}”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the check</source>
        <translation>sprawdzanie</translation>
    </message>
    <message>
        <source>the export to {output}</source>
        <translation>eksport do {output}</translation>
    </message>
    <message>
        <source>the built-in briefing</source>
        <translation>wbudowana odprawa</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Szczegóły znajdują się w dzienniku: {path}</translation>
    </message>
    <message>
        <source>No log could be written.</source>
        <translation>Nie udało się zapisać dziennika.</translation>
    </message>
    <message>
        <source>{file}: {doing} stopped on an internal error ({kind}); nothing was written.</source>
        <translation>{file}: błąd wewnętrzny ({kind}) przerwał {doing}; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>{file}: cannot check &apos;{suffix}&apos; files; use a .briefing file or geodata: {formats}</source>
        <translation>{file}: nie można sprawdzać plików „{suffix}”; użyj pliku .briefing lub danych geograficznych: {formats}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>bez rozszerzenia</translation>
    </message>
    <message>
        <source>{output}: cannot export to &apos;{suffix}&apos;; use one of: {formats}</source>
        <translation>{output}: nie można eksportować do „{suffix}”; użyj jednego z formatów: {formats}</translation>
    </message>
    <message>
        <source>{output}: --replay goes with a .gif, .mp4 or .pptx output</source>
        <translation>{output}: opcji --replay można użyć tylko z plikiem wyjściowym .gif, .mp4 lub .pptx</translation>
    </message>
    <message>
        <source>{output}: a {suffix} file holds one replay; give --replay once</source>
        <translation>{output}: plik {suffix} mieści jedną animację; podaj --replay tylko raz</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>ostrzeżenie: {problem}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit briefing properties</source>
        <translation>edycję właściwości odprawy</translation>
    </message>
    <message>
        <source>Show layer</source>
        <translation>pokazanie warstwy</translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation>ukrycie warstwy</translation>
    </message>
    <message>
        <source>Change layer opacity</source>
        <translation>zmianę krycia warstwy</translation>
    </message>
    <message>
        <source>Change layer settings</source>
        <translation>zmianę ustawień warstwy</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>zmianę kolejności warstw</translation>
    </message>
    <message>
        <source>Save grouping</source>
        <translation>zapisanie ugrupowania</translation>
    </message>
    <message>
        <source>Delete grouping</source>
        <translation>usunięcie ugrupowania</translation>
    </message>
    <message>
        <source>Save grouping “{name}”</source>
        <translation>zapisanie ugrupowania „{name}”</translation>
    </message>
    <message>
        <source>Delete grouping “{name}”</source>
        <translation>usunięcie ugrupowania „{name}”</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>dodanie slajdu</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>usunięcie slajdu</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>przeniesienie slajdu</translation>
    </message>
    <message>
        <source>Edit slide</source>
        <translation>edycję slajdu</translation>
    </message>
    <message>
        <source>Add annotations</source>
        <translation>dodanie adnotacji</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>usunięcie adnotacji</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>edycję adnotacji</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>zmianę rozmiaru tekstu</translation>
    </message>
    <message>
        <source>Choose slides for annotation</source>
        <translation>wybór slajdów dla adnotacji</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>import warstwy</translation>
    </message>
    <message>
        <source>Remove imported layer</source>
        <translation>usunięcie zaimportowanej warstwy</translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation>zmianę nazwy warstwy</translation>
    </message>
    <message>
        <source>Remove layer “{name}”</source>
        <translation>usunięcie warstwy „{name}”</translation>
    </message>
    <message>
        <source>Rename slide</source>
        <translation>zmianę nazwy slajdu</translation>
    </message>
    <message>
        <source>Edit talking points</source>
        <translation>edycję tez do wystąpienia</translation>
    </message>
    <message>
        <source>Revert “{title}”</source>
        <translation>przywrócenie slajdu „{title}”</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>powielenie slajdu</translation>
    </message>
    <message>
        <source>Update slide from the map</source>
        <translation>aktualizację slajdu według mapy</translation>
    </message>
    <message>
        <source>Keep pen drawing on “{title}”</source>
        <translation>zachowanie rysunku odręcznego na slajdzie „{title}”</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>zmiana daty</translation>
    </message>
    <message>
        <source>Change the date of “{title}”</source>
        <translation>zmiana daty slajdu „{title}”</translation>
    </message>
</context>
<context>
    <name>CoordinateDisplay</name>
    <message>
        <source>Decimal degrees</source>
        <translation>Stopnie dziesiętne</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Decimal degrees</source>
        <translation>Pokazuj położenie wskaźnika w stopniach dziesiętnych</translation>
    </message>
    <message>
        <source>Degrees, minutes, seconds</source>
        <translation>Stopnie, minuty, sekundy</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Degrees, minutes, seconds</source>
        <translation>Pokazuj położenie wskaźnika w stopniach, minutach i sekundach</translation>
    </message>
    <message>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as MGRS</source>
        <translation>Pokazuj położenie wskaźnika w układzie MGRS</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Współrzędne</translation>
    </message>
    <message>
        <source>The position under the pointer; right-click to choose the notation</source>
        <translation>Położenie pod wskaźnikiem; kliknij prawym przyciskiem, aby wybrać zapis</translation>
    </message>
</context>
<context>
    <name>CoordinateSystem</name>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which is not known</source>
        <translation>wskazuje nieznany układ współrzędnych „{name}”</translation>
    </message>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which has no conversion to longitude and latitude on Earth (a local or engineering grid, for example)</source>
        <translation>wskazuje układ współrzędnych „{name}”, którego nie można przeliczyć na długość i szerokość geograficzną (np. lokalna lub techniczna siatka)</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <source>A position is at most {count} characters long.</source>
        <translation>Położenie może mieć najwyżej {count} znaków.</translation>
    </message>
    <message>
        <source>“{text}” is not a position. Type decimal degrees (54.1, 22.93), degrees-minutes-seconds (54°06′00″N 22°55′48″E) or MGRS (34U FE 26199 96369).</source>
        <translation>„{text}” nie jest położeniem. Proszę wpisać stopnie dziesiętne (54.1, 22.93), stopnie, minuty i sekundy (54°06′00″N 22°55′48″E) lub MGRS (34U FE 26199 96369).</translation>
    </message>
    <message>
        <source>Latitude {value} is outside −90 to 90.</source>
        <translation>Szerokość geograficzna {value} wykracza poza zakres od −90 do 90.</translation>
    </message>
    <message>
        <source>Longitude {value} is outside −180 to 180.</source>
        <translation>Długość geograficzna {value} wykracza poza zakres od −180 do 180.</translation>
    </message>
    <message>
        <source>“{text}” is not an MGRS reference: a zone 1–60, a band letter, two square letters and an even number of digits (up to 10).</source>
        <translation>„{text}” nie jest zapisem MGRS: wymagana jest strefa 1–60, litera pasa, dwie litery kwadratu i parzysta liczba cyfr (do 10).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid MGRS reference.</source>
        <translation>„{text}” nie jest prawidłowym zapisem MGRS.</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>country names file</source>
        <translation>plik nazw państw</translation>
    </message>
    <message>
        <source>format {found} is not {expected}, the one this app reads</source>
        <translation>format {found}, a aplikacja odczytuje format {expected}</translation>
    </message>
    <message>
        <source>no English name</source>
        <translation>brak nazwy angielskiej</translation>
    </message>
    <message>
        <source>{problem} (the built-in data is used instead)</source>
        <translation>{problem} (zamiast tego używane są dane wbudowane)</translation>
    </message>
    <message>
        <source>facts file</source>
        <translation>plik informacji</translation>
    </message>
    <message>
        <source>the year {year} is outside {low}–{high}</source>
        <translation>rok {year} wykracza poza zakres {low}–{high}</translation>
    </message>
    <message>
        <source>unknown field &quot;{key}&quot;; allowed: {allowed}</source>
        <translation>nieznane pole „{key}”; dozwolone: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a known metric; known: {known}</source>
        <translation>„{metric}” nie jest znanym wskaźnikiem; znane: {known}</translation>
    </message>
    <message>
        <source>expected a number or an object with &quot;value&quot;</source>
        <translation>oczekiwano liczby lub obiektu z polem „value”</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. &quot;POL&quot;; Kosovo is &quot;XKX&quot;)</source>
        <translation>„{code}” nie jest kodem ISO 3166-1 alpha-3 (trzy wielkie litery, np. „POL”; Kosowo to „XKX”)</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a metric of this file; known: {known}</source>
        <translation>„{metric}” nie jest wskaźnikiem tego pliku; znane: {known}</translation>
    </message>
    <message>
        <source>data file</source>
        <translation>plik danych</translation>
    </message>
    <message>
        <source>format version {version} is not supported (this app reads version {supported})</source>
        <translation>wersja formatu {version} nie jest obsługiwana (aplikacja odczytuje wersję {supported})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>nazwa nie może być pusta</translation>
    </message>
    <message>
        <source>a city is [&quot;city&quot;, its GeoNames name, its ISO 3166-1 alpha-2 country code]</source>
        <translation>miasto zapisuje się jako [&quot;city&quot;, nazwa w GeoNames, kod państwa ISO 3166-1 alpha-2]</translation>
    </message>
    <message>
        <source>a country is [&quot;country&quot;, its ISO 3166-1 alpha-3 code]</source>
        <translation>państwo zapisuje się jako [&quot;country&quot;, kod ISO 3166-1 alpha-3]</translation>
    </message>
    <message>
        <source>a {kind} is [&quot;{kind}&quot;, the id of its record]</source>
        <translation>obiekt typu {kind} zapisuje się jako [&quot;{kind}&quot;, identyfikator jego rekordu]</translation>
    </message>
    <message>
        <source>a target starts with &quot;city&quot;, &quot;country&quot;, &quot;flashpoint&quot; or &quot;deployment&quot;, not {found}</source>
        <translation>cel zaczyna się od „city”, „country”, „flashpoint” lub „deployment”, a nie od {found}</translation>
    </message>
    <message>
        <source>a target cannot be empty</source>
        <translation>cel nie może być pusty</translation>
    </message>
    <message>
        <source>checked {checked} is before as_of {as_of}: a fact is checked on or after the date it is known true</source>
        <translation>data sprawdzenia {checked} jest wcześniejsza niż as_of {as_of}: informację sprawdza się w dniu, od którego jest aktualna, lub później</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>„{value}” nie jest żadną z wartości: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is listed twice</source>
        <translation>„{code}” występuje dwukrotnie</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id (lower-case letters, digits and &quot;_&quot;, e.g. &quot;nato&quot;)</source>
        <translation>„{value}” nie jest prawidłowym identyfikatorem (małe litery, cyfry i „_”, np. „nato”)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>„{text}” nie jest datą w formacie RRRR, RRRR-MM lub RRRR-MM-DD</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date</source>
        <translation>„{text}” nie jest istniejącą datą</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>koniec {end} jest wcześniejszy niż początek {start}</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} nie jest kodem ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>{code} already has a membership period that overlaps this one</source>
        <translation>{code} ma już okres członkostwa nakładający się na ten</translation>
    </message>
    <message>
        <source>&quot;{sidc}&quot; is not a 20-digit APP-6D / MIL-STD-2525D symbol code</source>
        <translation>„{sidc}” nie jest 20-cyfrowym kodem symbolu APP-6D / MIL-STD-2525D</translation>
    </message>
    <message>
        <source>digits 9-10 of the symbol code are &quot;{digits}&quot;, but echelon &quot;{echelon}&quot; needs &quot;{needed}&quot;</source>
        <translation>cyfry 9–10 kodu symbolu to „{digits}”, a szczebel „{echelon}” wymaga „{needed}”</translation>
    </message>
    <message>
        <source>a range must be more than 0 km</source>
        <translation>zasięg musi być większy niż 0 km</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be more than 0</source>
        <translation>„{key}” musi być większe niż 0</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice in this file</source>
        <translation>identyfikator „{id}” występuje w tym pliku dwukrotnie</translation>
    </message>
    <message>
        <source>does not exist (the app&apos;s built-in data is incomplete)</source>
        <translation>nie istnieje (wbudowane dane aplikacji są niekompletne)</translation>
    </message>
</context>
<context>
    <name>Deployment kind</name>
    <message>
        <source>NATO battlegroup</source>
        <translation>Batalionowa grupa bojowa NATO</translation>
    </message>
    <message>
        <source>National brigade</source>
        <translation>Brygada narodowa</translation>
    </message>
    <message>
        <source>US rotational brigade</source>
        <translation>Rotacyjna brygada USA</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Dowództwo</translation>
    </message>
    <message>
        <source>US garrison</source>
        <translation>Garnizon USA</translation>
    </message>
    <message>
        <source>Air base</source>
        <translation>Baza lotnicza</translation>
    </message>
    <message>
        <source>Missile defence</source>
        <translation>Obrona przeciwrakietowa</translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation>Węzeł logistyczny</translation>
    </message>
    <message>
        <source>Prepositioned stocks</source>
        <translation>Zapasy prepozycjonowane</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>team</source>
        <translation>zespół</translation>
    </message>
    <message>
        <source>squad</source>
        <translation>drużyna</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sekcja</translation>
    </message>
    <message>
        <source>platoon</source>
        <translation>pluton</translation>
    </message>
    <message>
        <source>company</source>
        <translation>kompania</translation>
    </message>
    <message>
        <source>battalion</source>
        <translation>batalion</translation>
    </message>
    <message>
        <source>regiment</source>
        <translation>pułk</translation>
    </message>
    <message>
        <source>brigade</source>
        <translation>brygada</translation>
    </message>
    <message>
        <source>division</source>
        <translation>dywizja</translation>
    </message>
    <message>
        <source>corps</source>
        <translation>korpus</translation>
    </message>
    <message>
        <source>army</source>
        <translation>armia</translation>
    </message>
    <message>
        <source>army group</source>
        <translation>grupa armii</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Drawing map {number} of {count}: {title}</source>
        <translation>Rysowanie mapy {number} z {count}: {title}</translation>
    </message>
    <message>
        <source>Laying out pages again</source>
        <translation>Ponowne układanie stron</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Układanie stron</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Zapisywanie pliku PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
    <message>
        <source>Making the cover</source>
        <translation>Tworzenie strony tytułowej</translation>
    </message>
    <message>
        <source>Drawing the replay {title}</source>
        <translation>Rysowanie animacji {title}</translation>
    </message>
    <message>
        <source>the replay {title}</source>
        <translation>animacja {title}</translation>
    </message>
    <message>
        <source>Writing the PowerPoint file</source>
        <translation>Zapisywanie pliku PowerPoint</translation>
    </message>
    <message>
        <source>Drawing frame {number} of {count}: {date}</source>
        <translation>Rysowanie klatki {number} z {count}: {date}</translation>
    </message>
    <message>
        <source>Writing the replay</source>
        <translation>Zapisywanie animacji</translation>
    </message>
    <message>
        <source>{where} could not be drawn ({error})</source>
        <translation>{where}: nie udało się narysować ({error})</translation>
    </message>
    <message>
        <source>slide {number} ({title})</source>
        <translation>slajd {number} ({title})</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PKB</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Wydatki na obronność</translation>
    </message>
    <message>
        <source>Armed forces personnel</source>
        <translation>Liczebność sił zbrojnych</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>current US$</source>
        <translation>USD w cenach bieżących</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>{amount} trillion</source>
        <translation>{amount} bln</translation>
    </message>
    <message>
        <source>{amount} billion</source>
        <translation>{amount} mld</translation>
    </message>
    <message>
        <source>{amount} million</source>
        <translation>{amount} mln</translation>
    </message>
    <message>
        <source>US$ {amount}</source>
        <translation>{amount} USD</translation>
    </message>
    <message>
        <source>{counted} of {total} states</source>
        <translation>{counted} z {total} państw</translation>
    </message>
    <message>
        <source>{coverage}, partial</source>
        <translation>{coverage}, dane niepełne</translation>
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
        <translation>Państwa członkowskie</translation>
    </message>
    <message>
        <source>no sourced value for any member ({source})</source>
        <translation>brak danych ze wskazanym źródłem dla żadnego członka ({source})</translation>
    </message>
    <message>
        <source>{counted} of {total} members</source>
        <translation>{counted} z {total} członków</translation>
    </message>
    <message>
        <source>{coverage}; missing: {countries}</source>
        <translation>{coverage}; brak danych: {countries}</translation>
    </message>
    <message>
        <source>{value} (partial: {counted} of {total} members)</source>
        <translation>{value} (dane niepełne: {counted} z {total} członków)</translation>
    </message>
    <message>
        <source>{coverage}. {source}, {year}; as of {date}. {address}</source>
        <translation>{coverage}. {source}, {year}; stan na {date}. {address}</translation>
    </message>
    <message>
        <source>Nuclear-weapon states</source>
        <translation>Państwa posiadające broń jądrową</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric} ({unit})</translation>
    </message>
    <message>
        <source>{metric}: year</source>
        <translation>{metric}: rok</translation>
    </message>
    <message>
        <source>{metric}: source</source>
        <translation>{metric}: źródło</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Grouping figures</source>
        <translation>Dane liczbowe ugrupowania</translation>
    </message>
    <message>
        <source>Grouping to total</source>
        <translation>Ugrupowanie do zsumowania</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Według państw</translation>
    </message>
    <message>
        <source>Figures of each member country</source>
        <translation>Dane liczbowe poszczególnych państw członkowskich</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Kopiuj tabelę</translation>
    </message>
    <message>
        <source>Copy the per-country figures with years and sources</source>
        <translation>Kopiuj dane według państw wraz z latami i źródłami</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Zapisz jako CS&amp;V…</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <source>No sourced figure for {country}: shown as missing, not 0</source>
        <translation>Brak danych ze wskazanym źródłem dla: {country}; wykazano jako brak, nie jako 0</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>dane</translation>
    </message>
    <message>
        <source>Save figures as CSV</source>
        <translation>Zapisz dane jako CSV</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>Pliki CSV ({patterns})</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Nie zapisano danych</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie można zapisać pliku {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Briefings</source>
        <translation>Odprawy</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>Otwórz odprawę</translation>
    </message>
    <message>
        <source>Cannot open briefing</source>
        <translation>Nie można otworzyć odprawy</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Brak ostatnio używanych plików</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Zapisz odprawę jako</translation>
    </message>
    <message>
        <source>Cannot save briefing</source>
        <translation>Nie można zapisać odprawy</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Zastąpić plik tylko do odczytu?</translation>
    </message>
    <message>
        <source>{path} is marked read-only, perhaps so that it is not changed by mistake.

Replace it with this briefing anyway? (The file stays read-only; the version it holds now is kept as its .bak.)</source>
        <translation>Plik {path} jest oznaczony jako tylko do odczytu, być może po to, aby nie został przypadkowo zmieniony.

Czy mimo to zastąpić go tą odprawą? (Plik pozostanie tylko do odczytu; jego obecna wersja zostanie zachowana jako kopia .bak).</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Zapisać zmiany?</translation>
    </message>
    <message>
        <source>The briefing “{name}” has changes that are not saved.</source>
        <translation>Odprawa „{name}” zawiera niezapisane zmiany.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>is read-only; it was not replaced (make it writable, or save under another name)</source>
        <translation>jest tylko do odczytu; nie został zastąpiony (zezwól na zapis lub zapisz pod inną nazwą)</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>nie można zapisać: {reason}</translation>
    </message>
    <message>
        <source>cannot be saved: {problem}</source>
        <translation>nie można zapisać: {problem}</translation>
    </message>
    <message>
        <source>expected [latitude, longitude]</source>
        <translation>oczekiwano [szerokość, długość]</translation>
    </message>
    <message>
        <source>a circle&apos;s radius must be more than 0 and less than {limit} km</source>
        <translation>promień okręgu musi być większy niż 0 i mniejszy niż {limit} km</translation>
    </message>
    <message>
        <source>a text&apos;s font size must be a number (points, {low} to {high}), found {found}</source>
        <translation>rozmiar czcionki tekstu musi być liczbą (punkty, od {low} do {high}), znaleziono {found}</translation>
    </message>
    <message>
        <source>expected text, a number, true/false or null, found {found}</source>
        <translation>oczekiwano tekstu, liczby, true/false lub null, znaleziono {found}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a colour (use #rrggbb or a CSS colour name)</source>
        <translation>„{text}” nie jest kolorem (użyj #rrggbb lub nazwy koloru CSS)</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;</source>
        <translation>oczekiwano „Feature”</translation>
    </message>
    <message>
        <source>holds {count} features; a briefing embeds at most {limit}</source>
        <translation>zawiera obiekty w liczbie {count}; odprawa może zawierać najwyżej {limit}</translation>
    </message>
    <message>
        <source>the imported layers hold {count} features together; a briefing embeds at most {limit}</source>
        <translation>zaimportowane warstwy zawierają łącznie obiekty w liczbie {count}; odprawa może zawierać najwyżej {limit}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>„{code}” nie jest kodem państwa ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>holds {count} slides; a briefing holds at most {limit}</source>
        <translation>zawiera slajdy w liczbie {count}; odprawa może zawierać najwyżej {limit}</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice</source>
        <translation>identyfikator „{id}” występuje dwukrotnie</translation>
    </message>
    <message>
        <source>expected a briefing (a JSON object), found {found}</source>
        <translation>oczekiwano odprawy (obiektu JSON), znaleziono {found}</translation>
    </message>
    <message>
        <source>was written by a newer version of Briefing App (file format {version}; this version reads up to format {supported}). Update Briefing App to open it.</source>
        <translation>został zapisany w nowszej wersji Briefing App (format pliku {version}; ta wersja odczytuje formaty do {supported}). Zaktualizuj Briefing App, aby go otworzyć.</translation>
    </message>
    <message>
        <source>unknown file format version {version}</source>
        <translation>nieznana wersja formatu pliku: {version}</translation>
    </message>
    <message>
        <source>briefing file</source>
        <translation>plik odprawy</translation>
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
        <translation>jest pusty</translation>
    </message>
    <message>
        <source>is {size}; imported files are limited to {limit}</source>
        <translation>ma rozmiar {size}; limit dla importowanych plików wynosi {limit}</translation>
    </message>
    <message>
        <source>has more than {count} features; a briefing can embed at most that many</source>
        <translation>zawiera ponad {count} obiektów; odprawa może zawierać najwyżej tyle</translation>
    </message>
    <message>
        <source>has more than {count} vertices; a briefing can embed at most that many (simplify the geometries first)</source>
        <translation>zawiera ponad {count} wierzchołków; odprawa może zawierać najwyżej tyle (najpierw uprość geometrie)</translation>
    </message>
    <message>
        <source>takes longer than {seconds} s to read; refused (simplify it, or split it into parts)</source>
        <translation>odczyt trwa dłużej niż {seconds} s; odrzucono (uprość plik lub podziel go na części)</translation>
    </message>
    <message>
        <source>has more than {count} self-crossings to repair in its polygons; at most that many are repaired in one file</source>
        <translation>ma w wielokątach ponad {count} samoprzecięć do naprawy; w jednym pliku naprawia się najwyżej tyle</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import anulowany</translation>
    </message>
</context>
<context>
    <name>GeoFileReader</name>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>archiwum zip</translation>
    </message>
    <message>
        <source>an SQLite database (GeoPackage)</source>
        <translation>baza danych SQLite (GeoPackage)</translation>
    </message>
    <message>
        <source>a Shapefile (.shp)</source>
        <translation>plik Shapefile (.shp)</translation>
    </message>
    <message>
        <source>has the extension &apos;{suffix}&apos;, which cannot be imported; supported: {suffixes}</source>
        <translation>ma rozszerzenie „{suffix}”, którego nie można importować; obsługiwane: {suffixes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>is named {suffix} but is not {expected}</source>
        <translation>ma rozszerzenie {suffix}, ale to nie jest {expected}</translation>
    </message>
    <message>
        <source>is named {suffix} but holds {found}; is the extension right?</source>
        <translation>ma rozszerzenie {suffix}, ale jego zawartość to {found}; czy rozszerzenie jest poprawne?</translation>
    </message>
    <message>
        <source>is too large to read in the memory available</source>
        <translation>jest zbyt duży, aby odczytać go w dostępnej pamięci</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>ma zbyt głębokie zagnieżdżenie, aby go odczytać</translation>
    </message>
</context>
<context>
    <name>GeoFileSummary</name>
    <message>
        <source>1 feature</source>
        <translation>1 obiekt</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n obiekt</numerusform>
            <numerusform>%n obiekty</numerusform>
            <numerusform>%n obiektów</numerusform>
        </translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 warstwa</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n warstwa</numerusform>
            <numerusform>%n warstwy</numerusform>
            <numerusform>%n warstw</numerusform>
        </translation>
    </message>
    <message>
        <source>layer &quot;{name}&quot;: {features}</source>
        <translation>warstwa „{name}”: {features}</translation>
    </message>
    <message>
        <source>CRS: {crs}</source>
        <translation>Układ współrzędnych: {crs}</translation>
    </message>
    <message>
        <source>declared and read: {text}</source>
        <translation>zadeklarowane i odczytane: {text}</translation>
    </message>
    <message>
        <source>repaired: {text}</source>
        <translation>naprawiono: {text}</translation>
    </message>
    <message>
        <source>dropped: {text}</source>
        <translation>pominięto: {text}</translation>
    </message>
    <message>
        <source>{file}: {format}, {layers}, {features}</source>
        <translation>{file}: {format}, {layers}, {features}</translation>
    </message>
    <message>
        <source>available layers: {layers}</source>
        <translation>dostępne warstwy: {layers}</translation>
    </message>
    <message>
        <source>coordinates from columns: latitude &quot;{latitude}&quot;, longitude &quot;{longitude}&quot;</source>
        <translation>współrzędne z kolumn: szerokość „{latitude}”, długość „{longitude}”</translation>
    </message>
</context>
<context>
    <name>GeoJSONGeometry</name>
    <message>
        <source>a line needs at least 2 positions, this one has {count}</source>
        <translation>linia wymaga co najmniej 2 punktów, a ta ma {count}</translation>
    </message>
    <message>
        <source>a polygon&apos;s ring needs at least 3 different positions</source>
        <translation>pierścień wielokąta wymaga co najmniej 3 różnych punktów</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not a GeoJSON geometry type</source>
        <translation>„{type}” nie jest typem geometrii GeoJSON</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not supported here; use {allowed}</source>
        <translation>„{type}” nie jest tu obsługiwany; użyj: {allowed}</translation>
    </message>
    <message>
        <source>geometry collections are nested deeper than {depth}</source>
        <translation>kolekcje geometrii są zagnieżdżone głębiej niż {depth}</translation>
    </message>
    <message>
        <source>an empty {type} (no positions)</source>
        <translation>pusty obiekt {type} (bez punktów)</translation>
    </message>
    <message>
        <source>coordinates are nested too deeply for a {type}</source>
        <translation>współrzędne są zagnieżdżone zbyt głęboko jak na obiekt {type}</translation>
    </message>
    <message>
        <source>a position needs a longitude and a latitude</source>
        <translation>punkt wymaga długości i szerokości geograficznej</translation>
    </message>
    <message>
        <source>expected a list of positions in a {type}, found {value}</source>
        <translation>oczekiwano listy punktów w obiekcie {type}, znaleziono {value}</translation>
    </message>
    <message>
        <source>an empty part in a {type}</source>
        <translation>pusta część w obiekcie {type}</translation>
    </message>
</context>
<context>
    <name>GeoJSONReader</name>
    <message>
        <source>has a &quot;crs&quot; member without a name</source>
        <translation>ma element „crs” bez nazwy</translation>
    </message>
    <message>
        <source>is JSON but not GeoJSON (no object with a &quot;type&quot;)</source>
        <translation>jest plikiem JSON, ale nie GeoJSON (brak obiektu z polem „type”)</translation>
    </message>
    <message>
        <source>is a FeatureCollection without a &quot;features&quot; list</source>
        <translation>jest obiektem FeatureCollection bez listy „features”</translation>
    </message>
    <message>
        <source>has the GeoJSON type &quot;{type}&quot;, which is not a feature or geometry</source>
        <translation>ma typ GeoJSON „{type}”, który nie jest obiektem ani geometrią</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Coalition of the Willing</source>
        <translation>Koalicja chętnych</translation>
    </message>
    <message>
        <source>Weimar Triangle</source>
        <translation>Trójkąt Weimarski</translation>
    </message>
    <message>
        <source>Nuclear-weapon states (NPT)</source>
        <translation>Państwa posiadające broń jądrową (NPT)</translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message>
        <source>Delete grouping</source>
        <translation>Usuń ugrupowanie</translation>
    </message>
    <message>
        <source>Delete the grouping “{name}”?</source>
        <translation>Usunąć ugrupowanie „{name}”?</translation>
    </message>
</context>
<context>
    <name>GroupingDialog</name>
    <message>
        <source>1 country</source>
        <translation>1 państwo</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n państwo</numerusform>
            <numerusform>%n państwa</numerusform>
            <numerusform>%n państw</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit grouping</source>
        <translation>Edycja ugrupowania</translation>
    </message>
    <message>
        <source>New grouping</source>
        <translation>Nowe ugrupowanie</translation>
    </message>
    <message>
        <source>e.g. European alliance with Ukraine, without the US</source>
        <translation>np. sojusz europejski z Ukrainą, bez USA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Colour of the grouping on the map</source>
        <translation>Kolor ugrupowania na mapie</translation>
    </message>
    <message>
        <source>The colour the map and the PDF give its members</source>
        <translation>Kolor, którym mapa i plik PDF oznaczają jego członków</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Kolor:</translation>
    </message>
    <message>
        <source>Start from a grouping</source>
        <translation>Rozpocznij od ugrupowania</translation>
    </message>
    <message>
        <source>Tick the members of a built-in grouping, then edit</source>
        <translation>Zaznacz członków wbudowanego ugrupowania, a następnie edytuj</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Rozpocznij od:</translation>
    </message>
    <message>
        <source>Tick countries, or click them on the map to add or remove.</source>
        <translation>Zaznacz państwa na liście lub kliknij je na mapie, aby je dodać albo usunąć.</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtruj państwa</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtruj państwa…</translation>
    </message>
    <message>
        <source>&amp;Ticked only</source>
        <translation>&amp;Tylko zaznaczone</translation>
    </message>
    <message>
        <source>Show only the countries in the grouping</source>
        <translation>Pokaż tylko państwa należące do ugrupowania</translation>
    </message>
    <message>
        <source>Countries in the grouping</source>
        <translation>Państwa w ugrupowaniu</translation>
    </message>
    <message>
        <source>{name}, edited</source>
        <translation>{name}, zmodyfikowane</translation>
    </message>
    <message>
        <source>Colour of the grouping</source>
        <translation>Kolor ugrupowania</translation>
    </message>
    <message>
        <source>A grouping needs a name</source>
        <translation>Ugrupowanie musi mieć nazwę</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <source>PNG image, 1920 × 1080</source>
        <translation>Obraz PNG, 1920 × 1080</translation>
    </message>
    <message>
        <source>PNG image, 3840 × 2160</source>
        <translation>Obraz PNG, 3840 × 2160</translation>
    </message>
    <message>
        <source>PDF, vector</source>
        <translation>PDF, wektorowy</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Eksport do HTML</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>Pliki HTML</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Pliki PDF</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>Eksportowanie: {kind}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>Eksport: {kind}</translation>
    </message>
    <message>
        <source>{kind} export cancelled; no file written</source>
        <translation>Anulowano eksport ({kind}); nie zapisano pliku</translation>
    </message>
    <message>
        <source>Cannot export {kind}</source>
        <translation>Nie można wykonać eksportu: {kind}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Wyeksportowano {path}</translation>
    </message>
    <message>
        <source>Cannot copy the map</source>
        <translation>Nie można skopiować mapy</translation>
    </message>
    <message>
        <source>Map copied with its legend, scale bar and marking (1920 × 1080)</source>
        <translation>Skopiowano mapę z legendą, podziałką i klauzulą (1920 × 1080)</translation>
    </message>
    <message>
        <source>Export Slide Image</source>
        <translation>Eksport obrazu slajdu</translation>
    </message>
    <message>
        <source>slide image</source>
        <translation>obraz slajdu</translation>
    </message>
    <message>
        <source>Export PowerPoint</source>
        <translation>Eksport do PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint decks</source>
        <translation>Prezentacje PowerPoint</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animowany GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Wideo MP4</translation>
    </message>
    <message>
        <source>{title} replay</source>
        <translation>Animacja: {title}</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Eksport animacji</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>animacja</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Odprawa</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Nie można drukować</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Nie można otworzyć drukarki.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Presentation (full screen)</source>
        <translation>Prezentacja (pełny ekran)</translation>
    </message>
    <message>
        <source>Tool bar: {name}</source>
        <translation>Pasek narzędzi: {name}</translation>
    </message>
    <message>
        <source>Map and panels</source>
        <translation>Mapa i panele</translation>
    </message>
    <message>
        <source>Briefing App — keyboard shortcuts</source>
        <translation>Briefing App — skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Briefing App</source>
        <translation>Skróty klawiaturowe — Briefing App</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Polecenie, klawisz lub menu</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtruj skróty</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Skróty</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Kopiuj jako tekst</translation>
    </message>
    <message>
        <source>Copy the shown shortcuts to the clipboard as plain text</source>
        <translation>Kopiuj wyświetlane skróty do schowka jako zwykły tekst</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the shown shortcuts</source>
        <translation>Drukuj wyświetlane skróty</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Wyświetlono {shown} z {total}</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Państwa</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Stolice</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Ugrupowania</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Rozmieszczenie sił</translation>
    </message>
    <message>
        <source>Flashpoints</source>
        <translation>Punkty zapalne</translation>
    </message>
    <message>
        <source>Occupied territory and derived lines</source>
        <translation>Terytorium okupowane i linie pochodne</translation>
    </message>
    <message>
        <source>Country figures</source>
        <translation>Dane liczbowe państw</translation>
    </message>
    <message>
        <source>About Briefing App</source>
        <translation>O aplikacji Briefing App</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Nazwa i wersja</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Sekcje informacji o aplikacji</translation>
    </message>
    <message>
        <source>Data &amp;sources</source>
        <translation>Ź&amp;ródła danych</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licencje</translation>
    </message>
    <message>
        <source>Copy versions, sources and licences to the clipboard</source>
        <translation>Kopiuj wersje, źródła i licencje do schowka</translation>
    </message>
    <message>
        <source>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Wersja {version} · Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>The app makes no network request: maps, data, fonts and scripts all ship with it, and exported HTML files load nothing from the network either.</source>
        <translation>Aplikacja nie wysyła żadnych żądań sieciowych: mapy, dane, czcionki i skrypty są dostarczane wraz z nią, a wyeksportowane pliki HTML również niczego nie pobierają z sieci.</translation>
    </message>
    <message>
        <source>Data sources and their as-of dates</source>
        <translation>Źródła danych i daty stanu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Every fact on the map cites its source. “As of” is the date up to which a record is known to be true. Data corrections in the data folder (Help menu) are included.</source>
        <translation>Każda informacja na mapie jest opatrzona źródłem. „Stan na” to data, do której dany zapis jest potwierdzony. Uwzględniono korekty danych z folderu korekt danych (menu Pomoc).</translation>
    </message>
    <message>
        <source>Bundled data, fonts and libraries</source>
        <translation>Dołączone dane, czcionki i biblioteki</translation>
    </message>
    <message>
        <source>Licence of the selected item</source>
        <translation>Licencja wybranej pozycji</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Tekst licencji</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Wersja: {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencja: {licence}</translation>
    </message>
    <message>
        <source>DATA SOURCES</source>
        <translation>ŹRÓDŁA DANYCH</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(stan na {date})</translation>
    </message>
    <message>
        <source>BUNDLED DATA, FONTS AND LIBRARIES</source>
        <translation>DOŁĄCZONE DANE, CZCIONKI I BIBLIOTEKI</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Geodata files ({patterns})</source>
        <translation>Pliki danych geograficznych ({patterns})</translation>
    </message>
    <message>
        <source>CSV with coordinates ({patterns})</source>
        <translation>CSV ze współrzędnymi ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Wszystkie pliki ({patterns})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Wczytywanie pliku {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Importuj warstwę</translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation>nie można odczytać: {reason}</translation>
    </message>
    <message>
        <source>Choose layers</source>
        <translation>Wybór warstw</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n layers. Import:</source>
        <translation>
            <numerusform>Plik {file} zawiera %n warstwę. Importuj:</numerusform>
            <numerusform>Plik {file} zawiera %n warstwy. Importuj:</numerusform>
            <numerusform>Plik {file} zawiera %n warstw. Importuj:</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers to import</source>
        <translation>Warstwy do zaimportowania</translation>
    </message>
    <message>
        <source>Coordinates in the CSV file</source>
        <translation>Współrzędne w pliku CSV</translation>
    </message>
    <message>
        <source>{file}: {note}</source>
        <translation>{file}: {note}</translation>
    </message>
    <message>
        <source>choose the coordinate columns.</source>
        <translation>proszę wybrać kolumny ze współrzędnymi.</translation>
    </message>
    <message>
        <source>Latitude column</source>
        <translation>Kolumna szerokości geograficznej</translation>
    </message>
    <message>
        <source>Longitude column</source>
        <translation>Kolumna długości geograficznej</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Szerokość:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Długość:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nie można zaimportować</translation>
    </message>
    <message>
        <source>{path}: Briefing App imports {suffixes} files, not &apos;{suffix}&apos;.</source>
        <translation>{path}: Briefing App importuje pliki {suffixes}, a nie „{suffix}”.</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>plik bez rozszerzenia</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Brak danych do zaimportowania</translation>
    </message>
    <message>
        <source>{path}: no feature with a usable geometry.</source>
        <translation>{path}: brak obiektów o geometrii nadającej się do użycia.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>import pliku {file}</translation>
    </message>
    <message>
        <source>Imported {count} features from {file} in 1 layer</source>
        <translation>Plik {file}: zaimportowano obiekty ({count}) w 1 warstwie</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} features from {file} in %n layers</source>
        <translation>
            <numerusform>Plik {file}: zaimportowano obiekty ({count}) w %n warstwie</numerusform>
            <numerusform>Plik {file}: zaimportowano obiekty ({count}) w %n warstwach</numerusform>
            <numerusform>Plik {file}: zaimportowano obiekty ({count}) w %n warstwach</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} — {counts}</source>
        <translation>{message} — {counts}</translation>
    </message>
    <message>
        <source>{message} — some were repaired or left out: see the layer&apos;s notes</source>
        <translation>{message} — część obiektów naprawiono lub pominięto: zob. uwagi do warstwy</translation>
    </message>
    <message>
        <source>Import of {file} cancelled</source>
        <translation>Anulowano import pliku {file}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Brak danych do wyeksportowania</translation>
    </message>
    <message>
        <source>This briefing has no annotations yet.</source>
        <translation>Ta odprawa nie zawiera jeszcze adnotacji.</translation>
    </message>
    <message>
        <source>{title} — annotations</source>
        <translation>{title} — adnotacje</translation>
    </message>
    <message>
        <source>Export as KML</source>
        <translation>Eksportuj jako KML</translation>
    </message>
    <message>
        <source>Export as GeoJSON</source>
        <translation>Eksportuj jako GeoJSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nie można wyeksportować</translation>
    </message>
    <message>
        <source>Exported {count} features to {path}</source>
        <translation>Wyeksportowano obiekty ({count}) do pliku {path}</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Usuń warstwę</translation>
    </message>
    <message>
        <source>Remove the imported layer “{name}” from this briefing? (Edit → Undo brings it back.)</source>
        <translation>Usunąć zaimportowaną warstwę „{name}” z tej odprawy? (Można ją przywrócić poleceniem Edycja → Cofnij).</translation>
    </message>
</context>
<context>
    <name>ImportedFeatures</name>
    <message>
        <source>holds no features</source>
        <translation>nie zawiera żadnych obiektów</translation>
    </message>
    <message>
        <source>holds no usable features ({reasons})</source>
        <translation>nie zawiera obiektów nadających się do użycia ({reasons})</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>{path} at {where}: {problem}</source>
        <translation>{path} ({where}): {problem}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>poziom główny</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>oczekiwano obiektu, znaleziono {found}</translation>
    </message>
    <message>
        <source>the required field &quot;{key}&quot; is missing</source>
        <translation>brak wymaganego pola „{key}”</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>oczekiwano listy, znaleziono {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>oczekiwano tekstu, znaleziono {found}</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>oczekiwano true lub false, znaleziono {found}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>oczekiwano liczby całkowitej, znaleziono {found}</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>oczekiwano liczby, znaleziono {found}</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>oczekiwano liczby skończonej</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range {low} to {high}</source>
        <translation>{value} wykracza poza dozwolony zakres od {low} do {high}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>„{text}” nie jest datą w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>liczbę {value}</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>tekst „{text}”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>listę</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>{name} is not allowed in a {kind}</source>
        <translation>{kind} nie może zawierać wartości {name}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>wiersz {line}, kolumna {column}</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?)</source>
        <translation>plik kończy się przedwcześnie (czy nie jest ucięty?)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>nieprawidłowy JSON ({reason})</translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation>JSON jest zagnieżdżony zbyt głęboko</translation>
    </message>
    <message>
        <source>the text holds a lone UTF-16 surrogate ({escape}), which is not a character; the file was damaged or written by a faulty program</source>
        <translation>tekst zawiera pojedynczy surogat UTF-16 ({escape}), który nie jest znakiem; plik jest uszkodzony lub zapisał go wadliwy program</translation>
    </message>
    <message>
        <source>expected a number that fits in a float (this one is too large)</source>
        <translation>oczekiwano liczby mieszczącej się w typie float (ta jest zbyt duża)</translation>
    </message>
    <message>
        <source>a field name: {problem}</source>
        <translation>nazwa pola: {problem}</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>potok nazwany (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>gniazdo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>obiekt niebędący zwykłym plikiem</translation>
    </message>
    <message>
        <source>is a link to {target}, which is {what}</source>
        <translation>to dowiązanie do {target}, a jego cel to {what}</translation>
    </message>
    <message>
        <source>is {what}</source>
        <translation>to {what}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>nie można odczytać: {reason}</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}; refused</source>
        <translation>{problem}, a nie {kind}; odrzucono</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}</source>
        <translation>{problem}, a nie {kind}</translation>
    </message>
    <message>
        <source>is {size} MB; a {kind} is limited to {limit} MB</source>
        <translation>ma {size} MB; {kind} może mieć najwyżej {limit} MB</translation>
    </message>
    <message>
        <source>is larger than {limit} MB; a {kind} is limited to that</source>
        <translation>ma ponad {limit} MB; {kind} nie może być większy</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest pusty</translation>
    </message>
    <message>
        <source>is not a {kind} (not UTF-8 text; byte {byte} is invalid)</source>
        <translation>to nie jest {kind} (nie jest to tekst UTF-8; bajt {byte} jest nieprawidłowy)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must not be empty</source>
        <translation>„{key}” nie może być puste</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a web address starting with http:// or https://</source>
        <translation>„{url}” nie jest adresem internetowym zaczynającym się od http:// lub https://</translation>
    </message>
</context>
<context>
    <name>KMLReader</name>
    <message>
        <source>is XML but not KML (its root element is &lt;{tag}&gt;)</source>
        <translation>jest plikiem XML, ale nie KML (jego element główny to &lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>nests elements deeper than {depth}</source>
        <translation>zagnieżdża elementy głębiej niż {depth}</translation>
    </message>
    <message>
        <source>contains a document type declaration (&lt;!DOCTYPE&gt;), which KML never needs; refused because its entities could expand without bound or read other files</source>
        <translation>zawiera deklarację typu dokumentu (&lt;!DOCTYPE&gt;), której KML nigdy nie potrzebuje; odrzucono, ponieważ jej encje mogłyby rozrastać się bez ograniczeń lub odczytywać inne pliki</translation>
    </message>
    <message>
        <source>uses XML entities or external references, refused for safety ({error})</source>
        <translation>używa encji XML lub odwołań zewnętrznych; odrzucono ze względów bezpieczeństwa ({error})</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?) ({error})</source>
        <translation>plik kończy się przedwcześnie (czy nie jest ucięty?) ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML ({error})</source>
        <translation>nie jest prawidłowym plikiem KML/XML ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML (bad text encoding: {error})</source>
        <translation>nie jest prawidłowym plikiem KML/XML (błędne kodowanie tekstu: {error})</translation>
    </message>
</context>
<context>
    <name>KMZReader</name>
    <message>
        <source>is a zip archive without a .kml file, so not a KMZ</source>
        <translation>jest archiwum zip bez pliku .kml, więc nie jest plikiem KMZ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Nieznany język {code}; wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Briefing App will be in {language} when it starts again.</source>
        <translation>Po ponownym uruchomieniu Briefing App będzie w języku: {language}.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
</context>
<context>
    <name>LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>Warstwy</translation>
    </message>
    <message>
        <source>Map layers, top of the map first</source>
        <translation>Warstwy mapy, od górnej</translation>
    </message>
    <message>
        <source>Tick to show a layer; drag to change which is drawn on top</source>
        <translation>Zaznacz, aby pokazać warstwę; przeciągnij, aby zmienić kolejność rysowania</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Krycie:</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Krycie wybranej warstwy</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Członkostwo</translation>
    </message>
    <message>
        <source>Colour countries by grouping</source>
        <translation>Koloruj państwa według ugrupowania</translation>
    </message>
    <message>
        <source>Compare with a second grouping</source>
        <translation>Porównaj z drugim ugrupowaniem</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Koloruj według:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Porównaj z:</translation>
    </message>
    <message>
        <source>New grouping…</source>
        <translation>Nowe ugrupowanie…</translation>
    </message>
    <message>
        <source>Build your own grouping of countries (Ctrl+G)</source>
        <translation>Utwórz własne ugrupowanie państw (Ctrl+G)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Imported layer</source>
        <translation>Warstwa zaimportowana</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Export this layer as GeoJSON</source>
        <translation>Eksportuj tę warstwę jako GeoJSON</translation>
    </message>
    <message>
        <source>KML…</source>
        <translation>KML…</translation>
    </message>
    <message>
        <source>Export this layer as KML (Google Earth, TAK)</source>
        <translation>Eksportuj tę warstwę jako KML (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this layer from the briefing</source>
        <translation>Usuń tę warstwę z odprawy</translation>
    </message>
    <message>
        <source>Source of the selected layer</source>
        <translation>Źródło wybranej warstwy</translation>
    </message>
    <message>
        <source>— nothing —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (własne)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>Every source: View → Sources</source>
        <translation>Wszystkie źródła: Widok → Źródła</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Basemap</source>
        <translation>Mapa podkładowa</translation>
    </message>
    <message>
        <source>Shaded relief, major rivers and lakes, and capitals, cities and towns by zoom (Natural Earth; places: GeoNames, CC BY 4.0).</source>
        <translation>Cieniowana rzeźba terenu, główne rzeki i jeziora oraz stolice, miasta i miejscowości zależnie od powiększenia (Natural Earth; nazwy miejscowości: GeoNames, CC BY 4.0).</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Państwa</translation>
    </message>
    <message>
        <source>Country borders following the EU / UN General Assembly position.</source>
        <translation>Granice państw zgodne ze stanowiskiem UE i Zgromadzenia Ogólnego ONZ.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Członkostwo</translation>
    </message>
    <message>
        <source>{file} (one source per membership)</source>
        <translation>{file} (osobne źródło dla każdego członkostwa)</translation>
    </message>
    <message>
        <source>Countries coloured by a grouping, or by the overlap of two, on the briefing&apos;s as-of date.</source>
        <translation>Państwa pokolorowane według ugrupowania lub części wspólnej dwóch ugrupowań, według daty stanu odprawy.</translation>
    </message>
    <message>
        <source>Occupied territory of Ukraine</source>
        <translation>Okupowane terytorium Ukrainy</translation>
    </message>
    <message>
        <source>Ukrainian territory under Russian occupation, dated; hatched.</source>
        <translation>Terytorium Ukrainy pod okupacją rosyjską, z datami; kreskowane.</translation>
    </message>
    <message>
        <source>Eastern-flank deployments</source>
        <translation>Siły na wschodniej flance</translation>
    </message>
    <message>
        <source>{file} (one source per site)</source>
        <translation>{file} (osobne źródło dla każdego obiektu)</translation>
    </message>
    <message>
        <source>NATO battlegroups, the German brigade in Lithuania and US sites in Poland, as APP-6 unit symbols.</source>
        <translation>Batalionowe grupy bojowe NATO, niemiecka brygada na Litwie i obiekty USA w Polsce jako symbole jednostek APP-6.</translation>
    </message>
    <message>
        <source>Flashpoints and ranges</source>
        <translation>Punkty zapalne i zasięgi</translation>
    </message>
    <message>
        <source>{file} (one source per item)</source>
        <translation>{file} (osobne źródło dla każdej pozycji)</translation>
    </message>
    <message>
        <source>Kaliningrad, the Suwałki Gap, Belarus and Greenland, with geodesic weapon-range rings.</source>
        <translation>Obwód królewiecki, przesmyk suwalski, Białoruś i Grenlandia wraz z geodezyjnymi okręgami zasięgu uzbrojenia.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Adnotacje</translation>
    </message>
    <message>
        <source>drawn in this briefing</source>
        <translation>narysowane w tej odprawie</translation>
    </message>
    <message>
        <source>Markers, lines, areas and labels drawn in this briefing.</source>
        <translation>Znaczniki, linie, obszary i etykiety narysowane w tej odprawie.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Czcionka</translation>
    </message>
    <message>
        <source>JavaScript library</source>
        <translation>Biblioteka JavaScript</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Środowisko uruchomieniowe</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} nie jest żadną z wartości: {allowed}</translation>
    </message>
    <message>
        <source>{name} is not a file name relative to the app&apos;s folder</source>
        <translation>{name} nie jest nazwą pliku względną wobec folderu aplikacji</translation>
    </message>
    <message>
        <source>there is no text {name} in &quot;texts&quot;</source>
        <translation>brak tekstu {name} w „texts”</translation>
    </message>
    <message>
        <source>not a regular expression ({reason})</source>
        <translation>nieprawidłowe wyrażenie regularne ({reason})</translation>
    </message>
    <message>
        <source>the expression needs a group: the text it takes</source>
        <translation>wyrażenie wymaga grupy: wyodrębnianego tekstu</translation>
    </message>
    <message>
        <source>a field is a key, or keys joined by dots</source>
        <translation>pole to klucz lub klucze połączone kropkami</translation>
    </message>
    <message>
        <source>a part is a text or an object with one of: shared, runtime, file, match and in, bullets and in, field and in (and default); found {keys}</source>
        <translation>część to tekst lub obiekt z jednym z zestawów: shared, runtime, file, match i in, bullets i in, field i in (oraz default); znaleziono {keys}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>({file} is missing from this installation)</source>
        <translation>(w tej instalacji brak pliku {file})</translation>
    </message>
</context>
<context>
    <name>Location precision</name>
    <message>
        <source>site</source>
        <translation>dokładna lokalizacja</translation>
    </message>
    <message>
        <source>town</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>lokalizacja przybliżona</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Folder dziennika: {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Map stopped</source>
        <translation>Mapa zatrzymana</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Move the pointer over the map</source>
        <translation>Przesuń wskaźnik nad mapę</translation>
    </message>
    <message>
        <source>The date the briefing describes</source>
        <translation>Data, której dotyczy odprawa</translation>
    </message>
    <message>
        <source>Data corrections not used</source>
        <translation>Nie użyto poprawek danych</translation>
    </message>
    <message>
        <source>{name} (as of {date})</source>
        <translation>{name} (stan na {date})</translation>
    </message>
    <message>
        <source>Not drawn, no sourced location: {names}</source>
        <translation>Nie narysowano, brak źródłowej lokalizacji: {names}</translation>
    </message>
    <message>
        <source>As of {date} · slide “{title}”</source>
        <translation>Stan na {date} · slajd „{title}”</translation>
    </message>
    <message>
        <source>As of {date} · working map</source>
        <translation>Stan na {date} · mapa robocza</translation>
    </message>
    <message>
        <source>Layer “{layer}”: {count} features drawn</source>
        <translation>Warstwa „{layer}”: narysowano obiektów: {count}</translation>
    </message>
    <message>
        <source>Map layer failed</source>
        <translation>Błąd warstwy mapy</translation>
    </message>
    <message>
        <source>The layer “{layer}” could not be drawn: {message}</source>
        <translation>Nie można narysować warstwy „{layer}”: {message}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Pokaż lub ukryj legendę</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slajdy</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
    <message>
        <source>Source: {source} (as of {date})</source>
        <translation>Źródło: {source} (stan na {date})</translation>
    </message>
    <message>
        <source>Briefing map</source>
        <translation>Mapa odprawy</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map stopped {count} times within {seconds} seconds and is not restarted again. The briefing is unchanged: save it and restart the app.</source>
        <translation>Mapa zatrzymała się {count} razy w ciągu {seconds} s i nie zostanie ponownie uruchomiona. Odprawa nie uległa zmianie: proszę ją zapisać i ponownie uruchomić aplikację.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Data corrections folder: {folder}</source>
        <translation>Folder korekt danych: {folder}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>Start an empty briefing</source>
        <translation>Rozpocznij pustą odprawę</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>Otwórz plik odprawy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Zapisz odprawę</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Save the briefing under a new name</source>
        <translation>Zapisz odprawę pod nową nazwą</translation>
    </message>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>&amp;Importuj warstwę…</translation>
    </message>
    <message>
        <source>Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file as a layer (or drop the file on the window)</source>
        <translation>Dodaj plik GeoJSON, KML/KMZ, Shapefile, GeoPackage lub CSV jako warstwę (albo upuść plik na okno)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj do &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF to hand out</source>
        <translation>Zapisz odprawę jako plik PDF do rozdania</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Eksportuj do &amp;HTML…</translation>
    </message>
    <message>
        <source>Write the briefing as one interactive HTML file that works offline</source>
        <translation>Zapisz odprawę jako jeden interaktywny plik HTML działający bez dostępu do sieci</translation>
    </message>
    <message>
        <source>Export Power&amp;Point…</source>
        <translation>Eksportuj do Powe&amp;rPoint…</translation>
    </message>
    <message>
        <source>Save the briefing as a PowerPoint deck</source>
        <translation>Zapisz odprawę jako prezentację PowerPoint</translation>
    </message>
    <message>
        <source>Export Slide &amp;Image…</source>
        <translation>Eksportuj obraz &amp;slajdu…</translation>
    </message>
    <message>
        <source>Save the map as shown as a PNG picture or a one-page vector PDF</source>
        <translation>Zapisz wyświetlaną mapę jako obraz PNG lub jednostronicowy wektorowy plik PDF</translation>
    </message>
    <message>
        <source>Export &amp;Replay…</source>
        <translation>Eksportuj &amp;animację…</translation>
    </message>
    <message>
        <source>Save a grouping&apos;s membership between two dates as an animated GIF (or MP4)</source>
        <translation>Zapisz członkostwo ugrupowania między dwiema datami jako animowany GIF (lub MP4)</translation>
    </message>
    <message>
        <source>As &amp;GeoJSON…</source>
        <translation>Jako &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Write the annotations as GeoJSON (QGIS, web maps)</source>
        <translation>Zapisz adnotacje jako GeoJSON (QGIS, mapy internetowe)</translation>
    </message>
    <message>
        <source>As &amp;KML…</source>
        <translation>Jako &amp;KML…</translation>
    </message>
    <message>
        <source>Write the annotations as KML (Google Earth, TAK)</source>
        <translation>Zapisz adnotacje jako KML (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <source>Print the handout (the PDF&apos;s pages), with a preview</source>
        <translation>Drukuj materiał do rozdania (strony pliku PDF) z podglądem</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>Close Briefing App</source>
        <translation>Zamknij aplikację Briefing App</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Ponów cofniętą zmianę</translation>
    </message>
    <message>
        <source>Cu&amp;t Annotation</source>
        <translation>Wy&amp;tnij adnotację</translation>
    </message>
    <message>
        <source>Cut the selected annotations</source>
        <translation>Wytnij zaznaczone adnotacje</translation>
    </message>
    <message>
        <source>&amp;Copy Annotation</source>
        <translation>&amp;Kopiuj adnotację</translation>
    </message>
    <message>
        <source>Copy the selected annotations</source>
        <translation>Kopiuj zaznaczone adnotacje</translation>
    </message>
    <message>
        <source>&amp;Paste Annotation</source>
        <translation>Wk&amp;lej adnotację</translation>
    </message>
    <message>
        <source>Paste annotations (also GeoJSON text)</source>
        <translation>Wklej adnotacje (również tekst GeoJSON)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Annotation</source>
        <translation>Po&amp;wiel adnotację</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations</source>
        <translation>Powiel zaznaczone adnotacje</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Usuń adnotację</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Usuń zaznaczone adnotacje</translation>
    </message>
    <message>
        <source>Select &amp;All Annotations</source>
        <translation>&amp;Zaznacz wszystkie adnotacje</translation>
    </message>
    <message>
        <source>Select every annotation</source>
        <translation>Zaznacz wszystkie adnotacje</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopiuj &amp;mapę</translation>
    </message>
    <message>
        <source>Copy the map as shown, with its legend, scale bar and marking, as a picture</source>
        <translation>Kopiuj wyświetlaną mapę wraz z legendą, podziałką i klauzulą jako obraz</translation>
    </message>
    <message>
        <source>New &amp;Grouping…</source>
        <translation>Nowe u&amp;grupowanie…</translation>
    </message>
    <message>
        <source>Build a custom grouping of countries</source>
        <translation>Utwórz własne ugrupowanie państw</translation>
    </message>
    <message>
        <source>Briefing &amp;Properties…</source>
        <translation>Właściwości &amp;odprawy…</translation>
    </message>
    <message>
        <source>Title, classification marking, as-of date, author</source>
        <translation>Tytuł, klauzula, data stanu, autor</translation>
    </message>
    <message>
        <source>&amp;Home View</source>
        <translation>Widok &amp;początkowy</translation>
    </message>
    <message>
        <source>Return to the briefing&apos;s saved map view</source>
        <translation>Wróć do zapisanego widoku mapy odprawy</translation>
    </message>
    <message>
        <source>Every source and as-of date of what is on the map</source>
        <translation>Wszystkie źródła i daty stanu danych widocznych na mapie</translation>
    </message>
    <message>
        <source>Members, population, GDP, defence spending of a grouping</source>
        <translation>Członkowie, ludność, PKB i wydatki na obronność ugrupowania</translation>
    </message>
    <message>
        <source>&amp;Finish Shape</source>
        <translation>Zakończ &amp;kształt</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn (Enter)</source>
        <translation>Zakończ rysowaną linię lub obszar (Enter)</translation>
    </message>
    <message>
        <source>Stop Drawing / Clear Selection</source>
        <translation>Przerwij rysowanie / Wyczyść zaznaczenie</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection (Esc)</source>
        <translation>Przerwij rysowanie; ponowne naciśnięcie Esc czyści zaznaczenie (Esc)</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn</source>
        <translation>Zakończ rysowaną linię lub obszar</translation>
    </message>
    <message>
        <source>Cancel / Select Tool</source>
        <translation>Anuluj / Narzędzie zaznaczania</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection</source>
        <translation>Przerwij rysowanie; ponowne naciśnięcie Esc czyści zaznaczenie</translation>
    </message>
    <message>
        <source>Place at &amp;Coordinates…</source>
        <translation>Umi&amp;eść według współrzędnych…</translation>
    </message>
    <message>
        <source>Place a marker, unit symbol or text where typed coordinates say (decimal, DMS, MGRS)</source>
        <translation>Umieść znacznik, symbol jednostki lub tekst we wpisanych współrzędnych (dziesiętnych, DMS, MGRS)</translation>
    </message>
    <message>
        <source>&amp;Add Slide from Current Map</source>
        <translation>&amp;Dodaj slajd z bieżącej mapy</translation>
    </message>
    <message>
        <source>Add a slide with the current view, layers and date</source>
        <translation>Dodaj slajd z bieżącym widokiem, warstwami i datą</translation>
    </message>
    <message>
        <source>&amp;Present from Selected Slide</source>
        <translation>&amp;Prezentuj od zaznaczonego slajdu</translation>
    </message>
    <message>
        <source>Full-screen presentation; Esc to leave</source>
        <translation>Prezentacja na pełnym ekranie; Esc kończy</translation>
    </message>
    <message>
        <source>Present from &amp;Start</source>
        <translation>Prezentuj od począ&amp;tku</translation>
    </message>
    <message>
        <source>Full-screen presentation from the first slide</source>
        <translation>Prezentacja na pełnym ekranie od pierwszego slajdu</translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Przewodnik powitalny</translation>
    </message>
    <message>
        <source>Where layers, drawing tools, slides and export are</source>
        <translation>Gdzie znajdują się warstwy, narzędzia rysowania, slajdy i eksport</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Every menu entry and key, to search, copy or print</source>
        <translation>Wszystkie polecenia menu i klawisze — do wyszukania, skopiowania lub wydrukowania</translation>
    </message>
    <message>
        <source>Open &amp;Data Corrections Folder</source>
        <translation>Otwórz folder &amp;korekt danych</translation>
    </message>
    <message>
        <source>Files here correct or extend the built-in memberships, deployments and flashpoints (see geodata/README.md)</source>
        <translation>Pliki w tym folderze korygują lub uzupełniają wbudowane dane o członkostwie, rozmieszczeniu sił i punktach zapalnych (zob. geodata/README.md)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <source>The app&apos;s log files, to send with a problem report</source>
        <translation>Pliki dziennika aplikacji do dołączenia do zgłoszenia problemu</translation>
    </message>
    <message>
        <source>&amp;About Briefing App</source>
        <translation>&amp;O aplikacji Briefing App</translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation>Wersja, źródła danych i licencje</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Rysowanie</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Slajdy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio &amp;używane</translation>
    </message>
    <message>
        <source>Export &amp;Annotations</source>
        <translation>Eksportuj a&amp;dnotacje</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>OGRReader</name>
    <message>
        <source>GDAL does not recognise the format; is the file damaged?</source>
        <translation>GDAL nie rozpoznaje formatu; czy plik nie jest uszkodzony?</translation>
    </message>
    <message>
        <source>cannot be read as {what} ({error})</source>
        <translation>nie można odczytać jako {what} ({error})</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; has {count} features; a briefing can embed at most {limit}</source>
        <translation>warstwa „{layer}” zawiera obiekty w liczbie {count}; odprawa może zawierać najwyżej {limit}</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; names no coordinate system (is the .prj file missing?) and its coordinates are not longitude/latitude</source>
        <translation>warstwa „{layer}” nie wskazuje układu współrzędnych (czy brakuje pliku .prj?), a jej współrzędne nie są długością/szerokością geograficzną</translation>
    </message>
    <message>
        <source>a GeoPackage</source>
        <translation>plik GeoPackage</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; takes longer than {seconds} s to count its features (an endless query in a view?); refused</source>
        <translation>liczenie obiektów warstwy „{layer}” trwa dłużej niż {seconds} s (niekończące się zapytanie w widoku?); odrzucono</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; cannot be read ({error})</source>
        <translation>nie można odczytać warstwy „{layer}” ({error})</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>the attribute table</source>
        <translation>tabela atrybutów</translation>
    </message>
    <message>
        <source>is missing its {suffix} file ({role}); a Shapefile is several files: copy {file} next to it, or import the .zip that holds them all</source>
        <translation>brak pliku {suffix} ({role}); Shapefile składa się z kilku plików: skopiuj {file} obok niego lub zaimportuj plik .zip zawierający je wszystkie</translation>
    </message>
    <message>
        <source>with its .shx and .dbf is {size}; imported files are limited to {limit}</source>
        <translation>razem z plikami .shx i .dbf ma rozmiar {size}; limit dla importowanych plików wynosi {limit}</translation>
    </message>
    <message>
        <source>an ESRI Shapefile</source>
        <translation>plik ESRI Shapefile</translation>
    </message>
    <message>
        <source>is a zip archive without a Shapefile (.shp) in it</source>
        <translation>jest archiwum zip bez pliku Shapefile (.shp)</translation>
    </message>
    <message>
        <source>holds &quot;{file}&quot; without its {suffix} file</source>
        <translation>zawiera „{file}” bez pliku {suffix}</translation>
    </message>
    <message>
        <source>a Shapefile (&quot;{layer}&quot;)</source>
        <translation>plik Shapefile („{layer}”)</translation>
    </message>
    <message>
        <source>is a GeoPackage without any layer that has geometries</source>
        <translation>jest plikiem GeoPackage bez żadnej warstwy z geometriami</translation>
    </message>
    <message>
        <source>a GeoPackage (layer &quot;{layer}&quot;)</source>
        <translation>plik GeoPackage (warstwa „{layer}”)</translation>
    </message>
    <message>
        <source>has no layer &quot;{layer}&quot;; its layers are: {layers}</source>
        <translation>nie ma warstwy „{layer}”; jego warstwy to: {layers}</translation>
    </message>
</context>
<context>
    <name>Occupation status</name>
    <message>
        <source>occupied</source>
        <translation>okupowane</translation>
    </message>
    <message>
        <source>claimed annexation</source>
        <translation>ogłoszona aneksja</translation>
    </message>
</context>
<context>
    <name>PdfAppendix</name>
    <message>
        <source>Appendix</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>Members of {grouping} on {date} ({count})</source>
        <translation>{grouping} — członkowie na dzień {date} ({count})</translation>
    </message>
    <message>
        <source>custom grouping in this briefing</source>
        <translation>ugrupowanie własne w tej odprawie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Członek od</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Deployments on the maps</source>
        <translation>Rozmieszczenie sił na mapach</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Rozmieszczenie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Państwo-gospodarz</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Państwo ramowe</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Flashpoints and ranges on the maps</source>
        <translation>Punkty zapalne i zasięgi na mapach</translation>
    </message>
    <message>
        <source>No sourced location: not drawn.</source>
        <translation>Brak lokalizacji potwierdzonej źródłem: nie naniesiono.</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Punkt zapalny</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Figures of {grouping} on {date}</source>
        <translation>{grouping} — dane liczbowe na dzień {date}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Coverage, source and year</source>
        <translation>Zakres danych, źródło i rok</translation>
    </message>
</context>
<context>
    <name>PdfCover</name>
    <message>
        <source>Cover</source>
        <translation>Strona tytułowa</translation>
    </message>
    <message>
        <source>Security briefing as of {date}</source>
        <translation>Odprawa dotycząca bezpieczeństwa — stan na {date}</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
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
        <translation>{paper} ({size}, powiększony format {base})</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Pozioma</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowa</translation>
    </message>
    <message>
        <source>Appendix: members, deployments and flashpoints with sources</source>
        <translation>Załącznik: członkowie, rozmieszczenie sił i punkty zapalne wraz ze źródłami</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientacja:</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Scale at map centre</source>
        <translation>Skala w środku mapy</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Talking points, continued</source>
        <translation>Tezy do wystąpienia (cd.)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Tezy do wystąpienia</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Ciąg dalszy na następnej stronie.</translation>
    </message>
    <message>
        <source>Talking points: on the next page.</source>
        <translation>Tezy do wystąpienia: na następnej stronie.</translation>
    </message>
    <message>
        <source>Legend continued on the next page.</source>
        <translation>Ciąg dalszy legendy na następnej stronie.</translation>
    </message>
    <message>
        <source>Legend, continued</source>
        <translation>Legenda (cd.)</translation>
    </message>
    <message>
        <source>Locator: the map&apos;s extent</source>
        <translation>Mapa orientacyjna: obszar mapy</translation>
    </message>
</context>
<context>
    <name>PdfSources</name>
    <message>
        <source>Basemap</source>
        <translation>Mapa podkładowa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>full list p. {page}</source>
        <translation>pełny wykaz s. {page}</translation>
    </message>
    <message>
        <source>{sources} ({list}): </source>
        <translation>{sources} ({list}): </translation>
    </message>
    <message>
        <source>Each map page cites its sources by these numbers.</source>
        <translation>Na każdej stronie z mapą źródła są przywoływane za pomocą tych numerów.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(stan na {date})</translation>
    </message>
</context>
<context>
    <name>PlaceAtCoordinates</name>
    <message>
        <source>Marker</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Symbol jednostki</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Etykieta tekstowa</translation>
    </message>
    <message>
        <source>Place at Coordinates</source>
        <translation>Umieść według współrzędnych</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>{decimal}  or  {mgrs}</source>
        <translation>{decimal}  lub  {mgrs}</translation>
    </message>
    <message>
        <source>Decimal degrees, degrees-minutes-seconds or MGRS: {examples}</source>
        <translation>Stopnie dziesiętne, stopnie-minuty-sekundy lub MGRS: {examples}</translation>
    </message>
    <message>
        <source>What the position was read as</source>
        <translation>Jak odczytano położenie</translation>
    </message>
    <message>
        <source>What to place</source>
        <translation>Co umieścić</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Shown on the map (optional)</source>
        <translation>Wyświetlana na mapie (opcjonalnie)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Umieść</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Położenie:</translation>
    </message>
    <message>
        <source>&amp;Place a:</source>
        <translation>&amp;Umieść:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etykieta:</translation>
    </message>
    <message>
        <source>Type a position, e.g. {examples}</source>
        <translation>Wpisz położenie, np. {examples}</translation>
    </message>
    <message>
        <source>Read as {readings}</source>
        <translation>Odczytano jako {readings}</translation>
    </message>
    <message>
        <source>A text label needs its words.</source>
        <translation>Etykieta tekstowa wymaga tekstu.</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>Made with Briefing App</source>
        <translation>Przygotowano w aplikacji Briefing App</translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation>Odprawa bez tytułu</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Slajd bez tytułu</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Map: {title}, as of {date}</source>
        <translation>Mapa: {title}, stan na {date}</translation>
    </message>
    <message>
        <source>Custom grouping in this briefing</source>
        <translation>Ugrupowanie własne w tej odprawie</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>Animacja: {title}</translation>
    </message>
    <message>
        <source>Animated map: {title}, one frame per change of membership</source>
        <translation>Animowana mapa: {title}, jedna klatka na każdą zmianę członkostwa</translation>
    </message>
    <message>
        <source>The picture plays in the slide show (an animated GIF); one frame per day the membership changed, each dated.</source>
        <translation>Obraz jest odtwarzany w pokazie slajdów (animowany GIF); jedna klatka na każdy dzień, w którym zmieniło się członkostwo, każda opatrzona datą.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next slide</source>
        <translation>Następny slajd</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Poprzedni slajd</translation>
    </message>
    <message>
        <source>After the last slide: the end screen (Previous goes back)</source>
        <translation>Po ostatnim slajdzie: ekran końcowy (klawisz „Poprzedni” cofa)</translation>
    </message>
    <message>
        <source>Next on the last slide</source>
        <translation>Dalej na ostatnim slajdzie</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Pierwszy slajd</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Ostatni slajd</translation>
    </message>
    <message>
        <source>Go to slide number</source>
        <translation>Przejdź do slajdu o numerze</translation>
    </message>
    <message>
        <source>digits, then Enter</source>
        <translation>cyfry, następnie Enter</translation>
    </message>
    <message>
        <source>Black screen (again to go back)</source>
        <translation>Czarny ekran (ponownie, aby wrócić)</translation>
    </message>
    <message>
        <source>White screen (again to go back)</source>
        <translation>Biały ekran (ponownie, aby wrócić)</translation>
    </message>
    <message>
        <source>Pen on / off</source>
        <translation>Włącz / wyłącz pisak</translation>
    </message>
    <message>
        <source>Erase the pen strokes</source>
        <translation>Wymaż rysunki odręczne</translation>
    </message>
    <message>
        <source>Keep the pen strokes as annotations</source>
        <translation>Zachowaj rysunki odręczne jako adnotacje</translation>
    </message>
    <message>
        <source>Show or hide the notes (without a presenter screen)</source>
        <translation>Pokaż lub ukryj notatki (bez ekranu prelegenta)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Zakończ prezentację</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Koniec odprawy</translation>
    </message>
    <message>
        <source>Esc to leave  ·  ← to go back</source>
        <translation>Esc — wyjście  ·  ← — powrót</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(brak notatek)</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — prezentacja</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Tytuł slajdu</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Koniec prezentacji</translation>
    </message>
    <message>
        <source>Go to slide {number}…</source>
        <translation>Przejdź do slajdu {number}…</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Czarny ekran</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Biały ekran</translation>
    </message>
    <message>
        <source>Pen on</source>
        <translation>Pisak włączony</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Widok prelegenta</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Numer slajdu</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Czas od rozpoczęcia</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Bieżący slajd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Następny slajd</translation>
    </message>
    <message>
        <source>→ / PgDn / Space  next (then the end screen)
← / PgUp  previous
Home / End  first / last
number + Enter  go to slide
B / .  black   W  white
P  pen   E  erase   K  keep
Esc  end the presentation</source>
        <translation>→ / PgDn / Space  dalej (potem ekran końcowy)
← / PgUp  wstecz
Home / End  pierwszy / ostatni
numer + Enter  przejście do slajdu
B / .  czarny   W  biały
P  pisak   E  wymaż   K  zachowaj
Esc  zakończenie prezentacji</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(brak notatek)</translation>
    </message>
    <message>
        <source>End of the briefing</source>
        <translation>Koniec odprawy</translation>
    </message>
    <message>
        <source>End  ({count} / {count} shown)</source>
        <translation>Koniec  (wyświetlono {count} / {count})</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Koniec odprawy</translation>
    </message>
    <message>
        <source>The audience sees the end screen.

← goes back to the last slide; Esc ends the presentation.</source>
        <translation>Widzowie widzą teraz ekran końcowy.

← wraca do ostatniego slajdu; Esc kończy prezentację.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Briefing properties</source>
        <translation>Właściwości odprawy</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Podtytuł:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Klauzula:</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Stan na:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>St&amp;reszczenie:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>nie można zapisać: {reason}</translation>
    </message>
    <message>
        <source>cannot be created: {reason}</source>
        <translation>nie można utworzyć: {reason}</translation>
    </message>
    <message>
        <source>recovery file</source>
        <translation>plik odzyskiwania</translation>
    </message>
    <message>
        <source>is not a Briefing App recovery file</source>
        <translation>nie jest plikiem odzyskiwania Briefing App</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie można odczytać</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the replay ends ({end}) before it starts ({start})</source>
        <translation>animacja kończy się ({end}) przed swoim początkiem ({start})</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay</source>
        <translation>brak ugrupowania {grouping} do animacji</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay; choose one of: {known}</source>
        <translation>brak ugrupowania {grouping} do animacji; wybierz jedno z: {known}</translation>
    </message>
    <message>
        <source>{text}: expected GROUPING, GROUPING:FROM or GROUPING:FROM:TO</source>
        <translation>{text}: oczekiwano GROUPING, GROUPING:FROM lub GROUPING:FROM:TO (ugrupowanie, data od, data do)</translation>
    </message>
    <message>
        <source>{text}: dates are written YYYY-MM-DD</source>
        <translation>{text}: daty zapisuje się w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{grouping}, {start} to {end}</source>
        <translation>{grouping}, od {start} do {end}</translation>
    </message>
    <message>
        <source>a replay is written as {gif} or {mp4}</source>
        <translation>animację zapisuje się jako {gif} lub {mp4}</translation>
    </message>
    <message>
        <source>no MP4 encoder (ffmpeg) is installed here; export the replay as a GIF, or install ffmpeg or the imageio-ffmpeg package</source>
        <translation>nie zainstalowano kodera MP4 (ffmpeg); wyeksportuj animację jako GIF albo zainstaluj ffmpeg lub pakiet imageio-ffmpeg</translation>
    </message>
    <message>
        <source>the MP4 encoder failed: {reason}</source>
        <translation>błąd kodera MP4: {reason}</translation>
    </message>
    <message>
        <source>the MP4 encoder could not run: {reason}</source>
        <translation>nie udało się uruchomić kodera MP4: {reason}</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>1280 × 720 (for slides and e-mail)</source>
        <translation>1280 × 720 (do slajdów i poczty e-mail)</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Eksport animacji</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Ugrupowanie:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>The replay must end on or after the day it starts.</source>
        <translation>Animacja musi się kończyć w dniu rozpoczęcia lub później.</translation>
    </message>
    <message>
        <source>A custom grouping has no dates: the replay shows its members unchanged.</source>
        <translation>Ugrupowanie własne nie ma dat: animacja pokazuje jego członków bez zmian.</translation>
    </message>
    <message>
        <source>One frame per day the membership changed, each dated and marked.</source>
        <translation>Jedna klatka na każdy dzień, w którym zmieniło się członkostwo, każda opatrzona datą i klauzulą.</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>Membership</source>
        <translation>Członkostwo</translation>
    </message>
    <message>
        <source>{grouping} on {date}</source>
        <translation>{grouping} — stan na {date}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} i {second}</translation>
    </message>
    <message>
        <source>{first}, not {second}</source>
        <translation>{first}, ale nie {second}</translation>
    </message>
    <message>
        <source>{first} and {second} on {date}</source>
        <translation>{first} i {second} — stan na {date}</translation>
    </message>
    <message>
        <source>{grouping}: custom grouping in this briefing</source>
        <translation>{grouping}: ugrupowanie własne w tej odprawie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Państwo-gospodarz</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Państwo ramowe</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Państwa uczestniczące</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation>{place} ({precision})</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>{capital} ({distance} km)</source>
        <translation>{capital} ({distance} km)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{weapon}: {radius} km from {place}</source>
        <translation>{weapon} ({place}): {radius} km</translation>
    </message>
    <message>
        <source>{weapon} from {place}</source>
        <translation>{weapon} ({place})</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Promień</translation>
    </message>
    <message>
        <source>{radius} km (geodesic)</source>
        <translation>{radius} km (geodezyjnie)</translation>
    </message>
    <message>
        <source>Capitals within</source>
        <translation>Stolice w zasięgu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Długość (km)</translation>
    </message>
    <message>
        <source>Straight line (km)</source>
        <translation>W linii prostej (km)</translation>
    </message>
    <message>
        <source>Length source</source>
        <translation>Źródło długości</translation>
    </message>
    <message>
        <source>North-western tripoint</source>
        <translation>Trójstyk północno-zachodni</translation>
    </message>
    <message>
        <source>{distance} km</source>
        <translation>{distance} km</translation>
    </message>
    <message>
        <source>Along the border</source>
        <translation>Wzdłuż granicy</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>W linii prostej</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Punkt zapalny</translation>
    </message>
    <message>
        <source>Weapon range (geodesic)</source>
        <translation>Zasięg uzbrojenia (geodezyjnie)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Lokalizacja przybliżona</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Occupied by Russia</source>
        <translation>Okupowane przez Rosję</translation>
    </message>
    <message>
        <source>Claimed by Russia as annexed (not a front line)</source>
        <translation>Uznawane przez Rosję za anektowane (nie linia frontu)</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Kod symbolu</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Adnotacja</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>imported from {file} ({format}) on {date}</source>
        <translation>zaimportowano z pliku {file} ({format}) dnia {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n features.</source>
        <translation>
            <numerusform>%n obiekt.</numerusform>
            <numerusform>%n obiekty.</numerusform>
            <numerusform>%n obiektów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Państwo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Loading places…</source>
        <translation>Wczytywanie nazw miejsc…</translation>
    </message>
    <message>
        <source>No places found</source>
        <translation>Nie znaleziono miejsc</translation>
    </message>
    <message>
        <source>Search places (Ctrl+F)</source>
        <translation>Szukaj miejsc (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Szukaj miejsc</translation>
    </message>
    <message>
        <source>Find a country, capital, city, deployment or flashpoint and fly the map there; old and other spellings work too (Königsberg, Wilno, Lvov)</source>
        <translation>Znajdź państwo, stolicę, miasto, miejsce rozmieszczenia sił lub punkt zapalny i przejdź do niego na mapie; działają również dawne i inne pisownie nazw (Königsberg, Wilno, Lvov)</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Znalezione miejsca</translation>
    </message>
    <message>
        <source>Place search is unavailable: {reason}</source>
        <translation>Wyszukiwanie miejsc jest niedostępne: {reason}</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Slide {number}</source>
        <translation>Slajd {number}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Brak slajdów do prezentacji</translation>
    </message>
    <message>
        <source>This briefing has no slides yet: add one with Slides → Add Slide.</source>
        <translation>Ta odprawa nie zawiera jeszcze slajdów: proszę dodać slajd poleceniem Slajdy → Dodaj slajd z bieżącej mapy.</translation>
    </message>
</context>
<context>
    <name>SlideImage</name>
    <message>
        <source>Sources: {names}</source>
        <translation>Źródła: {names}</translation>
    </message>
    <message>
        <source>More in the handout&apos;s legend.</source>
        <translation>Więcej w legendzie materiału do rozdania.</translation>
    </message>
</context>
<context>
    <name>SlidesDock</name>
    <message>
        <source>Slides</source>
        <translation>Slajdy</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(zmieniony)</translation>
    </message>
    <message>
        <source>Working map</source>
        <translation>Mapa robocza</translation>
    </message>
    <message>
        <source>Show the working map: edits change it and no slide. With a slide shown, edits change that slide only (Esc in the list)</source>
        <translation>Pokaż mapę roboczą: zmiany dotyczą jej, a nie slajdów. Gdy wyświetlany jest slajd, zmiany dotyczą tylko tego slajdu (Esc na liście)</translation>
    </message>
    <message>
        <source>Click to show a slide; double-click or F2 to rename; drag to reorder</source>
        <translation>Kliknij, aby pokazać slajd; kliknij dwukrotnie lub naciśnij F2, aby zmienić nazwę; przeciągnij, aby zmienić kolejność</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add a slide from the current map (Ctrl+M)</source>
        <translation>Dodaj slajd z bieżącej mapy (Ctrl+M)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <source>Keep the selected slide as the map shows it: its view from the map, its changes accepted</source>
        <translation>Zapisz zaznaczony slajd w postaci widocznej na mapie: z bieżącym widokiem mapy i zaakceptowanymi zmianami</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Put the selected slide back as it was before the changes marked in the list</source>
        <translation>Przywróć zaznaczony slajd do stanu sprzed zmian oznaczonych na liście</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
    <message>
        <source>Present from the selected slide (F5)</source>
        <translation>Prezentuj od zaznaczonego slajdu (F5)</translation>
    </message>
    <message>
        <source>Talking points (speaker notes):</source>
        <translation>Tezy do wystąpienia (notatki prelegenta):</translation>
    </message>
    <message>
        <source>Talking points of the selected slide</source>
        <translation>Tezy do wystąpienia dla zaznaczonego slajdu</translation>
    </message>
    <message>
        <source>What to say on this slide</source>
        <translation>Co powiedzieć przy tym slajdzie</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Slajd {number}: {title}</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Layer</source>
        <translation>Warstwa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Sources of what is on the map</source>
        <translation>Źródła danych widocznych na mapie</translation>
    </message>
</context>
<context>
    <name>Symbol affiliation</name>
    <message>
        <source>Friend</source>
        <translation>Swój</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Wrogi</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Assumed friend</source>
        <translation>Przypuszczalnie swój</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Podejrzany</translation>
    </message>
</context>
<context>
    <name>Symbol category</name>
    <message>
        <source>Manoeuvre</source>
        <translation>Manewr</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>Wsparcie ogniowe</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Ochrona</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Command and control</source>
        <translation>Dowodzenie i kierowanie</translation>
    </message>
    <message>
        <source>Aviation</source>
        <translation>Lotnictwo</translation>
    </message>
    <message>
        <source>Sustainment</source>
        <translation>Zabezpieczenie logistyczne</translation>
    </message>
    <message>
        <source>Land equipment</source>
        <translation>Sprzęt lądowy</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalacje</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Obiekty powietrzne</translation>
    </message>
    <message>
        <source>Maritime</source>
        <translation>Obiekty morskie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>Symbol echelon</name>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Team / crew</source>
        <translation>Zespół / załoga</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Drużyna</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Platoon / detachment</source>
        <translation>Pluton / oddział</translation>
    </message>
    <message>
        <source>Company / battery / troop</source>
        <translation>Kompania / bateria / szwadron</translation>
    </message>
    <message>
        <source>Battalion / squadron</source>
        <translation>Batalion / dywizjon</translation>
    </message>
    <message>
        <source>Regiment / group</source>
        <translation>Pułk / grupa</translation>
    </message>
    <message>
        <source>Brigade</source>
        <translation>Brygada</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Dywizja</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Army</source>
        <translation>Armia</translation>
    </message>
    <message>
        <source>Army group / front</source>
        <translation>Grupa armii / front</translation>
    </message>
    <message>
        <source>Region / theatre</source>
        <translation>Region / teatr działań</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <source>Choose unit symbol</source>
        <translation>Wybór symbolu jednostki</translation>
    </message>
    <message>
        <source>Choose an APP-6 unit symbol</source>
        <translation>Wybierz symbol jednostki APP-6</translation>
    </message>
    <message>
        <source>Search: tank, MLRS, Iskander, air defence…</source>
        <translation>Szukaj: czołg, WWR, Iskander, OPL…</translation>
    </message>
    <message>
        <source>Search symbol types</source>
        <translation>Szukaj typów symboli</translation>
    </message>
    <message>
        <source>Symbol types</source>
        <translation>Typy symboli</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Przynależność</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Dowództwo</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Dowództwo</translation>
    </message>
    <message>
        <source>&amp;Task force</source>
        <translation>&amp;Zgrupowanie zadaniowe</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Zgrupowanie zadaniowe</translation>
    </message>
    <message>
        <source>Preview of the symbol</source>
        <translation>Podgląd symbolu</translation>
    </message>
    <message>
        <source>Symbol code (20-digit APP-6D SIDC)</source>
        <translation>Kod symbolu (20-cyfrowy SIDC APP-6D)</translation>
    </message>
    <message>
        <source>Type or paste a 20-digit APP-6D code to set the choices from it</source>
        <translation>Wpisz lub wklej 20-cyfrowy kod APP-6D, aby ustawić na jego podstawie pozostałe pola</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Stan kodu</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Przynależność:</translation>
    </message>
    <message>
        <source>&amp;Echelon:</source>
        <translation>&amp;Szczebel:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Not in the list; kept as typed.</source>
        <translation>Brak na liście; zachowano w postaci wpisanej.</translation>
    </message>
    <message>
        <source>A valid symbol the choices here cannot express; kept as typed.</source>
        <translation>Prawidłowy symbol, którego nie można wyrazić dostępnymi tu opcjami; zachowano w postaci wpisanej.</translation>
    </message>
    <message>
        <source>Not a valid 20-digit APP-6D code.</source>
        <translation>To nie jest prawidłowy 20-cyfrowy kod APP-6D.</translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>Other symbol (set {set}, entity {entity})</source>
        <translation>Inny symbol (zestaw {set}, encja {entity})</translation>
    </message>
    <message>
        <source>Infantry</source>
        <translation>Piechota</translation>
    </message>
    <message>
        <source>Mechanized infantry</source>
        <translation>Piechota zmechanizowana</translation>
    </message>
    <message>
        <source>Motorized infantry</source>
        <translation>Piechota zmotoryzowana</translation>
    </message>
    <message>
        <source>Airborne infantry</source>
        <translation>Piechota powietrznodesantowa</translation>
    </message>
    <message>
        <source>Air assault</source>
        <translation>Jednostka desantowo-szturmowa</translation>
    </message>
    <message>
        <source>Marine / naval infantry</source>
        <translation>Piechota morska</translation>
    </message>
    <message>
        <source>Mountain infantry</source>
        <translation>Piechota górska</translation>
    </message>
    <message>
        <source>Armour</source>
        <translation>Wojska pancerne</translation>
    </message>
    <message>
        <source>Armoured reconnaissance</source>
        <translation>Rozpoznanie pancerne</translation>
    </message>
    <message>
        <source>Reconnaissance</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Anti-tank</source>
        <translation>Obrona przeciwpancerna</translation>
    </message>
    <message>
        <source>Combined arms</source>
        <translation>Połączone rodzaje wojsk</translation>
    </message>
    <message>
        <source>Special operations forces</source>
        <translation>Wojska specjalne</translation>
    </message>
    <message>
        <source>UAV unit (unmanned aircraft systems)</source>
        <translation>Pododdział BSP (bezzałogowe systemy powietrzne)</translation>
    </message>
    <message>
        <source>Field artillery</source>
        <translation>Artyleria polowa</translation>
    </message>
    <message>
        <source>Self-propelled artillery</source>
        <translation>Artyleria samobieżna</translation>
    </message>
    <message>
        <source>Rocket artillery (MLRS)</source>
        <translation>Artyleria rakietowa (WWR)</translation>
    </message>
    <message>
        <source>Mortar</source>
        <translation>Moździerze</translation>
    </message>
    <message>
        <source>Air defence</source>
        <translation>Obrona przeciwlotnicza</translation>
    </message>
    <message>
        <source>Air defence, missile</source>
        <translation>Obrona przeciwlotnicza, rakietowa</translation>
    </message>
    <message>
        <source>Missile (surface-to-surface)</source>
        <translation>Rakiety (ziemia-ziemia)</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Wojska inżynieryjne</translation>
    </message>
    <message>
        <source>Combat engineer</source>
        <translation>Saperzy</translation>
    </message>
    <message>
        <source>CBRN defence</source>
        <translation>Obrona przed zagrożeniami CBRN</translation>
    </message>
    <message>
        <source>Military police</source>
        <translation>Żandarmeria wojskowa</translation>
    </message>
    <message>
        <source>Explosive ordnance disposal</source>
        <translation>Unieszkodliwianie materiałów wybuchowych (EOD)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Ochrona</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Straż graniczna</translation>
    </message>
    <message>
        <source>Military intelligence</source>
        <translation>Wywiad wojskowy</translation>
    </message>
    <message>
        <source>Electronic warfare</source>
        <translation>Walka elektroniczna</translation>
    </message>
    <message>
        <source>Headquarters / command and control</source>
        <translation>Dowództwo / dowodzenie i kierowanie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Łączność</translation>
    </message>
    <message>
        <source>Civil-military cooperation (CIMIC)</source>
        <translation>Współpraca cywilno-wojskowa (CIMIC)</translation>
    </message>
    <message>
        <source>Psychological operations (MISO)</source>
        <translation>Operacje psychologiczne (MISO)</translation>
    </message>
    <message>
        <source>Aviation, rotary wing</source>
        <translation>Lotnictwo, śmigłowce</translation>
    </message>
    <message>
        <source>Attack helicopter</source>
        <translation>Śmigłowiec szturmowy</translation>
    </message>
    <message>
        <source>Aviation, fixed wing</source>
        <translation>Lotnictwo, samoloty</translation>
    </message>
    <message>
        <source>Logistics (combat service support)</source>
        <translation>Logistyka (zabezpieczenie logistyczne)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Zaopatrzenie</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Obsługa techniczna</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Zabezpieczenie medyczne</translation>
    </message>
    <message>
        <source>Medical treatment facility</source>
        <translation>Placówka medyczna</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Amunicja</translation>
    </message>
    <message>
        <source>Petroleum, oil and lubricants</source>
        <translation>Materiały pędne i smary (MPS)</translation>
    </message>
    <message>
        <source>Tank</source>
        <translation>Czołg</translation>
    </message>
    <message>
        <source>Multiple rocket launcher</source>
        <translation>Wieloprowadnicowa wyrzutnia rakiet</translation>
    </message>
    <message>
        <source>SRBM launcher (Iskander-class)</source>
        <translation>Wyrzutnia pocisków balistycznych krótkiego zasięgu (typu Iskander)</translation>
    </message>
    <message>
        <source>Surface-to-air missile launcher</source>
        <translation>Wyrzutnia rakiet ziemia-powietrze</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Baza wojskowa</translation>
    </message>
    <message>
        <source>Airfield / airport</source>
        <translation>Lotnisko / port lotniczy</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>Port morski</translation>
    </message>
    <message>
        <source>Nuclear power plant</source>
        <translation>Elektrownia jądrowa</translation>
    </message>
    <message>
        <source>Missile site</source>
        <translation>Stanowisko rakietowe</translation>
    </message>
    <message>
        <source>Military aircraft, fixed wing</source>
        <translation>Samolot wojskowy</translation>
    </message>
    <message>
        <source>Fighter aircraft</source>
        <translation>Samolot myśliwski</translation>
    </message>
    <message>
        <source>Military helicopter</source>
        <translation>Śmigłowiec wojskowy</translation>
    </message>
    <message>
        <source>Unmanned aerial vehicle (UAV)</source>
        <translation>Bezzałogowy statek powietrzny (BSP)</translation>
    </message>
    <message>
        <source>Surface combatant (warship)</source>
        <translation>Okręt nawodny (bojowy)</translation>
    </message>
    <message>
        <source>Frigate</source>
        <translation>Fregata</translation>
    </message>
    <message>
        <source>Corvette</source>
        <translation>Korweta</translation>
    </message>
    <message>
        <source>Submarine</source>
        <translation>Okręt podwodny</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>Show the window and the map in the Light theme</source>
        <translation>Pokaż okno i mapę w motywie jasnym</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>Show the window and the map in the Dark theme</source>
        <translation>Pokaż okno i mapę w motywie ciemnym</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Wysoki kontrast</translation>
    </message>
    <message>
        <source>Show the window and the map in the High Contrast theme</source>
        <translation>Pokaż okno i mapę w motywie o wysokim kontraście</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>The map shows the built-in briefing “European security landscape”: countries, alliance and coalition membership, Eastern-flank deployments and flashpoints.</source>
        <translation>Mapa przedstawia wbudowaną odprawę „European security landscape”: państwa, członkostwo w sojuszach i koalicjach, rozmieszczenie sił na wschodniej flance oraz punkty zapalne.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Warstwy</translation>
    </message>
    <message>
        <source>The Layers panel switches layers on and off, sets their opacity and colours countries by a grouping such as NATO or the EU; below it are the layer&apos;s source and as-of date.</source>
        <translation>Panel Warstwy włącza i wyłącza warstwy, ustawia ich krycie i koloruje państwa według ugrupowania, np. NATO lub EU; pod nim widać źródło warstwy i datę stanu.</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Ugrupowania</translation>
    </message>
    <message>
        <source>With the Membership layer selected, “Colour by” picks the grouping the map colours (EU, NATO, the Coalition of the Willing…) and “Compare with” a second one, so that both, either and neither stand apart. New grouping… builds your own from a list of countries or by clicking the map (Ctrl+G).</source>
        <translation>Gdy wybrana jest warstwa Członkostwo, pole „Koloruj według” wskazuje ugrupowanie, według którego mapa koloruje państwa (EU, NATO, Koalicja chętnych…), a pole „Porównaj z” — drugie ugrupowanie, tak aby wyróżnić państwa należące do obu, do jednego z nich i do żadnego. Przycisk „Nowe ugrupowanie…” tworzy własne ugrupowanie z listy państw lub przez klikanie na mapie (Ctrl+G).</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>The as-of bar sets the date the briefing describes. Drag the slider or pick a date: memberships, deployments and figures change to what was true then. Each slide keeps its own date.</source>
        <translation>Pasek daty stanu ustawia datę, której dotyczy odprawa. Proszę przeciągnąć suwak lub wybrać datę: członkostwo, rozmieszczenie sił i dane liczbowe zmieniają się zgodnie ze stanem na ten dzień. Każdy slajd zachowuje własną datę.</translation>
    </message>
    <message>
        <source>Grouping figures</source>
        <translation>Dane liczbowe ugrupowania</translation>
    </message>
    <message>
        <source>The Grouping figures panel (View menu) totals a grouping on that date: members, population, GDP, defence spending and personnel, each with its coverage and source, and a table by country to copy or save as CSV.</source>
        <translation>Panel „Dane liczbowe ugrupowania” (menu Widok) sumuje dane ugrupowania na ten dzień: członków, ludność, PKB, wydatki na obronność i liczebność sił zbrojnych, każdą pozycję z zakresem danych i źródłem, a także tabelę według państw do skopiowania lub zapisania jako CSV.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Rysowanie</translation>
    </message>
    <message>
        <source>The Draw tool bar places markers, unit symbols, arrows, lines, areas, range rings and labels on the map (keys {tool_keys}; Esc stops drawing). The Annotations panel lists what you drew: select an item there to change its label, colour or radius. Every edit can be undone with {undo_keys}.</source>
        <translation>Pasek narzędzi Rysowanie umieszcza na mapie znaczniki, symbole jednostek, strzałki, linie, obszary, okręgi zasięgu i etykiety (klawisze {tool_keys}; Esc przerywa rysowanie). Panel Adnotacje zawiera listę narysowanych obiektów: po zaznaczeniu pozycji można zmienić jej etykietę, kolor lub promień. Każdą zmianę można cofnąć klawiszami {undo_keys}.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slajdy</translation>
    </message>
    <message>
        <source>A slide remembers the map view, the layers and the date. Add one from the current map with Add in the Slides panel; write talking points under the list. Present ({present_keys}) shows the slides full screen with a clicker; Esc ends the presentation.</source>
        <translation>Slajd zapamiętuje widok mapy, warstwy i datę. Nowy slajd z bieżącej mapy dodaje przycisk „Dodaj” w panelu Slajdy; tezy do wystąpienia wpisuje się pod listą. Prezentacja ({present_keys}) pokazuje slajdy na pełnym ekranie z obsługą pilota; Esc kończy prezentację.</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Zapis i eksport</translation>
    </message>
    <message>
        <source>The File menu saves the briefing ({save_keys}) and exports it as a PDF to hand out ({pdf_keys}) or as one interactive HTML file that works offline ({html_keys}).</source>
        <translation>Menu Plik zapisuje odprawę ({save_keys}) i eksportuje ją jako plik PDF do rozdania ({pdf_keys}) lub jako jeden interaktywny plik HTML działający bez dostępu do sieci ({html_keys}).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Search places ({keys}): type a country, capital, city, deployment or flashpoint and press Enter to fly the map there.</source>
        <translation>Wyszukiwanie miejsc ({keys}): proszę wpisać nazwę państwa, stolicy, miasta, miejsca rozmieszczenia sił lub punktu zapalnego i nacisnąć Enter, aby przejść do niego na mapie.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every key; Help → Welcome Tour shows this tour again.</source>
        <translation>Pomoc → Skróty klawiaturowe zawiera wszystkie klawisze; Pomoc → Przewodnik powitalny ponownie wyświetla ten przewodnik.</translation>
    </message>
    <message>
        <source>Welcome tour</source>
        <translation>Przewodnik powitalny</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Tytuł kroku</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Treść kroku</translation>
    </message>
    <message>
        <source>Open the &amp;built-in briefing</source>
        <translation>Otwórz wbudowaną &amp;odprawę</translation>
    </message>
    <message>
        <source>Show the example briefing this tour describes (asks first if the open briefing has unsaved changes)</source>
        <translation>Pokaż przykładową odprawę opisaną w przewodniku (najpierw pyta, jeśli otwarta odprawa zawiera niezapisane zmiany)</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>Poprzedni krok (← lub Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Dalej ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>Następny krok (→ lub Page Down)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Zamknij przewodnik</translation>
    </message>
    <message>
        <source>Close the tour (Esc); Help → Welcome Tour shows it again</source>
        <translation>Zamknij przewodnik (Esc); Pomoc → Przewodnik powitalny wyświetla go ponownie</translation>
    </message>
    <message>
        <source>Welcome to Briefing App · step {number} of {count}</source>
        <translation>Witamy w aplikacji Briefing App · krok {number} z {count}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>is not a readable zip archive ({error})</source>
        <translation>nie jest czytelnym archiwum zip ({error})</translation>
    </message>
    <message>
        <source>holds {count} entries; at most {limit} are accepted</source>
        <translation>zawiera pozycje w liczbie {count}; dopuszczalne jest najwyżej {limit}</translation>
    </message>
    <message>
        <source>would unpack to {size}; at most {limit} are accepted</source>
        <translation>po rozpakowaniu miałoby rozmiar {size}; dopuszczalne jest najwyżej {limit}</translation>
    </message>
    <message>
        <source>holds the entry &quot;{entry}&quot;, whose name points outside the archive; refused</source>
        <translation>zawiera pozycję „{entry}”, której nazwa wskazuje poza archiwum; odrzucono</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; would inflate {ratio} times; refused as a possible zip bomb</source>
        <translation>pozycja „{entry}” zwiększyłaby rozmiar {ratio} razy; odrzucono jako możliwą bombę zip</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be opened ({error})</source>
        <translation>nie można otworzyć pozycji „{entry}” ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be unpacked ({error})</source>
        <translation>nie można rozpakować pozycji „{entry}” ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; is larger than its archive says; refused as a possible zip bomb</source>
        <translation>pozycja „{entry}” jest większa, niż podaje archiwum; odrzucono jako możliwą bombę zip</translation>
    </message>
</context>
</TS>

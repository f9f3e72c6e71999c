<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
</context>
<context>
    <name>Annotation kind</name>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Crayon</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Symbole d’unité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Circle / range ring</source>
        <translation>Cercle / portée</translation>
    </message>
    <message>
        <source>Pen stroke</source>
        <translation>Tracé au crayon</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>un repère</translation>
    </message>
    <message>
        <source>unit symbol</source>
        <translation>un symbole d’unité</translation>
    </message>
    <message>
        <source>text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>une flèche</translation>
    </message>
    <message>
        <source>line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>un polygone</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>un rectangle</translation>
    </message>
    <message>
        <source>circle / range ring</source>
        <translation>un cercle de portée</translation>
    </message>
    <message>
        <source>pen stroke</source>
        <translation>un tracé au crayon</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Continu</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Trait mixte</translation>
    </message>
    <message>
        <source>{kind}, {radius} km</source>
        <translation>{kind}, {radius}&#xa0;km</translation>
    </message>
    <message>
        <source>{kind} — {label}</source>
        <translation>{kind} — {label}</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Select to edit; Shift or Ctrl to select several</source>
        <translation>Sélectionnez pour modifier&#xa0;; Shift ou Ctrl pour en sélectionner plusieurs</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations (Ctrl+D)</source>
        <translation>Dupliquer les annotations sélectionnées (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Delete)</source>
        <translation>Supprimer les annotations sélectionnées (Delete)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Shown on the map</source>
        <translation>Affiché sur la carte</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shown when the annotation is clicked</source>
        <translation>Affichée lorsque l’on clique sur l’annotation</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Line and text colour</source>
        <translation>Couleur des traits et du texte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Modifier la couleur</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Épaisseur du trait</translation>
    </message>
    <message>
        <source>Change line width</source>
        <translation>Modifier l’épaisseur du trait</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>É&amp;paisseur du trait</translation>
    </message>
    <message>
        <source>Line style</source>
        <translation>Style de trait</translation>
    </message>
    <message>
        <source>Change line style</source>
        <translation>Modifier le style de trait</translation>
    </message>
    <message>
        <source>Line st&amp;yle</source>
        <translation>St&amp;yle de trait</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <source>Change fill colour</source>
        <translation>Modifier la couleur de fond</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Fond</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Opacité du fond</translation>
    </message>
    <message>
        <source>Change fill opacity</source>
        <translation>Modifier l’opacité du fond</translation>
    </message>
    <message>
        <source>Fill &amp;opacity</source>
        <translation>&amp;Opacité du fond</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Code du symbole</translation>
    </message>
    <message>
        <source>20-digit APP-6D symbol identification code</source>
        <translation>Code d’identification de symbole APP-6D à 20 chiffres</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose affiliation, echelon and type</source>
        <translation>Choisir l’affiliation, l’échelon et le type</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Symbole</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <source>Font size of the text on the map and in the exports (default {size} pt)</source>
        <translation>Taille de police du texte sur la carte et dans les exportations (par défaut&#xa0;: {size}&#xa0;pt)</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Radius in kilometres</source>
        <translation>Rayon en kilomètres</translation>
    </message>
    <message>
        <source>Geodesic radius of the ring</source>
        <translation>Rayon géodésique du cercle</translation>
    </message>
    <message>
        <source>&amp;Radius</source>
        <translation>&amp;Rayon</translation>
    </message>
    <message>
        <source>Slides this annotation appears on</source>
        <translation>Diapositives sur lesquelles figure cette annotation</translation>
    </message>
    <message>
        <source>Sl&amp;ides</source>
        <translation>D&amp;iapositives</translation>
    </message>
    <message>
        <source>Draw with the tools in the Draw tool bar, or select an annotation to edit it.</source>
        <translation>Dessinez avec les outils de la barre Dessin, ou sélectionnez une annotation pour la modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom ({dashes})</source>
        <translation>Personnalisé ({dashes})</translation>
    </message>
    <message>
        <source>No slides yet</source>
        <translation>Aucune diapositive pour l’instant</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>Modifier le symbole</translation>
    </message>
    <message>
        <source>Change radius</source>
        <translation>Modifier le rayon</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Select, move and reshape annotations</source>
        <translation>Sélectionner, déplacer et remodeler les annotations</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Repère</translation>
    </message>
    <message>
        <source>Place a marker: click on the map</source>
        <translation>Placer un repère&#xa0;: cliquez sur la carte</translation>
    </message>
    <message>
        <source>&amp;Unit Symbol</source>
        <translation>Symbole d’&amp;unité</translation>
    </message>
    <message>
        <source>Place an APP-6 unit symbol: choose it, then click</source>
        <translation>Placer un symbole d’unité APP-6&#xa0;: choisissez-le, puis cliquez</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Place a text label: click, then type</source>
        <translation>Placer une étiquette de texte&#xa0;: cliquez, puis saisissez le texte</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Flèche</translation>
    </message>
    <message>
        <source>Draw an arrow (a movement, an axis of advance): click the points, double-click or Enter to finish</source>
        <translation>Tracer une flèche (un mouvement, un axe de progression)&#xa0;: cliquez sur les points, double-cliquez ou appuyez sur Enter pour terminer</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>Draw a line: click the points, double-click or Enter to finish</source>
        <translation>Tracer une ligne&#xa0;: cliquez sur les points, double-cliquez ou appuyez sur Enter pour terminer</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygone</translation>
    </message>
    <message>
        <source>Draw an area: click the corners, click the first to close</source>
        <translation>Tracer une zone&#xa0;: cliquez sur les sommets, puis sur le premier pour la fermer</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>Re&amp;ctangle</translation>
    </message>
    <message>
        <source>Draw a rectangle: drag, or click two corners</source>
        <translation>Tracer un rectangle&#xa0;: faites glisser, ou cliquez sur deux coins opposés</translation>
    </message>
    <message>
        <source>&amp;Circle / Range Ring</source>
        <translation>C&amp;ercle / portée</translation>
    </message>
    <message>
        <source>Draw a geodesic ring: drag from the centre, or click the centre, then the radius (set it exactly in km in the panel)</source>
        <translation>Tracer un cercle géodésique&#xa0;: faites glisser depuis le centre, ou cliquez sur le centre, puis sur le rayon (réglez-le précisément en km dans le panneau)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesurer</translation>
    </message>
    <message>
        <source>Measure geodesic distance and bearing: click the points</source>
        <translation>Mesurer la distance géodésique et l’azimut&#xa0;: cliquez sur les points</translation>
    </message>
    <message>
        <source>Click where the marker goes. Esc to stop.</source>
        <translation>Cliquez à l’emplacement du repère. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click where the unit symbol goes. Esc to stop.</source>
        <translation>Cliquez à l’emplacement du symbole d’unité. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click where the text goes, then type it. Esc to stop.</source>
        <translation>Cliquez à l’emplacement du texte, puis saisissez-le. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click the points of the arrow; double-click or Enter to finish. Esc to stop.</source>
        <translation>Cliquez sur les points de la flèche&#xa0;; double-cliquez ou appuyez sur Enter pour terminer. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click the points of the line; double-click or Enter to finish. Esc to stop.</source>
        <translation>Cliquez sur les points de la ligne&#xa0;; double-cliquez ou appuyez sur Enter pour terminer. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click the corners; click the first corner to close the area. Esc to stop.</source>
        <translation>Cliquez sur les sommets&#xa0;; cliquez sur le premier sommet pour fermer la zone. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Drag from corner to corner, or click two corners. Esc to stop.</source>
        <translation>Faites glisser d’un coin à l’autre, ou cliquez sur deux coins. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Press at the centre and drag to the radius, or click the centre, then click the radius. Esc to stop.</source>
        <translation>Appuyez au centre et faites glisser jusqu’au rayon voulu, ou cliquez sur le centre, puis sur le rayon. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click or Enter to finish. Esc to stop.</source>
        <translation>Cliquez sur les points à mesurer&#xa0;; double-cliquez ou appuyez sur Enter pour terminer. Esc pour arrêter.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>{tip}; Esc to stop</source>
        <translation>{tip}&#xa0;; Esc pour arrêter</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Étiquette de texte</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Draw {kind}</source>
        <translation>Tracer {kind}</translation>
    </message>
    <message>
        <source>Place {kind} at coordinates</source>
        <translation>Placer {kind} aux coordonnées</translation>
    </message>
    <message>
        <source>Move {kind}</source>
        <translation>Déplacer {kind}</translation>
    </message>
    <message>
        <source>Reshape {kind}</source>
        <translation>Remodeler {kind}</translation>
    </message>
    <message>
        <source>Measured: {distance}</source>
        <translation>Mesure&#xa0;: {distance}</translation>
    </message>
    <message>
        <source>Change symbol</source>
        <translation>Modifier le symbole</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>Supprimer %n annotation</numerusform>
            <numerusform>Supprimer %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate annotation</source>
        <translation>Dupliquer l’annotation</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n annotation(s)</source>
        <translation>
            <numerusform>%n annotation copiée</numerusform>
            <numerusform>%n annotations copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no annotations or GeoJSON features</source>
        <translation>Le presse-papiers ne contient ni annotation ni entité GeoJSON</translation>
    </message>
    <message>
        <source>Paste annotation</source>
        <translation>Coller l’annotation</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open briefing</source>
        <translation>Impossible d’ouvrir l’exposé</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> État au&#xa0;: </translation>
    </message>
    <message>
        <source>As-of date slider</source>
        <translation>Curseur de date de situation</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Date de situation</translation>
    </message>
    <message>
        <source>The date the map shows memberships and occupied areas for</source>
        <translation>Date pour laquelle la carte affiche les appartenances et les zones occupées</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Unsaved changes cannot be backed up: {error}</source>
        <translation>Les modifications non enregistrées ne peuvent pas être sauvegardées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>{file} ({when}): cannot be restored — {problem}</source>
        <translation>{file} ({when})&#xa0;: restauration impossible — {problem}</translation>
    </message>
    <message>
        <source>the built-in briefing, never saved</source>
        <translation>l’exposé intégré, jamais enregistré</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>Changes of {when}: “{title}”</source>
        <translation>Modifications du {when}&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Restore unsaved briefings</source>
        <translation>Restaurer les exposés non enregistrés</translation>
    </message>
    <message>
        <source>Briefing App did not close properly. These briefings had changes that were not saved:</source>
        <translation>Briefing App ne s’est pas fermée correctement. Les exposés suivants comportaient des modifications non enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Later keeps the files; you are asked again at the next start.</source>
        <translation>«&#xa0;Plus tard&#xa0;» conserve les fichiers&#xa0;; la question vous sera reposée au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Delete the recovery file of {recovery}? These changes cannot be restored afterwards.</source>
        <translation>Supprimer le fichier de récupération de {recovery}&#xa0;? Ces modifications ne pourront plus être restaurées.</translation>
    </message>
    <message>
        <source>Cannot restore briefing</source>
        <translation>Impossible de restaurer l’exposé</translation>
    </message>
    <message>
        <source>Restored unsaved changes: {recovery}</source>
        <translation>Modifications non enregistrées restaurées&#xa0;: {recovery}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“{name}” changed on disk since you opened it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Overwrite replaces those changes with yours (the file on disk is kept as {backup}). Save As… keeps both.</source>
        <translation>«&#xa0;Écraser&#xa0;» remplace ces modifications par les vôtres (le fichier sur le disque est conservé sous {backup}). «&#xa0;Enregistrer sous…&#xa0;» conserve les deux.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Exposés</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Enregistrer l’exposé sous</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Classification marking</source>
        <translation>Marquage de classification</translation>
    </message>
</context>
<context>
    <name>CSVReader</name>
    <message>
        <source>contains NUL bytes, so it is binary data, not CSV text</source>
        <translation>contient des octets NUL&#xa0;: ce sont des données binaires, pas du texte CSV</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {position} is invalid) nor Windows-1252; save it as UTF-8 CSV</source>
        <translation>n’est ni du texte UTF-8 (l’octet {position} n’est pas valide) ni du Windows-1252&#xa0;; enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>is not readable as CSV ({error})</source>
        <translation>ne peut pas être lu comme CSV ({error})</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>ne contient aucune ligne</translation>
    </message>
    <message>
        <source>has no latitude and longitude columns that could be found (columns: {columns})</source>
        <translation>n’a pas de colonnes de latitude et de longitude identifiables (colonnes&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>has no column &quot;{column}&quot;</source>
        <translation>n’a pas de colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the check</source>
        <translation>la vérification</translation>
    </message>
    <message>
        <source>the export to {output}</source>
        <translation>l’exportation vers {output}</translation>
    </message>
    <message>
        <source>the built-in briefing</source>
        <translation>l’exposé intégré</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Les détails figurent dans le journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No log could be written.</source>
        <translation>Aucun journal n’a pu être écrit.</translation>
    </message>
    <message>
        <source>{file}: {doing} stopped on an internal error ({kind}); nothing was written.</source>
        <translation>{file}&#xa0;: {doing} s’est arrêtée sur une erreur interne ({kind})&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file}: cannot check &apos;{suffix}&apos; files; use a .briefing file or geodata: {formats}</source>
        <translation>{file}&#xa0;: impossible de vérifier les fichiers «&#xa0;{suffix}&#xa0;»&#xa0;; utilisez un fichier .briefing ou des données géographiques&#xa0;: {formats}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>{output}: cannot export to &apos;{suffix}&apos;; use one of: {formats}</source>
        <translation>{output}&#xa0;: impossible d’exporter vers «&#xa0;{suffix}&#xa0;»&#xa0;; utilisez l’un des formats suivants&#xa0;: {formats}</translation>
    </message>
    <message>
        <source>{output}: --replay goes with a .gif, .mp4 or .pptx output</source>
        <translation>{output}&#xa0;: --replay s’utilise avec une sortie .gif, .mp4 ou .pptx</translation>
    </message>
    <message>
        <source>{output}: a {suffix} file holds one replay; give --replay once</source>
        <translation>{output}&#xa0;: un fichier {suffix} contient une seule animation&#xa0;; indiquez --replay une seule fois</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>avertissement&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit briefing properties</source>
        <translation>Modifier les propriétés de l’exposé</translation>
    </message>
    <message>
        <source>Show layer</source>
        <translation>Afficher la couche</translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation>Masquer la couche</translation>
    </message>
    <message>
        <source>Change layer opacity</source>
        <translation>Modifier l’opacité de la couche</translation>
    </message>
    <message>
        <source>Change layer settings</source>
        <translation>Modifier les paramètres de la couche</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>Réordonner les couches</translation>
    </message>
    <message>
        <source>Save grouping</source>
        <translation>Enregistrer le regroupement</translation>
    </message>
    <message>
        <source>Delete grouping</source>
        <translation>Supprimer le regroupement</translation>
    </message>
    <message>
        <source>Save grouping “{name}”</source>
        <translation>Enregistrer le regroupement «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete grouping “{name}”</source>
        <translation>Supprimer le regroupement «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Ajouter une diapositive</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la diapositive</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>Déplacer la diapositive</translation>
    </message>
    <message>
        <source>Edit slide</source>
        <translation>Modifier la diapositive</translation>
    </message>
    <message>
        <source>Add annotations</source>
        <translation>Ajouter des annotations</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>Modifier la taille du texte</translation>
    </message>
    <message>
        <source>Choose slides for annotation</source>
        <translation>Choisir les diapositives de l’annotation</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Importer une couche</translation>
    </message>
    <message>
        <source>Remove imported layer</source>
        <translation>Retirer la couche importée</translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation>Renommer la couche</translation>
    </message>
    <message>
        <source>Remove layer “{name}”</source>
        <translation>Retirer la couche «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename slide</source>
        <translation>Renommer la diapositive</translation>
    </message>
    <message>
        <source>Edit talking points</source>
        <translation>Modifier les éléments de langage</translation>
    </message>
    <message>
        <source>Revert “{title}”</source>
        <translation>Restaurer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>Dupliquer la diapositive</translation>
    </message>
    <message>
        <source>Update slide from the map</source>
        <translation>Mettre à jour la diapositive d’après la carte</translation>
    </message>
    <message>
        <source>Keep pen drawing on “{title}”</source>
        <translation>Conserver le tracé au crayon sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Change the date of “{title}”</source>
        <translation>Modifier la date de «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoordinateDisplay</name>
    <message>
        <source>Decimal degrees</source>
        <translation>Degrés décimaux</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Decimal degrees</source>
        <translation>Afficher la position du pointeur en degrés décimaux</translation>
    </message>
    <message>
        <source>Degrees, minutes, seconds</source>
        <translation>Degrés, minutes, secondes</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as Degrees, minutes, seconds</source>
        <translation>Afficher la position du pointeur en degrés, minutes, secondes</translation>
    </message>
    <message>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <source>Show the pointer&apos;s position as MGRS</source>
        <translation>Afficher la position du pointeur en MGRS</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>The position under the pointer; right-click to choose the notation</source>
        <translation>Position sous le pointeur&#xa0;; clic droit pour choisir la notation</translation>
    </message>
</context>
<context>
    <name>CoordinateSystem</name>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which is not known</source>
        <translation>indique le système de coordonnées «&#xa0;{name}&#xa0;», qui n’est pas connu</translation>
    </message>
    <message>
        <source>names the coordinate system &quot;{name}&quot;, which has no conversion to longitude and latitude on Earth (a local or engineering grid, for example)</source>
        <translation>indique le système de coordonnées «&#xa0;{name}&#xa0;», qui n’a pas de conversion en longitude et latitude terrestres (une grille locale ou technique, par exemple)</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <source>A position is at most {count} characters long.</source>
        <translation>Une position compte au plus {count} caractères.</translation>
    </message>
    <message>
        <source>“{text}” is not a position. Type decimal degrees (54.1, 22.93), degrees-minutes-seconds (54°06′00″N 22°55′48″E) or MGRS (34U FE 26199 96369).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une position. Saisissez des degrés décimaux (54.1, 22.93), des degrés-minutes-secondes (54°06′00″N 22°55′48″E) ou une référence MGRS (34U FE 26199 96369).</translation>
    </message>
    <message>
        <source>Latitude {value} is outside −90 to 90.</source>
        <translation>La latitude {value} est hors de l’intervalle −90 à 90.</translation>
    </message>
    <message>
        <source>Longitude {value} is outside −180 to 180.</source>
        <translation>La longitude {value} est hors de l’intervalle −180 à 180.</translation>
    </message>
    <message>
        <source>“{text}” is not an MGRS reference: a zone 1–60, a band letter, two square letters and an even number of digits (up to 10).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une référence MGRS&#xa0;: il faut une zone de 1 à 60, une lettre de bande, deux lettres de carré et un nombre pair de chiffres (10 au plus).</translation>
    </message>
    <message>
        <source>“{text}” is not a valid MGRS reference.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une référence MGRS valide.</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>country names file</source>
        <translation>fichier des noms de pays</translation>
    </message>
    <message>
        <source>format {found} is not {expected}, the one this app reads</source>
        <translation>le format {found} n’est pas {expected}, celui que lit l’application</translation>
    </message>
    <message>
        <source>no English name</source>
        <translation>aucun nom anglais</translation>
    </message>
    <message>
        <source>{problem} (the built-in data is used instead)</source>
        <translation>{problem} (les données intégrées sont utilisées à la place)</translation>
    </message>
    <message>
        <source>facts file</source>
        <translation>fichier de faits</translation>
    </message>
    <message>
        <source>the year {year} is outside {low}–{high}</source>
        <translation>l’année {year} est en dehors de la plage {low}–{high}</translation>
    </message>
    <message>
        <source>unknown field &quot;{key}&quot;; allowed: {allowed}</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;»&#xa0;; champs admis&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a known metric; known: {known}</source>
        <translation>«&#xa0;{metric}&#xa0;» n’est pas un indicateur connu&#xa0;; indicateurs connus&#xa0;: {known}</translation>
    </message>
    <message>
        <source>expected a number or an object with &quot;value&quot;</source>
        <translation>un nombre ou un objet avec «&#xa0;value&#xa0;» est attendu</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. &quot;POL&quot;; Kosovo is &quot;XKX&quot;)</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code ISO 3166-1 alpha-3 (trois majuscules, p. ex. «&#xa0;POL&#xa0;»&#xa0;; le Kosovo est «&#xa0;XKX&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;{metric}&quot; is not a metric of this file; known: {known}</source>
        <translation>«&#xa0;{metric}&#xa0;» n’est pas un indicateur de ce fichier&#xa0;; indicateurs connus&#xa0;: {known}</translation>
    </message>
    <message>
        <source>data file</source>
        <translation>fichier de données</translation>
    </message>
    <message>
        <source>format version {version} is not supported (this app reads version {supported})</source>
        <translation>la version de format {version} n’est pas prise en charge (cette application lit la version {supported})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>a city is [&quot;city&quot;, its GeoNames name, its ISO 3166-1 alpha-2 country code]</source>
        <translation>une ville s’écrit [&quot;city&quot;, son nom GeoNames, son code pays ISO 3166-1 alpha-2]</translation>
    </message>
    <message>
        <source>a country is [&quot;country&quot;, its ISO 3166-1 alpha-3 code]</source>
        <translation>un pays s’écrit [&quot;country&quot;, son code ISO 3166-1 alpha-3]</translation>
    </message>
    <message>
        <source>a {kind} is [&quot;{kind}&quot;, the id of its record]</source>
        <translation>un élément {kind} s’écrit [&quot;{kind}&quot;, l’identifiant de son enregistrement]</translation>
    </message>
    <message>
        <source>a target starts with &quot;city&quot;, &quot;country&quot;, &quot;flashpoint&quot; or &quot;deployment&quot;, not {found}</source>
        <translation>une cible commence par «&#xa0;city&#xa0;», «&#xa0;country&#xa0;», «&#xa0;flashpoint&#xa0;» ou «&#xa0;deployment&#xa0;», et non par {found}</translation>
    </message>
    <message>
        <source>a target cannot be empty</source>
        <translation>une cible ne peut pas être vide</translation>
    </message>
    <message>
        <source>checked {checked} is before as_of {as_of}: a fact is checked on or after the date it is known true</source>
        <translation>checked ({checked}) est antérieur à as_of ({as_of})&#xa0;: un fait est vérifié à la date où il est avéré, ou plus tard</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is listed twice</source>
        <translation>«&#xa0;{code}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id (lower-case letters, digits and &quot;_&quot;, e.g. &quot;nato&quot;)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un identifiant valide (minuscules, chiffres et «&#xa0;_&#xa0;», p. ex. «&#xa0;nato&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date réelle</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>la fin {end} est antérieure au début {start}</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} n’est pas un code ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>{code} already has a membership period that overlaps this one</source>
        <translation>{code} a déjà une période d’appartenance qui chevauche celle-ci</translation>
    </message>
    <message>
        <source>&quot;{sidc}&quot; is not a 20-digit APP-6D / MIL-STD-2525D symbol code</source>
        <translation>«&#xa0;{sidc}&#xa0;» n’est pas un code de symbole APP-6D / MIL-STD-2525D à 20 chiffres</translation>
    </message>
    <message>
        <source>digits 9-10 of the symbol code are &quot;{digits}&quot;, but echelon &quot;{echelon}&quot; needs &quot;{needed}&quot;</source>
        <translation>les chiffres 9-10 du code de symbole sont «&#xa0;{digits}&#xa0;», mais l’échelon «&#xa0;{echelon}&#xa0;» exige «&#xa0;{needed}&#xa0;»</translation>
    </message>
    <message>
        <source>a range must be more than 0 km</source>
        <translation>une portée doit être supérieure à 0 km</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be more than 0</source>
        <translation>«&#xa0;{key}&#xa0;» doit être supérieur à 0</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice in this file</source>
        <translation>l’identifiant «&#xa0;{id}&#xa0;» est utilisé deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>does not exist (the app&apos;s built-in data is incomplete)</source>
        <translation>n’existe pas (les données intégrées de l’application sont incomplètes)</translation>
    </message>
</context>
<context>
    <name>Deployment kind</name>
    <message>
        <source>NATO battlegroup</source>
        <translation>Groupement tactique NATO</translation>
    </message>
    <message>
        <source>National brigade</source>
        <translation>Brigade nationale</translation>
    </message>
    <message>
        <source>US rotational brigade</source>
        <translation>Brigade américaine en rotation</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>État-major</translation>
    </message>
    <message>
        <source>US garrison</source>
        <translation>Garnison américaine</translation>
    </message>
    <message>
        <source>Air base</source>
        <translation>Base aérienne</translation>
    </message>
    <message>
        <source>Missile defence</source>
        <translation>Défense antimissile</translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation>Plateforme logistique</translation>
    </message>
    <message>
        <source>Prepositioned stocks</source>
        <translation>Stocks prépositionnés</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>squad</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>section</source>
        <translation>demi-section</translation>
    </message>
    <message>
        <source>platoon</source>
        <translation>section</translation>
    </message>
    <message>
        <source>company</source>
        <translation>compagnie</translation>
    </message>
    <message>
        <source>battalion</source>
        <translation>bataillon</translation>
    </message>
    <message>
        <source>regiment</source>
        <translation>régiment</translation>
    </message>
    <message>
        <source>brigade</source>
        <translation>brigade</translation>
    </message>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <source>corps</source>
        <translation>corps d’armée</translation>
    </message>
    <message>
        <source>army</source>
        <translation>armée</translation>
    </message>
    <message>
        <source>army group</source>
        <translation>groupe d’armées</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Drawing map {number} of {count}: {title}</source>
        <translation>Rendu de la carte {number} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Laying out pages again</source>
        <translation>Nouvelle mise en page</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Making the cover</source>
        <translation>Création de la page de couverture</translation>
    </message>
    <message>
        <source>Drawing the replay {title}</source>
        <translation>Rendu de l’animation {title}</translation>
    </message>
    <message>
        <source>the replay {title}</source>
        <translation>l’animation {title}</translation>
    </message>
    <message>
        <source>Writing the PowerPoint file</source>
        <translation>Écriture du fichier PowerPoint</translation>
    </message>
    <message>
        <source>Drawing frame {number} of {count}: {date}</source>
        <translation>Rendu de l’image {number} sur {count}&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Writing the replay</source>
        <translation>Écriture de l’animation</translation>
    </message>
    <message>
        <source>{where} could not be drawn ({error})</source>
        <translation>impossible de dessiner {where} ({error})</translation>
    </message>
    <message>
        <source>slide {number} ({title})</source>
        <translation>la diapositive {number} ({title})</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Dépenses de défense</translation>
    </message>
    <message>
        <source>Armed forces personnel</source>
        <translation>Effectifs des forces armées</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>current US$</source>
        <translation>dollars US courants</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>{amount} trillion</source>
        <translation>{amount} billions</translation>
    </message>
    <message>
        <source>{amount} billion</source>
        <translation>{amount} milliards</translation>
    </message>
    <message>
        <source>{amount} million</source>
        <translation>{amount} millions</translation>
    </message>
    <message>
        <source>US$ {amount}</source>
        <translation>{amount} $ US</translation>
    </message>
    <message>
        <source>{counted} of {total} states</source>
        <translation>{counted} États sur {total}</translation>
    </message>
    <message>
        <source>{coverage}, partial</source>
        <translation>{coverage}, partiel</translation>
    </message>
    <message>
        <source>{grouping} {amount} ({coverage})</source>
        <translation>{grouping} {amount} ({coverage})</translation>
    </message>
    <message>
        <source>{metric} ({year}): {figures}.</source>
        <translation>{metric} ({year})&#xa0;: {figures}.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>no sourced value for any member ({source})</source>
        <translation>aucun membre ne dispose d’une valeur sourcée ({source})</translation>
    </message>
    <message>
        <source>{counted} of {total} members</source>
        <translation>{counted} membres sur {total}</translation>
    </message>
    <message>
        <source>{coverage}; missing: {countries}</source>
        <translation>{coverage}&#xa0;; manquants&#xa0;: {countries}</translation>
    </message>
    <message>
        <source>{value} (partial: {counted} of {total} members)</source>
        <translation>{value} (partiel&#xa0;: {counted} membres sur {total})</translation>
    </message>
    <message>
        <source>{coverage}. {source}, {year}; as of {date}. {address}</source>
        <translation>{coverage}. {source}, {year}&#xa0;; au {date}. {address}</translation>
    </message>
    <message>
        <source>Nuclear-weapon states</source>
        <translation>États dotés d’armes nucléaires</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric} ({unit})</translation>
    </message>
    <message>
        <source>{metric}: year</source>
        <translation>{metric}&#xa0;: année</translation>
    </message>
    <message>
        <source>{metric}: source</source>
        <translation>{metric}&#xa0;: source</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Grouping figures</source>
        <translation>Chiffres du regroupement</translation>
    </message>
    <message>
        <source>Grouping to total</source>
        <translation>Regroupement à totaliser</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Figures of each member country</source>
        <translation>Chiffres de chaque pays membre</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the per-country figures with years and sources</source>
        <translation>Copier les chiffres par pays, avec années et sources</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>No sourced figure for {country}: shown as missing, not 0</source>
        <translation>Aucun chiffre sourcé pour {country}&#xa0;: affiché comme manquant, et non comme 0</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>Save figures as CSV</source>
        <translation>Enregistrer les chiffres en CSV</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>Fichiers CSV ({patterns})</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Chiffres non enregistrés</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Briefings</source>
        <translation>Exposés</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>Ouvrir un exposé</translation>
    </message>
    <message>
        <source>Cannot open briefing</source>
        <translation>Impossible d’ouvrir l’exposé</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Save briefing as</source>
        <translation>Enregistrer l’exposé sous</translation>
    </message>
    <message>
        <source>Cannot save briefing</source>
        <translation>Impossible d’enregistrer l’exposé</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Remplacer un fichier en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>{path} is marked read-only, perhaps so that it is not changed by mistake.

Replace it with this briefing anyway? (The file stays read-only; the version it holds now is kept as its .bak.)</source>
        <translation>{path} est en lecture seule, peut-être pour éviter qu’il soit modifié par erreur.

Le remplacer malgré tout par cet exposé&#xa0;? (Le fichier reste en lecture seule&#xa0;; la version qu’il contient actuellement est conservée dans son fichier .bak.)</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The briefing “{name}” has changes that are not saved.</source>
        <translation>L’exposé «&#xa0;{name}&#xa0;» comporte des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>is read-only; it was not replaced (make it writable, or save under another name)</source>
        <translation>est en lecture seule&#xa0;; il n’a pas été remplacé (rendez-le modifiable ou enregistrez sous un autre nom)</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot be saved: {problem}</source>
        <translation>ne peut pas être enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>expected [latitude, longitude]</source>
        <translation>[latitude, longitude] attendu</translation>
    </message>
    <message>
        <source>a circle&apos;s radius must be more than 0 and less than {limit} km</source>
        <translation>le rayon d’un cercle doit être supérieur à 0 et inférieur à {limit} km</translation>
    </message>
    <message>
        <source>a text&apos;s font size must be a number (points, {low} to {high}), found {found}</source>
        <translation>la taille de police d’un texte doit être un nombre (points, de {low} à {high})&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected text, a number, true/false or null, found {found}</source>
        <translation>texte, nombre, true/false ou null attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a colour (use #rrggbb or a CSS colour name)</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une couleur (utilisez #rrggbb ou un nom de couleur CSS)</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;</source>
        <translation>«&#xa0;Feature&#xa0;» attendu</translation>
    </message>
    <message>
        <source>holds {count} features; a briefing embeds at most {limit}</source>
        <translation>contient {count} entités&#xa0;; un exposé en intègre au plus {limit}</translation>
    </message>
    <message>
        <source>the imported layers hold {count} features together; a briefing embeds at most {limit}</source>
        <translation>les couches importées contiennent {count} entités au total&#xa0;; un exposé en intègre au plus {limit}</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code pays ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>holds {count} slides; a briefing holds at most {limit}</source>
        <translation>contient {count} diapositives&#xa0;; un exposé en contient au plus {limit}</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is used twice</source>
        <translation>l’identifiant «&#xa0;{id}&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>expected a briefing (a JSON object), found {found}</source>
        <translation>un exposé (objet JSON) est attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>was written by a newer version of Briefing App (file format {version}; this version reads up to format {supported}). Update Briefing App to open it.</source>
        <translation>a été écrit par une version plus récente de Briefing App (format de fichier {version}&#xa0;; cette version lit jusqu’au format {supported}). Mettez à jour Briefing App pour l’ouvrir.</translation>
    </message>
    <message>
        <source>unknown file format version {version}</source>
        <translation>version de format de fichier inconnue&#xa0;: {version}</translation>
    </message>
    <message>
        <source>briefing file</source>
        <translation>fichier d’exposé</translation>
    </message>
</context>
<context>
    <name>GeoFileLimits</name>
    <message>
        <source>{size} MiB</source>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is {size}; imported files are limited to {limit}</source>
        <translation>fait {size}&#xa0;; les fichiers importés sont limités à {limit}</translation>
    </message>
    <message>
        <source>has more than {count} features; a briefing can embed at most that many</source>
        <translation>contient plus de {count} entités&#xa0;; un exposé ne peut pas en intégrer davantage</translation>
    </message>
    <message>
        <source>has more than {count} vertices; a briefing can embed at most that many (simplify the geometries first)</source>
        <translation>contient plus de {count} sommets&#xa0;; un exposé ne peut pas en intégrer davantage (simplifiez d’abord les géométries)</translation>
    </message>
    <message>
        <source>takes longer than {seconds} s to read; refused (simplify it, or split it into parts)</source>
        <translation>prend plus de {seconds} s à lire&#xa0;; refusé (simplifiez-le ou divisez-le en plusieurs parties)</translation>
    </message>
    <message>
        <source>has more than {count} self-crossings to repair in its polygons; at most that many are repaired in one file</source>
        <translation>contient plus de {count} auto-intersections à réparer dans ses polygones&#xa0;; on n’en répare pas davantage dans un même fichier</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
</context>
<context>
    <name>GeoFileReader</name>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>an SQLite database (GeoPackage)</source>
        <translation>une base de données SQLite (GeoPackage)</translation>
    </message>
    <message>
        <source>a Shapefile (.shp)</source>
        <translation>un Shapefile (.shp)</translation>
    </message>
    <message>
        <source>has the extension &apos;{suffix}&apos;, which cannot be imported; supported: {suffixes}</source>
        <translation>a l’extension «&#xa0;{suffix}&#xa0;», qui ne peut pas être importée&#xa0;; extensions prises en charge&#xa0;: {suffixes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>is named {suffix} but is not {expected}</source>
        <translation>porte l’extension {suffix} mais n’est pas {expected}</translation>
    </message>
    <message>
        <source>is named {suffix} but holds {found}; is the extension right?</source>
        <translation>porte l’extension {suffix} mais contient {found}&#xa0;; l’extension est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>is too large to read in the memory available</source>
        <translation>est trop volumineux pour être lu avec la mémoire disponible</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>est imbriqué trop profondément pour être lu</translation>
    </message>
</context>
<context>
    <name>GeoFileSummary</name>
    <message>
        <source>1 feature</source>
        <translation>1 entité</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 couche</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>layer &quot;{name}&quot;: {features}</source>
        <translation>couche «&#xa0;{name}&#xa0;»&#xa0;: {features}</translation>
    </message>
    <message>
        <source>CRS: {crs}</source>
        <translation>SCR&#xa0;: {crs}</translation>
    </message>
    <message>
        <source>declared and read: {text}</source>
        <translation>déclaré et lu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>repaired: {text}</source>
        <translation>réparations&#xa0;: {text}</translation>
    </message>
    <message>
        <source>dropped: {text}</source>
        <translation>éléments écartés&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{file}: {format}, {layers}, {features}</source>
        <translation>{file}&#xa0;: {format}, {layers}, {features}</translation>
    </message>
    <message>
        <source>available layers: {layers}</source>
        <translation>couches disponibles&#xa0;: {layers}</translation>
    </message>
    <message>
        <source>coordinates from columns: latitude &quot;{latitude}&quot;, longitude &quot;{longitude}&quot;</source>
        <translation>coordonnées tirées des colonnes&#xa0;: latitude «&#xa0;{latitude}&#xa0;», longitude «&#xa0;{longitude}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>GeoJSONGeometry</name>
    <message>
        <source>a line needs at least 2 positions, this one has {count}</source>
        <translation>une ligne nécessite au moins 2 positions&#xa0;; celle-ci en a {count}</translation>
    </message>
    <message>
        <source>a polygon&apos;s ring needs at least 3 different positions</source>
        <translation>l’anneau d’un polygone nécessite au moins 3 positions différentes</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not a GeoJSON geometry type</source>
        <translation>«&#xa0;{type}&#xa0;» n’est pas un type de géométrie GeoJSON</translation>
    </message>
    <message>
        <source>&quot;{type}&quot; is not supported here; use {allowed}</source>
        <translation>«&#xa0;{type}&#xa0;» n’est pas pris en charge ici&#xa0;; utilisez {allowed}</translation>
    </message>
    <message>
        <source>geometry collections are nested deeper than {depth}</source>
        <translation>les collections de géométries sont imbriquées sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>an empty {type} (no positions)</source>
        <translation>un {type} vide (aucune position)</translation>
    </message>
    <message>
        <source>coordinates are nested too deeply for a {type}</source>
        <translation>les coordonnées sont imbriquées trop profondément pour un {type}</translation>
    </message>
    <message>
        <source>a position needs a longitude and a latitude</source>
        <translation>une position nécessite une longitude et une latitude</translation>
    </message>
    <message>
        <source>expected a list of positions in a {type}, found {value}</source>
        <translation>liste de positions attendue dans un {type}&#xa0;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <source>an empty part in a {type}</source>
        <translation>une partie vide dans un {type}</translation>
    </message>
</context>
<context>
    <name>GeoJSONReader</name>
    <message>
        <source>has a &quot;crs&quot; member without a name</source>
        <translation>a un membre «&#xa0;crs&#xa0;» sans nom</translation>
    </message>
    <message>
        <source>is JSON but not GeoJSON (no object with a &quot;type&quot;)</source>
        <translation>est du JSON mais pas du GeoJSON (aucun objet avec «&#xa0;type&#xa0;»)</translation>
    </message>
    <message>
        <source>is a FeatureCollection without a &quot;features&quot; list</source>
        <translation>est une FeatureCollection sans liste «&#xa0;features&#xa0;»</translation>
    </message>
    <message>
        <source>has the GeoJSON type &quot;{type}&quot;, which is not a feature or geometry</source>
        <translation>a le type GeoJSON «&#xa0;{type}&#xa0;», qui n’est ni une entité ni une géométrie</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Coalition of the Willing</source>
        <translation>Coalition des volontaires</translation>
    </message>
    <message>
        <source>Weimar Triangle</source>
        <translation>Triangle de Weimar</translation>
    </message>
    <message>
        <source>Nuclear-weapon states (NPT)</source>
        <translation>États dotés d’armes nucléaires (TNP)</translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message>
        <source>Delete grouping</source>
        <translation>Supprimer le regroupement</translation>
    </message>
    <message>
        <source>Delete the grouping “{name}”?</source>
        <translation>Supprimer le regroupement «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>GroupingDialog</name>
    <message>
        <source>1 country</source>
        <translation>1 pays</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit grouping</source>
        <translation>Modifier le regroupement</translation>
    </message>
    <message>
        <source>New grouping</source>
        <translation>Nouveau regroupement</translation>
    </message>
    <message>
        <source>e.g. European alliance with Ukraine, without the US</source>
        <translation>p. ex. alliance européenne avec l’Ukraine, sans les États-Unis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of the grouping on the map</source>
        <translation>Couleur du regroupement sur la carte</translation>
    </message>
    <message>
        <source>The colour the map and the PDF give its members</source>
        <translation>Couleur donnée à ses membres sur la carte et dans le PDF</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Co&amp;uleur&#xa0;:</translation>
    </message>
    <message>
        <source>Start from a grouping</source>
        <translation>Partir d’un regroupement</translation>
    </message>
    <message>
        <source>Tick the members of a built-in grouping, then edit</source>
        <translation>Cocher les membres d’un regroupement intégré, puis modifier</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Tick countries, or click them on the map to add or remove.</source>
        <translation>Cochez des pays, ou cliquez dessus sur la carte pour les ajouter ou les retirer.</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <source>&amp;Ticked only</source>
        <translation>Cochés &amp;uniquement</translation>
    </message>
    <message>
        <source>Show only the countries in the grouping</source>
        <translation>N’afficher que les pays du regroupement</translation>
    </message>
    <message>
        <source>Countries in the grouping</source>
        <translation>Pays du regroupement</translation>
    </message>
    <message>
        <source>{name}, edited</source>
        <translation>{name}, modifié</translation>
    </message>
    <message>
        <source>Colour of the grouping</source>
        <translation>Couleur du regroupement</translation>
    </message>
    <message>
        <source>A grouping needs a name</source>
        <translation>Un regroupement doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <source>PNG image, 1920 × 1080</source>
        <translation>Image PNG, 1920 × 1080</translation>
    </message>
    <message>
        <source>PNG image, 3840 × 2160</source>
        <translation>Image PNG, 3840 × 2160</translation>
    </message>
    <message>
        <source>PDF, vector</source>
        <translation>PDF, vectoriel</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>HTML files</source>
        <translation>Fichiers HTML</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <source>Exporting {kind}…</source>
        <translation>Exportation ({kind}) en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>Exportation ({kind})</translation>
    </message>
    <message>
        <source>{kind} export cancelled; no file written</source>
        <translation>Exportation ({kind}) annulée&#xa0;; aucun fichier écrit</translation>
    </message>
    <message>
        <source>Cannot export {kind}</source>
        <translation>Échec de l’exportation ({kind})</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>Cannot copy the map</source>
        <translation>Impossible de copier la carte</translation>
    </message>
    <message>
        <source>Map copied with its legend, scale bar and marking (1920 × 1080)</source>
        <translation>Carte copiée avec sa légende, son échelle graphique et son marquage (1920 × 1080)</translation>
    </message>
    <message>
        <source>Export Slide Image</source>
        <translation>Exporter l’image de la diapositive</translation>
    </message>
    <message>
        <source>slide image</source>
        <translation>image de diapositive</translation>
    </message>
    <message>
        <source>Export PowerPoint</source>
        <translation>Exporter en PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint decks</source>
        <translation>Présentations PowerPoint</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <source>{title} replay</source>
        <translation>Animation {title}</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Exporter une animation chronologique</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>animation chronologique</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Impossible d’accéder à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Presentation (full screen)</source>
        <translation>Présentation (plein écran)</translation>
    </message>
    <message>
        <source>Tool bar: {name}</source>
        <translation>Barre d’outils&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Map and panels</source>
        <translation>Carte et panneaux</translation>
    </message>
    <message>
        <source>Briefing App — keyboard shortcuts</source>
        <translation>Briefing App — raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Briefing App</source>
        <translation>Raccourcis clavier — Briefing App</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Filtrer par action, touche ou menu</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the shown shortcuts to the clipboard as plain text</source>
        <translation>Copier les raccourcis affichés dans le presse-papiers, en texte brut</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the shown shortcuts</source>
        <translation>Imprimer les raccourcis affichés</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} affichés sur {total}</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Capitales</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Flashpoints</source>
        <translation>Points de tension</translation>
    </message>
    <message>
        <source>Occupied territory and derived lines</source>
        <translation>Territoires occupés et lignes dérivées</translation>
    </message>
    <message>
        <source>Country figures</source>
        <translation>Chiffres par pays</translation>
    </message>
    <message>
        <source>About Briefing App</source>
        <translation>À propos de Briefing App</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Nom et version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Rubriques «&#xa0;À propos&#xa0;»</translation>
    </message>
    <message>
        <source>Data &amp;sources</source>
        <translation>&amp;Sources des données</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Copy versions, sources and licences to the clipboard</source>
        <translation>Copier les versions, les sources et les licences dans le presse-papiers</translation>
    </message>
    <message>
        <source>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>The app makes no network request: maps, data, fonts and scripts all ship with it, and exported HTML files load nothing from the network either.</source>
        <translation>L’application n’effectue aucune requête réseau&#xa0;: cartes, données, polices et scripts sont tous fournis avec elle, et les fichiers HTML exportés ne chargent rien depuis le réseau non plus.</translation>
    </message>
    <message>
        <source>Data sources and their as-of dates</source>
        <translation>Sources des données et dates de situation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Every fact on the map cites its source. “As of” is the date up to which a record is known to be true. Data corrections in the data folder (Help menu) are included.</source>
        <translation>Chaque information figurant sur la carte cite sa source. «&#xa0;État au&#xa0;» indique la date jusqu’à laquelle un enregistrement est réputé exact. Les corrections placées dans le dossier des données (menu Aide) sont prises en compte.</translation>
    </message>
    <message>
        <source>Bundled data, fonts and libraries</source>
        <translation>Données, polices et bibliothèques fournies</translation>
    </message>
    <message>
        <source>Licence of the selected item</source>
        <translation>Licence de l’élément sélectionné</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>DATA SOURCES</source>
        <translation>SOURCES DES DONNÉES</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(au {date})</translation>
    </message>
    <message>
        <source>BUNDLED DATA, FONTS AND LIBRARIES</source>
        <translation>DONNÉES, POLICES ET BIBLIOTHÈQUES FOURNIES</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Geodata files ({patterns})</source>
        <translation>Fichiers de données géographiques ({patterns})</translation>
    </message>
    <message>
        <source>CSV with coordinates ({patterns})</source>
        <translation>CSV avec coordonnées ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Importer une couche</translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose layers</source>
        <translation>Choisir les couches</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n layers. Import:</source>
        <translation>
            <numerusform>{file} contient %n couche. Importer :</numerusform>
            <numerusform>{file} contient %n couches. Importer :</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers to import</source>
        <translation>Couches à importer</translation>
    </message>
    <message>
        <source>Coordinates in the CSV file</source>
        <translation>Coordonnées dans le fichier CSV</translation>
    </message>
    <message>
        <source>{file}: {note}</source>
        <translation>{file}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>choose the coordinate columns.</source>
        <translation>choisissez les colonnes de coordonnées.</translation>
    </message>
    <message>
        <source>Latitude column</source>
        <translation>Colonne de latitude</translation>
    </message>
    <message>
        <source>Longitude column</source>
        <translation>Colonne de longitude</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>{path}: Briefing App imports {suffixes} files, not &apos;{suffix}&apos;.</source>
        <translation>{path}&#xa0;: Briefing App importe les fichiers {suffixes}, et non «&#xa0;{suffix}&#xa0;».</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>un fichier sans extension</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>{path}: no feature with a usable geometry.</source>
        <translation>{path}&#xa0;: aucune entité dotée d’une géométrie exploitable.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Imported {count} features from {file} in 1 layer</source>
        <translation>{count} entités importées depuis {file} dans 1 couche</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} features from {file} in %n layers</source>
        <translation>
            <numerusform>{count} entités importées depuis {file} dans %n couche</numerusform>
            <numerusform>{count} entités importées depuis {file} dans %n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} — {counts}</source>
        <translation>{message} — {counts}</translation>
    </message>
    <message>
        <source>{message} — some were repaired or left out: see the layer&apos;s notes</source>
        <translation>{message} — certaines ont été réparées ou écartées&#xa0;: voir les notes de la couche</translation>
    </message>
    <message>
        <source>Import of {file} cancelled</source>
        <translation>Importation de {file} annulée</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>This briefing has no annotations yet.</source>
        <translation>Cet exposé ne comporte pas encore d’annotation.</translation>
    </message>
    <message>
        <source>{title} — annotations</source>
        <translation>{title} — annotations</translation>
    </message>
    <message>
        <source>Export as KML</source>
        <translation>Exporter en KML</translation>
    </message>
    <message>
        <source>Export as GeoJSON</source>
        <translation>Exporter en GeoJSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported {count} features to {path}</source>
        <translation>{count} entités exportées vers {path}</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Retirer la couche</translation>
    </message>
    <message>
        <source>Remove the imported layer “{name}” from this briefing? (Edit → Undo brings it back.)</source>
        <translation>Retirer de cet exposé la couche importée «&#xa0;{name}&#xa0;»&#xa0;? (Édition → Annuler la rétablit.)</translation>
    </message>
</context>
<context>
    <name>ImportedFeatures</name>
    <message>
        <source>holds no features</source>
        <translation>ne contient aucune entité</translation>
    </message>
    <message>
        <source>holds no usable features ({reasons})</source>
        <translation>ne contient aucune entité utilisable ({reasons})</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>{path} at {where}: {problem}</source>
        <translation>{path}, {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>objet attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>the required field &quot;{key}&quot; is missing</source>
        <translation>le champ obligatoire «&#xa0;{key}&#xa0;» est absent</translation>
    </message>
    <message>
        <source>expected a list, found {found}</source>
        <translation>liste attendue&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>texte attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>true ou false attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>nombre entier attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>nombre attendu&#xa0;; trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>nombre fini attendu</translation>
    </message>
    <message>
        <source>{value} is outside the allowed range {low} to {high}</source>
        <translation>{value} est en dehors de la plage admise ({low} à {high})</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>le nombre {value}</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>le texte «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>{name} is not allowed in a {kind}</source>
        <translation>{name} n’est pas admis dans un {kind}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?)</source>
        <translation>le fichier se termine trop tôt (est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valide ({reason})</translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the text holds a lone UTF-16 surrogate ({escape}), which is not a character; the file was damaged or written by a faulty program</source>
        <translation>le texte contient un point de code d’indirection UTF-16 isolé ({escape}), qui n’est pas un caractère&#xa0;; le fichier a été endommagé ou écrit par un programme défaillant</translation>
    </message>
    <message>
        <source>expected a number that fits in a float (this one is too large)</source>
        <translation>nombre représentable en virgule flottante attendu (celui-ci est trop grand)</translation>
    </message>
    <message>
        <source>a field name: {problem}</source>
        <translation>un nom de champ&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a link to {target}, which is {what}</source>
        <translation>est un lien vers {target}, qui est {what}</translation>
    </message>
    <message>
        <source>is {what}</source>
        <translation>est {what}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}; refused</source>
        <translation>{problem}, et non un {kind}&#xa0;; refusé</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>{problem}, not a {kind}</source>
        <translation>{problem}, et non un {kind}</translation>
    </message>
    <message>
        <source>is {size} MB; a {kind} is limited to {limit} MB</source>
        <translation>fait {size} Mo&#xa0;; un {kind} est limité à {limit} Mo</translation>
    </message>
    <message>
        <source>is larger than {limit} MB; a {kind} is limited to that</source>
        <translation>dépasse {limit} Mo, la limite d’un {kind}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a {kind} (not UTF-8 text; byte {byte} is invalid)</source>
        <translation>n’est pas un {kind} (pas du texte UTF-8&#xa0;; l’octet {byte} n’est pas valide)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must not be empty</source>
        <translation>«&#xa0;{key}&#xa0;» ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a web address starting with http:// or https://</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse web commençant par http:// ou https://</translation>
    </message>
</context>
<context>
    <name>KMLReader</name>
    <message>
        <source>is XML but not KML (its root element is &lt;{tag}&gt;)</source>
        <translation>est du XML mais pas du KML (son élément racine est &lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>nests elements deeper than {depth}</source>
        <translation>imbrique des éléments sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>contains a document type declaration (&lt;!DOCTYPE&gt;), which KML never needs; refused because its entities could expand without bound or read other files</source>
        <translation>contient une déclaration de type de document (&lt;!DOCTYPE&gt;), dont KML n’a jamais besoin&#xa0;; refusé, car ses entités pourraient se développer sans limite ou lire d’autres fichiers</translation>
    </message>
    <message>
        <source>uses XML entities or external references, refused for safety ({error})</source>
        <translation>utilise des entités XML ou des références externes&#xa0;; refusé par sécurité ({error})</translation>
    </message>
    <message>
        <source>the file ends too early (is it cut off?) ({error})</source>
        <translation>le fichier se termine trop tôt (est-il tronqué&#xa0;?) ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML ({error})</source>
        <translation>n’est pas du KML/XML valide ({error})</translation>
    </message>
    <message>
        <source>is not valid KML/XML (bad text encoding: {error})</source>
        <translation>n’est pas du KML/XML valide (mauvais encodage du texte&#xa0;: {error})</translation>
    </message>
</context>
<context>
    <name>KMZReader</name>
    <message>
        <source>is a zip archive without a .kml file, so not a KMZ</source>
        <translation>est une archive zip sans fichier .kml, donc pas un KMZ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Langue inconnue&#xa0;: {code}&#xa0;; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Briefing App will be in {language} when it starts again.</source>
        <translation>Langue de Briefing App au prochain démarrage&#xa0;: {language}.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Map layers, top of the map first</source>
        <translation>Couches de la carte, de la plus haute à la plus basse</translation>
    </message>
    <message>
        <source>Tick to show a layer; drag to change which is drawn on top</source>
        <translation>Cochez pour afficher une couche&#xa0;; faites glisser pour choisir celle qui est dessinée au-dessus</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacité&#xa0;:</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacité de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Colour countries by grouping</source>
        <translation>Colorer les pays selon un regroupement</translation>
    </message>
    <message>
        <source>Compare with a second grouping</source>
        <translation>Comparer avec un second regroupement</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorer selon&#xa0;:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>New grouping…</source>
        <translation>Nouveau regroupement…</translation>
    </message>
    <message>
        <source>Build your own grouping of countries (Ctrl+G)</source>
        <translation>Constituer votre propre regroupement de pays (Ctrl+G)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Imported layer</source>
        <translation>Couche importée</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Export this layer as GeoJSON</source>
        <translation>Exporter cette couche en GeoJSON</translation>
    </message>
    <message>
        <source>KML…</source>
        <translation>KML…</translation>
    </message>
    <message>
        <source>Export this layer as KML (Google Earth, TAK)</source>
        <translation>Exporter cette couche en KML (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this layer from the briefing</source>
        <translation>Retirer cette couche de l’exposé</translation>
    </message>
    <message>
        <source>Source of the selected layer</source>
        <translation>Source de la couche sélectionnée</translation>
    </message>
    <message>
        <source>— nothing —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (personnalisé)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>Every source: View → Sources</source>
        <translation>Toutes les sources&#xa0;: Affichage → Sources</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Shaded relief, major rivers and lakes, and capitals, cities and towns by zoom (Natural Earth; places: GeoNames, CC BY 4.0).</source>
        <translation>Relief ombré, principaux fleuves et lacs, capitales, villes et localités selon le niveau de zoom (Natural Earth&#xa0;; lieux&#xa0;: GeoNames, CC BY 4.0).</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country borders following the EU / UN General Assembly position.</source>
        <translation>Frontières des pays conformes à la position de l’Union européenne et de l’Assemblée générale des Nations unies.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>{file} (one source per membership)</source>
        <translation>{file} (une source par appartenance)</translation>
    </message>
    <message>
        <source>Countries coloured by a grouping, or by the overlap of two, on the briefing&apos;s as-of date.</source>
        <translation>Pays colorés selon un regroupement, ou selon le recoupement de deux regroupements, à la date de situation de l’exposé.</translation>
    </message>
    <message>
        <source>Occupied territory of Ukraine</source>
        <translation>Territoire occupé de l’Ukraine</translation>
    </message>
    <message>
        <source>Ukrainian territory under Russian occupation, dated; hatched.</source>
        <translation>Territoire ukrainien sous occupation russe, daté&#xa0;; hachuré.</translation>
    </message>
    <message>
        <source>Eastern-flank deployments</source>
        <translation>Déploiements sur le flanc est</translation>
    </message>
    <message>
        <source>{file} (one source per site)</source>
        <translation>{file} (une source par site)</translation>
    </message>
    <message>
        <source>NATO battlegroups, the German brigade in Lithuania and US sites in Poland, as APP-6 unit symbols.</source>
        <translation>Groupements tactiques NATO, brigade allemande en Lituanie et sites américains en Pologne, en symboles d’unité APP-6.</translation>
    </message>
    <message>
        <source>Flashpoints and ranges</source>
        <translation>Points de tension et portées</translation>
    </message>
    <message>
        <source>{file} (one source per item)</source>
        <translation>{file} (une source par élément)</translation>
    </message>
    <message>
        <source>Kaliningrad, the Suwałki Gap, Belarus and Greenland, with geodesic weapon-range rings.</source>
        <translation>Kaliningrad, le Suwałki Gap, la Biélorussie et le Groenland, avec les cercles géodésiques de portée des armes.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>drawn in this briefing</source>
        <translation>tracées dans cet exposé</translation>
    </message>
    <message>
        <source>Markers, lines, areas and labels drawn in this briefing.</source>
        <translation>Repères, lignes, zones et étiquettes tracés dans cet exposé.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>JavaScript library</source>
        <translation>Bibliothèque JavaScript</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d’exécution</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ne fait pas partie de {allowed}</translation>
    </message>
    <message>
        <source>{name} is not a file name relative to the app&apos;s folder</source>
        <translation>{name} n’est pas un nom de fichier relatif au dossier de l’application</translation>
    </message>
    <message>
        <source>there is no text {name} in &quot;texts&quot;</source>
        <translation>il n’y a pas de texte {name} dans «&#xa0;texts&#xa0;»</translation>
    </message>
    <message>
        <source>not a regular expression ({reason})</source>
        <translation>pas une expression régulière ({reason})</translation>
    </message>
    <message>
        <source>the expression needs a group: the text it takes</source>
        <translation>l’expression nécessite un groupe&#xa0;: le texte qu’elle retient</translation>
    </message>
    <message>
        <source>a field is a key, or keys joined by dots</source>
        <translation>un champ est une clé, ou des clés jointes par des points</translation>
    </message>
    <message>
        <source>a part is a text or an object with one of: shared, runtime, file, match and in, bullets and in, field and in (and default); found {keys}</source>
        <translation>une partie est un texte ou un objet avec l’un des éléments suivants&#xa0;: shared, runtime, file, match et in, bullets et in, field et in (et default)&#xa0;; trouvé&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>({file} is missing from this installation)</source>
        <translation>({file} est absent de cette installation)</translation>
    </message>
</context>
<context>
    <name>Location precision</name>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Dossier des journaux&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map stopped</source>
        <translation>Carte arrêtée</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Move the pointer over the map</source>
        <translation>Déplacez le pointeur sur la carte</translation>
    </message>
    <message>
        <source>The date the briefing describes</source>
        <translation>La date que décrit l’exposé</translation>
    </message>
    <message>
        <source>Data corrections not used</source>
        <translation>Corrections de données non utilisées</translation>
    </message>
    <message>
        <source>{name} (as of {date})</source>
        <translation>{name} (au {date})</translation>
    </message>
    <message>
        <source>Not drawn, no sourced location: {names}</source>
        <translation>Non représenté, aucun emplacement sourcé&#xa0;: {names}</translation>
    </message>
    <message>
        <source>As of {date} · slide “{title}”</source>
        <translation>Au {date} · diapositive «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>As of {date} · working map</source>
        <translation>Au {date} · carte de travail</translation>
    </message>
    <message>
        <source>Layer “{layer}”: {count} features drawn</source>
        <translation>Couche «&#xa0;{layer}&#xa0;»&#xa0;: {count} objets dessinés</translation>
    </message>
    <message>
        <source>Map layer failed</source>
        <translation>Échec d’une couche de la carte</translation>
    </message>
    <message>
        <source>The layer “{layer}” could not be drawn: {message}</source>
        <translation>La couche «&#xa0;{layer}&#xa0;» n’a pas pu être dessinée&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Afficher ou masquer la légende</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Source: {source} (as of {date})</source>
        <translation>Source&#xa0;: {source} (au {date})</translation>
    </message>
    <message>
        <source>Briefing map</source>
        <translation>Carte de l’exposé</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map stopped {count} times within {seconds} seconds and is not restarted again. The briefing is unchanged: save it and restart the app.</source>
        <translation>La carte s’est arrêtée {count} fois en {seconds} secondes et n’est plus relancée. L’exposé est intact&#xa0;: enregistrez-le et redémarrez l’application.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Data corrections folder: {folder}</source>
        <translation>Dossier des corrections de données&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty briefing</source>
        <translation>Commencer un exposé vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>Ouvrir un fichier d’exposé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Enregistrer l’exposé</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the briefing under a new name</source>
        <translation>Enregistrer l’exposé sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>&amp;Importer une couche…</translation>
    </message>
    <message>
        <source>Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file as a layer (or drop the file on the window)</source>
        <translation>Ajouter un fichier GeoJSON, KML/KMZ, Shapefile, GeoPackage ou CSV comme couche (ou déposer le fichier sur la fenêtre)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF to hand out</source>
        <translation>Produire l’exposé en PDF à distribuer</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Write the briefing as one interactive HTML file that works offline</source>
        <translation>Produire l’exposé sous forme d’un fichier HTML interactif unique, utilisable hors ligne</translation>
    </message>
    <message>
        <source>Export Power&amp;Point…</source>
        <translation>Exporter en Po&amp;werPoint…</translation>
    </message>
    <message>
        <source>Save the briefing as a PowerPoint deck</source>
        <translation>Enregistrer l’exposé en présentation PowerPoint</translation>
    </message>
    <message>
        <source>Export Slide &amp;Image…</source>
        <translation>Exporter l’image de la &amp;diapositive…</translation>
    </message>
    <message>
        <source>Save the map as shown as a PNG picture or a one-page vector PDF</source>
        <translation>Enregistrer la carte telle qu’affichée en image PNG ou en PDF vectoriel d’une page</translation>
    </message>
    <message>
        <source>Export &amp;Replay…</source>
        <translation>Exporter une &amp;animation chronologique…</translation>
    </message>
    <message>
        <source>Save a grouping&apos;s membership between two dates as an animated GIF (or MP4)</source>
        <translation>Enregistrer l’appartenance à un regroupement entre deux dates en GIF animé (ou en MP4)</translation>
    </message>
    <message>
        <source>As &amp;GeoJSON…</source>
        <translation>En &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Write the annotations as GeoJSON (QGIS, web maps)</source>
        <translation>Produire les annotations en GeoJSON (QGIS, cartes web)</translation>
    </message>
    <message>
        <source>As &amp;KML…</source>
        <translation>En &amp;KML…</translation>
    </message>
    <message>
        <source>Write the annotations as KML (Google Earth, TAK)</source>
        <translation>Produire les annotations en KML (Google Earth, TAK)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Print the handout (the PDF&apos;s pages), with a preview</source>
        <translation>Imprimer le document à distribuer (les pages du PDF), avec aperçu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Briefing App</source>
        <translation>Fermer Briefing App</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Cu&amp;t Annotation</source>
        <translation>Co&amp;uper l’annotation</translation>
    </message>
    <message>
        <source>Cut the selected annotations</source>
        <translation>Couper les annotations sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Copy Annotation</source>
        <translation>&amp;Copier l’annotation</translation>
    </message>
    <message>
        <source>Copy the selected annotations</source>
        <translation>Copier les annotations sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Paste Annotation</source>
        <translation>C&amp;oller l’annotation</translation>
    </message>
    <message>
        <source>Paste annotations (also GeoJSON text)</source>
        <translation>Coller des annotations (y compris du texte GeoJSON)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Annotation</source>
        <translation>&amp;Dupliquer l’annotation</translation>
    </message>
    <message>
        <source>Duplicate the selected annotations</source>
        <translation>Dupliquer les annotations sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Supprimer les annotations sélectionnées</translation>
    </message>
    <message>
        <source>Select &amp;All Annotations</source>
        <translation>Sélectionner &amp;toutes les annotations</translation>
    </message>
    <message>
        <source>Select every annotation</source>
        <translation>Sélectionner toutes les annotations</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Cop&amp;ier la carte</translation>
    </message>
    <message>
        <source>Copy the map as shown, with its legend, scale bar and marking, as a picture</source>
        <translation>Copier la carte telle qu’affichée, avec sa légende, son échelle graphique et son marquage, sous forme d’image</translation>
    </message>
    <message>
        <source>New &amp;Grouping…</source>
        <translation>Nouveau re&amp;groupement…</translation>
    </message>
    <message>
        <source>Build a custom grouping of countries</source>
        <translation>Constituer un regroupement de pays personnalisé</translation>
    </message>
    <message>
        <source>Briefing &amp;Properties…</source>
        <translation>&amp;Propriétés de l’exposé…</translation>
    </message>
    <message>
        <source>Title, classification marking, as-of date, author</source>
        <translation>Titre, marquage de classification, date de situation, auteur</translation>
    </message>
    <message>
        <source>&amp;Home View</source>
        <translation>Vue i&amp;nitiale</translation>
    </message>
    <message>
        <source>Return to the briefing&apos;s saved map view</source>
        <translation>Revenir à la vue de carte enregistrée de l’exposé</translation>
    </message>
    <message>
        <source>Every source and as-of date of what is on the map</source>
        <translation>Toutes les sources et dates de situation de ce qui figure sur la carte</translation>
    </message>
    <message>
        <source>Members, population, GDP, defence spending of a grouping</source>
        <translation>Membres, population, PIB et dépenses de défense d’un regroupement</translation>
    </message>
    <message>
        <source>&amp;Finish Shape</source>
        <translation>Termi&amp;ner la forme</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn (Enter)</source>
        <translation>Terminer la ligne ou la zone en cours de tracé (Enter)</translation>
    </message>
    <message>
        <source>Stop Drawing / Clear Selection</source>
        <translation>Arrêter le tracé / Effacer la sélection</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection (Esc)</source>
        <translation>Arrêter le tracé&#xa0;; un second Esc efface la sélection (Esc)</translation>
    </message>
    <message>
        <source>Finish the line or area being drawn</source>
        <translation>Terminer la ligne ou la zone en cours de tracé</translation>
    </message>
    <message>
        <source>Cancel / Select Tool</source>
        <translation>Annuler / Outil de sélection</translation>
    </message>
    <message>
        <source>Stop drawing; a second Esc clears the selection</source>
        <translation>Arrêter le tracé&#xa0;; un second Esc efface la sélection</translation>
    </message>
    <message>
        <source>Place at &amp;Coordinates…</source>
        <translation>Placer aux c&amp;oordonnées…</translation>
    </message>
    <message>
        <source>Place a marker, unit symbol or text where typed coordinates say (decimal, DMS, MGRS)</source>
        <translation>Placer un repère, un symbole d’unité ou un texte aux coordonnées saisies (décimales, DMS, MGRS)</translation>
    </message>
    <message>
        <source>&amp;Add Slide from Current Map</source>
        <translation>&amp;Ajouter une diapositive depuis la carte</translation>
    </message>
    <message>
        <source>Add a slide with the current view, layers and date</source>
        <translation>Ajouter une diapositive avec la vue, les couches et la date actuelles</translation>
    </message>
    <message>
        <source>&amp;Present from Selected Slide</source>
        <translation>&amp;Présenter à partir de la diapositive sélectionnée</translation>
    </message>
    <message>
        <source>Full-screen presentation; Esc to leave</source>
        <translation>Présentation plein écran&#xa0;; Esc pour quitter</translation>
    </message>
    <message>
        <source>Present from &amp;Start</source>
        <translation>Présenter depuis le &amp;début</translation>
    </message>
    <message>
        <source>Full-screen presentation from the first slide</source>
        <translation>Présentation plein écran à partir de la première diapositive</translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation>Visite &amp;guidée</translation>
    </message>
    <message>
        <source>Where layers, drawing tools, slides and export are</source>
        <translation>Où se trouvent les couches, les outils de dessin, les diapositives et l’exportation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every menu entry and key, to search, copy or print</source>
        <translation>Toutes les commandes des menus et leurs touches, à rechercher, copier ou imprimer</translation>
    </message>
    <message>
        <source>Open &amp;Data Corrections Folder</source>
        <translation>Ouvrir le dossier des &amp;corrections de données</translation>
    </message>
    <message>
        <source>Files here correct or extend the built-in memberships, deployments and flashpoints (see geodata/README.md)</source>
        <translation>Les fichiers placés ici corrigent ou complètent les appartenances, déploiements et points de tension intégrés (voir geodata/README.md)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>The app&apos;s log files, to send with a problem report</source>
        <translation>Les fichiers journaux de l’application, à joindre à un signalement de problème</translation>
    </message>
    <message>
        <source>&amp;About Briefing App</source>
        <translation>À &amp;propos de Briefing App</translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation>Version, sources des données et licences</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>De&amp;ssin</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>D&amp;iapositives</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <source>Export &amp;Annotations</source>
        <translation>Exporter les anno&amp;tations</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>OGRReader</name>
    <message>
        <source>GDAL does not recognise the format; is the file damaged?</source>
        <translation>GDAL ne reconnaît pas le format&#xa0;; le fichier est-il endommagé&#xa0;?</translation>
    </message>
    <message>
        <source>cannot be read as {what} ({error})</source>
        <translation>ne peut pas être lu comme {what} ({error})</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; has {count} features; a briefing can embed at most {limit}</source>
        <translation>la couche «&#xa0;{layer}&#xa0;» contient {count} entités&#xa0;; un exposé peut en intégrer au plus {limit}</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; names no coordinate system (is the .prj file missing?) and its coordinates are not longitude/latitude</source>
        <translation>la couche «&#xa0;{layer}&#xa0;» n’indique aucun système de coordonnées (le fichier .prj manque-t-il&#xa0;?) et ses coordonnées ne sont pas en longitude/latitude</translation>
    </message>
    <message>
        <source>a GeoPackage</source>
        <translation>un GeoPackage</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; takes longer than {seconds} s to count its features (an endless query in a view?); refused</source>
        <translation>le comptage des entités de la couche «&#xa0;{layer}&#xa0;» prend plus de {seconds} s (une requête sans fin dans une vue&#xa0;?)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>layer &quot;{layer}&quot; cannot be read ({error})</source>
        <translation>la couche «&#xa0;{layer}&#xa0;» ne peut pas être lue ({error})</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>l’index</translation>
    </message>
    <message>
        <source>the attribute table</source>
        <translation>la table attributaire</translation>
    </message>
    <message>
        <source>is missing its {suffix} file ({role}); a Shapefile is several files: copy {file} next to it, or import the .zip that holds them all</source>
        <translation>il manque son fichier {suffix} ({role})&#xa0;; un Shapefile se compose de plusieurs fichiers&#xa0;: copiez {file} à côté, ou importez le .zip qui les contient tous</translation>
    </message>
    <message>
        <source>with its .shx and .dbf is {size}; imported files are limited to {limit}</source>
        <translation>fait {size} avec ses fichiers .shx et .dbf&#xa0;; les fichiers importés sont limités à {limit}</translation>
    </message>
    <message>
        <source>an ESRI Shapefile</source>
        <translation>un Shapefile ESRI</translation>
    </message>
    <message>
        <source>is a zip archive without a Shapefile (.shp) in it</source>
        <translation>est une archive zip qui ne contient aucun Shapefile (.shp)</translation>
    </message>
    <message>
        <source>holds &quot;{file}&quot; without its {suffix} file</source>
        <translation>contient «&#xa0;{file}&#xa0;» sans son fichier {suffix}</translation>
    </message>
    <message>
        <source>a Shapefile (&quot;{layer}&quot;)</source>
        <translation>un Shapefile («&#xa0;{layer}&#xa0;»)</translation>
    </message>
    <message>
        <source>is a GeoPackage without any layer that has geometries</source>
        <translation>est un GeoPackage sans aucune couche comportant des géométries</translation>
    </message>
    <message>
        <source>a GeoPackage (layer &quot;{layer}&quot;)</source>
        <translation>un GeoPackage (couche «&#xa0;{layer}&#xa0;»)</translation>
    </message>
    <message>
        <source>has no layer &quot;{layer}&quot;; its layers are: {layers}</source>
        <translation>n’a pas de couche «&#xa0;{layer}&#xa0;»&#xa0;; ses couches sont&#xa0;: {layers}</translation>
    </message>
</context>
<context>
    <name>Occupation status</name>
    <message>
        <source>occupied</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>claimed annexation</source>
        <translation>annexion revendiquée</translation>
    </message>
</context>
<context>
    <name>PdfAppendix</name>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Members of {grouping} on {date} ({count})</source>
        <translation>{grouping}&#xa0;: membres au {date} ({count})</translation>
    </message>
    <message>
        <source>custom grouping in this briefing</source>
        <translation>regroupement personnalisé de cet exposé</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>Deployments on the maps</source>
        <translation>Déploiements figurant sur les cartes</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Nation-cadre</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Flashpoints and ranges on the maps</source>
        <translation>Points de tension et portées figurant sur les cartes</translation>
    </message>
    <message>
        <source>No sourced location: not drawn.</source>
        <translation>Aucun emplacement sourcé&#xa0;: non représenté.</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Point de tension</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Figures of {grouping} on {date}</source>
        <translation>{grouping}&#xa0;: chiffres au {date}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Coverage, source and year</source>
        <translation>Couverture, source et année</translation>
    </message>
</context>
<context>
    <name>PdfCover</name>
    <message>
        <source>Cover</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Security briefing as of {date}</source>
        <translation>Exposé sur la situation de sécurité au {date}</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>{paper} ({size}, {base} enlarged)</source>
        <translation>{paper} ({size}, {base} agrandi)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Appendix: members, deployments and flashpoints with sources</source>
        <translation>Annexe&#xa0;: membres, déploiements et points de tension, avec sources</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Scale at map centre</source>
        <translation>Échelle au centre de la carte</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Talking points, continued</source>
        <translation>Éléments de langage (suite)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <source>Continued on the next page.</source>
        <translation>Suite à la page suivante.</translation>
    </message>
    <message>
        <source>Talking points: on the next page.</source>
        <translation>Éléments de langage&#xa0;: page suivante.</translation>
    </message>
    <message>
        <source>Legend continued on the next page.</source>
        <translation>Suite de la légende à la page suivante.</translation>
    </message>
    <message>
        <source>Legend, continued</source>
        <translation>Légende (suite)</translation>
    </message>
    <message>
        <source>Locator: the map&apos;s extent</source>
        <translation>Carte de situation&#xa0;: emprise de la carte</translation>
    </message>
</context>
<context>
    <name>PdfSources</name>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>full list p. {page}</source>
        <translation>liste complète p. {page}</translation>
    </message>
    <message>
        <source>{sources} ({list}): </source>
        <translation>{sources} ({list})&#xa0;: </translation>
    </message>
    <message>
        <source>Each map page cites its sources by these numbers.</source>
        <translation>Chaque page de carte cite ses sources au moyen de ces numéros.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation>Cité pour</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(au {date})</translation>
    </message>
</context>
<context>
    <name>PlaceAtCoordinates</name>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Unit symbol</source>
        <translation>Symbole d’unité</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Étiquette de texte</translation>
    </message>
    <message>
        <source>Place at Coordinates</source>
        <translation>Placer aux coordonnées</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{decimal}  or  {mgrs}</source>
        <translation>{decimal}  ou  {mgrs}</translation>
    </message>
    <message>
        <source>Decimal degrees, degrees-minutes-seconds or MGRS: {examples}</source>
        <translation>Degrés décimaux, degrés-minutes-secondes ou MGRS&#xa0;: {examples}</translation>
    </message>
    <message>
        <source>What the position was read as</source>
        <translation>Interprétation de la position saisie</translation>
    </message>
    <message>
        <source>What to place</source>
        <translation>Élément à placer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Shown on the map (optional)</source>
        <translation>Affiché sur la carte (facultatif)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Placer</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place a:</source>
        <translation>Placer un &amp;élément&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Type a position, e.g. {examples}</source>
        <translation>Saisissez une position, p. ex. {examples}</translation>
    </message>
    <message>
        <source>Read as {readings}</source>
        <translation>Interprété comme {readings}</translation>
    </message>
    <message>
        <source>A text label needs its words.</source>
        <translation>Une étiquette de texte doit contenir du texte.</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>Made with Briefing App</source>
        <translation>Réalisé avec Briefing App</translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation>Exposé sans titre</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositive sans titre</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map: {title}, as of {date}</source>
        <translation>Carte&#xa0;: {title}, au {date}</translation>
    </message>
    <message>
        <source>Custom grouping in this briefing</source>
        <translation>Regroupement personnalisé de cet exposé</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>Animation&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Animated map: {title}, one frame per change of membership</source>
        <translation>Carte animée&#xa0;: {title}, une image par changement d’appartenance</translation>
    </message>
    <message>
        <source>The picture plays in the slide show (an animated GIF); one frame per day the membership changed, each dated.</source>
        <translation>L’image s’anime pendant le diaporama (GIF animé)&#xa0;; une image par jour où l’appartenance a changé, chacune datée.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>After the last slide: the end screen (Previous goes back)</source>
        <translation>Après la dernière diapositive&#xa0;: l’écran de fin (Précédente pour revenir)</translation>
    </message>
    <message>
        <source>Next on the last slide</source>
        <translation>Suivante sur la dernière diapositive</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <source>Go to slide number</source>
        <translation>Aller à la diapositive numéro</translation>
    </message>
    <message>
        <source>digits, then Enter</source>
        <translation>chiffres, puis Enter</translation>
    </message>
    <message>
        <source>Black screen (again to go back)</source>
        <translation>Écran noir (à nouveau pour revenir)</translation>
    </message>
    <message>
        <source>White screen (again to go back)</source>
        <translation>Écran blanc (à nouveau pour revenir)</translation>
    </message>
    <message>
        <source>Pen on / off</source>
        <translation>Crayon activé / désactivé</translation>
    </message>
    <message>
        <source>Erase the pen strokes</source>
        <translation>Effacer les tracés au crayon</translation>
    </message>
    <message>
        <source>Keep the pen strokes as annotations</source>
        <translation>Conserver les tracés au crayon comme annotations</translation>
    </message>
    <message>
        <source>Show or hide the notes (without a presenter screen)</source>
        <translation>Afficher ou masquer les notes (sans écran présentateur)</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Fin de l’exposé</translation>
    </message>
    <message>
        <source>Esc to leave  ·  ← to go back</source>
        <translation>Esc pour quitter  ·  ← pour revenir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — présentation</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de la diapositive</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>Go to slide {number}…</source>
        <translation>Aller à la diapositive {number}…</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Écran blanc</translation>
    </message>
    <message>
        <source>Pen on</source>
        <translation>Crayon activé</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Numéro de diapositive</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositive actuelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>→ / PgDn / Space  next (then the end screen)
← / PgUp  previous
Home / End  first / last
number + Enter  go to slide
B / .  black   W  white
P  pen   E  erase   K  keep
Esc  end the presentation</source>
        <translation>→ / PgDn / Space  suivante (puis l’écran de fin)
← / PgUp  précédente
Home / End  première / dernière
numéro + Enter  aller à la diapositive
B / .  noir   W  blanc
P  crayon   E  effacer   K  conserver
Esc  terminer la présentation</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>End of the briefing</source>
        <translation>Fin de l’exposé</translation>
    </message>
    <message>
        <source>End  ({count} / {count} shown)</source>
        <translation>Fin  ({count} / {count} affichées)</translation>
    </message>
    <message>
        <source>End of briefing</source>
        <translation>Fin de l’exposé</translation>
    </message>
    <message>
        <source>The audience sees the end screen.

← goes back to the last slide; Esc ends the presentation.</source>
        <translation>Le public voit l’écran de fin.

← revient à la dernière diapositive&#xa0;; Esc termine la présentation.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Briefing properties</source>
        <translation>Propriétés de l’exposé</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>État a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>S&amp;ynthèse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot be created: {reason}</source>
        <translation>ne peut pas être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>recovery file</source>
        <translation>fichier de récupération</translation>
    </message>
    <message>
        <source>is not a Briefing App recovery file</source>
        <translation>n’est pas un fichier de récupération de Briefing App</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the replay ends ({end}) before it starts ({start})</source>
        <translation>l’animation se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay</source>
        <translation>il n’y a pas de regroupement {grouping} à rejouer</translation>
    </message>
    <message>
        <source>there is no grouping {grouping} to replay; choose one of: {known}</source>
        <translation>il n’y a pas de regroupement {grouping} à rejouer&#xa0;; choisissez parmi&#xa0;: {known}</translation>
    </message>
    <message>
        <source>{text}: expected GROUPING, GROUPING:FROM or GROUPING:FROM:TO</source>
        <translation>{text}&#xa0;: GROUPING, GROUPING:FROM ou GROUPING:FROM:TO attendu</translation>
    </message>
    <message>
        <source>{text}: dates are written YYYY-MM-DD</source>
        <translation>{text}&#xa0;: les dates s’écrivent AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{grouping}, {start} to {end}</source>
        <translation>{grouping}, du {start} au {end}</translation>
    </message>
    <message>
        <source>a replay is written as {gif} or {mp4}</source>
        <translation>une animation s’enregistre en {gif} ou {mp4}</translation>
    </message>
    <message>
        <source>no MP4 encoder (ffmpeg) is installed here; export the replay as a GIF, or install ffmpeg or the imageio-ffmpeg package</source>
        <translation>aucun encodeur MP4 (ffmpeg) n’est installé ici&#xa0;; exportez l’animation en GIF, ou installez ffmpeg ou le paquet imageio-ffmpeg</translation>
    </message>
    <message>
        <source>the MP4 encoder failed: {reason}</source>
        <translation>l’encodeur MP4 a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the MP4 encoder could not run: {reason}</source>
        <translation>l’encodeur MP4 n’a pas pu être lancé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>1280 × 720 (for slides and e-mail)</source>
        <translation>1280 × 720 (pour diapositives et courriel)</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>Export Replay</source>
        <translation>Exporter une animation chronologique</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Regroupement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>The replay must end on or after the day it starts.</source>
        <translation>L’animation doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <source>A custom grouping has no dates: the replay shows its members unchanged.</source>
        <translation>Un regroupement personnalisé n’a pas de dates&#xa0;: l’animation montre ses membres sans changement.</translation>
    </message>
    <message>
        <source>One frame per day the membership changed, each dated and marked.</source>
        <translation>Une image par jour où l’appartenance a changé, chacune datée et marquée.</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>{grouping} on {date}</source>
        <translation>{grouping} au {date}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}, not {second}</source>
        <translation>{first}, hors {second}</translation>
    </message>
    <message>
        <source>{first} and {second} on {date}</source>
        <translation>{first} et {second} au {date}</translation>
    </message>
    <message>
        <source>{grouping}: custom grouping in this briefing</source>
        <translation>{grouping}&#xa0;: regroupement personnalisé de cet exposé</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation>Nation-cadre</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation>{place} ({precision})</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>{capital} ({distance} km)</source>
        <translation>{capital} ({distance}&#xa0;km)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{weapon}: {radius} km from {place}</source>
        <translation>{weapon}&#xa0;: {radius}&#xa0;km depuis {place}</translation>
    </message>
    <message>
        <source>{weapon} from {place}</source>
        <translation>{weapon} depuis {place}</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>{radius} km (geodesic)</source>
        <translation>{radius}&#xa0;km (géodésique)</translation>
    </message>
    <message>
        <source>Capitals within</source>
        <translation>Capitales à portée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <source>Straight line (km)</source>
        <translation>Ligne droite (km)</translation>
    </message>
    <message>
        <source>Length source</source>
        <translation>Source de la longueur</translation>
    </message>
    <message>
        <source>North-western tripoint</source>
        <translation>Tripoint nord-ouest</translation>
    </message>
    <message>
        <source>{distance} km</source>
        <translation>{distance}&#xa0;km</translation>
    </message>
    <message>
        <source>Along the border</source>
        <translation>Le long de la frontière</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>En ligne droite</translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation>Point de tension</translation>
    </message>
    <message>
        <source>Weapon range (geodesic)</source>
        <translation>Portée des armes (géodésique)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Occupied by Russia</source>
        <translation>Occupé par la Russie</translation>
    </message>
    <message>
        <source>Claimed by Russia as annexed (not a front line)</source>
        <translation>Revendiqué comme annexé par la Russie (pas une ligne de front)</translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation>Code du symbole</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>imported from {file} ({format}) on {date}</source>
        <translation>importé de {file} ({format}) le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n features.</source>
        <translation>
            <numerusform>%n entité.</numerusform>
            <numerusform>%n entités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Loading places…</source>
        <translation>Chargement des lieux…</translation>
    </message>
    <message>
        <source>No places found</source>
        <translation>Aucun lieu trouvé</translation>
    </message>
    <message>
        <source>Search places (Ctrl+F)</source>
        <translation>Rechercher des lieux (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search places</source>
        <translation>Rechercher des lieux</translation>
    </message>
    <message>
        <source>Find a country, capital, city, deployment or flashpoint and fly the map there; old and other spellings work too (Königsberg, Wilno, Lvov)</source>
        <translation>Trouver un pays, une capitale, une ville, un déploiement ou un point de tension et y centrer la carte&#xa0;; les graphies anciennes ou étrangères fonctionnent aussi (Königsberg, Wilno, Lvov)</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <source>Place search is unavailable: {reason}</source>
        <translation>La recherche de lieux est indisponible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositive {number}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Rien à présenter</translation>
    </message>
    <message>
        <source>This briefing has no slides yet: add one with Slides → Add Slide.</source>
        <translation>Cet exposé ne comporte pas encore de diapositive&#xa0;: ajoutez-en une avec Diapositives → Ajouter une diapositive depuis la carte.</translation>
    </message>
</context>
<context>
    <name>SlideImage</name>
    <message>
        <source>Sources: {names}</source>
        <translation>Sources&#xa0;: {names}</translation>
    </message>
    <message>
        <source>More in the handout&apos;s legend.</source>
        <translation>Détails dans la légende du document à distribuer.</translation>
    </message>
</context>
<context>
    <name>SlidesDock</name>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(modifiée)</translation>
    </message>
    <message>
        <source>Working map</source>
        <translation>Carte de travail</translation>
    </message>
    <message>
        <source>Show the working map: edits change it and no slide. With a slide shown, edits change that slide only (Esc in the list)</source>
        <translation>Afficher la carte de travail&#xa0;: les modifications s’y appliquent et ne touchent aucune diapositive. Lorsqu’une diapositive est affichée, les modifications ne s’appliquent qu’à elle (Esc dans la liste)</translation>
    </message>
    <message>
        <source>Click to show a slide; double-click or F2 to rename; drag to reorder</source>
        <translation>Cliquez pour afficher une diapositive&#xa0;; double-clic ou F2 pour la renommer&#xa0;; faites glisser pour réordonner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a slide from the current map (Ctrl+M)</source>
        <translation>Ajouter une diapositive à partir de la carte actuelle (Ctrl+M)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Keep the selected slide as the map shows it: its view from the map, its changes accepted</source>
        <translation>Conserver la diapositive sélectionnée telle que la carte l’affiche&#xa0;: sa vue reprise de la carte, ses modifications acceptées</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the selected slide back as it was before the changes marked in the list</source>
        <translation>Remettre la diapositive sélectionnée dans l’état où elle était avant les modifications signalées dans la liste</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Present from the selected slide (F5)</source>
        <translation>Présenter à partir de la diapositive sélectionnée (F5)</translation>
    </message>
    <message>
        <source>Talking points (speaker notes):</source>
        <translation>Éléments de langage (notes de l’orateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Talking points of the selected slide</source>
        <translation>Éléments de langage de la diapositive sélectionnée</translation>
    </message>
    <message>
        <source>What to say on this slide</source>
        <translation>Ce qu’il faut dire sur cette diapositive</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Diapositive {number}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources of what is on the map</source>
        <translation>Sources de ce qui figure sur la carte</translation>
    </message>
</context>
<context>
    <name>Symbol affiliation</name>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostile</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Assumed friend</source>
        <translation>Ami présumé</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
</context>
<context>
    <name>Symbol category</name>
    <message>
        <source>Manoeuvre</source>
        <translation>Manœuvre</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>Feux</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Command and control</source>
        <translation>Commandement et contrôle</translation>
    </message>
    <message>
        <source>Aviation</source>
        <translation>Aviation</translation>
    </message>
    <message>
        <source>Sustainment</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Land equipment</source>
        <translation>Équipements terrestres</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installations</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Maritime</source>
        <translation>Maritime</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>Symbol echelon</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Team / crew</source>
        <translation>Équipe / équipage</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Demi-section</translation>
    </message>
    <message>
        <source>Platoon / detachment</source>
        <translation>Section / peloton / détachement</translation>
    </message>
    <message>
        <source>Company / battery / troop</source>
        <translation>Compagnie / batterie / escadron</translation>
    </message>
    <message>
        <source>Battalion / squadron</source>
        <translation>Bataillon / groupe d’escadrons</translation>
    </message>
    <message>
        <source>Regiment / group</source>
        <translation>Régiment / groupement</translation>
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
        <translation>Corps d’armée</translation>
    </message>
    <message>
        <source>Army</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Army group / front</source>
        <translation>Groupe d’armées / front</translation>
    </message>
    <message>
        <source>Region / theatre</source>
        <translation>Région / théâtre</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <source>Choose unit symbol</source>
        <translation>Choisir un symbole d’unité</translation>
    </message>
    <message>
        <source>Choose an APP-6 unit symbol</source>
        <translation>Choisir un symbole d’unité APP-6</translation>
    </message>
    <message>
        <source>Search: tank, MLRS, Iskander, air defence…</source>
        <translation>Rechercher&#xa0;: char, LRM, Iskander, défense sol-air…</translation>
    </message>
    <message>
        <source>Search symbol types</source>
        <translation>Rechercher des types de symboles</translation>
    </message>
    <message>
        <source>Symbol types</source>
        <translation>Types de symboles</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>État-ma&amp;jor</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>État-major</translation>
    </message>
    <message>
        <source>&amp;Task force</source>
        <translation>&amp;Force opérationnelle</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Force opérationnelle</translation>
    </message>
    <message>
        <source>Preview of the symbol</source>
        <translation>Aperçu du symbole</translation>
    </message>
    <message>
        <source>Symbol code (20-digit APP-6D SIDC)</source>
        <translation>Code du symbole (SIDC APP-6D à 20 chiffres)</translation>
    </message>
    <message>
        <source>Type or paste a 20-digit APP-6D code to set the choices from it</source>
        <translation>Saisissez ou collez un code APP-6D à 20 chiffres pour en déduire les choix</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>État du code</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Echelon:</source>
        <translation>É&amp;chelon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Not in the list; kept as typed.</source>
        <translation>Absent de la liste&#xa0;; conservé tel que saisi.</translation>
    </message>
    <message>
        <source>A valid symbol the choices here cannot express; kept as typed.</source>
        <translation>Symbole valide que les choix proposés ici ne permettent pas d’exprimer&#xa0;; conservé tel que saisi.</translation>
    </message>
    <message>
        <source>Not a valid 20-digit APP-6D code.</source>
        <translation>Code APP-6D à 20 chiffres non valide.</translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>Other symbol (set {set}, entity {entity})</source>
        <translation>Autre symbole (ensemble {set}, entité {entity})</translation>
    </message>
    <message>
        <source>Infantry</source>
        <translation>Infanterie</translation>
    </message>
    <message>
        <source>Mechanized infantry</source>
        <translation>Infanterie mécanisée</translation>
    </message>
    <message>
        <source>Motorized infantry</source>
        <translation>Infanterie motorisée</translation>
    </message>
    <message>
        <source>Airborne infantry</source>
        <translation>Infanterie aéroportée</translation>
    </message>
    <message>
        <source>Air assault</source>
        <translation>Assaut aérien</translation>
    </message>
    <message>
        <source>Marine / naval infantry</source>
        <translation>Infanterie de marine</translation>
    </message>
    <message>
        <source>Mountain infantry</source>
        <translation>Infanterie de montagne</translation>
    </message>
    <message>
        <source>Armour</source>
        <translation>Blindés</translation>
    </message>
    <message>
        <source>Armoured reconnaissance</source>
        <translation>Reconnaissance blindée</translation>
    </message>
    <message>
        <source>Reconnaissance</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Anti-tank</source>
        <translation>Antichar</translation>
    </message>
    <message>
        <source>Combined arms</source>
        <translation>Interarmes</translation>
    </message>
    <message>
        <source>Special operations forces</source>
        <translation>Forces spéciales</translation>
    </message>
    <message>
        <source>UAV unit (unmanned aircraft systems)</source>
        <translation>Unité de drones (systèmes d’aéronefs sans équipage)</translation>
    </message>
    <message>
        <source>Field artillery</source>
        <translation>Artillerie de campagne</translation>
    </message>
    <message>
        <source>Self-propelled artillery</source>
        <translation>Artillerie automotrice</translation>
    </message>
    <message>
        <source>Rocket artillery (MLRS)</source>
        <translation>Artillerie à roquettes (LRM)</translation>
    </message>
    <message>
        <source>Mortar</source>
        <translation>Mortier</translation>
    </message>
    <message>
        <source>Air defence</source>
        <translation>Défense sol-air</translation>
    </message>
    <message>
        <source>Air defence, missile</source>
        <translation>Défense sol-air, missiles</translation>
    </message>
    <message>
        <source>Missile (surface-to-surface)</source>
        <translation>Missiles (sol-sol)</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Génie</translation>
    </message>
    <message>
        <source>Combat engineer</source>
        <translation>Génie de combat</translation>
    </message>
    <message>
        <source>CBRN defence</source>
        <translation>Défense NRBC</translation>
    </message>
    <message>
        <source>Military police</source>
        <translation>Police militaire</translation>
    </message>
    <message>
        <source>Explosive ordnance disposal</source>
        <translation>Neutralisation et destruction des explosifs (NEDEX)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Garde-frontières</translation>
    </message>
    <message>
        <source>Military intelligence</source>
        <translation>Renseignement militaire</translation>
    </message>
    <message>
        <source>Electronic warfare</source>
        <translation>Guerre électronique</translation>
    </message>
    <message>
        <source>Headquarters / command and control</source>
        <translation>État-major / commandement et contrôle</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>Civil-military cooperation (CIMIC)</source>
        <translation>Coopération civilo-militaire (CIMIC)</translation>
    </message>
    <message>
        <source>Psychological operations (MISO)</source>
        <translation>Opérations psychologiques (MISO)</translation>
    </message>
    <message>
        <source>Aviation, rotary wing</source>
        <translation>Aviation, voilure tournante</translation>
    </message>
    <message>
        <source>Attack helicopter</source>
        <translation>Hélicoptère d’attaque</translation>
    </message>
    <message>
        <source>Aviation, fixed wing</source>
        <translation>Aviation, voilure fixe</translation>
    </message>
    <message>
        <source>Logistics (combat service support)</source>
        <translation>Logistique (soutien logistique du combat)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Ravitaillement</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Medical treatment facility</source>
        <translation>Structure de soins médicaux</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Munitions</translation>
    </message>
    <message>
        <source>Petroleum, oil and lubricants</source>
        <translation>Carburants, huiles et lubrifiants</translation>
    </message>
    <message>
        <source>Tank</source>
        <translation>Char</translation>
    </message>
    <message>
        <source>Multiple rocket launcher</source>
        <translation>Lance-roquettes multiple</translation>
    </message>
    <message>
        <source>SRBM launcher (Iskander-class)</source>
        <translation>Lanceur de missiles balistiques de courte portée (type Iskander)</translation>
    </message>
    <message>
        <source>Surface-to-air missile launcher</source>
        <translation>Lanceur de missiles sol-air</translation>
    </message>
    <message>
        <source>Military base</source>
        <translation>Base militaire</translation>
    </message>
    <message>
        <source>Airfield / airport</source>
        <translation>Aérodrome / aéroport</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>Port maritime</translation>
    </message>
    <message>
        <source>Nuclear power plant</source>
        <translation>Centrale nucléaire</translation>
    </message>
    <message>
        <source>Missile site</source>
        <translation>Site de missiles</translation>
    </message>
    <message>
        <source>Military aircraft, fixed wing</source>
        <translation>Aéronef militaire à voilure fixe</translation>
    </message>
    <message>
        <source>Fighter aircraft</source>
        <translation>Avion de chasse</translation>
    </message>
    <message>
        <source>Military helicopter</source>
        <translation>Hélicoptère militaire</translation>
    </message>
    <message>
        <source>Unmanned aerial vehicle (UAV)</source>
        <translation>Drone (UAV)</translation>
    </message>
    <message>
        <source>Surface combatant (warship)</source>
        <translation>Bâtiment de combat de surface (navire de guerre)</translation>
    </message>
    <message>
        <source>Frigate</source>
        <translation>Frégate</translation>
    </message>
    <message>
        <source>Corvette</source>
        <translation>Corvette</translation>
    </message>
    <message>
        <source>Submarine</source>
        <translation>Sous-marin</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Show the window and the map in the Light theme</source>
        <translation>Afficher la fenêtre et la carte avec le thème Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Show the window and the map in the Dark theme</source>
        <translation>Afficher la fenêtre et la carte avec le thème Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Show the window and the map in the High Contrast theme</source>
        <translation>Afficher la fenêtre et la carte avec le thème Contraste élevé</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>The map shows the built-in briefing “European security landscape”: countries, alliance and coalition membership, Eastern-flank deployments and flashpoints.</source>
        <translation>La carte présente l’exposé intégré «&#xa0;European security landscape&#xa0;»&#xa0;: pays, appartenance aux alliances et coalitions, déploiements sur le flanc est et points de tension.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>The Layers panel switches layers on and off, sets their opacity and colours countries by a grouping such as NATO or the EU; below it are the layer&apos;s source and as-of date.</source>
        <translation>Le panneau Couches affiche ou masque les couches, règle leur opacité et colore les pays selon un regroupement tel que NATO ou EU&#xa0;; en dessous figurent la source de la couche et sa date de situation.</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>With the Membership layer selected, “Colour by” picks the grouping the map colours (EU, NATO, the Coalition of the Willing…) and “Compare with” a second one, so that both, either and neither stand apart. New grouping… builds your own from a list of countries or by clicking the map (Ctrl+G).</source>
        <translation>Lorsque la couche Appartenance est sélectionnée, «&#xa0;Colorer selon&#xa0;» choisit le regroupement que la carte met en couleur (EU, NATO, Coalition des volontaires…) et «&#xa0;Comparer avec&#xa0;» un second, afin de distinguer les pays membres des deux, de l’un seulement ou d’aucun. Nouveau regroupement… permet de constituer le vôtre à partir d’une liste de pays ou en cliquant sur la carte (Ctrl+G).</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>The as-of bar sets the date the briefing describes. Drag the slider or pick a date: memberships, deployments and figures change to what was true then. Each slide keeps its own date.</source>
        <translation>La barre de date de situation fixe la date que décrit l’exposé. Faites glisser le curseur ou choisissez une date&#xa0;: appartenances, déploiements et chiffres reflètent alors la situation à cette date. Chaque diapositive conserve sa propre date.</translation>
    </message>
    <message>
        <source>Grouping figures</source>
        <translation>Chiffres du regroupement</translation>
    </message>
    <message>
        <source>The Grouping figures panel (View menu) totals a grouping on that date: members, population, GDP, defence spending and personnel, each with its coverage and source, and a table by country to copy or save as CSV.</source>
        <translation>Le panneau Chiffres du regroupement (menu Affichage) totalise un regroupement à cette date&#xa0;: membres, population, PIB, dépenses de défense et effectifs, chacun avec sa couverture et sa source, ainsi qu’un tableau par pays à copier ou à enregistrer en CSV.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>The Draw tool bar places markers, unit symbols, arrows, lines, areas, range rings and labels on the map (keys {tool_keys}; Esc stops drawing). The Annotations panel lists what you drew: select an item there to change its label, colour or radius. Every edit can be undone with {undo_keys}.</source>
        <translation>La barre d’outils Dessin place sur la carte des repères, des symboles d’unité, des flèches, des lignes, des zones, des cercles de portée et des étiquettes (touches {tool_keys}&#xa0;; Esc arrête le tracé). Le panneau Annotations recense vos tracés&#xa0;: sélectionnez-y un élément pour modifier son libellé, sa couleur ou son rayon. Toute modification peut être annulée avec {undo_keys}.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>A slide remembers the map view, the layers and the date. Add one from the current map with Add in the Slides panel; write talking points under the list. Present ({present_keys}) shows the slides full screen with a clicker; Esc ends the presentation.</source>
        <translation>Une diapositive mémorise la vue de la carte, les couches et la date. Ajoutez-en une à partir de la carte actuelle avec Ajouter dans le panneau Diapositives&#xa0;; rédigez les éléments de langage sous la liste. Présenter ({present_keys}) affiche les diapositives en plein écran, avec télécommande&#xa0;; Esc termine la présentation.</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Enregistrer et exporter</translation>
    </message>
    <message>
        <source>The File menu saves the briefing ({save_keys}) and exports it as a PDF to hand out ({pdf_keys}) or as one interactive HTML file that works offline ({html_keys}).</source>
        <translation>Le menu Fichier enregistre l’exposé ({save_keys}) et l’exporte en PDF à distribuer ({pdf_keys}) ou sous forme d’un fichier HTML interactif unique, utilisable hors ligne ({html_keys}).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search places ({keys}): type a country, capital, city, deployment or flashpoint and press Enter to fly the map there.</source>
        <translation>Rechercher des lieux ({keys})&#xa0;: saisissez un pays, une capitale, une ville, un déploiement ou un point de tension et appuyez sur Enter pour y centrer la carte.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every key; Help → Welcome Tour shows this tour again.</source>
        <translation>Aide → Raccourcis clavier recense toutes les touches&#xa0;; Aide → Visite guidée affiche à nouveau cette visite.</translation>
    </message>
    <message>
        <source>Welcome tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texte de l’étape</translation>
    </message>
    <message>
        <source>Open the &amp;built-in briefing</source>
        <translation>Ouvrir l’exposé &amp;intégré</translation>
    </message>
    <message>
        <source>Show the example briefing this tour describes (asks first if the open briefing has unsaved changes)</source>
        <translation>Afficher l’exposé d’exemple que décrit cette visite (avec confirmation si l’exposé ouvert comporte des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>Étape précédente (← ou Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>Étape suivante (→ ou Page Down)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Fermer la visite</translation>
    </message>
    <message>
        <source>Close the tour (Esc); Help → Welcome Tour shows it again</source>
        <translation>Fermer la visite (Esc)&#xa0;; Aide → Visite guidée l’affiche à nouveau</translation>
    </message>
    <message>
        <source>Welcome to Briefing App · step {number} of {count}</source>
        <translation>Bienvenue dans Briefing App · étape {number} sur {count}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>is not a readable zip archive ({error})</source>
        <translation>n’est pas une archive zip lisible ({error})</translation>
    </message>
    <message>
        <source>holds {count} entries; at most {limit} are accepted</source>
        <translation>contient {count} entrées&#xa0;; au plus {limit} sont acceptées</translation>
    </message>
    <message>
        <source>would unpack to {size}; at most {limit} are accepted</source>
        <translation>se décompresserait en {size}&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>holds the entry &quot;{entry}&quot;, whose name points outside the archive; refused</source>
        <translation>contient l’entrée «&#xa0;{entry}&#xa0;», dont le nom pointe hors de l’archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; would inflate {ratio} times; refused as a possible zip bomb</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» gonflerait d’un facteur {ratio}&#xa0;; refusée comme bombe zip possible</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be opened ({error})</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» ne peut pas être ouverte ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; cannot be unpacked ({error})</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» ne peut pas être décompressée ({error})</translation>
    </message>
    <message>
        <source>entry &quot;{entry}&quot; is larger than its archive says; refused as a possible zip bomb</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» est plus grande que ne l’indique son archive&#xa0;; refusée comme bombe zip possible</translation>
    </message>
</context>
</TS>

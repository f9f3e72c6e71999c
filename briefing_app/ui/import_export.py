"""Importing users' geodata files as layers of the briefing, and exporting annotations and
imported layers as GeoJSON or KML.

Reading runs on a worker thread behind a progress dialog the user can cancel; what was
repaired or dropped is reported; a file that cannot be used leaves the briefing unchanged."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.atomicfile import write_atomically
from briefing_app.core.jsonreader import DataFileError
from briefing_app.geofiles import SUPPORTED_SUFFIXES, GeoFileCancelled, GeoFileError
from briefing_app.geofiles.layer import GeoFile
from briefing_app.model import commands
from briefing_app.model.document import ImportedLayer, new_id
from briefing_app.scene.build import annotation_geometry
from briefing_app.style.map_style import IMPORT_PALETTE, annotation_style
from briefing_app.ui.i18n import translate

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def import_filter() -> str:
    """The file dialog's filters: the descriptions in the chosen language, the patterns as
    they are."""
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    return ";;".join(
        (
            translate("ImportExport", "Geodata files ({patterns})").format(patterns=patterns),
            "GeoJSON (*.geojson *.json)",
            "KML / KMZ (*.kml *.kmz)",
            "Shapefile (*.shp *.zip)",
            "GeoPackage (*.gpkg)",
            translate("ImportExport", "CSV with coordinates ({patterns})").format(patterns="*.csv"),
            translate("ImportExport", "All files ({patterns})").format(patterns="*"),
        )
    )


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


class _Reader(QThread):
    """Reads one file off the GUI thread; progress and cancelling through plain fields."""

    def __init__(
        self,
        path: Path,
        layers: list[str] | None,
        csv_columns: tuple[str, str] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.layers = layers
        self.csv_columns = csv_columns
        self.done = 0
        self.total = 0
        self.cancelled = threading.Event()
        self.result: GeoFile | None = None
        self.error: Exception | None = None

    def _progress(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled.is_set()

    def run(self) -> None:
        from briefing_app.geofiles import read_geofile  # loads GDAL: not at start

        try:
            self.result = read_geofile(
                self.path, layers=self.layers, csv_columns=self.csv_columns, progress=self._progress
            )
        except Exception as exc:  # reported to the user by the GUI thread
            self.error = exc


def read_with_progress(
    parent: QWidget,
    path: Path,
    layers: list[str] | None = None,
    csv_columns: tuple[str, str] | None = None,
) -> GeoFile | None:
    """Read a file with a progress dialog; None if the user cancelled. GeoFileError (and
    only that) reaches the caller for a file that cannot be used."""
    reader = _Reader(path, layers, csv_columns, parent)
    dialog = QProgressDialog(
        translate("ImportExport", "Reading {file}…").format(file=path.name),
        translate("ImportExport", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(translate("ImportExport", "Import layer"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick files never flash a dialog
    dialog.canceled.connect(reader.cancelled.set)
    timer = QTimer(dialog)
    timer.setInterval(100)

    def show_progress() -> None:
        if reader.total:
            dialog.setMaximum(reader.total)
            dialog.setValue(min(reader.done, reader.total))

    timer.timeout.connect(show_progress)
    # The window stays responsive (and the dialog's Cancel works) while the file is read.
    loop = QEventLoop()
    reader.finished.connect(loop.quit)
    reader.start()
    timer.start()
    loop.exec()
    reader.wait()
    timer.stop()
    cancelled = reader.cancelled.is_set() or isinstance(reader.error, GeoFileCancelled)
    dialog.canceled.disconnect()  # closing a progress dialog counts as cancelling it
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        return None
    if isinstance(reader.error, GeoFileError):
        raise reader.error
    if reader.error is not None:
        log.error("import of %s failed", path, exc_info=reader.error)
        raise GeoFileError(
            path,
            translate("ImportExport", "could not be read: {reason}").format(reason=reader.error),
        )
    return reader.result


class _ChoiceDialog(QDialog):
    """Which layers of a GeoPackage (or zip) to import."""

    def __init__(self, path: Path, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportExport", "Choose layers"))
        column = QVBoxLayout(self)
        count = len(names)
        label = QLabel(
            translate("ImportExport", "{file} holds %n layers. Import:", None, count).format(
                file=path.name
            )
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(label)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ImportExport", "Layers to import"))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        column.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            self.list.item(r).text()
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]


class _CsvColumnsDialog(QDialog):
    """Which columns hold latitude and longitude, proposed from what was detected."""

    def __init__(
        self,
        path: Path,
        header: list[str],
        proposed: tuple[str, str] | None,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportExport", "Coordinates in the CSV file"))
        form = QFormLayout(self)
        text = QLabel(
            translate("ImportExport", "{file}: {note}").format(
                file=path.name,
                note=note or translate("ImportExport", "choose the coordinate columns."),
            )
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        form.addRow(text)
        self.lat = QComboBox()
        self.lon = QComboBox()
        self.lat.setAccessibleName(translate("ImportExport", "Latitude column"))
        self.lon.setAccessibleName(translate("ImportExport", "Longitude column"))
        for combo, index in ((self.lat, 0), (self.lon, 1)):
            combo.addItems(header)
            if proposed and proposed[index] in header:
                combo.setCurrentIndex(header.index(proposed[index]))
        form.addRow(translate("ImportExport", "&Latitude:"), self.lat)
        form.addRow(translate("ImportExport", "L&ongitude:"), self.lon)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def columns(self) -> tuple[str, str]:
        return self.lat.currentText(), self.lon.currentText()


def imported_layers_from(
    geofile: GeoFile, today: dt.date | None = None, first_colour: int = 0
) -> list[ImportedLayer]:
    """The briefing's layers for what was read: one per non-empty layer of the file, each
    in the next colour of the import palette."""
    out: list[ImportedLayer] = []
    several = len(geofile.layers) > 1
    for layer in geofile.layers:
        if not layer.features:
            continue
        name = layer.name if several or layer.name else geofile.path.stem
        # The notes are the layer's record in the briefing file, in English like the file's
        # other keys (and read back below by their first word): not translated here.
        notes = [f"Read as {geofile.format}; coordinates: {layer.source_crs}"]
        notes += geofile.notes
        notes += [f"Declared and read: {text}" for text in layer.counts]
        notes += [f"Repaired: {text}" for text in layer.repairs]
        notes += [f"Not imported: {text}" for text in layer.dropped]
        colour = IMPORT_PALETTE[(first_colour + len(out)) % len(IMPORT_PALETTE)]
        out.append(
            ImportedLayer(
                id=new_id(),
                name=name or geofile.path.stem,
                source_file=geofile.path.name,
                source_format=geofile.format,
                imported_on=today or dt.date.today(),
                features=layer.features,
                notes=notes,
                style={"color": colour, "fillColor": colour},
            )
        )
    return out


class ImportExport(QObject):
    """File → Import Layer, drag and drop, and the exports of annotations and layers."""

    imported = Signal(list)  # ImportedLayer ids

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Answers the tests (and nothing else) replace.
        self.choose_layers = self._choose_layers
        self.confirm_csv_columns = self._confirm_csv_columns

    # ------------------------------------------------------------ import

    def import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("ImportExport", "Import layer"),
            self.window.files.start_folder(),
            import_filter(),
        )
        for name in names:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import every usable layer of `path` as one undoable step."""
        window = self.window
        if not is_importable(path):
            window.show_error(
                translate("ImportExport", "Cannot import"),
                translate(
                    "ImportExport", "{path}: Briefing App imports {suffixes} files, not '{suffix}'."
                ).format(
                    path=path,
                    suffixes=", ".join(SUPPORTED_SUFFIXES),
                    suffix=path.suffix or translate("ImportExport", "a file without an extension"),
                ),
            )
            return False
        try:
            geofile = read_with_progress(window, path)
            if geofile is None:
                return self._cancelled(path)
            if len(geofile.available_layers) > 1:
                chosen = self.choose_layers(path, geofile.available_layers)
                if not chosen:
                    return self._cancelled(path)
                if set(chosen) != {layer.name for layer in geofile.layers}:
                    geofile = read_with_progress(window, path, layers=chosen)
                    if geofile is None:
                        return self._cancelled(path)
            if geofile.format == "CSV" and any("confirm" in n for n in geofile.notes):
                columns = self.confirm_csv_columns(
                    path, geofile.csv_header, geofile.csv_columns, " ".join(geofile.notes)
                )
                if columns is None:
                    return self._cancelled(path)
                if columns != geofile.csv_columns:
                    geofile = read_with_progress(window, path, csv_columns=columns)
                    if geofile is None:
                        return self._cancelled(path)
        except GeoFileError as exc:
            window.show_error(translate("ImportExport", "Cannot import"), str(exc))
            return False
        layers = imported_layers_from(geofile, first_colour=len(window.doc.imported))
        if not layers:
            window.show_error(
                translate("ImportExport", "Nothing to import"),
                translate("ImportExport", "{path}: no feature with a usable geometry.").format(
                    path=path
                ),
            )
            return False
        label = translate("ImportExport", "Import {file}").format(file=path.name)
        slide = window.shown_slide()
        window.run(commands.ImportLayers(layers, label=label, slide_id=slide.id if slide else None))
        window.files.remember_folder(path)
        count = sum(len(layer.features) for layer in layers)
        repaired = sum(1 for layer in layers for n in layer.notes if n.startswith("Repaired"))
        dropped = sum(1 for layer in layers for n in layer.notes if n.startswith("Not imported"))
        layer_count = len(layers)
        message = (
            translate("ImportExport", "Imported {count} features from {file} in 1 layer")
            if layer_count == 1
            else translate(
                "ImportExport",
                "Imported {count} features from {file} in %n layers",
                None,
                layer_count,
            )
        ).format(count=count, file=path.name)
        counts = [text for layer in geofile.layers for text in layer.counts]
        if counts:
            message = translate("ImportExport", "{message} — {counts}").format(
                message=message, counts=counts[0]
            )
        elif repaired or dropped:
            message = translate(
                "ImportExport", "{message} — some were repaired or left out: see the layer's notes"
            ).format(message=message)
        window.statusBar().showMessage(message, 10000)
        self.imported.emit([layer.id for layer in layers])
        return True

    def _cancelled(self, path: Path) -> bool:
        self.window.statusBar().showMessage(
            translate("ImportExport", "Import of {file} cancelled").format(file=path.name), 5000
        )
        return False

    def _choose_layers(self, path: Path, names: list[str]) -> list[str] | None:
        dialog = _ChoiceDialog(path, names, self.window)
        return dialog.chosen() if dialog.exec() else None

    def _confirm_csv_columns(
        self, path: Path, header: list[str], proposed: tuple[str, str] | None, note: str
    ) -> tuple[str, str] | None:
        dialog = _CsvColumnsDialog(path, header, proposed, note, self.window)
        return dialog.columns() if dialog.exec() else None

    # ------------------------------------------------------------ export

    def annotation_features(self) -> list[dict[str, Any]]:
        """The briefing's annotations as GeoJSON features: a circle as its geodesic ring
        (centre and radius kept as properties), styles as plain values."""
        features = []
        for annotation in self.window.doc.annotations:
            properties = {
                k: v
                for k, v in annotation.properties.items()
                if isinstance(v, str | int | float | bool) or v is None
            }
            if properties.get("kind") == "circle":
                properties["center"] = ",".join(
                    str(c) for c in annotation.geometry.get("coordinates", [])[:2]
                )
            features.append(
                {
                    "type": "Feature",
                    "id": annotation.id,
                    "geometry": annotation_geometry(annotation),
                    "properties": properties,
                    "style": annotation_style(annotation.style),
                }
            )
        return features

    def export_annotations(self, fmt: str, path: Path | None = None) -> bool:
        features = self.annotation_features()
        if not features:
            self.window.show_error(
                translate("ImportExport", "Nothing to export"),
                translate("ImportExport", "This briefing has no annotations yet."),
            )
            return False
        name = translate("ImportExport", "{title} — annotations").format(
            title=self.window.doc.title
        )
        return self._export(features, name, fmt, path)

    def export_layer(self, layer_id: str, fmt: str, path: Path | None = None) -> bool:
        layer = self.window.doc.imported_layer(layer_id)
        if layer is None:
            return False
        return self._export(layer.features, layer.name, fmt, path)

    def _export(
        self, features: list[dict[str, Any]], name: str, fmt: str, path: Path | None
    ) -> bool:
        suffix = ".kml" if fmt == "kml" else ".geojson"
        if path is None:
            title = (
                translate("ImportExport", "Export as KML")
                if fmt == "kml"
                else translate("ImportExport", "Export as GeoJSON")
            )
            filters = "KML (*.kml)" if fmt == "kml" else "GeoJSON (*.geojson)"
            path = self.window.hand_off.ask_export_path(title, suffix, filters, stem=name)[0]
            if path is None:
                return False
        from briefing_app.geofiles import features_to_geojson, features_to_kml

        text = (
            features_to_kml(features, name) if fmt == "kml" else features_to_geojson(features, name)
        )
        data = text.encode("utf-8")
        try:
            write_atomically(path, lambda handle: handle.write(data))
        except DataFileError as exc:
            self.window.show_error(translate("ImportExport", "Cannot export"), str(exc))
            return False
        self.window.files.remember_folder(path)
        self.window.statusBar().showMessage(
            translate("ImportExport", "Exported {count} features to {path}").format(
                count=len(features), path=path
            ),
            8000,
        )
        return True


def confirm_remove_layer(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ImportExport", "Remove layer"),
        translate(
            "ImportExport",
            "Remove the imported layer “{name}” from this briefing? (Edit → Undo brings it back.)",
        ).format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes

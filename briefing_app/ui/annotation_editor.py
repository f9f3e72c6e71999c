"""The annotation editor: drawing tools, the selection (shared by the map and the panel),
clipboard, and the translation of what the page reports into undoable commands.

The page draws and reports; the document (through commands) is the only place an annotation
lives, so undo, save and the PDF always agree with what is on the map."""

from __future__ import annotations

import copy
import json
import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QToolBar

from briefing_app.geo.shapes import describe_measure
from briefing_app.geo.shapes import translate as shift_geometry
from briefing_app.model import commands, fileformat
from briefing_app.model.document import (
    Annotation,
    MapView,
    annotation_kind,
    clamp_text_pt,
    new_id,
)
from briefing_app.style.map_style import ANNOTATION_DEFAULTS, DEFAULT_UNIT_SIDC, annotation_style
from briefing_app.symbols.catalog import is_renderable
from briefing_app.ui.annotation_dock import QtAnnotationDock, kind_word
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.settings import LAST_UNIT_SYMBOL, Settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MIME_TYPE = "application/x-briefing-annotations"

# Tool name, menu text, shortcut, tip. Single keys act while the map has the focus (a text
# field takes its own keys first).
TOOLS = (
    (
        "select",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Select"),
        "V",
        QT_TRANSLATE_NOOP("AnnotationEditor", "Select, move and reshape annotations"),
    ),
    (
        "marker",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Marker"),
        "P",
        QT_TRANSLATE_NOOP("AnnotationEditor", "Place a marker: click on the map"),
    ),
    (
        "unit",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Unit Symbol"),
        "U",
        QT_TRANSLATE_NOOP("AnnotationEditor", "Place an APP-6 unit symbol: choose it, then click"),
    ),
    (
        "text",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Text"),
        "T",
        QT_TRANSLATE_NOOP("AnnotationEditor", "Place a text label: click, then type"),
    ),
    (
        "arrow",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Arrow"),
        "A",
        QT_TRANSLATE_NOOP(
            "AnnotationEditor",
            "Draw an arrow (a movement, an axis of advance): click the points, "
            "double-click or Enter to finish",
        ),
    ),
    (
        "line",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Line"),
        "L",
        QT_TRANSLATE_NOOP(
            "AnnotationEditor", "Draw a line: click the points, double-click or Enter to finish"
        ),
    ),
    (
        "polygon",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Polygon"),
        "G",
        QT_TRANSLATE_NOOP(
            "AnnotationEditor", "Draw an area: click the corners, click the first to close"
        ),
    ),
    (
        "rectangle",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Rectangle"),
        "R",
        QT_TRANSLATE_NOOP("AnnotationEditor", "Draw a rectangle: drag, or click two corners"),
    ),
    (
        "circle",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Circle / Range Ring"),
        "C",
        QT_TRANSLATE_NOOP(
            "AnnotationEditor",
            "Draw a geodesic ring: drag from the centre, or "
            "click the centre, then the radius (set it exactly "
            "in km in the panel)",
        ),
    ),
    (
        "measure",
        QT_TRANSLATE_NOOP("AnnotationEditor", "&Measure"),
        "M",
        QT_TRANSLATE_NOOP(
            "AnnotationEditor", "Measure geodesic distance and bearing: click the points"
        ),
    ),
)


# Shown on the map while a tool is on: how to draw with it, where the user is looking.
MAP_HINTS = {
    "marker": QT_TRANSLATE_NOOP("AnnotationEditor", "Click where the marker goes. Esc to stop."),
    "unit": QT_TRANSLATE_NOOP("AnnotationEditor", "Click where the unit symbol goes. Esc to stop."),
    "text": QT_TRANSLATE_NOOP(
        "AnnotationEditor", "Click where the text goes, then type it. Esc to stop."
    ),
    "arrow": QT_TRANSLATE_NOOP(
        "AnnotationEditor",
        "Click the points of the arrow; double-click or Enter to finish. Esc to stop.",
    ),
    "line": QT_TRANSLATE_NOOP(
        "AnnotationEditor",
        "Click the points of the line; double-click or Enter to finish. Esc to stop.",
    ),
    "polygon": QT_TRANSLATE_NOOP(
        "AnnotationEditor",
        "Click the corners; click the first corner to close the area. Esc to stop.",
    ),
    "rectangle": QT_TRANSLATE_NOOP(
        "AnnotationEditor", "Drag from corner to corner, or click two corners. Esc to stop."
    ),
    "circle": (
        QT_TRANSLATE_NOOP(
            "AnnotationEditor",
            "Press at the centre and drag to the radius, or click the centre, then click "
            "the radius. Esc to stop.",
        )
    ),
    "measure": QT_TRANSLATE_NOOP(
        "AnnotationEditor",
        "Click the points to measure; double-click or Enter to finish. Esc to stop.",
    ),
}


def tool_message(name: str) -> dict[str, Any]:
    """What the page needs to draw with a tool: its name, the style the finished shape will
    have (the rubber band shows it) and the hint."""
    if name == "select":
        return {"type": "editor.tool", "tool": None}
    message: dict[str, Any] = {
        "type": "editor.tool",
        "tool": name,
        "hint": translate("AnnotationEditor", MAP_HINTS[name]) if name in MAP_HINTS else "",
    }
    if name in ANNOTATION_DEFAULTS:
        message["style"] = annotation_style(ANNOTATION_DEFAULTS[name])
    return message


def remembered_unit_sidc(settings: Settings) -> str:
    """The code last chosen in the picker; a settings file is edited by hand at times, so a
    code milsymbol cannot draw falls back to the default."""
    code = str(settings.get(LAST_UNIT_SYMBOL)).strip()
    return code if code and is_renderable(code) else DEFAULT_UNIT_SIDC


def valid_geometry(geometry: Any) -> bool:
    """Geometries from the page or the clipboard pass the checks a briefing file's do."""
    return fileformat.geometry_problem(geometry) is None


class AnnotationEditor(QObject):
    """Owns the drawing tools and the selection of one main window."""

    selection_changed = Signal(list)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.map = window.map
        self.selected: list[str] = []
        self.tool = "select"
        self.unit_sidc = remembered_unit_sidc(window.settings)
        self.ask_text: Callable[[], str | None] = self._ask_text
        self.choose_symbol: Callable[[str | None], str | None] = self._choose_symbol
        self.last_measure = ""
        self.last_placed_kind = "marker"  # what Place at Coordinates offers first

        self.dock = QtAnnotationDock(window)
        self.dock.selection_changed.connect(self._on_dock_selection)
        self.dock.edited.connect(self._on_dock_edited)
        self.dock.slides_edited.connect(self._on_slides_edited)
        self.dock.delete_requested.connect(self.delete_selected)
        self.dock.duplicate_requested.connect(self.duplicate_selected)
        self.dock.choose_symbol_requested.connect(self._on_choose_symbol)
        self.dock.text_size_edited.connect(self._on_text_size)
        self.map.editor_message.connect(self._on_page_message)
        self.map.send({"type": "editor.enable"})
        self.map.renderer_restored.connect(self._on_page_restarted)

        self.toolbar = QToolBar(translate("AnnotationEditor", "Draw"), window)
        self.toolbar.setObjectName("draw_toolbar")
        # Its tools and edit keys are entries of the window's action table (ui/actions.py),
        # bound here once the window has built them.
        self.tool_actions: dict[str, QAction] = {}

    def bind_actions(self, actions: dict[str, QAction]) -> None:
        """Take the window's actions for the tools and the edit keys (ui/actions.py)."""
        self.tool_actions = {name: actions[f"draw.{name}"] for name, *_rest in TOOLS}
        self.tool_actions["select"].setChecked(True)
        self.action_finish = actions["map.finish"]
        self.action_cancel = actions["map.cancel"]
        self.action_delete = actions["edit.delete"]
        self.action_duplicate = actions["edit.duplicate"]
        self.action_copy = actions["edit.copy"]
        self.action_cut = actions["edit.cut"]
        self.action_paste = actions["edit.paste"]
        self.action_select_all = actions["edit.select_all"]

    def set_keys_enabled(self, enabled: bool) -> None:
        """Off while presenting: the talk has its own keys (Esc ends it, P is the pen)."""
        for action in (
            *self.tool_actions.values(),
            self.action_finish,
            self.action_cancel,
            self.action_delete,
            self.action_copy,
            self.action_cut,
            self.action_paste,
            self.action_select_all,
            self.action_duplicate,
        ):
            action.setEnabled(enabled)

    # ------------------------------------------------------------ tools

    def set_tool(self, name: str) -> None:
        if name == "unit":
            sidc = self.choose_symbol(self.unit_sidc)
            if sidc is None:
                self.tool_actions[self.tool].setChecked(True)
                return
            self.remember_unit_sidc(sidc)
        self.tool = name
        self.tool_actions[name].setChecked(True)
        self.map.send(tool_message(name))
        if name != "measure":
            self.last_measure = ""
        tip = translate("AnnotationEditor", next(t[3] for t in TOOLS if t[0] == name))
        if name != "select":
            tip = translate("AnnotationEditor", "{tip}; Esc to stop").format(tip=tip)
        self.window.statusBar().showMessage(tip)

    def remember_unit_sidc(self, sidc: str) -> None:
        """The next unit symbol starts from this one, in this session and the next."""
        self.unit_sidc = sidc
        self.window.settings.set(LAST_UNIT_SYMBOL, sidc)

    def _on_page_restarted(self) -> None:
        # A new page knows nothing of the editor: editing, the tool and the selection again.
        self.map.send({"type": "editor.enable"})
        self.map.send(tool_message(self.tool))
        self.select(list(self.selected))

    def escape(self) -> None:
        if self.tool != "select":
            self.set_tool("select")
        elif self.selected:
            self.select([])

    def finish_shape(self) -> None:
        self.map.send({"type": "editor.finish"})

    @staticmethod
    def _ask_text() -> str | None:
        text, ok = QInputDialog.getText(
            None,
            translate("AnnotationEditor", "Text label"),
            translate("AnnotationEditor", "Text:"),
        )
        return text if ok and text.strip() else None

    def _choose_symbol(self, initial: str | None) -> str | None:
        try:
            from briefing_app.ui.symbol_picker import SymbolPickerDialog
        except ImportError:  # the picker is optional: type the code in the panel instead
            return initial or DEFAULT_UNIT_SIDC
        return SymbolPickerDialog.choose(self.window, initial)

    # ------------------------------------------------------------ selection

    def select(self, ids: list[str]) -> None:
        known = {a.id for a in self.window.doc.annotations}
        ids = [i for i in dict.fromkeys(ids) if i in known]
        self.selected = ids
        self.map.send({"type": "editor.select", "ids": ids})
        self.dock.set_selection(ids)
        if ids:
            self.dock.raise_()
        self.selection_changed.emit(list(ids))

    def select_all(self) -> None:
        self.select([a.id for a in self.window.doc.annotations])

    def _on_dock_selection(self, ids: list[str]) -> None:
        self.selected = list(ids)
        self.map.send({"type": "editor.select", "ids": ids})
        self.selection_changed.emit(list(ids))

    def document_changed(self) -> None:
        """After any edit, undo or new document: the panel and the selection follow."""
        self.dock.show_document(self.window.doc)
        self.select(self.selected)

    # ------------------------------------------------------------ page messages

    def _on_page_message(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        try:
            if kind == "annotation.drawn":
                self._on_drawn(message)
            elif kind == "annotation.clicked":
                self._on_clicked(message)
            elif kind == "annotation.edited":
                self._on_edited(message)
            elif kind == "annotation.moved":
                self._on_moved(message)
            elif kind == "measure.points":
                self._on_measure(message)
        except (KeyError, TypeError, ValueError):
            log.warning("map page sent a malformed %s message: %.300s", kind, message)

    def _on_drawn(self, message: dict[str, Any]) -> None:
        kind = str(message.get("kind"))
        geometry = message.get("geometry")
        if kind not in ANNOTATION_DEFAULTS or not valid_geometry(geometry):
            log.warning("ignored a drawn %s with a geometry that is not usable", kind)
            return
        properties: dict[str, Any] = {"kind": kind, "label": ""}
        if kind == "text":
            text = self.ask_text()
            if text is None:
                return
            properties["label"] = text
        elif kind == "unit":
            properties["sidc"] = self.unit_sidc
        elif kind == "circle":
            radius = float(message["radius_km"])
            if not math.isfinite(radius) or radius <= 0:
                return
            properties["radius_km"] = round(radius, 1 if radius >= 10 else 3)
        annotation = Annotation(
            new_id(), geometry, properties, copy.deepcopy(ANNOTATION_DEFAULTS[kind])
        )
        self.add(
            [annotation], translate("AnnotationEditor", "Draw {kind}").format(kind=kind_word(kind))
        )

    def place_at(self, lat: float, lon: float, kind: str = "marker", label: str = "") -> bool:
        """A point annotation at (lat, lon), as one undoable step, with the map centred on
        it; a unit asks for its symbol first (False when that is cancelled)."""
        if kind not in ("marker", "unit", "text"):
            raise ValueError(f"not a point annotation: {kind!r}")
        properties: dict[str, Any] = {"kind": kind, "label": label}
        if kind == "unit":
            sidc = self.choose_symbol(self.unit_sidc)
            if sidc is None:
                return False
            self.remember_unit_sidc(sidc)
            properties["sidc"] = sidc
        geometry = {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}
        annotation = Annotation(
            new_id(), geometry, properties, copy.deepcopy(ANNOTATION_DEFAULTS[kind])
        )
        self.add(
            [annotation],
            translate("AnnotationEditor", "Place {kind} at coordinates").format(
                kind=kind_word(kind)
            ),
        )
        self.map.set_view(MapView(lat, lon, self.map.current_view.zoom), animate=True)
        return True

    def add(self, annotations: list[Annotation], label: str) -> None:
        """Add annotations as one step; they appear on the slide being shown as well."""
        window = self.window
        slide = window.shown_slide()
        window.run(
            commands.AddAnnotations(annotations, label=label, slide_id=slide.id if slide else None)
        )
        self.select([a.id for a in annotations])

    def _on_clicked(self, message: dict[str, Any]) -> None:
        annotation_id = message.get("id")
        if annotation_id is None:
            self.select([])
        elif message.get("add"):
            ids = list(self.selected)
            if annotation_id in ids:
                ids.remove(annotation_id)
            else:
                ids.append(annotation_id)
            self.select(ids)
        else:
            self.select([str(annotation_id)])

    def _replace(self, annotations: list[Annotation], label: str) -> None:
        if annotations:
            self.window.run(commands.ReplaceAnnotations(annotations, label=label))

    def _on_edited(self, message: dict[str, Any]) -> None:
        annotation = self.window.doc.annotation(str(message["id"]))
        geometry = message["geometry"]
        if annotation is None or not valid_geometry(geometry):
            return
        if annotation_kind(annotation) == "rectangle" or geometry["type"] == "Polygon":
            geometry = {"type": "Polygon", "coordinates": geometry["coordinates"]}
        changed = copy.deepcopy(annotation)
        changed.geometry = geometry
        kind = annotation_kind(annotation)
        label = (
            translate("AnnotationEditor", "Move {kind}")
            if message.get("dragged") is True
            else translate("AnnotationEditor", "Reshape {kind}")
        )
        self._replace([changed], label.format(kind=kind_word(kind)))

    def _on_moved(self, message: dict[str, Any]) -> None:
        annotation = self.window.doc.annotation(str(message["id"]))
        dlon, dlat = float(message["dlon"]), float(message["dlat"])
        if annotation is None or not (math.isfinite(dlon) and math.isfinite(dlat)):
            return
        if dlon == 0 and dlat == 0:
            return
        changed = copy.deepcopy(annotation)
        changed.geometry = shift_geometry(annotation.geometry, dlon, dlat)
        kind = annotation_kind(annotation)
        self._replace(
            [changed], translate("AnnotationEditor", "Move {kind}").format(kind=kind_word(kind))
        )

    def _on_measure(self, message: dict[str, Any]) -> None:
        points = [[float(p[0]), float(p[1])] for p in message["points"]][:500]
        usable = len(points) > 1 and valid_geometry({"type": "LineString", "coordinates": points})
        text = describe_measure(points) if usable else ""
        self.last_measure = text
        self.map.send({"type": "measure.result", "text": text})
        if text:
            self.window.statusBar().showMessage(
                translate("AnnotationEditor", "Measured: {distance}").format(distance=text)
            )

    # ------------------------------------------------------------ panel edits

    def _on_dock_edited(self, change: dict[str, Any], label: str) -> None:
        changed = []
        for annotation_id in self.selected:
            annotation = self.window.doc.annotation(annotation_id)
            if annotation is None:
                continue
            new = copy.deepcopy(annotation)
            new.properties.update(change.get("properties", {}))
            new.style.update(change.get("style", {}))
            changed.append(new)
        self._replace(changed, label)

    def _on_text_size(self, size_pt: float) -> None:
        if self.selected:
            self.window.run(commands.SetTextSize(list(self.selected), size_pt))

    def _on_slides_edited(self, slide_ids: list[str]) -> None:
        if len(self.selected) == 1:
            self.window.run(commands.SetAnnotationSlides(self.selected[0], slide_ids))

    def _on_choose_symbol(self) -> None:
        current = self.window.doc.annotation(self.selected[0]) if self.selected else None
        if current is None:
            return
        sidc = self.choose_symbol(str(current.properties.get("sidc") or self.unit_sidc))
        if sidc:
            self.remember_unit_sidc(sidc)
            self._on_dock_edited(
                {"properties": {"sidc": sidc}}, translate("AnnotationEditor", "Change symbol")
            )

    # ------------------------------------------------------------ delete, copy, paste

    def _selected_annotations(self) -> list[Annotation]:
        doc = self.window.doc
        return [a for a in doc.annotations if a.id in self.selected]

    def delete_selected(self) -> None:
        chosen = self._selected_annotations()
        if not chosen:
            return
        count = len(chosen)
        label = (
            translate("AnnotationEditor", "Delete annotation")
            if count == 1
            else translate("AnnotationEditor", "Delete %n annotations", None, count)
        )
        self.window.run(commands.RemoveAnnotations([a.id for a in chosen], label=label))
        self.select([])

    def _offset(self) -> tuple[float, float]:
        # About 20 screen pixels to the right and down at the current zoom.
        step = 20 * 360 / (256 * 2**self.map.current_view.zoom)
        return step, -step * 0.7

    def _copies(self, annotations: list[Annotation], shift: bool) -> list[Annotation]:
        dlon, dlat = self._offset() if shift else (0.0, 0.0)
        out = []
        for annotation in annotations:
            twin = copy.deepcopy(annotation)
            twin.id = new_id()
            if shift:
                twin.geometry = shift_geometry(twin.geometry, dlon, dlat)
            out.append(twin)
        return out

    def duplicate_selected(self) -> None:
        chosen = self._selected_annotations()
        if chosen:
            self.add(
                self._copies(chosen, shift=True),
                translate("AnnotationEditor", "Duplicate annotation"),
            )

    def copy_selected(self) -> bool:
        chosen = self._selected_annotations()
        if not chosen:
            return False
        data = QMimeData()
        features = [fileformat.annotation_to_json(a) for a in chosen]
        data.setData(MIME_TYPE, json.dumps(features).encode("utf-8"))
        data.setText(
            json.dumps(
                {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
            )
        )
        QGuiApplication.clipboard().setMimeData(data)
        copied = len(chosen)
        self.window.statusBar().showMessage(
            translate("AnnotationEditor", "Copied %n annotation(s)", None, copied), 4000
        )
        return True

    def cut_selected(self) -> None:
        if self.copy_selected():
            self.delete_selected()

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        if data.hasFormat(MIME_TYPE):
            text = bytes(data.data(MIME_TYPE).data()).decode("utf-8", "replace")
        elif data.hasText():
            text = data.text()
        else:
            return
        annotations = self._parse_clipboard(text)
        if not annotations:
            self.window.statusBar().showMessage(
                translate(
                    "AnnotationEditor", "The clipboard holds no annotations or GeoJSON features"
                ),
                5000,
            )
            return
        existing = {a.id for a in self.window.doc.annotations}
        shift = any(a.id in existing for a in annotations)
        self.add(
            self._copies(annotations, shift=shift),
            translate("AnnotationEditor", "Paste annotation"),
        )

    @staticmethod
    def _parse_clipboard(text: str) -> list[Annotation]:
        if len(text) > 20_000_000:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            return []
        if isinstance(value, dict) and value.get("type") == "FeatureCollection":
            value = value.get("features")
        elif isinstance(value, dict) and value.get("type") == "Feature":
            value = [value]
        if not isinstance(value, list):
            return []
        out = []
        for feature in value[:5000]:
            if not isinstance(feature, dict) or not valid_geometry(feature.get("geometry")):
                continue
            properties = feature.get("properties")
            style = feature.get("style")
            if isinstance(properties, dict) and "font_size" in properties:
                # As a file's: the pasted label is saved, and must open again.
                size = clamp_text_pt(properties["font_size"])
                properties = {**properties, "font_size": size}
                if size is None:
                    del properties["font_size"]
            out.append(
                Annotation(
                    str(feature.get("id") or new_id()),
                    feature["geometry"],
                    properties if isinstance(properties, dict) else {},
                    style if isinstance(style, dict) else {},
                )
            )
        return out

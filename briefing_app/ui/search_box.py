"""The place search box: type a country, capital, city, deployment or flashpoint (any
spelling the gazetteer knows: "Königsberg", "Wilno", "Lvov"), pick a result, and the map
flies there (the window connects `place_chosen`).

The gazetteer's index takes a second or two to build, so it is built on a worker thread the
first time the box gets focus or text, never at start-up; until it is ready the list says so,
and the search runs as soon as the index is there.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from briefing_app.places.gazetteer import Gazetteer, Place
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 10
# Notes in the list, untranslated (shown through `translate("SearchBox", …)`).
LOADING = QT_TRANSLATE_NOOP("SearchBox", "Loading places…")
NO_RESULTS = QT_TRANSLATE_NOOP("SearchBox", "No places found")


class QtSearchBox(QLineEdit):
    """A line edit with a list of matching places below it. Up/Down move in the list, Enter
    chooses (the first result if none is selected), Escape closes the list (a second
    Escape clears the text); a click chooses too. Ctrl+F (`focus_action`) jumps here."""

    place_chosen = Signal(object)  # Place
    _index_built = Signal(object)  # Gazetteer, or why it failed, from the worker thread

    def __init__(
        self,
        gazetteer: Gazetteer | Callable[[], Gazetteer],
        parent: QWidget | None = None,
        limit: int = 12,
    ) -> None:
        super().__init__(parent)
        self._source = gazetteer
        self._gazetteer: Gazetteer | None = None
        self._building = False
        self._failure = ""
        self._limit = limit
        self._watched: QWidget | None = None
        self.setObjectName("place_search")
        self.setPlaceholderText(translate("SearchBox", "Search places (Ctrl+F)"))
        self.setAccessibleName(translate("SearchBox", "Search places"))
        self.setToolTip(
            translate(
                "SearchBox",
                "Find a country, capital, city, deployment or flashpoint and fly the "
                "map there; old and other spellings work too (Königsberg, Wilno, Lvov)",
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)

        self.popup = QListView(self)
        self.popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setUniformItemSizes(True)
        self.popup.setMouseTracking(True)
        self.popup.setAccessibleName(translate("SearchBox", "Places found"))
        self.results = QStandardItemModel(self.popup)
        self.popup.setModel(self.results)
        self.popup.clicked.connect(self._on_result_clicked)
        self.popup.entered.connect(self._on_result_hovered)

        self.focus_action = QAction(translate("SearchBox", "Search places"), self)
        self.focus_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus_search)
        self.addAction(self.focus_action)

        self.textEdited.connect(self._on_text_edited)
        self._index_built.connect(self._on_index_built)

    # ------------------------------------------------------------ public

    @property
    def is_ready(self) -> bool:
        """True once the index is built and searches answer at once."""
        return self._gazetteer is not None

    def prepare(self) -> None:
        """Start building the index on a worker thread (nothing if started already)."""
        if self._gazetteer is not None or self._building or self._failure:
            return
        source = self._source
        if isinstance(source, Gazetteer) and source.is_built:
            self._gazetteer = source
            return
        self._building = True
        threading.Thread(target=self._build, args=(source,), name="gazetteer", daemon=True).start()

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def popup_visible(self) -> bool:
        return self.popup.isVisible()

    def hide_popup(self) -> None:
        self.popup.hide()

    def places(self) -> list[Place]:
        """The places listed now, in order."""
        return [
            p
            for row in range(self.results.rowCount())
            if isinstance(p := self.results.item(row).data(PLACE_ROLE), Place)
        ]

    # ------------------------------------------------------------ building

    def _build(self, source: Gazetteer | Callable[[], Gazetteer]) -> None:
        try:
            gazetteer = source if isinstance(source, Gazetteer) else source()
            gazetteer.ensure_built()
        except Exception as exc:  # any failure is shown in the list
            outcome: Gazetteer | str = translate(
                "SearchBox", "Place search is unavailable: {reason}"
            ).format(reason=exc)
        else:
            outcome = gazetteer
        with contextlib.suppress(RuntimeError):  # the box was deleted meanwhile
            self._index_built.emit(outcome)

    def _on_index_built(self, outcome: Gazetteer | str) -> None:
        self._building = False
        if isinstance(outcome, str):
            self._failure = outcome
        else:
            self._gazetteer = outcome
        if self.text().strip() and self.popup.isVisible():
            self._refresh()

    # ------------------------------------------------------------ searching

    def _on_text_edited(self, _text: str) -> None:
        self.prepare()
        self._refresh()

    def _refresh(self) -> None:
        query = self.text().strip()
        self.results.clear()
        if not query:
            self.popup.hide()
            return
        if self._gazetteer is None:
            self._add_note(self._failure or translate("SearchBox", LOADING))
        else:
            found = self._gazetteer.search(query, limit=self._limit)
            for place in found:
                item = QStandardItem(place.label())
                item.setData(place, PLACE_ROLE)
                if place.detail:
                    item.setToolTip(place.detail)
                self.results.appendRow(item)
            if not found:
                self._add_note(translate("SearchBox", NO_RESULTS))
        self._show_popup()

    def _add_note(self, text: str) -> None:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.appendRow(item)

    def _show_popup(self) -> None:
        rows = min(self.results.rowCount(), VISIBLE_ROWS)
        row_height = self.popup.sizeHintForRow(0)
        if row_height <= 0:
            row_height = self.fontMetrics().height() + 4
        frame = 2 * self.popup.frameWidth()
        width = max(self.width(), self.popup.sizeHintForColumn(0) + frame + 24, 360)
        corner = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.setGeometry(corner.x(), corner.y(), width, rows * row_height + frame)
        self.popup.show()
        self.popup.raise_()
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # hide the list when the window moves
            self._watched = window

    def _move_selection(self, step: int) -> None:
        if not self.popup.isVisible():
            if self.text().strip():
                self._refresh()
            return
        rows = [
            r
            for r in range(self.results.rowCount())
            if self.results.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if not rows:
            return
        current = self.popup.currentIndex().row()
        if current not in rows:
            row = rows[0] if step > 0 else rows[-1]
        else:
            row = rows[max(0, min(len(rows) - 1, rows.index(current) + step))]
        self.popup.setCurrentIndex(self.results.index(row, 0))

    def _choose(self, index: QModelIndex | None = None) -> None:
        if index is None or not index.isValid():
            index = self.popup.currentIndex()
        if not index.isValid():
            index = self.results.index(0, 0)
        place = index.data(PLACE_ROLE) if index.isValid() else None
        if not isinstance(place, Place):
            return
        self.popup.hide()
        self.setText(place.name)
        self.place_chosen.emit(place)

    # ------------------------------------------------------------ events

    def _on_result_clicked(self, index: QModelIndex) -> None:
        self._choose(index)

    def _on_result_hovered(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.popup.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move_selection(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.popup.isVisible():
            self._move_selection(VISIBLE_ROWS if key == Qt.Key.Key_PageDown else -VISIBLE_ROWS)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.popup.isVisible():
                self._choose()
            elif self.text().strip() and self._gazetteer is not None:
                self._refresh()
                self._choose()
        elif key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.prepare()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        if not self.popup.underMouse():
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.WindowDeactivate,
        ):
            self.popup.hide()
        return super().eventFilter(watched, event)

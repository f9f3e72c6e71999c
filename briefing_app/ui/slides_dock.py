"""The slide panel: the briefing's slides with thumbnails; add, duplicate, delete, rename,
reorder by dragging; the selected slide's talking points."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.document import Briefing
from briefing_app.ui.i18n import translate

SLIDE_ID_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(96, 60)


class QtSlidesDock(QDockWidget):
    selected = Signal(str)  # slide id chosen by the user
    add_requested = Signal()
    duplicate_requested = Signal(str)
    delete_requested = Signal(str)
    update_requested = Signal(str)  # keep the slide as the map shows it
    revert_requested = Signal(str)  # put the slide back as it was before its changes
    working_map_requested = Signal()  # leave the slides for the working map
    present_requested = Signal(int)  # start presenting at this index
    moved = Signal(str, int)
    renamed = Signal(str, str)
    notes_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SlidesDock", "Slides"), parent)
        self.setObjectName("slides_dock")
        # The mark after a changed slide's title; taken off again to read a renamed title,
        # so it is the same words for the life of the panel.
        self.changed_suffix = " " + translate("SlidesDock", "(changed)")
        self._doc: Briefing | None = None
        self._updating = False
        self._changed: set[str] = set()
        self.thumbnails: dict[str, QPixmap] = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.working_map_button = QPushButton(translate("SlidesDock", "Working map"))
        self.working_map_button.setCheckable(True)
        self.working_map_button.setChecked(True)
        self.working_map_button.setToolTip(
            translate(
                "SlidesDock",
                "Show the working map: edits change it and no slide. With a slide shown, edits "
                "change that slide only (Esc in the list)",
            )
        )
        self.working_map_button.clicked.connect(self._on_working_map_clicked)
        column.addWidget(self.working_map_button)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("SlidesDock", "Slides"))
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)  # long titles wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setToolTip(
            translate(
                "SlidesDock", "Click to show a slide; double-click or F2 to rename; drag to reorder"
            )
        )
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        column.addWidget(self.list, 1)
        buttons = QGridLayout()  # two rows keep the panel narrow and the map wide
        self.add_button = QPushButton(translate("SlidesDock", "Add"))
        self.add_button.setToolTip(
            translate("SlidesDock", "Add a slide from the current map (Ctrl+M)")
        )
        self.update_button = QPushButton(translate("SlidesDock", "Update"))
        self.update_button.setToolTip(
            translate(
                "SlidesDock",
                "Keep the selected slide as the map shows it: its view "
                "from the map, its changes accepted",
            )
        )
        self.revert_button = QPushButton(translate("SlidesDock", "Revert"))
        self.revert_button.setToolTip(
            translate(
                "SlidesDock",
                "Put the selected slide back as it was before the changes marked in the list",
            )
        )
        self.duplicate_button = QPushButton(translate("SlidesDock", "Duplicate"))
        self.delete_button = QPushButton(translate("SlidesDock", "Delete"))
        self.present_button = QPushButton(translate("SlidesDock", "Present"))
        self.present_button.setToolTip(
            translate("SlidesDock", "Present from the selected slide (F5)")
        )
        for index, button in enumerate(
            (
                self.add_button,
                self.update_button,
                self.revert_button,
                self.duplicate_button,
                self.delete_button,
                self.present_button,
            )
        ):
            buttons.addWidget(button, index // 3, index % 3)
        column.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.update_button.clicked.connect(lambda: self._emit_for_current(self.update_requested))
        self.revert_button.clicked.connect(lambda: self._emit_for_current(self.revert_requested))
        self.duplicate_button.clicked.connect(
            lambda: self._emit_for_current(self.duplicate_requested)
        )
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        self.present_button.clicked.connect(
            lambda: self.present_requested.emit(max(0, self.list.currentRow()))
        )
        column.addWidget(QLabel(translate("SlidesDock", "Talking points (speaker notes):")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on: keyboard users are not trapped
        self.notes.setAccessibleName(
            translate("SlidesDock", "Talking points of the selected slide")
        )
        self.notes.setPlaceholderText(translate("SlidesDock", "What to say on this slide"))
        self.notes.setMaximumHeight(140)
        self.notes.installEventFilter(self)
        self.list.installEventFilter(self)  # Esc: back to the working map
        column.addWidget(self.notes)
        self.setWidget(body)

    # ------------------------------------------------------------ from the model

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(SLIDE_ID_ROLE) if item else None

    def show_document(self, doc: Briefing) -> None:
        self._commit_notes()
        self._doc = doc
        self._updating = True
        current = self.current_id()
        self.list.blockSignals(True)  # the old items go away; nothing to report about them
        try:
            self.list.clear()
            for number, slide in enumerate(doc.slides, start=1):
                item = QListWidgetItem(slide.title)
                item.setData(SLIDE_ID_ROLE, slide.id)
                item.setToolTip(
                    translate("SlidesDock", "Slide {number}: {title}").format(
                        number=number, title=slide.title
                    )
                )
                self._show_mark(item, slide.id in self._changed)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                )
                if slide.id in self.thumbnails:
                    item.setIcon(QIcon(self.thumbnails[slide.id]))
                self.list.addItem(item)
                if slide.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
            self._updating = False
        self._show_notes()
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        current = self.current_id()
        for button in (self.update_button, self.duplicate_button, self.delete_button):
            button.setEnabled(current is not None)
        self.revert_button.setEnabled(current in self._changed)
        self.working_map_button.setChecked(current is None)

    def mark_changed(self, slide_ids: set[str]) -> None:
        """Mark the slides whose content was edited since they were last updated."""
        self._changed = set(slide_ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            self._show_mark(item, item.data(SLIDE_ID_ROLE) in self._changed)
        self._enable_buttons()

    def _show_mark(self, item: QListWidgetItem, changed: bool) -> None:
        # Title, italics and an accessible word: the mark does not rely on the font alone.
        font = item.font()
        font.setItalic(changed)
        item.setFont(font)
        # The title from the slide, not the item's text: a title may end in the mark's words.
        slide = self._slide(item.data(SLIDE_ID_ROLE))
        title = slide.title if slide is not None else item.text()
        with QSignalBlocker(self.list):
            item.setText(title + self.changed_suffix if changed else title)

    def clear_selection(self) -> None:
        self._commit_notes()
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        self._show_notes()
        self._enable_buttons()

    def _on_working_map_clicked(self) -> None:
        self.working_map_button.setChecked(True)
        if self.current_id() is not None:
            self.clear_selection()
            self.working_map_requested.emit()

    def set_thumbnail(self, slide_id: str, pixmap: QPixmap) -> None:
        if pixmap.deviceIndependentSize().toSize() != THUMBNAIL:
            pixmap = pixmap.scaled(
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.thumbnails[slide_id] = pixmap
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SLIDE_ID_ROLE) == slide_id:
                item.setIcon(QIcon(self.thumbnails[slide_id]))

    def select(self, slide_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SLIDE_ID_ROLE) == slide_id:
                self.list.setCurrentRow(row)
                return

    # ------------------------------------------------------------ from the user

    def _emit_for_current(self, signal) -> None:
        slide_id = self.current_id()
        if slide_id:
            signal.emit(slide_id)

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._updating:
            return
        # Read the ids first: committing the previous slide's notes rebuilds the list and
        # deletes both items.
        current_id = current.data(SLIDE_ID_ROLE) if current else None
        previous_id = previous.data(SLIDE_ID_ROLE) if previous else None
        if previous_id is not None:
            self._commit_notes(previous_id)
        self._show_notes()
        self._enable_buttons()
        if current_id is not None:
            self.selected.emit(current_id)

    def _show_notes(self) -> None:
        slide = self._slide(self.current_id())
        self.notes.blockSignals(True)
        self.notes.setPlainText(slide.notes if slide else "")
        self.notes.setEnabled(slide is not None)
        self.notes.blockSignals(False)

    def _slide(self, slide_id: str | None):
        if self._doc is None or slide_id is None:
            return None
        return next((s for s in self._doc.slides if s.id == slide_id), None)

    def _commit_notes(self, slide_id: str | None = None) -> None:
        # Notes become one undoable edit when the user leaves the field or the slide.
        slide = self._slide(slide_id or self.current_id())
        if slide is not None and self.notes.toPlainText() != slide.notes:
            self.notes_edited.emit(slide.id, self.notes.toPlainText())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.notes and event.type() == event.Type.FocusOut:
            self._commit_notes()
        if (
            watched is self.list
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.current_id() is not None
        ):
            self._on_working_map_clicked()
            return True
        return super().eventFilter(watched, event)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        slide = self._slide(item.data(SLIDE_ID_ROLE))
        title = item.text().removesuffix(self.changed_suffix).strip()
        if slide is not None and title and title != slide.title:
            # After the list has finished with the item: the edit rebuilds the list.
            slide_id = slide.id
            QTimer.singleShot(0, self, lambda: self.renamed.emit(slide_id, title))

    def _on_rows_moved(self, *_: object) -> None:
        if self._updating or self._doc is None:
            return
        order = [self.list.item(r).data(SLIDE_ID_ROLE) for r in range(self.list.count())]
        before = [s.id for s in self._doc.slides]
        for slide_id in before:
            if [x for x in before if x != slide_id] == [x for x in order if x != slide_id]:
                if order.index(slide_id) != before.index(slide_id):
                    index = order.index(slide_id)
                    # After the drop has finished: the edit rebuilds the list.
                    QTimer.singleShot(0, self, lambda s=slide_id, i=index: self.moved.emit(s, i))
                return

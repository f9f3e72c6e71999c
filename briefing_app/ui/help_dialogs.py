"""Help menu: keyboard shortcuts, About (versions, data sources, licences) and the tour.

Everything shown here comes from the running window (its menus and tool bars), the loaded
datasets, the licence manifest (`data/facts/licences.json`) and the files shipped under
`assets/` and `geodata/`, so it cannot drift from what the app does and carries. Data and
user text is shown in plain-text widgets only: a source named "<b>…</b>" is
displayed as typed, never as markup.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app import __version__
from briefing_app.core.paths import geodata_dir
from briefing_app.data import licences
from briefing_app.data.builtin_names import metric_label
from briefing_app.data.datasets import Datasets, load_datasets
from briefing_app.data.layers import builtin_layers
from briefing_app.data.licences import Component
from briefing_app.ui.accessibility import ensure_shortcut_tooltips, name_qt_parts
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText
# English, translated where shown (context "Help").
PRESENTATION_GROUP = QT_TRANSLATE_NOOP("Help", "Presentation (full screen)")


# ---------------------------------------------------------------- shortcuts


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu ("Edit", "File › Open Recent"), tool bar or mode
    action: str  # what it does, without "&" mnemonics
    keys: str  # native text, e.g. "Ctrl+Z"; "" when it has none


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marker ("&Save" → "Save", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys_of(action: QAction) -> tuple[str, str]:
    """(text, keys) of an action; a menu entry may show keys after a tab instead of owning
    them (Enter and Esc in the Draw menu act on the map only)."""
    text, _tab, shown = action.text().partition("\t")
    keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty())
    return plain_text(text).rstrip("…").strip(), keys or shown.strip()


def _menu_entries(menu: QMenu, group: str, seen: set[int]) -> list[ShortcutEntry]:
    entries: list[ShortcutEntry] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            sub = action.menu()
            entries += _menu_entries(sub, f"{group} › {plain_text(sub.title())}", seen)
            continue
        seen.add(id(action))
        text, keys = _keys_of(action)
        if text:
            entries.append(ShortcutEntry(group, text, keys))
    return entries


def presentation_keys() -> list[ShortcutEntry]:
    """The keys of presentation mode, from the table its key handling reads, in the
    user's language."""
    from briefing_app.ui import presentation  # loads the presentation only when asked

    def names(row: presentation.PresentationKey) -> str:
        if row.shown:
            return translate("Presentation", row.shown)
        keys = sorted(QKeySequence(k).toString(NATIVE) for k in row.keys)
        return ", ".join([*keys, *(c for c in row.characters if c not in keys)])

    group = translate("Help", PRESENTATION_GROUP)
    return [
        ShortcutEntry(group, translate("Presentation", row.text), names(row))
        for row in presentation.PRESENTATION_KEYS
    ]


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every action of the window's menus (recursively) and tool bars, every other action
    of the window with a shortcut (keys that act on the map or a list), and the keys of
    presentation mode; grouped by menu in menu-bar order."""
    seen: set[int] = set()
    entries: list[ShortcutEntry] = []
    menu_bar = getattr(window, "menu_bar", None)
    if menu_bar is None and isinstance(window, QMainWindow):
        menu_bar = window.menuBar()
    if menu_bar is not None:
        for top in menu_bar.actions():
            if top.menu() is not None and top.isVisible():
                entries += _menu_entries(top.menu(), plain_text(top.menu().title()), seen)
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            text, keys = _keys_of(action)
            if text:
                group = translate("Help", "Tool bar: {name}").format(name=bar.windowTitle())
                entries.append(ShortcutEntry(group, text, keys))
    for action in window.findChildren(QAction):
        if id(action) in seen or action.shortcut().isEmpty():
            continue
        seen.add(id(action))
        text, keys = _keys_of(action)
        if text and not any(e.action == text and e.keys == keys for e in entries):
            entries.append(ShortcutEntry(translate("Help", "Map and panels"), text, keys))
    # A submenu's entries come after its menu's own; each group is listed once.
    order = list(dict.fromkeys(e.group for e in entries))
    entries.sort(key=lambda e: order.index(e.group))
    return entries + presentation_keys()


def shortcuts_as_text(entries: list[ShortcutEntry]) -> str:
    width = max((len(e.action) for e in entries), default=10) + 2
    lines: list[str] = [translate("Help", "Briefing App — keyboard shortcuts")]
    group = None
    for entry in entries:
        if entry.group != group:
            group = entry.group
            lines += ["", group, "-" * len(group)]
        lines.append(f"{entry.action:<{width}}{entry.keys}".rstrip())
    return "\n".join(lines) + "\n"


class QtShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: a filterable list, grouped by menu, to copy or print."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts — Briefing App"))
        self.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.entries = collect_shortcuts(window)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Help", "Filter by action, key or menu"))
        self.filter.setAccessibleName(translate("Help", "Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        find_label = QLabel(translate("Help", "&Find:"))
        find_label.setBuddy(self.filter)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("Help", "Shortcuts"))
        self.tree.setHeaderLabels(
            [translate("Help", "Action"), translate("Help", "Shortcut"), translate("Help", "Menu")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self._groups: list[QTreeWidgetItem] = []
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for entry in self.entries:
            if not self._groups or self._groups[-1].text(0) != entry.group:
                group = QTreeWidgetItem(self.tree, [entry.group])
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._groups.append(group)
            QTreeWidgetItem(self._groups[-1], [entry.action, entry.keys, entry.group])
        self.tree.expandAll()
        header = self.tree.header()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        wanted = sum(self.tree.sizeHintForColumn(c) for c in range(3)) + 80

        self.count_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(
            translate("Help", "&Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy_button.setToolTip(
            translate("Help", "Copy the shown shortcuts to the clipboard as plain text")
        )
        copy_button.clicked.connect(self.copy_text)
        print_button = buttons.addButton(
            translate("Help", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        print_button.setToolTip(translate("Help", "Print the shown shortcuts"))
        print_button.clicked.connect(self.print_text)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._apply_filter("")
        screen = self.screen().availableGeometry()
        self.resize(
            min(max(640, wanted), screen.width() - 40),
            min(self.fontMetrics().height() * 40, screen.height() - 80),
        )

    def visible_entries(self) -> list[ShortcutEntry]:
        shown: list[ShortcutEntry] = []
        for group in self._groups:
            for row in range(group.childCount()):
                item = group.child(row)
                if not item.isHidden():
                    shown.append(ShortcutEntry(item.text(2), item.text(0), item.text(1)))
        return shown

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for group in self._groups:
            visible = 0
            for row in range(group.childCount()):
                item = group.child(row)
                haystack = " ".join(item.text(c) for c in range(3)).casefold()
                match = all(w in haystack for w in words)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
        shown = len(self.visible_entries())
        self.count_label.setText(
            translate("Help", "{shown} of {total} shown").format(
                shown=shown, total=len(self.entries)
            )
        )

    def as_text(self) -> str:
        return shortcuts_as_text(self.visible_entries())

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def print_text(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans Mono", 9))
        document.setPlainText(self.as_text())
        document.print_(printer)


# ---------------------------------------------------------------- about


@dataclass(frozen=True)
class SourceEntry:
    group: str
    item: str
    source: str
    url: str
    as_of: str


def _read_json(path: Path) -> dict:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def data_sources(data: Datasets) -> list[SourceEntry]:
    """Every source the built-in data cites, with its as-of date, grouped for display. The
    headings are the app's words, in the user's language; names come from the data."""
    rows: list[SourceEntry] = []
    countries = translate("Help", "Countries")
    for layer in builtin_layers():
        if layer.as_of:
            rows.append(
                SourceEntry(countries, layer.title, layer.source, layer.source_url, layer.as_of)
            )
    capitals = _read_json(geodata_dir() / "capitals" / "SOURCE.json")
    if capitals:
        rows.append(
            SourceEntry(
                countries,
                translate("Help", "Capitals"),
                capitals.get("attribution", ""),
                capitals.get("url", ""),
                str(capitals.get("as_of", "")),
            )
        )
    for grouping in data.groupings.values():
        rows.append(
            SourceEntry(
                translate("Help", "Groupings"),
                grouping.name,
                grouping.source,
                grouping.source_url,
                grouping.as_of.isoformat(),
            )
        )
    for site in data.deployments:
        rows.append(
            SourceEntry(
                translate("Help", "Deployments"),
                site.name,
                site.source,
                site.source_url,
                site.as_of.isoformat(),
            )
        )
    for point in data.flashpoints:
        rows.append(
            SourceEntry(
                translate("Help", "Flashpoints"),
                point.name,
                point.source,
                point.source_url,
                point.as_of.isoformat(),
            )
        )
    for collection in data.derived.values():
        for feature in collection.get("features", []):
            props = feature.get("properties") or {}
            rows.append(
                SourceEntry(
                    translate("Help", "Occupied territory and derived lines"),
                    str(props.get("name", "")),
                    str(props.get("source", "")),
                    str(props.get("source_url", "")),
                    str(props.get("as_of", "")),
                )
            )
    if data.figures is not None:
        for metric in data.figures.metrics.values():
            rows.append(
                SourceEntry(
                    translate("Help", "Country figures"),
                    f"{metric_label(metric.id, metric.label)} ({metric.year})",
                    metric.source,
                    metric.source_url,
                    metric.as_of.isoformat(),
                )
            )
    return rows


def bundled_components() -> list[Component]:
    """Bundled data, fonts and JavaScript, with their licences: the manifest
    (`data/facts/licences.json`) read against the files shipped."""
    return licences.bundled_components({"qt": qVersion(), "pyside6": PySide6.__version__})


def _plain_label(text: str, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


class QtAboutDialog(QDialog):
    """Help → About: versions, data sources with their as-of dates, bundled licences."""

    def __init__(self, window: QWidget | None, data: Datasets | None = None) -> None:
        super().__init__(window)
        if data is None:
            data = getattr(window, "data", None) or load_datasets()
        self.setWindowTitle(translate("Help", "About Briefing App"))
        self.setAccessibleName(translate("Help", "About Briefing App"))
        self.sources = data_sources(data)
        self.components = bundled_components()

        title = _plain_label(f"Briefing App {__version__}", selectable=False)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(translate("Help", "Name and version"))
        self.summary = _plain_label(self.summary_text())
        self.summary.setAccessibleName(translate("Help", "Versions"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Help", "About sections"))
        self.tabs.addTab(self._sources_tab(), translate("Help", "Data &sources"))
        self.tabs.addTab(self._licences_tab(), translate("Help", "&Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(
            translate("Help", "&Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy_button.setToolTip(
            translate("Help", "Copy versions, sources and licences to the clipboard")
        )
        copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.as_text()))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    @staticmethod
    def summary_text() -> str:
        versions = translate(
            "Help", "Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}"
        ).format(
            version=__version__,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
        )
        offline = translate(
            "Help",
            "The app makes no network request: maps, data, fonts and scripts all ship "
            "with it, and exported HTML files load nothing from the network either.",
        )
        return f"{versions}\n{offline}"

    def _sources_tab(self) -> QWidget:
        self.source_tree = QTreeWidget()
        self.source_tree.setAccessibleName(translate("Help", "Data sources and their as-of dates"))
        self.source_tree.setHeaderLabels(
            [
                translate("Help", "Item"),
                translate("Help", "As of"),
                translate("Help", "Source"),
                translate("Help", "Address"),
            ]
        )
        self.source_tree.setAlternatingRowColors(True)
        self.source_tree.setWordWrap(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.sources:
            if row.group not in groups:
                groups[row.group] = QTreeWidgetItem(self.source_tree, [row.group])
                groups[row.group].setFirstColumnSpanned(True)
            item = QTreeWidgetItem(groups[row.group], [row.item, row.as_of, row.source, row.url])
            for column in range(4):
                item.setToolTip(column, item.text(column))  # tool tips of items: plain text
        self.source_tree.expandAll()
        for column in (0, 1):
            self.source_tree.resizeColumnToContents(column)
        self.source_tree.setColumnWidth(0, min(self.source_tree.columnWidth(0), 280))
        self.source_tree.setColumnWidth(2, 320)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            _plain_label(
                translate(
                    "Help",
                    "Every fact on the map cites its source. “As of” is the date up to which a "
                    "record is known to be true. Data corrections in the data folder (Help menu) "
                    "are included.",
                ),
                selectable=False,
            )
        )
        column.addWidget(self.source_tree, 1)
        return page

    def _licences_tab(self) -> QWidget:
        self.component_list = QListWidget()
        self.component_list.setAccessibleName(
            translate("Help", "Bundled data, fonts and libraries")
        )
        for component in self.components:
            version = f" {component.version}" if component.version else ""
            self.component_list.addItem(f"{component.name}{version}")
            self.component_list.item(self.component_list.count() - 1).setToolTip(
                f"{licences.kind_name(component.kind)}: {component.licence}"
            )
        self.component_info = _plain_label("")
        self.component_info.setAccessibleName(translate("Help", "Licence of the selected item"))
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(translate("Help", "Licence text"))
        # Licence texts are wrapped by their authors; rewrapping breaks their lines.
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.component_list.currentRowChanged.connect(self._show_component)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.component_info)
        column.addWidget(self.licence_text, 1)
        splitter = QSplitter()
        splitter.addWidget(self.component_list)
        splitter.addWidget(right)
        splitter.setSizes([300, 570])
        splitter.setChildrenCollapsible(False)
        self.component_list.setCurrentRow(0)
        return splitter

    def _show_component(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        lines = [
            f"{component.name} ({licences.kind_name(component.kind)})",
            translate("Help", "Version: {version}").format(version=component.version or "—"),
            translate("Help", "Licence: {licence}").format(licence=component.licence),
        ]
        if component.url:
            lines.append(component.url)
        self.component_info.setText("\n".join(lines))
        self.licence_text.setPlainText(component.notice)

    def as_text(self) -> str:
        lines = [
            f"Briefing App {__version__}",
            self.summary_text(),
            "",
            translate("Help", "DATA SOURCES"),
        ]
        group = None
        for row in self.sources:
            if row.group != group:
                group = row.group
                lines += ["", group]
            as_of = translate("Help", "(as of {date})").format(date=row.as_of)
            lines.append(f"• {row.item}: {row.source} {row.url} {as_of}".rstrip())
        lines += ["", translate("Help", "BUNDLED DATA, FONTS AND LIBRARIES")]
        for component in self.components:
            lines.append(
                f"• {licences.kind_name(component.kind)}: {component.name} {component.version}"
                f" — {component.licence}"
            )
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- menu


def install_help(window: MainWindow) -> dict[str, QAction]:
    """Give every action with a shortcut a tool tip naming its keys, and name Qt's own
    parts for screen readers; the Help menu's entries come from ui/actions.py. Returns
    them by name."""
    ensure_shortcut_tooltips(window)
    name_qt_parts(window)
    actions = window.actions
    window.help_actions = {
        "welcome": actions["help.tour"],
        "shortcuts": actions["help.shortcuts"],
        "about": actions["help.about"],
    }
    return window.help_actions

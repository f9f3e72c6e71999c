"""The welcome tour: short steps that point at the real layers panel, groupings, as-of bar,
figures panel, drawing tools, slides panel, File menu and place search.

Shown once, on the first start (`maybe_show_welcome`), and again from Help → Welcome Tour.
It is a card over the main window, not a modal dialog: the user can try what a step shows
while it is open. A coloured frame outlines the widget the step is about; the card sits
beside it, clear of the panels, tool bars and the map's own buttons wherever it fits. Keys: → / PgDn
next, ← / PgUp back, Enter activates the focused button, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing_app.style.map_style import OKABE_ITO
from briefing_app.ui.i18n import translate
from briefing_app.ui.settings import FIRST_RUN_DONE

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

HIGHLIGHT_COLOUR = OKABE_ITO["orange"]
HIGHLIGHT_WIDTH = 4
NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(action) -> str:
    return action.shortcut().toString(NATIVE) if action is not None else ""


@dataclass(frozen=True)
class TourStep:
    title: str
    text: str
    # The widget to outline and the part of it (in its own coordinates; None = all of it).
    target: Callable[[], tuple[QWidget, QRect | None] | None]


def tour_steps(window: MainWindow) -> list[TourStep]:
    """The steps for this window; keys are read from its actions, so they stay true."""
    editor = window.editor
    tool_keys = " ".join(_keys(a) for a in editor.tool_actions.values())
    search = window.findChild(QLineEdit, "place_search")
    built_in = translate(
        "Welcome",
        "The map shows the built-in briefing “European security landscape”: "
        "countries, alliance and coalition membership, Eastern-flank deployments and "
        "flashpoints.",
    )

    def menu_title(menu) -> tuple[QWidget, QRect | None]:
        return window.menu_bar, window.menu_bar.actionGeometry(menu.menuAction())

    def groupings() -> tuple[QWidget, QRect | None]:
        # The grouping controls show with the Membership layer: pick it for the step.
        dock = window.layer_dock
        for row in range(dock.list.count()):
            if dock.list.item(row).data(Qt.ItemDataRole.UserRole) == "membership":
                dock.list.setCurrentRow(row)
        return dock.membership_box, None

    steps = [
        TourStep(
            translate("Welcome", "Layers"),
            built_in
            + " "
            + translate(
                "Welcome",
                "The Layers panel switches layers on and off, sets their "
                "opacity and colours countries by a grouping such as NATO or the EU; below "
                "it are the layer's source and as-of date.",
            ),
            lambda: (window.layer_dock, None),
        ),
        TourStep(
            translate("Welcome", "Groupings"),
            translate(
                "Welcome",
                "With the Membership layer selected, “Colour by” picks the grouping the map "
                "colours (EU, NATO, the Coalition of the Willing…) and “Compare with” a second "
                "one, so that both, either and neither stand apart. New grouping… builds your "
                "own from a list of countries or by clicking the map (Ctrl+G).",
            ),
            groupings,
        ),
        TourStep(
            translate("Welcome", "As of"),
            translate(
                "Welcome",
                "The as-of bar sets the date the briefing describes. Drag the slider or pick "
                "a date: memberships, deployments and figures change to what was true then. "
                "Each slide keeps its own date.",
            ),
            lambda: (window.as_of_bar, None),
        ),
        TourStep(
            translate("Welcome", "Grouping figures"),
            translate(
                "Welcome",
                "The Grouping figures panel (View menu) totals a grouping on that date: "
                "members, population, GDP, defence spending and personnel, each with its "
                "coverage and source, and a table by country to copy or save as CSV.",
            ),
            lambda: (window.figures_dock, None),
        ),
        TourStep(
            translate("Welcome", "Draw"),
            translate(
                "Welcome",
                "The Draw tool bar places markers, unit symbols, arrows, lines, areas, range "
                "rings and labels on the map (keys {tool_keys}; Esc stops drawing). "
                "The Annotations panel lists what you drew: select an item there to change "
                "its label, colour or radius. Every edit can be undone with {undo_keys}.",
            ).format(tool_keys=tool_keys, undo_keys=_keys(window.action_undo)),
            lambda: (editor.toolbar, None),
        ),
        TourStep(
            translate("Welcome", "Slides"),
            translate(
                "Welcome",
                "A slide remembers the map view, the layers and the date. Add one from the "
                "current map with Add in the Slides panel; write talking points under the "
                "list. Present ({present_keys}) shows the slides full screen "
                "with a clicker; Esc ends the presentation.",
            ).format(present_keys=_keys(window.action_present)),
            lambda: (window.slides_dock, None),
        ),
        TourStep(
            translate("Welcome", "Save and export"),
            translate(
                "Welcome",
                "The File menu saves the briefing ({save_keys}) and exports "
                "it as a PDF to hand out ({pdf_keys}) or as one "
                "interactive HTML file that works offline ({html_keys}).",
            ).format(
                save_keys=_keys(window.action_save),
                pdf_keys=_keys(window.action_export_pdf),
                html_keys=_keys(window.action_export_html),
            ),
            lambda: menu_title(window.file_menu),
        ),
    ]
    if search is not None:
        key = _keys(getattr(search, "focus_action", None)) or "Ctrl+F"
        steps.append(
            TourStep(
                translate("Welcome", "Search"),
                translate(
                    "Welcome",
                    "Search places ({keys}): type a country, capital, city, deployment or "
                    "flashpoint and press Enter to fly the map there.",
                ).format(keys=key),
                lambda: (search, None),
            )
        )
    steps[-1] = TourStep(
        steps[-1].title,
        steps[-1].text
        + " "
        + translate(
            "Welcome",
            "Help → Keyboard Shortcuts lists every key; Help → Welcome Tour shows this tour again.",
        ),
        steps[-1].target,
    )
    return steps


class QtWelcomeTour(QFrame):
    """A card over the main window that walks through the steps and outlines each target."""

    closed = Signal()
    step_changed = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.steps = tour_steps(window)
        self.index = 0
        self.is_closed = False
        self.highlighted: QWidget | None = None
        self._target_rect: QRect | None = None
        self.setObjectName("welcome_card")
        self.setAccessibleName(translate("Welcome", "Welcome tour"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#welcome_card {{ background: palette(window);"
            f" border: 2px solid {HIGHLIGHT_COLOUR}; border-radius: 8px; }}"
        )

        self.highlight = QFrame(window)
        self.highlight.setObjectName("welcome_highlight")
        self.highlight.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.highlight.setStyleSheet(
            f"#welcome_highlight {{ border: {HIGHLIGHT_WIDTH}px solid {HIGHLIGHT_COLOUR};"
            " border-radius: 6px; background: transparent; }"
        )
        self.highlight.hide()

        self.counter = self._label("", translate("Welcome", "Step"))
        self.title = self._label("", translate("Welcome", "Step title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = self._label("", translate("Welcome", "Step text"))
        self.text.setWordWrap(True)

        self.builtin_button = QPushButton(translate("Welcome", "Open the &built-in briefing"))
        self.builtin_button.setToolTip(
            translate(
                "Welcome",
                "Show the example briefing this tour describes "
                "(asks first if the open briefing has unsaved changes)",
            )
        )
        self.builtin_button.clicked.connect(self.open_builtin)
        self.back_button = QPushButton(translate("Welcome", "◀ &Back"))
        self.back_button.setAccessibleName(translate("Welcome", "Back"))
        self.back_button.setToolTip(translate("Welcome", "Previous step (← or Page Up)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("Welcome", "&Next ▶"))
        self.next_button.setAccessibleName(translate("Welcome", "Next"))
        self.next_button.setToolTip(translate("Welcome", "Next step (→ or Page Down)"))
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(translate("Welcome", "&Close"))
        self.close_button.setAccessibleName(translate("Welcome", "Close the tour"))
        self.close_button.setToolTip(
            translate("Welcome", "Close the tour (Esc); Help → Welcome Tour shows it again")
        )
        self.close_button.clicked.connect(self.close_tour)

        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.builtin_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.setTabOrder(self.next_button, self.back_button)
        self.setTabOrder(self.back_button, self.close_button)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (("Right", "PgDown"), self.next),
            (("Left", "PgUp"), self.back),
            (("Esc",), self.close_tour),
            (("Return", "Enter"), self._activate),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context)
        window.installEventFilter(self)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        return label

    # ------------------------------------------------------------ steps

    def start(self, index: int = 0) -> None:
        self.show()
        self.show_step(index)

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.counter.setText(
            translate("Welcome", "Welcome to Briefing App · step {number} of {count}").format(
                number=self.index + 1, count=len(self.steps)
            )
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.builtin_button.setVisible(self.index == 0 and not self.window_.session.builtin)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(
            translate("Welcome", "&Done") if last else translate("Welcome", "&Next ▶")
        )
        self.next_button.setAccessibleName(
            translate("Welcome", "Done") if last else translate("Welcome", "Next")
        )
        self._set_target(step.target())
        self.raise_()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.step_changed.emit(self.index)

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.close_tour()
        else:
            self.show_step(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.show_step(self.index - 1)

    def _activate(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton) and focused.isVisible():
            focused.click()
        else:
            self.next()

    def close_tour(self) -> None:
        if self.is_closed:
            return
        self.is_closed = True
        self._set_target(None)
        self.window_.removeEventFilter(self)
        self.hide()
        self.highlight.deleteLater()
        self.deleteLater()
        self.closed.emit()

    def open_builtin(self) -> None:
        from briefing_app.model.builtin import builtin_briefing

        if self.window_.files.maybe_save():  # unsaved changes: the user is asked first
            self.window_.set_document(builtin_briefing(), None, builtin=True)
            self.builtin_button.hide()

    # ------------------------------------------------------------ outline and placement

    def _set_target(self, target: tuple[QWidget, QRect | None] | None) -> None:
        if self.highlighted is not None:
            self.highlighted.removeEventFilter(self)
        self.highlighted, self._target_rect = (None, None) if target is None else target
        if self.highlighted is not None:
            if isinstance(self.highlighted, (QDockWidget, QToolBar)):
                # The step is about it: bring it back if closed, to the front if tabbed.
                self.highlighted.show()
                self.highlighted.raise_()
            self.highlighted.installEventFilter(self)
        self._place()

    def target_geometry(self) -> QRect | None:
        """The outlined area in the main window's coordinates."""
        widget = self.highlighted
        if widget is None or not widget.isVisible():
            return None
        rect = self._target_rect if self._target_rect is not None else widget.rect()
        return QRect(widget.mapTo(self.window_, rect.topLeft()), rect.size())

    def _place(self) -> None:
        area = self.window_.rect()
        target = self.target_geometry()
        if target is None:
            self.highlight.hide()
        else:
            pad = HIGHLIGHT_WIDTH
            self.highlight.setGeometry(target.adjusted(-pad, -pad, pad, pad) & area)
            self.highlight.show()
            self.highlight.raise_()
        # Wide enough for about 50 characters a line, as high as the wrapped text needs.
        width = max(200, min(self.fontMetrics().averageCharWidth() * 52, area.width() - 24))
        self.setFixedSize(width, self.layout().totalHeightForWidth(width))
        size = self.size()
        gap = 12
        inside = area.adjusted(8, 8, -8, -8)

        def clamped(spot: QPoint) -> QPoint:
            return QPoint(
                min(max(spot.x(), inside.left()), inside.right() - size.width()),
                min(max(spot.y(), inside.top()), inside.bottom() - size.height()),
            )

        if target is None:
            self.move(clamped(area.center() - QPoint(size.width() // 2, size.height() // 2)))
            self.raise_()
            return
        right = QPoint(target.right() + gap, target.top() + 40)
        left = QPoint(target.left() - gap - size.width(), target.top() + 40)
        below = QPoint(target.left(), target.bottom() + gap)
        above = QPoint(target.left(), target.top() - gap - size.height())
        # Beside a panel; under a tool bar, a menu title or a search field.
        low = target.height() < 3 * self.fontMetrics().height()
        spots = [below, right, left, above] if low else [right, left, below, above]
        # Then anywhere on the map: its corners and its middle.
        map_area = self._map_area()
        if map_area is not None:
            m = map_area.adjusted(gap, gap, -gap, -gap)
            spots += [
                QPoint(m.right() - size.width(), m.top()),
                QPoint(m.right() - size.width(), m.bottom() - size.height()),
                QPoint(m.left() + 60, m.bottom() - size.height()),
                m.center() - QPoint(size.width() // 2, size.height() // 2),
            ]
        places = [clamped(p) for p in spots]
        clear = self._keep_clear()

        def covered(place: QPoint) -> int:
            card = QRect(place, size)
            return sum(
                (card & r).width() * (card & r).height() for r in clear if card.intersects(r)
            )

        # Never over what the step points at; of the rest the first place that covers no
        # panel, tool bar or map button, else the one that covers least.
        allowed = [p for p in places if not QRect(p, size).intersects(target)] or places
        self.move(min(allowed, key=lambda p: (covered(p), allowed.index(p))))
        self.raise_()

    def _map_area(self) -> QRect | None:
        central = self.window_.centralWidget()
        if central is None or not central.isVisible():
            return None
        return QRect(central.mapTo(self.window_, QPoint(0, 0)), central.size())

    def _keep_clear(self) -> list[QRect]:
        """What the card should not hide: the panels, tool bars, menus and marking (not
        menuBar(): that would replace the window's own), the status bar,
        and the map's zoom buttons, scale and legend."""
        window = self.window_
        rects = []
        for widget in (
            window.findChildren(QDockWidget)
            + window.findChildren(QToolBar)
            + [window.menuWidget(), window.statusBar()]
        ):
            if widget is not None and widget.isVisible() and widget.parent() is window:
                rects.append(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
        map_area = self._map_area()
        if map_area is not None:
            # The map page reports its controls' boxes (CSS px from its top left); before it
            # has, the zoom buttons' corner is kept clear all the same.
            controls = getattr(window.map, "_controls", None) or [(0, 0, 60, 110)]
            for x0, y0, x1, y1 in controls:
                rects.append(
                    QRect(
                        map_area.left() + int(x0),
                        map_area.top() + int(y0),
                        int(x1 - x0) + 1,
                        int(y1 - y0) + 1,
                    )
                )
        return rects

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type()
            in (
                QEvent.Type.Resize,
                QEvent.Type.Move,
                QEvent.Type.Show,
                QEvent.Type.Hide,
                QEvent.Type.LayoutRequest,
            )
            and self.isVisible()
        ):
            self._place()
        return super().eventFilter(watched, event)


def show_welcome(window: MainWindow) -> QtWelcomeTour:
    """Show the tour from its first step (the one already open, if any)."""
    tour = next((t for t in window.findChildren(QtWelcomeTour) if not t.is_closed), None)
    if tour is None:
        tour = QtWelcomeTour(window)
    tour.start(0)
    return tour


def maybe_show_welcome(window: MainWindow) -> QtWelcomeTour | None:
    """On the first start only: show the tour and remember that it was shown."""
    if window.settings.get(FIRST_RUN_DONE) == "yes":
        return None
    window.settings.set(FIRST_RUN_DONE, "yes")
    return show_welcome(window)

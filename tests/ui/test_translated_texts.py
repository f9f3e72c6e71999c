"""The window's texts in another language: with a translator installed, the undo texts, the
presentation keys in Help, the plural of countries, the slide image filters and the replay
sizes are the translated words, while a user's name stays as typed, and what the code reads
back from the screen (a filter picked, a size chosen, a slide's changed mark) still works.

The translator stands in for a .qm file: it marks every text it is asked for, so a text
that did not go through translation shows unmarked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from briefing_app.data.datasets import load_datasets
from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Briefing, Grouping, Slide
from briefing_app.ui.grouping_dialog import countries_text
from briefing_app.ui.hand_off import image_filters
from briefing_app.ui.help_dialogs import PRESENTATION_GROUP, presentation_keys
from briefing_app.ui.presentation import PRESENTATION_KEYS
from briefing_app.ui.replay_dialog import QtReplayDialog
from briefing_app.ui.slides_dock import QtSlidesDock
from briefing_app.ui.undo import QtUndoHistory

MARK = "[xx] "


class MarkingTranslator(QTranslator):
    """Every text "translated" to itself with a mark in front, placeholders kept; a
    plural text keeps Qt's %n, which Qt fills in after the translator."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt override
        self.asked.append((context, source_text))
        return MARK + source_text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


@pytest.fixture
def translator(qapp):
    tr = MarkingTranslator()
    assert QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def test_undo_texts_are_translated_and_a_grouping_name_stays_as_typed(translator):
    doc = Briefing()
    history = QtUndoHistory()
    name = "Nordic {five} <b>&"
    history.push_command(
        commands.SaveGrouping(Grouping(id="g1", name=name, members=["FIN"])), doc, lambda _: None
    )
    assert history.undoText() == f"{MARK}Save grouping “{name}”"
    assert ("Command", "Save grouping “{name}”") in translator.asked
    history.push_command(commands.SetLayerVisible("countries", False), doc, lambda _: None)
    assert history.undoText() == f"{MARK}Hide layer"
    # The model's label itself stays English: tests and logs read it.
    assert commands.SetLayerVisible("countries", True).label == "Show layer"


def test_undo_texts_without_a_translation_are_the_english_ones(qapp):
    history = QtUndoHistory()
    history.push_command(commands.DeleteGrouping("none"), Briefing(), lambda _: None)
    assert history.undoText() == "Delete grouping"


def test_help_lists_the_presentation_keys_in_the_users_language(translator):
    entries = presentation_keys()
    assert [e.action for e in entries] == [MARK + row.text for row in PRESENTATION_KEYS]
    assert {e.group for e in entries} == {MARK + PRESENTATION_GROUP}
    shown = {e.action: e.keys for e in entries}
    assert shown[MARK + "Go to slide number"] == MARK + "digits, then Enter"
    assert "Esc" in shown[MARK + "End the presentation"]  # key names are Qt's own


def test_countries_use_the_translated_plural_with_the_number_filled_in(translator):
    assert countries_text(1) == f"{MARK}1 country"
    assert countries_text(3) == f"{MARK}3 countries"
    assert ("GroupingDialog", "%n countries") in translator.asked


def test_slide_image_filters_translate_the_words_and_keep_the_patterns(translator):
    filters = image_filters()
    assert filters == {
        f"{MARK}PNG image, 1920 × 1080 (*.png)": "1920x1080",
        f"{MARK}PNG image, 3840 × 2160 (*.png)": "3840x2160",
        f"{MARK}PDF, vector (*.pdf)": "pdf",
    }


def test_the_replay_size_is_read_from_the_choice_not_its_translated_text(translator, qtbot):
    dialog = QtReplayDialog(builtin_briefing(), load_datasets(None), "nato")
    qtbot.addWidget(dialog)
    assert dialog.size.itemText(1) == f"{MARK}1920 × 1080 (full HD)"
    dialog.size.setCurrentIndex(1)
    assert dialog.size_px() == (1920, 1080)
    assert dialog.windowTitle() == f"{MARK}Export Replay"


def test_the_changed_mark_is_translated_and_leaves_the_title_alone(translator, qtbot):
    doc = Briefing(slides=[Slide(id="s1", title="Plan (changed)")])
    dock = QtSlidesDock()
    qtbot.addWidget(dock)
    dock.show_document(doc)
    item = dock.list.item(0)
    dock.mark_changed({"s1"})
    assert item.text() == f"Plan (changed) {MARK}(changed)"
    dock.mark_changed(set())
    # A title that happens to end in the mark's English words is the user's: kept whole.
    assert item.text() == "Plan (changed)"
    renamed: list[tuple[str, str]] = []
    dock.renamed.connect(lambda slide_id, title: renamed.append((slide_id, title)))
    dock.mark_changed({"s1"})
    item.setText(f"Plan B {MARK}(changed)")  # the user edits the title, mark and all
    qtbot.waitUntil(lambda: renamed == [("s1", "Plan B")])

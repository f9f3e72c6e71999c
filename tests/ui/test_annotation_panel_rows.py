"""The annotation panel's rows and form follow the document through edits that replace,
delete, insert and reorder annotations (it finds rows by id rather than by going through
5,000 annotations after every edit)."""

from __future__ import annotations

import copy

from briefing_app.model.document import Annotation, Briefing
from briefing_app.ui.annotation_dock import QtAnnotationDock


def _doc(count: int) -> Briefing:
    return Briefing(
        title="Rows",
        annotations=[
            Annotation(
                f"a{n}",
                {"type": "Point", "coordinates": [10.0 + n, 50.0]},
                {"kind": "marker", "label": f"Post {n}"},
            )
            for n in range(count)
        ],
    )


def _rows(dock: QtAnnotationDock) -> list[str]:
    return [dock.list.item(row).text() for row in range(dock.list.count())]


def _selected(dock: QtAnnotationDock) -> list[str]:
    return sorted(item.text() for item in dock.list.selectedItems())


def test_the_panel_follows_replacements_deletions_insertions_and_reorders(qtbot):
    dock = QtAnnotationDock()
    qtbot.addWidget(dock)
    doc = _doc(6)
    dock.show_document(doc)
    dock.set_selection(["a3"])
    assert dock.label_edit.text() == "Post 3"
    assert _selected(dock) == [_rows(dock)[3]]

    edited = copy.deepcopy(doc.annotations[3])
    edited.properties["label"] = "Forward HQ"
    doc.annotations[3] = edited
    # The form reads the document as it is now, even before the panel is told of it.
    dock.set_selection(["a3"])
    assert dock.label_edit.text() == "Forward HQ"
    dock.show_document(doc)
    assert "Forward HQ" in _rows(dock)[3] and dock.label_edit.text() == "Forward HQ"

    del doc.annotations[0]  # every row after it moves up
    dock.set_selection(["a3"])
    assert dock.label_edit.text() == "Forward HQ"
    dock.show_document(doc)
    dock.set_selection(["a3", "a5"])
    assert len(_rows(dock)) == 5
    assert _selected(dock) == sorted([_rows(dock)[2], _rows(dock)[4]])
    assert "Forward HQ" in _rows(dock)[2]

    # Same length, other ids where they stood: the rows are made again.
    doc.annotations[1], doc.annotations[2] = doc.annotations[2], doc.annotations[1]
    dock.show_document(doc)
    dock.set_selection(["a3"])
    assert "Forward HQ" in _rows(dock)[1]
    assert _selected(dock) == [_rows(dock)[1]]
    assert dock.label_edit.text() == "Forward HQ"

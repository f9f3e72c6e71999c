"""The document session without a window: edits through it are undone and redone in order,
listeners hear the aspects they asked for, the modified state follows the clean point, and
opening another document starts a history of its own."""

from __future__ import annotations

from pathlib import Path

from briefing_app.model import commands, fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Grouping, MapView, Slide
from briefing_app.model.session import DOCUMENT, SAVED, SHOWN, DocumentSession, UndoHistory


def _session() -> DocumentSession:
    return DocumentSession(builtin_briefing(), builtin=True)


def test_edits_undo_and_redo_in_order_and_say_what_changed():
    session = _session()
    heard: list[set[str]] = []
    session.subscribe(heard.append)
    title = session.doc.title
    session.run(commands.SetProperties({"title": "Baltic update"}))
    session.run(commands.SetLayerVisible("membership", False))
    assert session.doc.title == "Baltic update" and not session.doc.layer("membership").visible
    assert heard == [{commands.META}, {commands.LAYERS}]
    session.undo()
    assert session.doc.layer("membership").visible
    session.undo()
    assert session.doc.title == title
    session.undo()  # nothing more to undo: nothing happens
    session.redo()
    assert session.doc.title == "Baltic update"
    assert heard[-1] == {commands.META}
    history = session.history
    assert isinstance(history, UndoHistory)
    assert history.redo_label == "Hide layer" and history.undo_label


def test_a_new_edit_after_undo_drops_the_undone_ones():
    session = _session()
    session.run(commands.SetProperties({"title": "A"}))
    session.undo()
    session.run(commands.SetProperties({"title": "B"}))
    session.redo()  # "A" is gone
    assert session.doc.title == "B"


def test_listeners_hear_only_the_aspects_they_asked_for_until_they_leave():
    session = _session()
    slides: list[set[str]] = []
    leave = session.subscribe(slides.append, {commands.SLIDES})
    session.run(commands.SetProperties({"title": "A"}))
    session.run(commands.AddSlide(Slide("s-new", "New", MapView(55, 20, 5)), index=0))
    assert slides == [{commands.SLIDES}]
    leave()
    session.run(commands.RemoveSlide("s-new"))
    assert len(slides) == 1


def test_modified_follows_the_clean_point(tmp_path: Path):
    session = _session()
    assert not session.modified
    session.run(commands.PutGrouping(Grouping("g1", "Baltics", ["EST", "LTU", "LVA"])))
    assert session.modified
    path = tmp_path / "b.briefing"
    fileformat.save(session.doc, path)
    heard: list[set[str]] = []
    session.subscribe(heard.append, {SAVED})
    session.saved_to(path)
    assert not session.modified and session.path == path and not session.builtin
    assert heard == [{SAVED}] and session.display_name == "b.briefing"
    session.undo()
    assert session.modified  # the file has the grouping, the document no longer
    session.redo()
    assert not session.modified
    session.undo()
    session.run(commands.SetProperties({"title": "other"}))
    assert session.modified  # the saved state cannot be reached again by redo


def test_opening_another_document_starts_its_own_history():
    session = _session()
    session.run(commands.SetProperties({"title": "A"}))
    session.show(session.doc.slides[1].id)
    heard: list[set[str]] = []
    session.subscribe(heard.append)
    other = builtin_briefing()
    other.title = "Other"
    session.open(other, Path("/tmp/other.briefing"))
    assert heard == [{DOCUMENT}]
    assert session.shown_slide() is None and not session.modified
    session.undo()  # the first document's edit is not undone in the second
    assert session.doc.title == "Other"


def test_the_shown_slide_leads_the_shown_state_and_goes_with_the_slide():
    session = _session()
    slide = session.doc.slides[2]
    shown: list[set[str]] = []
    session.subscribe(shown.append, {SHOWN})
    session.show(slide.id)
    assert session.shown_slide() is slide and shown == [{SHOWN}]
    assert session.shown_state().as_of == slide.as_of
    session.show("no-such-slide")  # ignored
    assert session.shown_slide() is slide
    session.run(commands.RemoveSlide(slide.id))
    # Deleted while on show: the working map, and listeners are told.
    assert session.shown_slide() is None and shown[-1] >= {SHOWN, commands.SLIDES}
    assert session.shown_state() is session.doc

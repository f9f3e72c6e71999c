import datetime as dt

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing


def test_property_edit_undoes_to_the_original():
    doc = builtin_briefing()
    original = builtin_briefing()
    command = commands.SetProperties({"classification": "SECRET", "as_of": dt.date(2024, 3, 7)})
    assert command.do(doc) == {commands.META}
    assert doc.classification == "SECRET" and doc.as_of == dt.date(2024, 3, 7)
    command.undo(doc)
    assert doc == original


def test_layer_toggle_undoes_to_the_original():
    doc = builtin_briefing()
    original = builtin_briefing()
    command = commands.SetLayerVisible("countries", False)
    command.do(doc)
    assert doc.layer("countries").visible is False
    command.undo(doc)
    assert doc == original


def test_slide_edits_undo_to_the_original():
    from briefing_app.model.document import MapView, Slide

    doc = builtin_briefing()
    original = builtin_briefing()
    steps = [
        commands.AddSlide(Slide("new", "Baltic close-up", MapView(57, 24, 6)), index=1),
        commands.MoveSlide("new", 5),
        commands.UpdateSlide("new", {"title": "Renamed", "notes": "Say this"}),
        commands.RemoveSlide("futures"),
    ]
    for step in steps:
        step.do(doc)
    assert [s.id for s in doc.slides][5] == "new"
    assert doc.slides[5].title == "Renamed"
    assert "futures" not in [s.id for s in doc.slides]
    for step in reversed(steps):
        step.undo(doc)
    assert doc == original

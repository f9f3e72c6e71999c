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

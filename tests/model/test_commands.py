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


def _marked_up(count: int, vertices: int = 200):
    """The built-in briefing with `count` annotations (lines of `vertices` points), shown
    on every slide, and one slide that lists none."""
    from briefing_app.model.document import Annotation

    doc = builtin_briefing()
    for n in range(count):
        line = [[10 + i / vertices, 50 + n * 0.01] for i in range(vertices)]
        doc.annotations.append(
            Annotation(
                f"a{n}",
                {"type": "LineString", "coordinates": line},
                {"kind": "line", "label": f"line {n}"},
                {},
            )
        )
    for slide in doc.slides:
        slide.annotation_ids = None
    doc.give_slides_their_content()
    doc.slides[1].annotation_ids = []
    return doc


def _relabelled(doc, annotation_id: str, label: str):
    import copy

    changed = copy.deepcopy(doc.annotation(annotation_id))
    changed.properties["label"] = label
    return changed


def test_every_edit_undoes_and_redoes_to_equal_documents():
    import copy

    from briefing_app.model.document import Annotation, Grouping, MapView, Slide

    doc = _marked_up(30, vertices=5)
    point = Annotation("new", {"type": "Point", "coordinates": [20, 55]}, {"kind": "marker"})
    slide_id = doc.slides[2].id
    steps = [
        commands.ReplaceAnnotations(
            [_relabelled(doc, "a3", "renamed"), _relabelled(doc, "a7", "also")]
        ),
        commands.AddAnnotations([point], slide_id=slide_id),
        commands.RemoveAnnotations(["a0", "a5", "new"]),
        commands.SetAnnotationSlides("a9", [doc.slides[1].id]),
        commands.SetLayerVisible("flashpoints", True, slide_id=slide_id),
        commands.SetLayerOpacity("countries", 0.4),
        commands.SetLayerOptions("membership", {"grouping": "eu"}),
        commands.SetLayerVisible("not-yet-listed", True),
        commands.MoveLayer("countries", 0, slide_id=doc.slides[3].id),
        commands.PutGrouping(Grouping("g1", "Nordics", ["NOR", "SWE"])),
        commands.PutGrouping(Grouping("g1", "Nordics", ["NOR", "SWE", "FIN"])),
        commands.RemoveGrouping("g1"),
        commands.AddSlide(Slide("s-new", "Close-up", MapView(57, 24, 6), layers=None), 2),
        commands.MoveSlide("s-new", 6),
        commands.UpdateSlide("s-new", {"title": "Renamed", "annotation_ids": ["a1"]}),
        commands.RemoveSlide(doc.slides[0].id),
        commands.SetProperties({"title": "Edited"}),
    ]
    states = [copy.deepcopy(doc)]
    for step in steps:
        step.do(doc)
        states.append(copy.deepcopy(doc))
    assert doc.title == "Edited" and doc.annotation("a0") is None
    assert doc.annotation("a3").properties["label"] == "renamed"
    for step, state in zip(reversed(steps), reversed(states[:-1]), strict=True):
        step.undo(doc)
        assert doc == state, f"undo of {step.label!r}"
    for step, state in zip(steps, states[1:], strict=True):
        step.do(doc)  # redo, as the undo stack does it
        assert doc == state, f"redo of {step.label!r}"


def test_undo_after_an_edit_of_one_annotation_restores_an_equal_document():
    import copy

    doc = _marked_up(200, vertices=20)
    original = copy.deepcopy(doc)
    command = commands.ReplaceAnnotations([_relabelled(doc, "a150", "edited")])
    command.do(doc)
    assert doc.annotation("a150").properties["label"] == "edited"
    assert doc != original
    command.undo(doc)
    assert doc == original


def test_a_hundred_edits_of_a_large_briefing_keep_only_what_they_changed():
    # 5,000 annotations of 200 vertices: a copy of the list would be ~100 MB for every step.
    import gc
    import tracemalloc

    doc = _marked_up(5000)
    annotation_bytes = 200 * 150  # a 200-vertex line, generously
    kept = []
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for run in range(100):
            command = commands.ReplaceAnnotations([_relabelled(doc, f"a{run * 37}", f"e{run}")])
            command.do(doc)
            kept.append(command)  # as the undo stack keeps every step
        gc.collect()
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert growth < 100 * 3 * annotation_bytes, f"{growth / 1e6:.1f} MB for 100 edits"
    for command in reversed(kept):
        command.undo(doc)
    assert doc == _marked_up(5000)

"""Every model command, one by one, as the user meets it: the edit does what was asked,
undo gives back the document as it was (things back at their places, with their content),
redo gives the edited one again, and the undo step keeps the change, never a copy of the
document's lists. A command added to model/commands.py without a case here fails the
first test."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import (
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    MapView,
    Slide,
)


def _imported(n: int) -> ImportedLayer:
    return ImportedLayer(
        id=f"imp{n}",
        name=f"Roads {n}",
        source_file=f"roads{n}.geojson",
        source_format="GeoJSON",
        imported_on=dt.date(2026, 1, 2),
        features=[
            {
                "type": "Feature",
                "properties": {"name": f"road {n}.{k}"},
                "geometry": {"type": "LineString", "coordinates": [[20 + k, 54], [21 + k, 55]]},
            }
            for k in range(3)
        ],
    )


def _doc() -> Briefing:
    """The built-in briefing with annotations, groupings and imported layers, every slide
    owning its content; slide 1 shows two annotations, slide 2 takes the working map's
    layers (None), as a file of format 1 leaves them."""
    doc = builtin_briefing()
    for n in range(12):
        doc.annotations.append(
            Annotation(
                f"a{n}",
                {"type": "Point", "coordinates": [14 + n, 52 + n * 0.2]},
                {"kind": "text" if n % 3 == 0 else "marker", "label": f"label {n}"},
            )
        )
    doc.groupings = [
        Grouping("g1", "Nordics", ["DNK", "FIN", "ISL", "NOR", "SWE"]),
        Grouping("g2", "Baltics", ["EST", "LTU", "LVA"]),
        Grouping("g3", "Visegrád", ["CZE", "HUN", "POL", "SVK"]),
    ]
    for n in range(3):
        commands.AddImportedLayer(_imported(n)).do(doc)
    for slide in doc.slides:
        slide.annotation_ids = None
        slide.layers = None
    doc.give_slides_their_content()
    doc.slides[1].annotation_ids = ["a1", "a2"]
    doc.slides[2].layers = None
    # The working map shows the Visegrád grouping; the first slide compares NATO with it.
    doc.layer("membership").options["grouping"] = "custom:g3"
    _membership_of(doc.slides[0]).options["compare"] = "custom:g3"
    return doc


def _membership_of(owner: Any) -> LayerState:
    return next(x for x in owner.layers if x.id == "membership")


def _ids(items: list[Any]) -> list[str]:
    return [x.id for x in items]


# --- the cases: a command for the document, and what the user sees after it --------------

Case = tuple[Callable[[Briefing], Any], Callable[[Briefing, Briefing], None]]


def _properties(doc: Briefing) -> Any:
    return commands.SetProperties({"title": "Eastern flank", "classification": "SECRET"})


def _properties_seen(before: Briefing, after: Briefing) -> None:
    assert (after.title, after.classification) == ("Eastern flank", "SECRET")
    assert after.subtitle == before.subtitle and after.as_of == before.as_of


def _hide(doc: Briefing) -> Any:
    return commands.SetLayerVisible("countries", False)


def _hide_seen(before: Briefing, after: Briefing) -> None:
    assert after.layer("countries").visible is False
    assert [s.layers for s in after.slides] == [s.layers for s in before.slides]


def _hide_on_slide(doc: Briefing) -> Any:
    return commands.SetLayerVisible("deployments", False, slide_id=doc.slides[4].id)


def _hide_on_slide_seen(before: Briefing, after: Briefing) -> None:
    (slide,) = [s for s in after.slides if s.id == before.slides[4].id]
    assert next(x for x in slide.layers if x.id == "deployments").visible is False
    assert after.layers == before.layers  # the working map is not the slide
    assert [s.layers for s in after.slides if s is not slide] == [
        s.layers for s in before.slides if s.id != slide.id
    ]


def _show_unlisted(doc: Briefing) -> Any:
    return commands.SetLayerVisible("not-yet-listed", True)


def _show_unlisted_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.layers) == [*_ids(before.layers), "not-yet-listed"]
    assert after.layers[-1].visible is True


def _opacity(doc: Briefing) -> Any:
    return commands.SetLayerOpacity("occupied", 1.7)


def _opacity_seen(before: Briefing, after: Briefing) -> None:
    assert after.layer("occupied").opacity == 1.0  # kept within 0..1


def _options(doc: Briefing) -> Any:
    return commands.SetLayerOptions("membership", {"compare": "eu"})


def _options_seen(before: Briefing, after: Briefing) -> None:
    assert after.layer("membership").options == {
        **before.layer("membership").options,
        "compare": "eu",
    }


def _to_bottom(doc: Briefing) -> Any:
    return commands.MoveLayer("flashpoints", 0)


def _to_bottom_seen(before: Briefing, after: Briefing) -> None:
    order = _ids(before.layers)
    order.remove("flashpoints")
    assert _ids(after.layers) == ["flashpoints", *order]


def _to_bottom_of_slide_without_layers(doc: Briefing) -> Any:
    return commands.MoveLayer("countries", 0, slide_id=doc.slides[2].id)


def _slide_gets_its_layers_seen(before: Briefing, after: Briefing) -> None:
    slide = after.slides[2]
    assert slide.layers is not None and slide.layers[0].id == "countries"
    assert after.layers == before.layers


def _new_grouping(doc: Briefing) -> Any:
    return commands.PutGrouping(Grouping("g4", "Benelux", ["BEL", "LUX", "NLD"]))


def _new_grouping_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.groupings) == [*_ids(before.groupings), "g4"]


def _changed_grouping(doc: Briefing) -> Any:
    return commands.PutGrouping(Grouping("g2", "Baltic states", ["EST", "LTU", "LVA", "FIN"]))


def _changed_grouping_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.groupings) == _ids(before.groupings)  # in its place
    assert after.groupings[1].name == "Baltic states" and "FIN" in after.groupings[1].members


def _remove_grouping(doc: Briefing) -> Any:
    return commands.RemoveGrouping("g2")


def _remove_grouping_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.groupings) == ["g1", "g3"]


def _save_grouping(doc: Briefing) -> Any:
    return commands.SaveGrouping(Grouping("g4", "Benelux", ["BEL", "LUX", "NLD"]))


def _save_grouping_seen(before: Briefing, after: Briefing) -> None:
    # Saved, and shown: the map the user looks at switches to it at once.
    assert _ids(after.groupings) == [*_ids(before.groupings), "g4"]
    membership = _membership_of(after)
    assert membership.options["grouping"] == "custom:g4" and membership.visible
    assert membership.options.get("compare") is None
    assert after.slides == before.slides


def _save_grouping_on_slide(doc: Briefing) -> Any:
    return commands.SaveGrouping(
        Grouping("g4", "Benelux", ["BEL", "LUX", "NLD"]), slide_id=doc.slides[0].id
    )


def _save_grouping_on_slide_seen(before: Briefing, after: Briefing) -> None:
    assert _membership_of(after.slides[0]).options["grouping"] == "custom:g4"
    assert after.layers == before.layers  # the working map is not the shown one


def _delete_shown_grouping(doc: Briefing) -> Any:
    return commands.DeleteGrouping("g3")


def _delete_shown_grouping_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.groupings) == ["g1", "g2"]
    # Nothing may go on showing a grouping the briefing lost.
    assert _membership_of(after).options["grouping"] == "nato"
    assert _membership_of(after.slides[0]).options.get("compare") is None
    assert (
        _membership_of(after.slides[0]).options["grouping"]
        == (_membership_of(before.slides[0]).options["grouping"])
    )


def _import_file(doc: Briefing) -> Any:
    return commands.ImportLayers([_imported(7), _imported(8)], label="Import roads.kmz")


def _import_file_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.imported) == [*_ids(before.imported), "imp7", "imp8"]
    assert _ids(after.layers)[-2:] == ["import:imp7", "import:imp8"]


def _import_on_slide(doc: Briefing) -> Any:
    return commands.AddImportedLayer(_imported(9), slide_id=doc.slides[0].id)


def _import_on_slide_seen(before: Briefing, after: Briefing) -> None:
    # On the map the user looks at (the slide) and on the working map; no other slide.
    assert "import:imp9" in _ids(after.slides[0].layers)
    assert _ids(after.layers) == [*_ids(before.layers), "import:imp9"]
    assert after.slides[1:] == before.slides[1:]


def _add_slide(doc: Briefing) -> Any:
    return commands.AddSlide(Slide("s-new", "Baltic close-up", MapView(57, 24, 6)), index=1)


def _add_slide_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.slides) == [before.slides[0].id, "s-new", *_ids(before.slides[1:])]
    new = after.slides[1]
    # The slide takes the working map as it is now, and owns it from then on.
    assert new.layers == after.layers and new.layers is not after.layers
    assert new.annotation_ids == _ids(after.annotations)
    assert new.as_of == after.as_of and new.view == MapView(57, 24, 6)


def _remove_slide(doc: Briefing) -> Any:
    return commands.RemoveSlide(doc.slides[3].id)


def _remove_slide_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.slides) == _ids(before.slides[:3] + before.slides[4:])


def _move_slide(doc: Briefing) -> Any:
    return commands.MoveSlide(doc.slides[0].id, 99)


def _move_slide_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.slides) == [*_ids(before.slides[1:]), before.slides[0].id]


def _update_slide(doc: Briefing) -> Any:
    return commands.UpdateSlide(
        doc.slides[5].id,
        {"title": "Kaliningrad", "notes": "Say this first", "view": MapView(54.7, 20.5, 8)},
    )


def _update_slide_seen(before: Briefing, after: Briefing) -> None:
    slide = after.slides[5]
    assert (slide.title, slide.notes, slide.view) == (
        "Kaliningrad",
        "Say this first",
        MapView(54.7, 20.5, 8),
    )
    assert slide.layers == before.slides[5].layers


def _add_annotation(doc: Briefing) -> Any:
    marker = Annotation("new", {"type": "Point", "coordinates": [23, 54]}, {"kind": "marker"})
    return commands.AddAnnotations([marker], slide_id=doc.slides[1].id)


def _add_annotation_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.annotations) == [*_ids(before.annotations), "new"]
    assert after.slides[1].annotation_ids == ["a1", "a2", "new"]
    # Drawn on one slide: the other slides do not get it.
    assert all("new" not in (s.annotation_ids or []) for s in after.slides if s.id != "coalition")


def _remove_annotations(doc: Briefing) -> Any:
    return commands.RemoveAnnotations(["a2", "a5"])


def _remove_annotations_seen(before: Briefing, after: Briefing) -> None:
    assert "a2" not in _ids(after.annotations) and "a5" not in _ids(after.annotations)
    assert len(after.annotations) == len(before.annotations) - 2
    assert after.slides[1].annotation_ids == ["a1"]
    assert all("a5" not in (s.annotation_ids or []) for s in after.slides)


def _replace_annotation(doc: Briefing) -> Any:
    moved = copy.deepcopy(doc.annotation("a4"))
    moved.geometry["coordinates"] = [25.0, 56.0]
    moved.properties["label"] = "moved"
    return commands.ReplaceAnnotations([moved])


def _replace_annotation_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.annotations) == _ids(before.annotations)  # in its place
    assert after.annotation("a4").properties["label"] == "moved"
    assert after.annotation("a4").geometry["coordinates"] == [25.0, 56.0]


def _text_size(doc: Briefing) -> Any:
    return commands.SetTextSize(["a0", "a1", "a3"], 20)


def _text_size_seen(before: Briefing, after: Briefing) -> None:
    assert after.annotation("a0").properties["font_size"] == 20.0
    assert after.annotation("a3").properties["font_size"] == 20.0
    assert "font_size" not in after.annotation("a1").properties  # a marker has no text size


def _annotation_slides(doc: Briefing) -> Any:
    return commands.SetAnnotationSlides("a1", [doc.slides[0].id, doc.slides[2].id])


def _annotation_slides_seen(before: Briefing, after: Briefing) -> None:
    showing = [s.id for s in after.slides if "a1" in (s.annotation_ids or [])]
    assert showing == [before.slides[0].id, before.slides[2].id]


def _import(doc: Briefing) -> Any:
    return commands.AddImportedLayer(_imported(9))


def _import_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.imported) == [*_ids(before.imported), "imp9"]
    assert _ids(after.layers) == [*_ids(before.layers), "import:imp9"]
    assert after.layers[-1].visible is True


def _remove_import(doc: Briefing) -> Any:
    return commands.RemoveImportedLayer("import:imp1")


def _remove_import_seen(before: Briefing, after: Briefing) -> None:
    assert _ids(after.imported) == ["imp0", "imp2"]
    assert "import:imp1" not in _ids(after.layers)
    # Gone from the briefing, so from every slide that showed it.
    for slide in after.slides:
        assert "import:imp1" not in _ids(slide.layers or [])


def _rename_import(doc: Briefing) -> Any:
    return commands.RenameImportedLayer("import:imp2", "Main roads")


def _rename_import_seen(before: Briefing, after: Briefing) -> None:
    assert [x.name for x in after.imported] == ["Roads 0", "Roads 1", "Main roads"]
    assert after.imported[2].features == before.imported[2].features


CASES: dict[str, tuple[type, Case]] = {
    "edit the briefing's properties": (commands.SetProperties, (_properties, _properties_seen)),
    "hide a layer": (commands.SetLayerVisible, (_hide, _hide_seen)),
    "hide a layer on a slide": (commands.SetLayerVisible, (_hide_on_slide, _hide_on_slide_seen)),
    "show a layer not listed": (commands.SetLayerVisible, (_show_unlisted, _show_unlisted_seen)),
    "change a layer's opacity": (commands.SetLayerOpacity, (_opacity, _opacity_seen)),
    "change a layer's settings": (commands.SetLayerOptions, (_options, _options_seen)),
    "move a layer to the bottom": (commands.MoveLayer, (_to_bottom, _to_bottom_seen)),
    "reorder a slide that had no layers of its own": (
        commands.MoveLayer,
        (_to_bottom_of_slide_without_layers, _slide_gets_its_layers_seen),
    ),
    "add a grouping": (commands.PutGrouping, (_new_grouping, _new_grouping_seen)),
    "change a grouping": (commands.PutGrouping, (_changed_grouping, _changed_grouping_seen)),
    "delete a grouping": (commands.RemoveGrouping, (_remove_grouping, _remove_grouping_seen)),
    "save a grouping, which shows it": (
        commands.SaveGrouping,
        (_save_grouping, _save_grouping_seen),
    ),
    "save a grouping while a slide is shown": (
        commands.SaveGrouping,
        (_save_grouping_on_slide, _save_grouping_on_slide_seen),
    ),
    "delete a grouping the maps show": (
        commands.DeleteGrouping,
        (_delete_shown_grouping, _delete_shown_grouping_seen),
    ),
    "import a file of two layers": (commands.ImportLayers, (_import_file, _import_file_seen)),
    "import while a slide is shown": (
        commands.AddImportedLayer,
        (_import_on_slide, _import_on_slide_seen),
    ),
    "add a slide": (commands.AddSlide, (_add_slide, _add_slide_seen)),
    "delete a slide": (commands.RemoveSlide, (_remove_slide, _remove_slide_seen)),
    "move a slide to the end": (commands.MoveSlide, (_move_slide, _move_slide_seen)),
    "edit a slide": (commands.UpdateSlide, (_update_slide, _update_slide_seen)),
    "draw on a slide": (commands.AddAnnotations, (_add_annotation, _add_annotation_seen)),
    "delete annotations": (
        commands.RemoveAnnotations,
        (_remove_annotations, _remove_annotations_seen),
    ),
    "move an annotation": (
        commands.ReplaceAnnotations,
        (_replace_annotation, _replace_annotation_seen),
    ),
    "size text labels": (commands.SetTextSize, (_text_size, _text_size_seen)),
    "choose an annotation's slides": (
        commands.SetAnnotationSlides,
        (_annotation_slides, _annotation_slides_seen),
    ),
    "import a layer": (commands.AddImportedLayer, (_import, _import_seen)),
    "remove an imported layer": (
        commands.RemoveImportedLayer,
        (_remove_import, _remove_import_seen),
    ),
    "rename an imported layer": (
        commands.RenameImportedLayer,
        (_rename_import, _rename_import_seen),
    ),
}


def _command_classes() -> set[type]:
    return {
        cls
        for name, cls in inspect.getmembers(commands, inspect.isclass)
        if cls.__module__ == commands.__name__
        and not name.startswith("_")
        and callable(getattr(cls, "do", None))
        and callable(getattr(cls, "undo", None))
        and cls is not commands.Command
    }


def test_every_command_has_a_case():
    covered = {cls for cls, _ in CASES.values()}
    missing = sorted(cls.__name__ for cls in _command_classes() - covered)
    assert not missing, f"commands without a case in this file: {', '.join(missing)}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_do_undo_redo_give_the_documents_the_user_expects(name):
    cls, (make, seen) = CASES[name]
    doc = _doc()
    before = copy.deepcopy(doc)
    command = make(doc)
    assert isinstance(command, cls)
    assert command.label  # what Edit → Undo names
    aspects = command.do(doc)
    seen(before, doc)
    after = copy.deepcopy(doc)
    assert aspects and aspects <= {
        commands.META,
        commands.LAYERS,
        commands.GROUPINGS,
        commands.SLIDES,
        commands.ANNOTATIONS,
        commands.IMPORTS,
    }
    # Views refresh on undo what they refreshed on the edit.
    assert command.undo(doc) == aspects
    assert doc == before, "undo"
    assert command.do(doc) == aspects  # redo, as the undo stack does it
    assert doc == after, "redo"
    command.undo(doc)
    assert doc == before, "undo after redo"


def test_deleting_a_slide_then_undoing_puts_it_back_at_its_place_with_its_content():
    doc = _doc()
    slide = doc.slides[3]
    content = copy.deepcopy(slide)
    command = commands.RemoveSlide(slide.id)
    command.do(doc)
    assert slide.id not in _ids(doc.slides)
    command.undo(doc)
    assert doc.slides[3] is slide and slide == content


def test_deleting_annotations_then_undoing_puts_them_back_on_every_slide_in_order():
    doc = _doc()
    on_slides = [list(s.annotation_ids or []) for s in doc.slides]
    command = commands.RemoveAnnotations(["a0", "a11", "a2"])
    command.do(doc)
    command.undo(doc)
    assert [s.annotation_ids for s in doc.slides] == on_slides
    assert _ids(doc.annotations) == [f"a{n}" for n in range(12)]


def test_removing_an_imported_layer_then_undoing_shows_it_again_where_it_was():
    doc = _doc()
    layer = doc.imported[1]
    working = _ids(doc.layers)
    slides = [_ids(s.layers or []) for s in doc.slides]
    command = commands.RemoveImportedLayer("imp1")  # by its own id, too
    assert commands.SLIDES in command.do(doc)
    command.undo(doc)
    assert doc.imported[1] is layer  # the very data, not a copy of it
    assert _ids(doc.layers) == working
    assert [_ids(s.layers or []) for s in doc.slides] == slides


def test_renaming_an_imported_layer_keeps_its_features_without_copying_them():
    doc = _doc()
    old = doc.imported[0]
    command = commands.RenameImportedLayer("imp0", "Renamed")
    command.do(doc)
    assert doc.imported[0].features is old.features
    command.undo(doc)
    assert doc.imported[0] is old


# --- the undo step keeps the change, not a copy of the lists ------------------------------

_MODEL_TYPES = (Briefing, Slide, Annotation, LayerState, Grouping, ImportedLayer, MapView)


def _document_lists(doc: Briefing) -> Iterator[list[Any]]:
    yield from (doc.layers, doc.slides, doc.annotations, doc.groupings, doc.imported)
    for slide in doc.slides:
        yield from (x for x in (slide.layers, slide.annotation_ids) if x is not None)
    for grouping in doc.groupings:
        yield grouping.members


def _kept(value: Any, seen: set[int]) -> Iterator[list[Any] | tuple[Any, ...]]:
    """The lists and tuples a command holds, looked into; a model object is the change itself
    (a removed slide, the old version of an annotation), so it is not looked into."""
    if id(value) in seen or isinstance(value, (*_MODEL_TYPES, str, bytes)):
        return
    seen.add(id(value))
    if isinstance(value, list | tuple):
        yield value
        for item in value:
            yield from _kept(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _kept(item, seen)
    elif dataclasses.is_dataclass(value) or type(value).__module__ == commands.__name__:
        for item in vars(value).values():
            yield from _kept(item, seen)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_undo_step_keeps_the_change_not_a_copy_of_a_list(name):
    _, (make, _) = CASES[name]
    doc = _doc()
    lists_before = [(x, copy.deepcopy(x)) for x in _document_lists(doc)]
    command = make(doc)
    command.do(doc)
    lists_after = list(_document_lists(doc))
    own = {id(x) for x, _ in lists_before} | {id(x) for x in lists_after}
    values = [v for _, v in lists_before] + lists_after
    for held in _kept(command, set()):
        if id(held) in own or len(held) < 2:
            continue  # a list of the document itself (a field's old value), or one value
        copied = [v for v in values if len(v) == len(held) and list(v) == list(held)]
        name = type(command).__name__
        assert not copied, f"{name} keeps a copy of a document list: {held!r:.200}"

"""Every edit a user can make, as a command object with `do`, `undo` and a label.

The UI wraps these in QUndoCommand; they only change the model and report which aspects of
the document changed, so views refresh just what they must. Labels are English, marked for
the window's translation in context "Command" (model/command_labels.py).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from briefing_app.model.command_labels import QT_TRANSLATE_NOOP, Label
from briefing_app.model.document import (
    CUSTOM_PREFIX,
    DEFAULT_GROUPING,
    MEMBERSHIP_LAYER,
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    Slide,
    annotation_kind,
    clamp_text_pt,
    imported_layer_id,
)

# Aspects a command can change; views subscribe to the ones they show.
META = "meta"  # title, subtitle, author, organisation, classification, as-of, summary
LAYERS = "layers"


class Command(Protocol):
    label: str

    def do(self, doc: Briefing) -> set[str]: ...

    def undo(self, doc: Briefing) -> set[str]: ...


_META_FIELDS = ("title", "subtitle", "author", "organisation", "classification", "as_of", "summary")


@dataclass
class SetProperties:
    """Change document properties (title, classification, as-of date, ...) in one step."""

    changes: dict[str, Any]
    label: str = QT_TRANSLATE_NOOP("Command", "Edit briefing properties")
    _before: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        known = {f.name for f in fields(Briefing)} & set(_META_FIELDS)
        unknown = set(self.changes) - known
        if unknown:
            raise ValueError(f"not a briefing property: {', '.join(sorted(unknown))}")

    def do(self, doc: Briefing) -> set[str]:
        self._before = {name: getattr(doc, name) for name in self.changes}
        for name, value in self.changes.items():
            setattr(doc, name, value)
        return {META}

    def undo(self, doc: Briefing) -> set[str]:
        for name, value in self._before.items():
            setattr(doc, name, value)
        return {META}


class _LayersEdit:
    """An edit of one layer of the working map, or of one slide's (`slide_id`): a slide
    owns its layers, so an edit made while it is shown changes it and nothing else.

    Undo keeps that one layer as it was and where it was in the list (and whether the edit
    had to add it, or had to give the slide its own layers), never a copy of the list."""

    label: str
    slide_id: str | None
    layer_id: str

    def change(self, layers: list[LayerState]) -> None:
        raise NotImplementedError

    def _owner(self, doc: Briefing) -> Briefing | Slide:
        if self.slide_id is None:
            return doc
        slide = doc.slide(self.slide_id)
        if slide is None:
            raise KeyError(f"no slide {self.slide_id!r}")
        return slide

    def _aspects(self) -> set[str]:
        return {LAYERS} if self.slide_id is None else {LAYERS, SLIDES}

    def do(self, doc: Briefing) -> set[str]:
        owner = self._owner(doc)
        self._gave_layers = owner.layers is None
        if owner.layers is None:
            owner.layers = copy.deepcopy(doc.layers)
        layers = owner.layers
        index = _index_of(layers, self.layer_id)
        self._added = index is None
        self._old_index = len(layers) if index is None else index
        self._old = None if index is None else copy.deepcopy(layers[index])
        self.change(layers)
        return self._aspects()

    def undo(self, doc: Briefing) -> set[str]:
        owner = self._owner(doc)
        layers = owner.layers
        assert layers is not None
        layer = layers.pop(_index_of(layers, self.layer_id))  # type: ignore[arg-type]
        if self._old is not None:
            for name in ("visible", "opacity", "options"):
                setattr(layer, name, getattr(self._old, name))
            layers.insert(self._old_index, layer)
        if self._gave_layers:
            owner.layers = None
        return self._aspects()


def _index_of(items: list[Any], item_id: str) -> int | None:
    return next((i for i, x in enumerate(items) if x.id == item_id), None)


def _layer(layers: list[LayerState], layer_id: str) -> LayerState:
    index = _index_of(layers, layer_id)
    if index is not None:
        return layers[index]
    layers.append(LayerState(layer_id, visible=False))
    return layers[-1]


@dataclass
class SetLayerVisible(_LayersEdit):
    layer_id: str
    visible: bool
    label: str = ""
    slide_id: str | None = None

    def __post_init__(self) -> None:
        if not self.label:
            self.label = (
                QT_TRANSLATE_NOOP("Command", "Show layer")
                if self.visible
                else QT_TRANSLATE_NOOP("Command", "Hide layer")
            )

    def change(self, layers: list[LayerState]) -> None:
        _layer(layers, self.layer_id).visible = self.visible


@dataclass
class SetLayerOpacity(_LayersEdit):
    layer_id: str
    opacity: float
    label: str = QT_TRANSLATE_NOOP("Command", "Change layer opacity")
    slide_id: str | None = None

    def change(self, layers: list[LayerState]) -> None:
        _layer(layers, self.layer_id).opacity = min(1.0, max(0.0, self.opacity))


@dataclass
class SetLayerOptions(_LayersEdit):
    """Change some of a layer's options (e.g. which grouping colours the map)."""

    layer_id: str
    options: dict[str, Any]
    label: str = QT_TRANSLATE_NOOP("Command", "Change layer settings")
    slide_id: str | None = None

    def change(self, layers: list[LayerState]) -> None:
        layer = _layer(layers, self.layer_id)
        layer.options = {**layer.options, **self.options}


@dataclass
class MoveLayer(_LayersEdit):
    """Put a layer at another place in the drawing order (0 = bottom)."""

    layer_id: str
    index: int
    label: str = QT_TRANSLATE_NOOP("Command", "Reorder layers")
    slide_id: str | None = None

    def change(self, layers: list[LayerState]) -> None:
        layer = _layer(layers, self.layer_id)
        layers.remove(layer)
        layers.insert(max(0, min(self.index, len(layers))), layer)


GROUPINGS = "groupings"
_GROUPINGS_ASPECTS = {GROUPINGS, LAYERS}  # the membership layer may show the grouping


@dataclass
class PutGrouping:
    """Add a custom grouping, or replace the one with the same id."""

    grouping: Grouping
    label: str = QT_TRANSLATE_NOOP("Command", "Save grouping")

    def do(self, doc: Briefing) -> set[str]:
        index = _index_of(doc.groupings, self.grouping.id)
        self._index = len(doc.groupings) if index is None else index
        self._old = None if index is None else doc.groupings[index]
        if index is None:
            doc.groupings.append(copy.deepcopy(self.grouping))
        else:
            doc.groupings[index] = copy.deepcopy(self.grouping)
        return set(_GROUPINGS_ASPECTS)

    def undo(self, doc: Briefing) -> set[str]:
        if self._old is None:
            del doc.groupings[self._index]
        else:
            doc.groupings[self._index] = self._old
        return set(_GROUPINGS_ASPECTS)


_DELETE_GROUPING = QT_TRANSLATE_NOOP("Command", "Delete grouping")


@dataclass
class RemoveGrouping:
    grouping_id: str
    label: str = _DELETE_GROUPING

    def do(self, doc: Briefing) -> set[str]:
        self._removed = _remove_where(doc.groupings, lambda g: g.id == self.grouping_id)
        return set(_GROUPINGS_ASPECTS)

    def undo(self, doc: Briefing) -> set[str]:
        _put_back(doc.groupings, self._removed)
        return set(_GROUPINGS_ASPECTS)


class _Steps:
    """A document rule: one undo step made of other commands, chosen when it is done (from
    the document as it is then) and undone in reverse."""

    label: str

    def steps(self, doc: Briefing) -> list[Command]:
        raise NotImplementedError

    def do(self, doc: Briefing) -> set[str]:
        self._done: list[Command] = []
        aspects: set[str] = set()
        for step in self.steps(doc):
            aspects |= step.do(doc)
            self._done.append(step)
        return aspects

    def undo(self, doc: Briefing) -> set[str]:
        aspects: set[str] = set()
        for step in reversed(self._done):
            aspects |= step.undo(doc)
        return aspects


@dataclass
class SaveGrouping(_Steps):
    """Save a custom grouping (new or changed) and show it on the map the user sees (the
    working map, or the slide `slide_id`): its membership layer switches to the grouping,
    with no comparison, and is made visible."""

    grouping: Grouping
    label: str = ""
    slide_id: str | None = None

    def __post_init__(self) -> None:
        self.label = self.label or Label(
            QT_TRANSLATE_NOOP("Command", "Save grouping “{name}”"), name=self.grouping.name
        )

    def steps(self, doc: Briefing) -> list[Command]:
        return [
            PutGrouping(self.grouping, label=self.label),
            SetLayerOptions(
                MEMBERSHIP_LAYER,
                {"grouping": CUSTOM_PREFIX + self.grouping.id, "compare": None},
                label=self.label,
                slide_id=self.slide_id,
            ),
            SetLayerVisible(MEMBERSHIP_LAYER, True, label=self.label, slide_id=self.slide_id),
        ]


@dataclass
class DeleteGrouping(_Steps):
    """Delete a custom grouping; a membership layer that showed it (on the working map or on
    a slide) goes back to the default grouping, and one compared with it stops comparing."""

    grouping_id: str
    label: str = _DELETE_GROUPING

    def steps(self, doc: Briefing) -> list[Command]:
        key = CUSTOM_PREFIX + self.grouping_id
        grouping = next((g for g in doc.groupings if g.id == self.grouping_id), None)
        if grouping is not None and self.label == _DELETE_GROUPING:
            self.label = Label(
                QT_TRANSLATE_NOOP("Command", "Delete grouping “{name}”"), name=grouping.name
            )
        out: list[Command] = [RemoveGrouping(self.grouping_id, label=self.label)]
        owners: list[tuple[str | None, list[LayerState] | None]] = [(None, doc.layers)]
        owners += [(slide.id, slide.layers) for slide in doc.slides]
        for slide_id, layers in owners:
            state = next((x for x in layers or [] if x.id == MEMBERSHIP_LAYER), None)
            if state is None:
                continue
            reset: dict[str, Any] = {}
            if state.options.get("grouping") == key:
                reset["grouping"] = DEFAULT_GROUPING
            if state.options.get("compare") == key:
                reset["compare"] = None
            if reset:
                out.append(
                    SetLayerOptions(MEMBERSHIP_LAYER, reset, slide_id=slide_id, label=self.label)
                )
        return out


def _remove_where(items: list[Any], gone: Callable[[Any], bool]) -> list[tuple[int, Any]]:
    """Take the matching items out of `items` in place; (index, item) of each, in order, for
    `_put_back`."""
    removed = [(i, x) for i, x in enumerate(items) if gone(x)]
    if removed:
        items[:] = [x for x in items if not gone(x)]
    return removed


def _put_back(items: list[Any], removed: list[tuple[int, Any]]) -> None:
    for index, item in removed:  # ascending: each lands where it was
        items.insert(index, item)


SLIDES = "slides"


def _slide_index(slides: list[Slide], slide_id: str) -> int:
    index = _index_of(slides, slide_id)
    if index is None:
        raise KeyError(f"no slide {slide_id!r}")
    return index


_OWNED_FIELDS = ("layers", "as_of", "annotation_ids")  # give_slides_their_content fills them


@dataclass
class AddSlide:
    """Add a slide; what it leaves out (None) it takes from the working map, and owns."""

    slide: Slide
    index: int | None = None  # None: at the end
    label: str = QT_TRANSLATE_NOOP("Command", "Add slide")

    def do(self, doc: Briefing) -> set[str]:
        slides = doc.slides
        self._at = len(slides) if self.index is None else max(0, min(self.index, len(slides)))
        slides.insert(self._at, copy.deepcopy(self.slide))
        # Other slides left without content get theirs too: undo takes it back.
        self._filled = [
            (s.id, name)
            for s in slides
            for name in _OWNED_FIELDS
            if getattr(s, name) is None and s is not slides[self._at]
        ]
        doc.give_slides_their_content()
        return {SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        del doc.slides[self._at]
        for slide_id, name in self._filled:
            setattr(doc.slides[_slide_index(doc.slides, slide_id)], name, None)
        return {SLIDES}


@dataclass
class RemoveSlide:
    slide_id: str
    label: str = QT_TRANSLATE_NOOP("Command", "Delete slide")

    def do(self, doc: Briefing) -> set[str]:
        self._at = _slide_index(doc.slides, self.slide_id)
        self._slide = doc.slides.pop(self._at)
        return {SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        doc.slides.insert(self._at, self._slide)
        return {SLIDES}


@dataclass
class MoveSlide:
    slide_id: str
    index: int
    label: str = QT_TRANSLATE_NOOP("Command", "Move slide")

    def do(self, doc: Briefing) -> set[str]:
        slides = doc.slides
        self._from = _slide_index(slides, self.slide_id)
        slide = slides.pop(self._from)
        self._to = max(0, min(self.index, len(slides)))
        slides.insert(self._to, slide)
        return {SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        doc.slides.insert(self._from, doc.slides.pop(self._to))
        return {SLIDES}


_SLIDE_FIELDS = ("title", "notes", "view", "as_of", "layers", "annotation_ids")


@dataclass
class UpdateSlide:
    """Change a slide's title, notes, view, date or layers."""

    slide_id: str
    changes: dict[str, Any]
    label: str = QT_TRANSLATE_NOOP("Command", "Edit slide")

    def __post_init__(self) -> None:
        unknown = set(self.changes) - set(_SLIDE_FIELDS)
        if unknown:
            raise ValueError(f"not a slide field: {', '.join(sorted(unknown))}")

    def _what_changes(self) -> set[str]:
        # A slide's date, view and layers change what its map draws; its annotations only
        # the annotations; its title and notes nothing on the map.
        aspects = {SLIDES}
        if set(self.changes) & {"as_of", "layers", "view"}:
            aspects.add(LAYERS)
        if "annotation_ids" in self.changes:
            aspects.add(ANNOTATIONS)
        return aspects

    def do(self, doc: Briefing) -> set[str]:
        slide = doc.slides[_slide_index(doc.slides, self.slide_id)]
        # The values replaced leave the document whole (new ones are copies), so undo can
        # keep them as they are.
        self._before = {name: getattr(slide, name) for name in self.changes}
        for name, value in self.changes.items():
            setattr(slide, name, copy.deepcopy(value))
        return self._what_changes()

    def undo(self, doc: Briefing) -> set[str]:
        slide = doc.slides[_slide_index(doc.slides, self.slide_id)]
        for name, value in self._before.items():
            setattr(slide, name, value)
        return self._what_changes()


ANNOTATIONS = "annotations"

# Annotation commands keep what they change, never copies of the document's lists: an edit
# of one annotation costs the same in a briefing of 10 or of 5,000. They rely on what
# Annotation's docstring asks: an annotation in a document is never changed in place, an
# edit puts a new one (so undo can keep the old one as it is, and views can tell what
# changed by identity).


@dataclass
class AddAnnotations:
    """Add drawn features as one step: to the working map, and to the slide they were drawn
    on (`slide_id`), never to the other slides."""

    annotations: list[Annotation]
    label: str = QT_TRANSLATE_NOOP("Command", "Add annotations")
    slide_id: str | None = None

    def __post_init__(self) -> None:
        self.annotations = copy.deepcopy(self.annotations)

    def do(self, doc: Briefing) -> set[str]:
        self._at = len(doc.annotations)
        doc.annotations.extend(self.annotations)
        slide = doc.slide(self.slide_id)
        self._slide_at: int | None = None
        if slide is not None:
            self._slide_was_none = slide.annotation_ids is None
            shown = slide.annotation_ids = slide.annotation_ids or []
            self._slide_at = len(shown)
            shown.extend(a.id for a in self.annotations)
        return {ANNOTATIONS, SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        del doc.annotations[self._at : self._at + len(self.annotations)]
        slide = doc.slide(self.slide_id)
        if slide is not None and self._slide_at is not None:
            shown = slide.annotation_ids or []
            del shown[self._slide_at : self._slide_at + len(self.annotations)]
            slide.annotation_ids = None if self._slide_was_none else shown
        return {ANNOTATIONS, SLIDES}


@dataclass
class RemoveAnnotations:
    """Delete annotations from the briefing, and so from every slide that showed them."""

    annotation_ids: list[str]
    label: str = QT_TRANSLATE_NOOP("Command", "Delete annotation")

    def do(self, doc: Briefing) -> set[str]:
        gone = set(self.annotation_ids)
        self._removed = _remove_where(doc.annotations, lambda a: a.id in gone)
        self._from_slides = []
        for slide in doc.slides:
            if slide.annotation_ids is not None:
                taken = _remove_where(slide.annotation_ids, lambda x: x in gone)
                if taken:
                    self._from_slides.append((slide.id, taken))
        return {ANNOTATIONS, SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        _put_back(doc.annotations, self._removed)
        for slide_id, taken in self._from_slides:
            slide = doc.slides[_slide_index(doc.slides, slide_id)]
            _put_back(slide.annotation_ids, taken)  # type: ignore[arg-type]
        return {ANNOTATIONS, SLIDES}


@dataclass
class ReplaceAnnotations:
    """Put new versions of annotations in place (moved, reshaped, restyled, relabelled):
    one step however many were changed, e.g. a drag of a whole selection."""

    annotations: list[Annotation]
    label: str = QT_TRANSLATE_NOOP("Command", "Edit annotation")

    def __post_init__(self) -> None:
        self.annotations = copy.deepcopy(self.annotations)

    def do(self, doc: Briefing) -> set[str]:
        new = {a.id: a for a in self.annotations}
        self._replaced = []
        for index, annotation in enumerate(doc.annotations):
            if annotation.id in new:
                self._replaced.append((index, annotation))
                doc.annotations[index] = new[annotation.id]
        return {ANNOTATIONS}

    def undo(self, doc: Briefing) -> set[str]:
        for index, annotation in self._replaced:
            doc.annotations[index] = annotation
        return {ANNOTATIONS}


@dataclass
class SetTextSize:
    """Give text labels a font size (in points, kept within the sizes every renderer draws);
    the other annotations among `annotation_ids` are left as they are."""

    annotation_ids: list[str]
    size_pt: float
    label: str = QT_TRANSLATE_NOOP("Command", "Change text size")

    def __post_init__(self) -> None:
        size = clamp_text_pt(self.size_pt)
        if size is None:
            raise ValueError(f"not a font size: {self.size_pt!r}")
        self.size_pt = size

    def do(self, doc: Briefing) -> set[str]:
        wanted = set(self.annotation_ids)
        changed = []
        for annotation in doc.annotations:
            if annotation.id in wanted and annotation_kind(annotation) == "text":
                new = copy.deepcopy(annotation)
                new.properties["font_size"] = self.size_pt
                changed.append(new)
        self._replace = ReplaceAnnotations(changed, label=self.label)
        return self._replace.do(doc)

    def undo(self, doc: Briefing) -> set[str]:
        return self._replace.undo(doc)


@dataclass
class SetAnnotationSlides:
    """Choose the slides an annotation appears on."""

    annotation_id: str
    slide_ids: list[str]
    label: str = QT_TRANSLATE_NOOP("Command", "Choose slides for annotation")

    def do(self, doc: Briefing) -> set[str]:
        # Per slide what was done: "added" at the end, "removed" from where it was listed,
        # or "listed": a slide that took the working map's annotations now lists them.
        self._done: list[tuple[str, str, list[tuple[int, str]]]] = []
        for slide in doc.slides:
            wanted = slide.id in self.slide_ids
            shown = slide.annotation_ids
            if wanted and shown is not None and self.annotation_id not in shown:
                shown.append(self.annotation_id)
                self._done.append((slide.id, "added", []))
            elif not wanted and shown is None:
                slide.annotation_ids = [a.id for a in doc.annotations if a.id != self.annotation_id]
                self._done.append((slide.id, "listed", []))
            elif not wanted and shown is not None:
                taken = _remove_where(shown, lambda x: x == self.annotation_id)
                if taken:
                    self._done.append((slide.id, "removed", taken))
        return {SLIDES, ANNOTATIONS}

    def undo(self, doc: Briefing) -> set[str]:
        for slide_id, what, taken in self._done:
            slide = doc.slides[_slide_index(doc.slides, slide_id)]
            if what == "listed":
                slide.annotation_ids = None
            elif what == "added":
                (slide.annotation_ids or []).pop()
            else:
                _put_back(slide.annotation_ids or [], taken)
        return {SLIDES, ANNOTATIONS}


IMPORTS = "imports"


class _ImportsEdit:
    """An edit of the imported layers (and the layer lists that show them). Imported layers
    can be large: undo keeps references to what the edit took out or put in, and where, never
    copies of the lists, so an edit replaces a layer, never changes one in place."""

    label: str
    _aspects: set[str]  # what the edit changed beyond the imports and the working map's layers

    def change(self, doc: Briefing) -> set[str]:
        raise NotImplementedError

    def revert(self, doc: Briefing) -> None:
        raise NotImplementedError

    def do(self, doc: Briefing) -> set[str]:
        return {IMPORTS, LAYERS} | self.change(doc)

    def undo(self, doc: Briefing) -> set[str]:
        self.revert(doc)
        return {IMPORTS, LAYERS} | self._aspects


@dataclass
class AddImportedLayer(_ImportsEdit):
    """Embed an imported layer and show it on top of the map layers, below annotations: on
    the working map, and on the slide `slide_id` when the import is made while it is shown
    (a slide owns its layers: without this the user would not see what they imported)."""

    layer: ImportedLayer
    label: str = QT_TRANSLATE_NOOP("Command", "Import layer")
    slide_id: str | None = None

    def change(self, doc: Briefing) -> set[str]:
        self._imported_at = len(doc.imported)
        doc.imported.append(self.layer)
        self._listed_at = _list_below_annotations(doc.layers, imported_layer_id(self.layer))
        self._on_slide: int | None = None
        self._aspects = set()
        slide = doc.slide(self.slide_id) if self.slide_id is not None else None
        if slide is not None and slide.layers is not None:
            self._on_slide = _list_below_annotations(slide.layers, imported_layer_id(self.layer))
            self._aspects = {SLIDES}
        return self._aspects

    def revert(self, doc: Briefing) -> None:
        if self._on_slide is not None:
            slide = doc.slide(self.slide_id or "")
            assert slide is not None and slide.layers is not None
            del slide.layers[self._on_slide]
        del doc.layers[self._listed_at]
        del doc.imported[self._imported_at]


def _list_below_annotations(layers: list[LayerState], layer_id: str) -> int:
    """Put a new layer's entry below the annotations (on top of every other layer); where."""
    top = next((i for i, x in enumerate(layers) if x.id == "annotations"), len(layers))
    layers.insert(top, LayerState(layer_id))
    return top


@dataclass
class RemoveImportedLayer(_ImportsEdit):
    """Remove an imported layer from the briefing: its data, and its entry in the working
    map's layers and in every slide's (a slide cannot show a layer the briefing lost)."""

    layer_id: str
    label: str = QT_TRANSLATE_NOOP("Command", "Remove imported layer")

    def change(self, doc: Briefing) -> set[str]:
        layer = doc.imported_layer(self.layer_id)
        self._removed: list[tuple[int, Any]] = []
        self._from_layers: list[tuple[int, Any]] = []
        self._from_slides: list[tuple[str, list[tuple[int, Any]]]] = []
        if layer is not None:
            listed = imported_layer_id(layer)
            self._removed = _remove_where(doc.imported, lambda x: x is layer)
            self._from_layers = _remove_where(doc.layers, lambda x: x.id == listed)
            for slide in doc.slides:
                if slide.layers is not None:
                    taken = _remove_where(slide.layers, lambda x: x.id == listed)
                    if taken:
                        self._from_slides.append((slide.id, taken))
        self._aspects = {SLIDES} if self._from_slides else set()
        return self._aspects

    def revert(self, doc: Briefing) -> None:
        _put_back(doc.imported, self._removed)
        _put_back(doc.layers, self._from_layers)
        for slide_id, taken in self._from_slides:
            slide = doc.slides[_slide_index(doc.slides, slide_id)]
            _put_back(slide.layers, taken)  # type: ignore[arg-type]


@dataclass
class RenameImportedLayer(_ImportsEdit):
    layer_id: str
    name: str
    label: str = QT_TRANSLATE_NOOP("Command", "Rename layer")

    def change(self, doc: Briefing) -> set[str]:
        layer = doc.imported_layer(self.layer_id)
        self._renamed: tuple[int, ImportedLayer] | None = None
        if layer is not None:
            index = next(i for i, x in enumerate(doc.imported) if x is layer)
            self._renamed = (index, layer)
            doc.imported[index] = dataclasses.replace(layer, name=self.name)
        self._aspects = set()
        return self._aspects

    def revert(self, doc: Briefing) -> None:
        if self._renamed is not None:
            index, layer = self._renamed
            doc.imported[index] = layer


@dataclass
class ImportLayers(_Steps):
    """The layers read from one file, added as one undo step."""

    layers: list[ImportedLayer]
    label: str = QT_TRANSLATE_NOOP("Command", "Import layer")
    slide_id: str | None = None  # shown when the import is made: it shows them too

    def steps(self, doc: Briefing) -> list[Command]:
        return [
            AddImportedLayer(layer, label=self.label, slide_id=self.slide_id)
            for layer in self.layers
        ]


# Every aspect a command reports: what views subscribe to for "the document was edited".
EDIT_ASPECTS = frozenset({META, LAYERS, GROUPINGS, SLIDES, ANNOTATIONS, IMPORTS})

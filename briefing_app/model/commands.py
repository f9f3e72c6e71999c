"""Every edit a user can make, as a command object with `do`, `undo` and a label.

The UI wraps these in QUndoCommand; they only change the model and report which aspects of
the document changed, so views refresh just what they must.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Protocol

from briefing_app.model.document import (
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    Slide,
    imported_layer_id,
)

# Aspects a command can change; views subscribe to the ones they show.
META = "meta"          # title, subtitle, author, organisation, classification, as-of, summary
LAYERS = "layers"


class Command(Protocol):
    label: str

    def do(self, doc: Briefing) -> set[str]: ...

    def undo(self, doc: Briefing) -> set[str]: ...


_META_FIELDS = ("title", "subtitle", "author", "organisation", "classification", "as_of",
                "summary")


@dataclass
class SetProperties:
    """Change document properties (title, classification, as-of date, ...) in one step."""

    changes: dict[str, Any]
    label: str = "Edit briefing properties"
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


class _ListEdit:
    """An edit of one of the document's lists (layers, slides, ...): the subclass changes the
    list in place; undo puts back a copy of the list as it was."""

    attribute: ClassVar[str]
    aspects: ClassVar[frozenset[str]]
    label: str
    _before: list[Any]

    def change(self, items: list[Any]) -> None:
        raise NotImplementedError

    def do(self, doc: Briefing) -> set[str]:
        items = getattr(doc, self.attribute)
        self._before = copy.deepcopy(items)
        self.change(items)
        return set(self.aspects)

    def undo(self, doc: Briefing) -> set[str]:
        setattr(doc, self.attribute, copy.deepcopy(self._before))
        return set(self.aspects)


class _LayersEdit:
    """An edit of the layers of the working map, or of one slide's (`slide_id`): a slide
    owns its layers, so an edit made while it is shown changes it and nothing else."""

    label: str
    slide_id: str | None
    _before: list[LayerState]

    def change(self, layers: list[LayerState]) -> None:
        raise NotImplementedError

    def _owner(self, doc: Briefing) -> Briefing | Slide:
        if self.slide_id is None:
            return doc
        slide = doc.slide(self.slide_id)
        if slide is None:
            raise KeyError(f"no slide {self.slide_id!r}")
        if slide.layers is None:
            slide.layers = copy.deepcopy(doc.layers)
        return slide

    def _aspects(self) -> set[str]:
        return {LAYERS} if self.slide_id is None else {LAYERS, SLIDES}

    def do(self, doc: Briefing) -> set[str]:
        owner = self._owner(doc)
        self._before = copy.deepcopy(owner.layers)
        self.change(owner.layers)
        return self._aspects()

    def undo(self, doc: Briefing) -> set[str]:
        self._owner(doc).layers = copy.deepcopy(self._before)
        return self._aspects()


def _layer(layers: list[LayerState], layer_id: str) -> LayerState:
    for layer in layers:
        if layer.id == layer_id:
            return layer
    layers.append(LayerState(layer_id, visible=False))
    return layers[-1]


@dataclass
class SetLayerVisible(_LayersEdit):
    layer_id: str
    visible: bool
    label: str = ""
    slide_id: str | None = None
    _before: list[LayerState] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.label:
            self.label = f"{'Show' if self.visible else 'Hide'} layer"

    def change(self, layers: list[LayerState]) -> None:
        _layer(layers, self.layer_id).visible = self.visible


@dataclass
class SetLayerOpacity(_LayersEdit):
    layer_id: str
    opacity: float
    label: str = "Change layer opacity"
    slide_id: str | None = None
    _before: list[LayerState] = field(default_factory=list, repr=False)

    def change(self, layers: list[LayerState]) -> None:
        _layer(layers, self.layer_id).opacity = min(1.0, max(0.0, self.opacity))


@dataclass
class SetLayerOptions(_LayersEdit):
    """Change some of a layer's options (e.g. which grouping colours the map)."""

    layer_id: str
    options: dict[str, Any]
    label: str = "Change layer settings"
    slide_id: str | None = None
    _before: list[LayerState] = field(default_factory=list, repr=False)

    def change(self, layers: list[LayerState]) -> None:
        layer = _layer(layers, self.layer_id)
        layer.options = {**layer.options, **self.options}


@dataclass
class MoveLayer(_LayersEdit):
    """Put a layer at another place in the drawing order (0 = bottom)."""

    layer_id: str
    index: int
    label: str = "Reorder layers"
    slide_id: str | None = None
    _before: list[LayerState] = field(default_factory=list, repr=False)

    def change(self, layers: list[LayerState]) -> None:
        layer = _layer(layers, self.layer_id)
        layers.remove(layer)
        layers.insert(max(0, min(self.index, len(layers))), layer)


GROUPINGS = "groupings"


class _GroupingsEdit(_ListEdit):
    attribute = "groupings"
    aspects = frozenset({GROUPINGS, LAYERS})  # the membership layer may show the grouping


@dataclass
class PutGrouping(_GroupingsEdit):
    """Add a custom grouping, or replace the one with the same id."""

    grouping: Grouping
    label: str = "Save grouping"
    _before: list[Grouping] = field(default_factory=list, repr=False)

    def change(self, groupings: list[Grouping]) -> None:
        for index, existing in enumerate(groupings):
            if existing.id == self.grouping.id:
                groupings[index] = copy.deepcopy(self.grouping)
                return
        groupings.append(copy.deepcopy(self.grouping))


@dataclass
class RemoveGrouping(_GroupingsEdit):
    grouping_id: str
    label: str = "Delete grouping"
    _before: list[Grouping] = field(default_factory=list, repr=False)

    def change(self, groupings: list[Grouping]) -> None:
        groupings[:] = [g for g in groupings if g.id != self.grouping_id]


SLIDES = "slides"


class _SlidesEdit(_ListEdit):
    attribute = "slides"
    aspects = frozenset({SLIDES})


def _slide_index(slides: list[Slide], slide_id: str) -> int:
    for index, slide in enumerate(slides):
        if slide.id == slide_id:
            return index
    raise KeyError(f"no slide {slide_id!r}")


@dataclass
class AddSlide(_SlidesEdit):
    """Add a slide; what it leaves out (None) it takes from the working map, and owns."""

    slide: Slide
    index: int | None = None       # None: at the end
    label: str = "Add slide"
    _before: list[Slide] = field(default_factory=list, repr=False)

    def do(self, doc: Briefing) -> set[str]:
        aspects = super().do(doc)
        doc.give_slides_their_content()
        return aspects

    def change(self, slides: list[Slide]) -> None:
        index = len(slides) if self.index is None else max(0, min(self.index, len(slides)))
        slides.insert(index, copy.deepcopy(self.slide))


@dataclass
class RemoveSlide(_SlidesEdit):
    slide_id: str
    label: str = "Delete slide"
    _before: list[Slide] = field(default_factory=list, repr=False)

    def change(self, slides: list[Slide]) -> None:
        del slides[_slide_index(slides, self.slide_id)]


@dataclass
class MoveSlide(_SlidesEdit):
    slide_id: str
    index: int
    label: str = "Move slide"
    _before: list[Slide] = field(default_factory=list, repr=False)

    def change(self, slides: list[Slide]) -> None:
        slide = slides.pop(_slide_index(slides, self.slide_id))
        slides.insert(max(0, min(self.index, len(slides))), slide)


_SLIDE_FIELDS = ("title", "notes", "view", "as_of", "layers", "annotation_ids")


@dataclass
class UpdateSlide(_SlidesEdit):
    """Change a slide's title, notes, view, date or layers."""

    slide_id: str
    changes: dict[str, Any]
    label: str = "Edit slide"
    _before: list[Slide] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - set(_SLIDE_FIELDS)
        if unknown:
            raise ValueError(f"not a slide field: {', '.join(sorted(unknown))}")

    def change(self, slides: list[Slide]) -> None:
        slide = slides[_slide_index(slides, self.slide_id)]
        for name, value in self.changes.items():
            setattr(slide, name, copy.deepcopy(value))

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
        super().do(doc)
        return self._what_changes()

    def undo(self, doc: Briefing) -> set[str]:
        super().undo(doc)
        return self._what_changes()


ANNOTATIONS = "annotations"


@dataclass
class AddAnnotations:
    """Add drawn features as one step: to the working map, and to the slide they were drawn
    on (`slide_id`), never to the other slides."""

    annotations: list[Annotation]
    label: str = "Add annotations"
    slide_id: str | None = None
    _before: tuple[list[Annotation], list[Slide]] = field(default=([], []), repr=False)

    def do(self, doc: Briefing) -> set[str]:
        self._before = (list(doc.annotations), copy.deepcopy(doc.slides))
        doc.annotations = [*doc.annotations, *copy.deepcopy(self.annotations)]
        slide = doc.slide(self.slide_id)
        if slide is not None:
            slide.annotation_ids = [*(slide.annotation_ids or []),
                                    *(a.id for a in self.annotations)]
        return {ANNOTATIONS, SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        doc.annotations = list(self._before[0])
        doc.slides = copy.deepcopy(self._before[1])
        return {ANNOTATIONS, SLIDES}


class _AnnotationsEdit(_ListEdit):
    attribute = "annotations"
    aspects = frozenset({ANNOTATIONS})


@dataclass
class RemoveAnnotations:
    """Delete annotations from the briefing, and so from every slide that showed them."""

    annotation_ids: list[str]
    label: str = "Delete annotation"
    _before: tuple[list[Annotation], list[Slide]] = field(default=([], []), repr=False)

    def do(self, doc: Briefing) -> set[str]:
        self._before = (list(doc.annotations), copy.deepcopy(doc.slides))
        gone = set(self.annotation_ids)
        doc.annotations = [a for a in doc.annotations if a.id not in gone]
        for slide in doc.slides:
            if slide.annotation_ids is not None:
                slide.annotation_ids = [x for x in slide.annotation_ids if x not in gone]
        return {ANNOTATIONS, SLIDES}

    def undo(self, doc: Briefing) -> set[str]:
        doc.annotations = list(self._before[0])
        doc.slides = copy.deepcopy(self._before[1])
        return {ANNOTATIONS, SLIDES}


@dataclass
class ReplaceAnnotations(_AnnotationsEdit):
    """Put new versions of annotations in place (moved, reshaped, restyled, relabelled):
    one step however many were changed, e.g. a drag of a whole selection."""

    annotations: list[Annotation]
    label: str = "Edit annotation"
    _before: list[Annotation] = field(default_factory=list, repr=False)

    def change(self, annotations: list[Annotation]) -> None:
        new = {a.id: a for a in self.annotations}
        for index, annotation in enumerate(annotations):
            if annotation.id in new:
                annotations[index] = copy.deepcopy(new[annotation.id])


@dataclass
class SetAnnotationSlides:
    """Choose the slides an annotation appears on."""

    annotation_id: str
    slide_ids: list[str]
    label: str = "Choose slides for annotation"
    _before: list[Slide] = field(default_factory=list, repr=False)

    def do(self, doc: Briefing) -> set[str]:
        self._before = copy.deepcopy(doc.slides)
        everything = [a.id for a in doc.annotations]
        for slide in doc.slides:
            wanted = slide.id in self.slide_ids
            shown = slide.annotation_ids
            if wanted and shown is not None and self.annotation_id not in shown:
                slide.annotation_ids = [*shown, self.annotation_id]
            elif not wanted:
                base = everything if shown is None else shown
                slide.annotation_ids = [x for x in base if x != self.annotation_id]
        return {SLIDES, ANNOTATIONS}

    def undo(self, doc: Briefing) -> set[str]:
        doc.slides = copy.deepcopy(self._before)
        return {SLIDES, ANNOTATIONS}


IMPORTS = "imports"


class _ImportsEdit:
    """An edit of the imported layers (and the layer list that shows them). Imported layers
    can be large: undo keeps references to them, so an edit replaces a layer, never changes
    one in place."""

    label: str

    def change(self, doc: Briefing) -> None:
        raise NotImplementedError

    def do(self, doc: Briefing) -> set[str]:
        self._imported_before = list(doc.imported)
        self._layers_before = copy.deepcopy(doc.layers)
        self.change(doc)
        return {IMPORTS, LAYERS}

    def undo(self, doc: Briefing) -> set[str]:
        doc.imported = list(self._imported_before)
        doc.layers = copy.deepcopy(self._layers_before)
        return {IMPORTS, LAYERS}


@dataclass
class AddImportedLayer(_ImportsEdit):
    """Embed an imported layer and show it on top of the map layers, below annotations."""

    layer: ImportedLayer
    label: str = "Import layer"

    def change(self, doc: Briefing) -> None:
        doc.imported = [*doc.imported, self.layer]
        top = next((i for i, x in enumerate(doc.layers) if x.id == "annotations"),
                   len(doc.layers))
        doc.layers.insert(top, LayerState(imported_layer_id(self.layer)))


@dataclass
class RemoveImportedLayer(_ImportsEdit):
    layer_id: str
    label: str = "Remove imported layer"

    def change(self, doc: Briefing) -> None:
        layer = doc.imported_layer(self.layer_id)
        if layer is not None:
            doc.imported = [x for x in doc.imported if x is not layer]
            doc.layers = [x for x in doc.layers if x.id != imported_layer_id(layer)]


@dataclass
class RenameImportedLayer(_ImportsEdit):
    layer_id: str
    name: str
    label: str = "Rename layer"

    def change(self, doc: Briefing) -> None:
        layer = doc.imported_layer(self.layer_id)
        doc.imported = [dataclasses.replace(x, name=self.name) if x is layer else x
                        for x in doc.imported]

"""Every edit a user can make, as a command object with `do`, `undo` and a label.

The UI wraps these in QUndoCommand; they only change the model and report which aspects of
the document changed, so views refresh just what they must.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from briefing_app.model.document import Briefing, LayerState

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


@dataclass
class SetLayerVisible:
    layer_id: str
    visible: bool
    label: str = ""
    _before: list[LayerState] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.label:
            self.label = f"{'Show' if self.visible else 'Hide'} layer"

    def do(self, doc: Briefing) -> set[str]:
        self._before = copy.deepcopy(doc.layers)
        layer = doc.layer(self.layer_id)
        if layer is None:
            doc.layers.append(LayerState(self.layer_id, visible=self.visible))
        else:
            layer.visible = self.visible
        return {LAYERS}

    def undo(self, doc: Briefing) -> set[str]:
        doc.layers = copy.deepcopy(self._before)
        return {LAYERS}

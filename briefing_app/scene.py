"""What to draw for a document (or one of its slides): the view and the layers with their
settings, as plain data that every renderer understands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing_app.data.layers import LayerDef, layer_def
from briefing_app.model.document import Briefing, LayerState, MapView


@dataclass(frozen=True)
class SceneLayer:
    definition: LayerDef
    visible: bool
    opacity: float


@dataclass(frozen=True)
class Scene:
    view: MapView
    layers: tuple[SceneLayer, ...]

    def to_message(self) -> dict[str, Any]:
        """The scene as the map page's `scene` message."""
        return {
            "type": "scene",
            "view": view_message(self.view),
            "layers": [{"id": layer.definition.id, "visible": layer.visible,
                        "opacity": layer.opacity} for layer in self.layers],
        }


def view_message(view: MapView) -> dict[str, Any]:
    return {"center": [view.center_lat, view.center_lon], "zoom": view.zoom}


def build_scene(doc: Briefing, view: MapView | None = None) -> Scene:
    layers: list[SceneLayer] = []
    for state in doc.layers:
        definition = layer_def(state.id)
        # A layer this version does not know (from a newer file or a removed dataset) is
        # kept in the document but cannot be drawn.
        if definition is not None:
            layers.append(_scene_layer(definition, state))
    return Scene(view=view or doc.view, layers=tuple(layers))


def _scene_layer(definition: LayerDef, state: LayerState) -> SceneLayer:
    return SceneLayer(definition=definition, visible=state.visible, opacity=state.opacity)

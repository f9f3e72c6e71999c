"""The layer panel's requests as edits of the session: show, hide, fade, reorder, a layer's
settings, and an imported layer's rename, export and removal. Layer edits go to what the
map shows: the slide on show (it owns its layers), else the working map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.model import commands
from briefing_app.model.session import DocumentSession
from briefing_app.ui.i18n import translate
from briefing_app.ui.import_export import confirm_remove_layer

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


class LayerActions:
    def __init__(self, session: DocumentSession, window: MainWindow) -> None:
        self.session = session
        self.window = window
        dock = window.layer_dock

        def shown() -> str | None:
            return session.shown_slide_id

        dock.visibility_requested.connect(
            lambda layer_id, visible: session.run(
                commands.SetLayerVisible(layer_id, visible, slide_id=shown())
            )
        )
        dock.opacity_requested.connect(
            lambda layer_id, value: session.run(
                commands.SetLayerOpacity(layer_id, value, slide_id=shown())
            )
        )
        dock.move_requested.connect(
            lambda layer_id, index: session.run(
                commands.MoveLayer(layer_id, index, slide_id=shown())
            )
        )
        dock.options_requested.connect(
            lambda layer_id, options: session.run(
                commands.SetLayerOptions(layer_id, options, slide_id=shown())
            )
        )
        dock.export_layer_requested.connect(window.import_export.export_layer)
        dock.remove_layer_requested.connect(self.remove_imported_layer)
        dock.rename_layer_requested.connect(
            lambda layer_id, name: session.run(commands.RenameImportedLayer(layer_id, name))
        )

    def remove_imported_layer(self, layer_id: str) -> None:
        layer = self.session.doc.imported_layer(layer_id)
        if layer is not None and confirm_remove_layer(self.window, layer.name):
            label = translate("Command", "Remove layer “{name}”").format(name=layer.name)
            self.session.run(commands.RemoveImportedLayer(layer_id, label=label))

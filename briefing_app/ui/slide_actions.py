"""The Slides side of the window: show a slide or the working map, add, duplicate, update
and revert slides, mark the ones changed since shown, and present them.

Works on the window's document session (model/session.py): which slide is shown is the
session's, every edit a model command on it. The window's panels and map are what it
drives when the map shows another slide.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from briefing_app.model import commands
from briefing_app.model.document import Annotation, Slide, new_id
from briefing_app.model.session import DOCUMENT, DocumentSession
from briefing_app.scene.build import Scene, build_scene, grouping_choices, scene_for_slide
from briefing_app.style.map_style import PRESENTATION_STYLE
from briefing_app.ui.i18n import translate
from briefing_app.ui.theme import apply_map_theme, current_theme

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.presentation import QtPresentation


class SlideActions:
    def __init__(self, session: DocumentSession, window: MainWindow) -> None:
        self.session = session
        self.window = window
        # Each slide as it was when first shown since it was last updated or reverted: the
        # panel marks a slide that differs from it as changed.
        self._slide_baselines: dict[str, Slide] = {}
        self._presentation: QtPresentation | None = None
        session.subscribe(lambda _aspects: self._slide_baselines.clear(), {DOCUMENT})
        session.subscribe(lambda _aspects: self.show_slide_marks(), {commands.SLIDES})
        dock = window.slides_dock
        dock.selected.connect(self.show_slide)
        dock.add_requested.connect(self.add_slide)
        dock.duplicate_requested.connect(self.duplicate_slide)
        dock.delete_requested.connect(lambda slide_id: session.run(commands.RemoveSlide(slide_id)))
        dock.update_requested.connect(self.update_slide)
        dock.revert_requested.connect(self.revert_slide)
        dock.working_map_requested.connect(self.show_working_map)
        dock.moved.connect(lambda slide_id, index: session.run(commands.MoveSlide(slide_id, index)))
        dock.renamed.connect(
            lambda slide_id, title: self._update(
                slide_id, {"title": title}, translate("Command", "Rename slide")
            )
        )
        dock.notes_edited.connect(
            lambda slide_id, notes: self._update(
                slide_id, {"notes": notes}, translate("Command", "Edit talking points")
            )
        )
        dock.present_requested.connect(self.present)

    def _slide(self, slide_id: str) -> Slide | None:
        return self.session.doc.slide(slide_id)

    def _update(self, slide_id: str, changes: dict, label: str) -> None:
        # The panel may report an edit of a slide the document no longer has: its notes
        # field finishing after another briefing was opened (found by the map page fuzz test).
        if self.session.doc.slide(slide_id) is not None:
            self.session.run(commands.UpdateSlide(slide_id, changes, label=label))

    def show_slide(self, slide_id: str) -> None:
        """Fly the map to a slide and show what it owns: its layers, date and annotations.
        From now on edits of layers, date and annotations change this slide."""
        slide = self._slide(slide_id)
        if slide is None:
            return
        self.session.shown_slide_id = slide_id
        self.window.preview_as_of = None
        self._slide_baselines.setdefault(slide_id, copy.deepcopy(slide))
        scene = scene_for_slide(self.session.doc, slide, self.window.data)
        self.window.map.set_view(slide.view, animate=True)
        self.window.map.update_scene(scene)
        self._show_following_panels(scene)

    def show_working_map(self) -> None:
        """Leave the slides: the map shows the working map, and edits change it only."""
        if self.session.shown_slide_id is None:
            return
        self.session.shown_slide_id = None
        self.window.preview_as_of = None
        self.window.slides_dock.clear_selection()
        scene = build_scene(self.session.doc, self.window.data, view=self.window.map.current_view)
        self.window.map.update_scene(scene)
        self._show_following_panels(scene)

    def _show_following_panels(self, scene: Scene) -> None:
        # The layer panel, the date bar, the status bar and the legend follow the map.
        self.window.layer_dock.show_document(
            self.session.shown_state(), grouping_choices(self.session.doc, self.window.data)
        )
        self.window.show_date()
        self.window.show_panels(scene)
        self.window.editor.document_changed()

    def show_slide_marks(self) -> None:
        changed = {
            s.id
            for s in self.session.doc.slides
            if s.id in self._slide_baselines
            and _content(s) != _content(self._slide_baselines[s.id])
        }
        self.window.slides_dock.mark_changed(changed)

    def revert_slide(self, slide_id: str) -> None:
        """Put a slide back as it was before the changes marked in the panel."""
        before = self._slide_baselines.get(slide_id)
        slide = self._slide(slide_id)
        if before is None or slide is None or _content(slide) == _content(before):
            return
        label = translate("Command", "Revert “{title}”").format(title=slide.title)
        self.session.run(commands.UpdateSlide(slide_id, _content(before), label=label))
        if slide_id == self.session.shown_slide_id:
            self.window.map.set_view(before.view, animate=True)

    def _new_slide_fields(self) -> dict:
        # A new slide owns a copy of what the map shows now: the working map or a slide.
        shown = self.session.shown_state()
        slide = self.session.shown_slide()
        annotations = (
            [a.id for a in self.session.doc.annotations]
            if slide is None
            else list(slide.annotation_ids or [])
        )
        return {
            "view": self.window.map.current_view,
            "layers": copy.deepcopy(shown.layers),
            "as_of": shown.as_of,
            "annotation_ids": annotations,
        }

    def add_slide(self) -> None:
        current = self.window.slides_dock.list.currentRow()
        index = current + 1 if current >= 0 else len(self.session.doc.slides)
        # The new slide's title is the user's from now on: in their language, kept as it is.
        title = translate("SlideActions", "Slide {number}").format(
            number=len(self.session.doc.slides) + 1
        )
        slide = Slide(new_id(), title, **self._new_slide_fields())
        self.session.run(commands.AddSlide(slide, index))
        self.window.slides_dock.select(slide.id)

    def duplicate_slide(self, slide_id: str) -> None:
        slide = self._slide(slide_id)
        if slide is None:
            return
        twin = copy.deepcopy(slide)
        twin.id = new_id()
        twin.title = translate("SlideActions", "{title} (copy)").format(title=slide.title)
        self.session.run(
            commands.AddSlide(
                twin,
                self.session.doc.slides.index(slide) + 1,
                label=translate("Command", "Duplicate slide"),
            )
        )
        self.window.slides_dock.select(twin.id)

    def update_slide(self, slide_id: str) -> None:
        """Keep the slide as the map shows it: its view from the map, and its changes
        accepted (the panel stops marking it)."""
        slide = self._slide(slide_id)
        if slide is None:
            return
        fields = (
            {"view": self.window.map.current_view}
            if slide_id == self.session.shown_slide_id
            else self._new_slide_fields()
        )
        label = translate("Command", "Update slide from the map")
        self.session.run(commands.UpdateSlide(slide_id, fields, label=label))
        updated = self._slide(slide_id)
        if updated is not None:
            self._slide_baselines[slide_id] = copy.deepcopy(updated)
        self.show_slide_marks()

    def present(self, start: int = 0) -> None:
        if not self.session.doc.slides:
            self.window.show_error(
                translate("SlideActions", "Nothing to present"),
                translate(
                    "SlideActions",
                    "This briefing has no slides yet: add one with Slides → Add Slide.",
                ),
            )
            return
        from PySide6.QtGui import QGuiApplication

        from briefing_app.ui.presentation import QtPresentation, choose_screens

        audience, presenter = choose_screens(QGuiApplication.screens(), self.window.screen())
        self._presentation = QtPresentation(
            self.session.doc,
            self.window.data,
            start=start,
            screen=audience,
            presenter_screen=presenter,
        )
        self._presentation.finished.connect(self._on_presentation_finished)
        self._presentation.strokes_kept.connect(self._on_strokes_kept)
        apply_map_theme(self._presentation.map, current_theme(self.window.settings))
        self.window.editor.set_keys_enabled(False)
        self._presentation.start()

    def _on_strokes_kept(self, lines: list, index: int) -> None:
        slide = self.session.doc.slides[index]
        annotations = [
            Annotation(
                new_id(),
                line,
                {"kind": "pen", "label": ""},
                {
                    "color": PRESENTATION_STYLE["pen_colour"],
                    "weight": float(PRESENTATION_STYLE["pen_width"]),
                },
            )
            for line in lines
        ]
        label = translate("Command", "Keep pen drawing on “{title}”").format(title=slide.title)
        self.session.run(commands.AddAnnotations(annotations, slide_id=slide.id, label=label))
        self._presentation.refresh_slide()

    def _on_presentation_finished(self, index: int) -> None:
        self.window.editor.set_keys_enabled(True)
        if 0 <= index < len(self.session.doc.slides):
            self.window.slides_dock.select(self.session.doc.slides[index].id)
        self.window.activateWindow()


def _content(slide: Slide) -> dict:
    """What a slide shows (not its title and notes): compared to mark it changed, and put
    back to revert it."""
    return {
        "view": slide.view,
        "layers": slide.layers,
        "as_of": slide.as_of,
        "annotation_ids": slide.annotation_ids,
    }

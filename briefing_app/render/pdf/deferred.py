"""A canvas that draws some of a page's content only when the document is saved, when what
it shows is known: "Page X of Y" needs Y, and a map page's "full list p. N" the page the
sources list came to. One layout pass instead of two.

Each page is written as usual (so bookmarks, links and the outline point at the right page);
a deferred drawing leaves a placeholder line in the page's content stream, with the graphics state
and the page's link list of that moment. At save the drawing is made with that state and its
PDF operators replace the placeholder: the page reads exactly as if it had been drawn in
place. It may draw text, lines and links, which need no resource of the page's own (fonts
are the document's): not images, forms, transparency or shadings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

DeferredDrawing = Callable[["DeferringCanvas"], None]
_PLACEHOLDER = "%briefing-deferred-{}%"


@dataclass
class _Deferred:
    token: str
    draw: DeferredDrawing
    state: dict[str, Any]
    annotations: list[Any]
    page: Any = None  # the page's pdfdoc.PDFPage, once written


@dataclass
class _Pending:
    items: list[_Deferred] = field(default_factory=list)
    done: list[_Deferred] = field(default_factory=list)


class DeferringCanvas(Canvas):
    """A reportlab Canvas with `defer(draw)`; `total_pages` is known while deferred
    drawings are made (None before)."""

    total_pages: int | None = None
    # reportlab's own, untyped there; save() swaps them to draw the deferred items.
    _code: list[str]
    _annotationrefs: list[Any]
    state_stack: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._deferred = _Pending()
        super().__init__(*args, **kwargs)

    def defer(self, draw: DeferredDrawing) -> None:
        """Draw `draw(canvas)` here, in the current graphics state, when the document is
        saved."""
        token = _PLACEHOLDER.format(len(self._deferred.items) + len(self._deferred.done))
        state = {name: self.__dict__[name] for name in self.STATE_ATTRIBUTES}
        state["_extgstate"] = self._extgstate.pushCopy()
        self._deferred.items.append(_Deferred(token, draw, state, self._annotationrefs))
        self._code.append(token)

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        super().showPage()
        if self._deferred.items:
            page = self._doc.Pages.pages[-1]
            for item in self._deferred.items:
                item.page = page
            self._deferred.done += self._deferred.items
            self._deferred.items = []

    def save(self) -> None:
        if len(self._code):  # reportlab's save writes a last page that was begun
            self.showPage()
        self.total_pages = self._pageNumber - 1
        keep_code, keep_annotations = self._code, self._annotationrefs
        keep_state = {name: self.__dict__[name] for name in self.STATE_ATTRIBUTES}
        try:
            for item in self._deferred.done:
                self._code = []
                self._annotationrefs = item.annotations
                self.__dict__.update(item.state)
                self.state_stack = []
                item.draw(self)
                # The placeholder is a line of its own (a PDF comment): no drawn text is.
                line = f"\n{item.token}\n"
                stream = item.page.stream
                at = stream.index(line)
                item.page.stream = (
                    stream[: at + 1] + "\n".join(self._code) + stream[at + len(line) - 1 :]
                )
        finally:
            self._code, self._annotationrefs = keep_code, keep_annotations
            self.__dict__.update(keep_state)
            self._deferred.done = []
        super().save()

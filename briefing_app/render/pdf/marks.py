"""A flowable that takes no room and does something where it lands: notes the page it is
drawn on, dates it, marks it in the outline."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


class OnDraw(Flowable):
    def __init__(self, action: Callable[[Canvas], None]):
        super().__init__()
        self.action = action

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.action(self.canv)

"""A reportlab Paragraph that breaks its lines once per width.

Laying out a handout wraps the same paragraph many times at the same width: a map page's
boxes are tried in one and two legend columns and again when the locator gives up room, a
table wraps every cell to size its rows, again for each part it is split into across pages
and again to draw it. Breaking lines is reportlab's dearest step (pure Python, a word at a
time): it was over half of a built-in briefing's layout. The lines depend only on the text,
its style and the width, so the result of the first wrap at a width is kept and given back.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _ReportlabParagraph

# What Paragraph.wrap (and breakLines, which it calls) leave on the paragraph; draw and
# split read them.
_WRAP_STATE = ("width", "height", "_wrapWidths", "blPara", "_width_max")


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph with its wrap remembered per available width (split makes
    parts of the same class, each with a memory of its own)."""

    _wrapped: dict[float, dict[str, Any]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        memory = self.__dict__.setdefault("_wrapped", {})
        state = memory.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        # A width too narrow for any text returns at once and sets nothing: not kept.
        if self.__dict__.get("width") == availWidth and "blPara" in self.__dict__:
            memory[availWidth] = {k: self.__dict__[k] for k in _WRAP_STATE if k in self.__dict__}
        return size


class SharedParagraphs:
    """One Paragraph per text and style, for tables whose cells repeat (a grouping's table
    gives each member the same source, date and as-of): each is parsed and broken into
    lines once. A Paragraph may stand in several cells: it is wrapped before it is drawn
    (at a width it remembers) and drawn wherever it is put."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], tuple[Paragraph, ParagraphStyle]] = {}

    def __call__(self, text: str, style: ParagraphStyle) -> Paragraph:
        key = (text, id(style))  # the value holds the style: its id stays its own
        if key not in self._made:
            self._made[key] = (Paragraph(text, style), style)
        return self._made[key][0]

"""A reportlab Paragraph that breaks its lines once per width, and draws once per page state.

Laying out a handout wraps the same paragraph many times at the same width: a map page's
boxes are tried in one and two legend columns and again when the locator gives up room, a
table wraps every cell to size its rows, again for each part it is split into across pages
and again to draw it. Breaking lines is reportlab's dearest step (pure Python, a word at a
time): it was over half of a built-in briefing's layout. The lines depend only on the text,
its style and the width, so the result of the first wrap at a width is kept and given back.

Drawing is the next dearest (a built-in briefing drew 1,455 paragraphs, 589 distinct: a
table's shared source and date cells, SharedParagraphs). A paragraph draws into its own
coordinates (the canvas is translated to it), so at the same width and height, in the same
canvas state, its PDF operators are the same every time: the first drawing's are kept by
the canvas and written again. Only a drawing whose sole effect is its operators is kept:
one that adds a link, an image or an extended graphics state (named per page) is drawn
afresh every time.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as _ReportlabParagraph

# What Paragraph.wrap (and breakLines, which it calls) leave on the paragraph; draw and
# split read them.
_WRAP_STATE = ("width", "height", "_wrapWidths", "blPara", "_width_max")

# What a paragraph's operators may depend on besides itself (reportlab's text object starts
# from the canvas's font, size and leading; colours and the graphics state decide what is
# set again). The matrix is left out: drawings are relative to it.
_CANVAS_STATE = tuple(
    name
    for name in Canvas.STATE_ATTRIBUTES
    if name not in ("_currentMatrix", "_x", "_y", "_extgstate")
)
# What a drawing must leave as it found it to be kept (besides adding operators).
_PAGE_LISTS = ("_annotationrefs", "_formsinuse", "_colorsUsed")


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

    def draw(self) -> None:
        canvas = self.canv
        drawn = canvas.__dict__.get("_briefing_drawn")
        if drawn is None:
            drawn = canvas.__dict__["_briefing_drawn"] = {}
        key = (id(self), self.width, self.height, _canvas_state(canvas))
        kept = drawn.get(key)
        if kept is not None:
            canvas._code.extend(kept[1])
            return
        code = canvas._code
        start = len(code)
        before = _side_state(canvas)
        super().draw()
        lines = code[start:]
        if (
            _side_state(canvas) == before
            and canvas._code is code
            and not any(" gs" in line or " Do" in line for line in lines)
        ):
            # Holding the paragraph keeps its id from being given to another.
            drawn[key] = (self, lines)


def _canvas_state(canvas: Canvas) -> object:
    d = canvas.__dict__
    state = tuple(d.get(name) for name in _CANVAS_STATE)
    # Colours of different kinds (RGB, CMYK) may be equal and set by different operators.
    kinds = (type(d.get("_fillColorObj")), type(d.get("_strokeColorObj")))
    key = (state, kinds, tuple(sorted(canvas._extgstate._d.items())))
    try:
        hash(key)
    except TypeError:  # a dash pattern given as a list
        return repr(key)
    return key


def _side_state(canvas: Canvas) -> tuple[object, ...]:
    return (
        *(len(canvas.__dict__.get(name) or ()) for name in _PAGE_LISTS),
        canvas.__dict__.get("_currentPageHasImages"),
        id(canvas._extgstate),
        len(canvas._extgstate._c),
    )


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

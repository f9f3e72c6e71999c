"""Putting text into the fixed boxes of a map page without printing it too small to read:
a box's content may shrink only as far as its smallest text stays at MIN_TEXT_PT; what
still does not fit is split off for a page of its own."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame

from briefing_app.style.map_style import PDF_STYLE

MIN_TEXT_PT: float = PDF_STYLE["min_text_pt"]


def height_of(flowables: list[Flowable], width: float) -> float:
    """The height `flowables` take stacked at `width` (no canvas needed for text)."""
    total = 0.0
    for i, f in enumerate(flowables):
        _, h = f.wrapOn(None, width, 1e9)  # type: ignore[arg-type]
        total += h
        if i:
            total += max(flowables[i - 1].getSpaceAfter(), f.getSpaceBefore())
    return total


def fitted(
    flowables: list[Flowable], width: float, height: float, smallest_pt: float
) -> KeepInFrame | None:
    """A box of `flowables` that fits `width` x `height`, shrunk if need be, or None when it
    would have to set `smallest_pt` text below MIN_TEXT_PT."""
    most = smallest_pt / MIN_TEXT_PT  # the most the box may shrink
    if most >= 1 and not _fits_shrunk(flowables, width, height, most):
        # Shrunk as far as allowed it still overflows, and less shrinking only makes the
        # text take more room: no need for reportlab's search for the scale (several
        # wraps of all the text at other widths; most of a map page's fitting time).
        return None
    box = KeepInFrame(width, height, flowables, mode="shrink")
    box.wrapOn(None, width, height)  # type: ignore[arg-type]
    scale = getattr(box, "_scale", 1.0)
    if smallest_pt / scale < MIN_TEXT_PT - 1e-6:
        return None
    return box


def _fits_shrunk(flowables: list[Flowable], width: float, height: float, scale: float) -> bool:
    """Whether `flowables` fit `width` x `height` drawn 1/`scale` of their size: wrapped at
    `scale` times the width, they take at most `scale` times the height."""
    # KeepInFrame measures as it does when shrinking (spaces between flowables merged).
    measure = KeepInFrame(width * scale, 1e9, flowables, mode="overflow")
    w, h = measure.wrapOn(None, width * scale, 1e9)  # type: ignore[arg-type]
    return w <= width * scale + 1e-6 and h <= height * scale + 1e-6


def split_to_fit(
    flowables: list[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables that fit `height` at full size (the last one split where it can be:
    a paragraph between lines, a table between rows), and the rest."""
    head: list[Flowable] = []
    room = height
    for i, f in enumerate(flowables):
        gap = max(head[-1].getSpaceAfter(), f.getSpaceBefore()) if head else 0.0
        _, h = f.wrapOn(None, width, room - gap)  # type: ignore[arg-type]
        if gap + h <= room:
            head.append(f)
            room -= gap + h
            continue
        parts = f.splitOn(None, width, room - gap) if room - gap > 0 else []  # type: ignore[arg-type]
        if len(parts) >= 2:
            head.append(parts[0])
            return head, [*parts[1:], *flowables[i + 1 :]]
        return head, list(flowables[i:])
    return head, []


def draw_top_left(canvas: object, box: Flowable, rect: tuple[float, float, float, float]) -> None:
    """Draw `box` against the top of `rect` (x, y, width, height)."""
    x, y, w, h = rect
    _, bh = box.wrapOn(canvas, w, h)
    box.drawOn(canvas, x, y + h - bh)

"""Table rows that fit a page: reportlab cannot break a row across pages, so a row whose
cell holds very long user text is cut into further rows, each part of the text in order."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

# Well under the shortest frame a table is drawn in (a landscape A4 page's content, or the
# side box of a map page's continuation).
MAX_ROW_PT = 300.0


def split_tall_rows(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    padding: float = 12.0,
    max_pt: float = MAX_ROW_PT,
) -> list[list[object]]:
    """The rows with each row taller than `max_pt` continued in as many rows as needed;
    `padding` is a cell's left plus right padding."""
    out: list[list[object]] = []
    for row in rows:
        parts: list[list[object]] = []
        for cell, width in zip(row, widths, strict=True):
            if isinstance(cell, Paragraph) and cell.wrap(width - padding, 1e9)[1] > max_pt:
                pieces: list[Flowable] = cell.split(width - padding, max_pt)
                parts.append(list(_all_pieces(pieces, width - padding, max_pt)) or [cell])
            else:
                parts.append([cell])
        depth = max(len(p) for p in parts)
        out += [[p[k] if k < len(p) else "" for p in parts] for k in range(depth)]
    return out


def _all_pieces(pieces: list[Flowable], width: float, max_pt: float) -> list[Flowable]:
    # Paragraph.split gives the part that fits and the rest: split the rest again.
    done: list[Flowable] = []
    while pieces:
        first, rest = pieces[0], pieces[1:]
        done.append(first)
        if not rest:
            break
        tail = rest[0]
        if isinstance(tail, Paragraph) and tail.wrap(width, 1e9)[1] > max_pt:
            pieces = tail.split(width, max_pt) or [tail]
            if len(pieces) == 1:
                done.append(pieces[0])
                break
        else:
            done.append(tail)
            break
    return done

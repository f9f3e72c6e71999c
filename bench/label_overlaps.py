"""Overlapping label and symbol boxes on every built-in slide, in the PDF and on screen.

The PDF side counts the boxes of every drawn symbol and label of each map page. The screen
side (--screen) opens each slide in the real window (offscreen Qt) and counts the boxes of
the labels and symbols the page shows, measured in the page itself. Both should print 0.

    python bench/label_overlaps.py [--screen]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def pdf_counts() -> list[tuple[str, int, int, float]]:
    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.labels import count_overlaps
    from briefing_app.render.pdf.export import prepare_slide_map
    from briefing_app.render.pdf.fonts import register_fonts
    from briefing_app.render.pdf.layout import content_frame, map_page_layout, paper_size
    from briefing_app.render.pdf.map_labels import drawn_boxes

    register_fonts()
    data = load_datasets()
    doc = builtin_briefing()
    _, _, fw, fh = content_frame(*paper_size("A4", "landscape"))
    layout = map_page_layout(fw, fh)
    rows = []
    for slide in doc.slides:
        start = time.perf_counter()
        _, _, prepared = prepare_slide_map(doc, slide, data, "EPSG:3035", layout)
        seconds = time.perf_counter() - start
        boxes = drawn_boxes(prepared)
        rows.append((slide.title, len(boxes), count_overlaps(boxes), seconds))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screen", action="store_true", help="also count on screen")
    args = parser.parse_args()
    total = 0
    print("PDF (A4 landscape, EPSG:3035): slide, boxes, overlapping pairs, prepare time")
    for title, boxes, overlaps, seconds in pdf_counts():
        total += overlaps
        print(f"  {title[:48]:48} {boxes:4d} boxes  {overlaps:3d} overlaps  {seconds:.3f} s")
    if args.screen:
        sys.path.insert(0, str(Path(__file__).parent))
        from screen_labels import screen_counts

        print("Screen (1280x800 window): slide, boxes, overlapping pairs")
        for title, boxes, overlaps in screen_counts():
            total += overlaps
            print(f"  {title[:48]:48} {boxes:4d} boxes  {overlaps:3d} overlaps")
    print(f"overlapping pairs in all: {total}")


if __name__ == "__main__":
    main()

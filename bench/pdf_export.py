"""PDF export of the built-in briefing: time (median of 3) and file size.

    python bench/pdf_export.py [--runs 3] [--page-size A4] [--orientation landscape]
                               [--no-basemap] [--slide TITLE]

Each run forgets the relief warps held in memory; the disk cache of warped reliefs and
projected countries (pdf-relief, pdf-countries in the user cache folder) is warm after the
first run, as for a user's second export of these views, so "first" is the cold figure.
`--slide` exports that slide alone, without the appendix (one map page).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import alternate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page-size", default="A4")
    parser.add_argument("--orientation", default="landscape")
    parser.add_argument("--no-basemap", action="store_true")
    parser.add_argument("--slide", help="export this slide alone, without the appendix")
    args = parser.parse_args()

    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.pdf import export_pdf
    from briefing_app.render.pdf.relief import clear_cache

    doc = builtin_briefing()
    if args.slide:
        doc.slides = [s for s in doc.slides if s.title == args.slide]
        if not doc.slides:
            parser.error(f"no built-in slide is titled {args.slide!r}")
    data = load_datasets(None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "briefing.pdf"

        def export() -> None:
            export_pdf(
                doc,
                data,
                path,
                page_size=args.page_size,
                orientation=args.orientation,
                basemap=not args.no_basemap,
                appendix=not args.slide,
            )

        timing = alternate({"export": export}, args.runs, before_each=clear_cache)["export"]
        size = path.stat().st_size
    what = f"slide {args.slide!r} alone" if args.slide else f"{len(doc.slides)} slides"
    basemap = "without" if args.no_basemap else "with"
    print(
        f"PDF export of the built-in briefing ({what}, {args.page_size} "
        f"{args.orientation}, {basemap} the basemap): "
        f"median {timing.median:.2f} s of {args.runs} "
        f"(CPU {timing.median_cpu:.2f} s: the machine may be shared) "
        f"(first {timing.wall[0]:.2f} s, includes loading the countries), {size / 1024:.0f} KiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

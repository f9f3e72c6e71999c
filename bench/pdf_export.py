"""PDF export of the built-in briefing: time (median of 3) and file size.

    python bench/pdf_export.py [--runs 3] [--page-size A4] [--orientation landscape]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page-size", default="A4")
    parser.add_argument("--orientation", default="landscape")
    args = parser.parse_args()

    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.pdf import export_pdf

    doc = builtin_briefing()
    data = load_datasets(None)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "briefing.pdf"
        for _ in range(args.runs):
            start = time.perf_counter()
            export_pdf(doc, data, path, page_size=args.page_size,
                       orientation=args.orientation)
            times.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(f"PDF export of the built-in briefing ({len(doc.slides)} slides, {args.page_size} "
          f"{args.orientation}): median {statistics.median(times):.2f} s of {args.runs} "
          f"(first {times[0]:.2f} s, includes loading the countries), {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

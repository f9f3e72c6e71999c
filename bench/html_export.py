"""HTML export of the built-in briefing: time per export (first in the process, then warm),
and the file's size. The page is assembled from the app's files without a template engine;
the countries are escaped for the page once per process.

    python bench/html_export.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.html_export import render_html

    data = load_datasets()
    doc = builtin_briefing()
    start = time.perf_counter()
    text = render_html(doc, data)
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render_html(doc, data)
        times.append(time.perf_counter() - start)
    print(
        f"built-in briefing, {len(doc.slides)} slides, one scene per slide: "
        f"{len(text.encode('utf-8')) / 1e6:.2f} MB"
    )
    print(f"first export in the process: {first:.3f} s")
    print(
        f"warm exports: median {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}, {runs} runs)"
    )


if __name__ == "__main__":
    main()

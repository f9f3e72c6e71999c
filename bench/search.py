"""Place search: how long the index takes to build (once, on the first search) and how long
a search takes afterwards. Prints figures; asserts nothing.

    python bench/search.py [--runs 51]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

QUERIES = (
    "k",
    "po",
    "Königsberg",
    "suwalki",
    "Lwów",
    "Suwałki Gap",
    "berg",
    "Tapa",
    "battlegroup",
    "xqzzyv",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()

    start = time.perf_counter()
    from briefing_app.places.gazetteer import Gazetteer

    imported = time.perf_counter() - start
    gazetteer = Gazetteer()
    start = time.perf_counter()
    gazetteer.ensure_built()
    built = time.perf_counter() - start
    print(f"import briefing_app.places.gazetteer: {imported * 1000:7.1f} ms")
    print(f"index build (first search):    {built * 1000:7.1f} ms ({len(gazetteer)} places)")
    print(f"median of {args.runs} searches (limit 12):")
    medians = []
    for query in QUERIES:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            results = gazetteer.search(query)
            times.append(time.perf_counter() - start)
        medians.append(statistics.median(times))
        top = results[0].label() if results else "(nothing)"
        print(f"  {query!r:15} {medians[-1] * 1000:6.2f} ms  {len(results):2} results, {top}")
    print(f"slowest median: {max(medians) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory of `briefing-app validate` on big files: a 200 MB GeoJSON (real features, over
the import limit), a ~50 MB GeoJSON under it, and a ~150 MB briefing with an embedded layer.

Each file is checked in its own subprocess; its peak resident set size comes from
os.wait4's rusage (ru_maxrss, KiB on Linux). Prints one line per file.

    .venv/bin/python bench/import_memory.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1_000_000


def _ring(i: int, vertices: int) -> str:
    lon, lat = 10 + (i % 300) * 0.1, 40 + (i // 300 % 200) * 0.1
    points = [f"[{lon + 0.04 * ((k * 7919) % 97) / 97:.6f},{lat + 0.04 * k / vertices:.6f}]"
              for k in range(vertices)]
    return "[" + ",".join([*points, points[0]]) + "]"


def write_geojson(path: Path, target_bytes: int, vertices: int = 120) -> int:
    """Polygon features until the file reaches `target_bytes`; returns the feature count."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        written = 0
        while written < target_bytes:
            text = (f'{{"type": "Feature", "properties": {{"name": "area {count}", '
                    f'"kind": "bench"}}, "geometry": {{"type": "Polygon", '
                    f'"coordinates": [{_ring(count, vertices)}]}}}}')
            handle.write((",\n" if count else "") + text)
            written += len(text) + 2
            count += 1
        handle.write("\n]}\n")
    return count


def write_briefing(path: Path, target_bytes: int) -> int:
    """The built-in briefing with one imported layer of point features up to `target_bytes`."""
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing

    data = json.loads(fileformat.dumps(builtin_briefing()))
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [21.0, 54.0]},
               "properties": {"name": "x" * 40}}
    each = len(json.dumps(feature)) + 2
    count = target_bytes // each
    data["imported_layers"] = [{
        "id": "bench", "name": "Bench", "source_file": "bench.geojson",
        "source_format": "GeoJSON", "imported_on": "2026-01-06", "style": {}, "notes": [],
        "features": {"type": "FeatureCollection", "features": [feature] * count}}]
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return count


def measure(path: Path) -> tuple[int, float, float, str]:
    """(exit status, peak RSS in MiB, seconds, first line of the answer)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen([sys.executable, "-m", "briefing_app", "validate", str(path)],
                                 stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        answer = out.read().decode("utf-8", "replace").strip().splitlines()
    seconds = time.monotonic() - started
    first = (answer[0] if answer else "").replace(str(path), path.name)
    return child.returncode, usage.ru_maxrss / 1024, seconds, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    baseline = folder / "tiny.geojson"
    baseline.write_text('{"type": "Point", "coordinates": [21, 54]}', encoding="utf-8")
    files = [("baseline (a one-point GeoJSON)", baseline, "")]
    made = time.monotonic()
    big = folder / "big-200MB.geojson"
    n = write_geojson(big, 200 * MB)
    files.append(("GeoJSON 200 MB, real features", big, f"{n} features"))
    mid = folder / "mid-50MB.geojson"
    n = write_geojson(mid, 50 * MB, vertices=300)
    files.append(("GeoJSON ~50 MB, under the limit", mid, f"{n} features"))
    brief = folder / "big-150MB.briefing"
    n = write_briefing(brief, 150 * MB)
    files.append(("briefing ~150 MB, embedded layer", brief, f"{n} features"))
    print(f"wrote the files in {time.monotonic() - made:.1f} s to {folder}")
    print(f"{'file':36} {'size':>9} {'exit':>4} {'peak RSS':>10} {'time':>7}  answer")
    try:
        for label, path, note in files:
            status, rss, seconds, first = measure(path)
            size = path.stat().st_size / MB
            print(f"{label:36} {size:7.1f}MB {status:4d} {rss:7.0f}MiB {seconds:6.1f}s  "
                  f"{first[:110]}{' (' + note + ')' if note else ''}")
    finally:
        if args.keep is None:
            for _, path, _ in files:
                path.unlink(missing_ok=True)
            folder.rmdir()


if __name__ == "__main__":
    main()

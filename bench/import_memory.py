"""Peak memory of `briefing-app validate` on big files: a 200 MB GeoJSON (real features, over
the import limit), a ~50 MB GeoJSON under it, and a ~150 MB briefing with an embedded layer;
then the window's whole import path on a ~50 MB GeoJSON of valid polygons.

Each file is checked in its own subprocess; its peak resident set size comes from
os.wait4's rusage (ru_maxrss, KiB on Linux). Prints one line per file.

The import path (`--import-only` runs just that) is what File → Import Layer does, without a
window: read_geofile, the briefing's layer (imported_layers_from), the AddImportedLayer edit
on the built-in briefing, the scene, the page's update message as JSON text (what the map
widget sends) and the labels placed for it. It prints the seconds of each step, the peak RSS
of the process and how much of it the import added over the process before the read.

    .venv/bin/python bench/import_memory.py [--keep DIR] [--import-only] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000


def _ring(i: int, vertices: int) -> str:
    lon, lat = 10 + (i % 300) * 0.1, 40 + (i // 300 % 200) * 0.1
    points = [
        f"[{lon + 0.04 * ((k * 7919) % 97) / 97:.6f},{lat + 0.04 * k / vertices:.6f}]"
        for k in range(vertices)
    ]
    return "[" + ",".join([*points, points[0]]) + "]"


def _write_features(path: Path, target_bytes: int, feature: Callable[[int], str]) -> int:
    """A FeatureCollection of `feature(i)` texts until the file reaches `target_bytes`;
    returns the feature count."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        written = 0
        while written < target_bytes:
            text = feature(count)
            handle.write((",\n" if count else "") + text)
            written += len(text) + 2
            count += 1
        handle.write("\n]}\n")
    return count


def write_geojson(path: Path, target_bytes: int, vertices: int = 120) -> int:
    """Polygon features until the file reaches `target_bytes`; returns the feature count."""
    return _write_features(
        path,
        target_bytes,
        lambda i: (
            f'{{"type": "Feature", "properties": {{"name": "area {i}", "kind": "bench"}}, '
            f'"geometry": {{"type": "Polygon", "coordinates": [{_ring(i, vertices)}]}}}}'
        ),
    )


def _valid_ring(i: int, vertices: int) -> str:
    """A star-shaped ring round its centre (so a valid polygon), with a jagged edge."""
    lon, lat = -170 + (i % 600) * 0.55, -60 + (i // 600 % 240) * 0.5
    points = []
    for k in range(vertices):
        angle = 2 * math.pi * k / vertices
        radius = 0.2 * (1 + 0.3 * ((k * 7919) % 97) / 97)
        x, y = lon + radius * math.cos(angle), lat + radius * math.sin(angle)
        points.append(f"[{x:.6f},{y:.6f}]")
    return "[" + ",".join([*points, points[0]]) + "]"


def write_valid_geojson(path: Path, target_bytes: int, vertices: int = 300) -> int:
    """Valid polygon features (nothing to repair, as in most real files) with a few
    properties, until the file reaches `target_bytes`; returns the feature count."""
    return _write_features(
        path,
        target_bytes,
        lambda i: (
            f'{{"type": "Feature", "properties": {{"name": "area {i}", "kind": "bench", '
            f'"population": {i * 37 % 100000}, "area_km2": {i * 1.5:.1f}}}, '
            f'"geometry": {{"type": "Polygon", "coordinates": [{_valid_ring(i, vertices)}]}}}}'
        ),
    )


def write_briefing(path: Path, target_bytes: int) -> int:
    """The built-in briefing with one imported layer of point features up to `target_bytes`."""
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing

    data = json.loads(fileformat.dumps(builtin_briefing()))
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [21.0, 54.0]},
        "properties": {"name": "x" * 40},
    }
    each = len(json.dumps(feature)) + 2
    count = target_bytes // each
    data["imported_layers"] = [
        {
            "id": "bench",
            "name": "Bench",
            "source_file": "bench.geojson",
            "source_format": "GeoJSON",
            "imported_on": "2026-01-06",
            "style": {},
            "notes": [],
            "features": {"type": "FeatureCollection", "features": [feature] * count},
        }
    ]
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return count


def measure(path: Path) -> tuple[int, float, float, str]:
    """(exit status, peak RSS in MiB, seconds, first line of the answer)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "briefing_app", "validate", str(path)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        answer = out.read().decode("utf-8", "replace").strip().splitlines()
    seconds = time.monotonic() - started
    first = (answer[0] if answer else "").replace(str(path), path.name)
    return child.returncode, usage.ru_maxrss / 1024, seconds, first


def _rss_mib(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def import_child(path: Path) -> None:
    """The window's import of `path`, step by step (run in a fresh process)."""
    from briefing_app.data.datasets import load_datasets
    from briefing_app.model import commands
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.page_protocol import message_text, update_messages
    from briefing_app.render.screen_labels import ScreenView, screen_labels
    from briefing_app.scene.build import build_scene
    from briefing_app.ui.import_export import imported_layers_from

    doc = builtin_briefing()
    data = load_datasets(None)
    before = build_scene(doc, data)  # what the map shows before the import
    from briefing_app.geofiles import read_geofile

    base = _rss_mib()
    steps: list[tuple[str, float]] = []
    started = time.monotonic()
    geofile = read_geofile(path, progress=lambda done, total: True)
    steps.append(("read", time.monotonic()))
    layers = imported_layers_from(geofile)
    del geofile
    for layer in layers:
        commands.AddImportedLayer(layer).do(doc)
    del layers
    steps.append(("document", time.monotonic()))
    scene = build_scene(doc, data)
    steps.append(("scene", time.monotonic()))
    texts = [message_text(message) for message in update_messages(before, scene)]
    steps.append(("message", time.monotonic()))
    view = ScreenView(doc.view.center_lat, doc.view.center_lon, doc.view.zoom, 1200, 800, 11)
    texts.append(json.dumps(screen_labels(scene, view)))
    steps.append(("labels", time.monotonic()))
    shown, last = [], started
    for name, stamp in steps:
        shown.append(f"{name} {stamp - last:.1f}")
        last = stamp
    features = sum(len(layer.features) for layer in doc.imported)
    print(
        f"{features} features, {sum(map(len, texts)) / MB:.0f} MB to the page; "
        f"total {last - started:.1f} s ({', '.join(shown)}); "
        f"before the read {base:.0f} MiB, peak {_rss_mib('VmHWM'):.0f} MiB, "
        f"after {_rss_mib():.0f} MiB",
        flush=True,
    )


def measure_import(path: Path) -> tuple[int, float, float, str]:
    """The import path on `path` in a subprocess: (status, peak MiB, seconds, its line)."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(
            [sys.executable, __file__, "--child-import", str(path)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        out.seek(0)
        answer = out.read().decode("utf-8", "replace").strip().splitlines()
    seconds = time.monotonic() - started
    return (
        os.waitstatus_to_exitcode(status),
        usage.ru_maxrss / 1024,
        seconds,
        answer[-1] if answer else "",
    )


def run_imports(path: Path, runs: int) -> None:
    print(f"import path, {path.stat().st_size / MB:.1f} MB GeoJSON, {runs} runs:")
    peaks, times = [], []
    for _ in range(runs):
        status, rss, seconds, line = measure_import(path)
        peaks.append(rss)
        times.append(seconds)
        print(f"  exit {status}, peak RSS {rss:.0f} MiB, {seconds:.1f} s with start-up: {line}")
    peaks.sort()
    times.sort()
    print(
        f"  median: peak {peaks[len(peaks) // 2]:.0f} MiB, {times[len(times) // 2]:.1f} s "
        "(whole process; targets: 400 MiB and 10 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument(
        "--import-only",
        action="store_true",
        help="only the import path on the ~50 MB valid GeoJSON",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of the import path")
    parser.add_argument("--child-import", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_import:
        import_child(args.child_import)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.import_only:
        valid = folder / "valid-50MB.geojson"
        if not valid.exists():
            write_valid_geojson(valid, 50 * MB)
        try:
            run_imports(valid, args.runs)
        finally:
            if args.keep is None:
                valid.unlink()
                folder.rmdir()
        return
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
    valid = folder / "valid-50MB.geojson"
    n = write_valid_geojson(valid, 50 * MB)
    files.append(("GeoJSON ~50 MB, valid polygons", valid, f"{n} features"))
    brief = folder / "big-150MB.briefing"
    n = write_briefing(brief, 150 * MB)
    files.append(("briefing ~150 MB, embedded layer", brief, f"{n} features"))
    print(f"wrote the files in {time.monotonic() - made:.1f} s to {folder}")
    print(f"{'file':36} {'size':>9} {'exit':>4} {'peak RSS':>10} {'time':>7}  answer")
    try:
        for label, path, note in files:
            status, rss, seconds, first = measure(path)
            size = path.stat().st_size / MB
            print(
                f"{label:36} {size:7.1f}MB {status:4d} {rss:7.0f}MiB {seconds:6.1f}s  "
                f"{first[:110]}{' (' + note + ')' if note else ''}"
            )
        run_imports(valid, args.runs)
    finally:
        if args.keep is None:
            for _, path, _ in files:
                path.unlink(missing_ok=True)
            folder.rmdir()


if __name__ == "__main__":
    main()

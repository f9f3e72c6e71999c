"""Memory of the running window: proportional set size (PSS) of the app process and all its
children (the QtWebEngineProcess zygote, renderer, GPU and utility processes), summed from
/proc/<pid>/smaps_rollup.

Each run starts a fresh process (offscreen unless DISPLAY is set, its own settings and data
folders), opens the built-in briefing as the app does, waits for the map's first render and
`--idle` seconds more, and measures; with `--import FILE` it then imports FILE as File →
Import Layer does, waits for the page to draw it (its answer to a ping) and `--idle`
seconds, and measures again.
Prints each run and the medians (targets: 400 MiB idle, 600 MiB with a 50 MB GeoJSON).

    python bench/window_memory.py [--runs 3] [--idle 5] [--import FILE] [--by-process]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def _pss_kib(pid: int) -> int:
    return _rollup_kib(pid)[0]


def _rollup_kib(pid: int) -> tuple[int, int]:
    """(PSS, anonymous PSS) in KiB. PSS shares each page of a library among the processes
    that map it, so it moves when other programs using the same Qt libraries start or stop
    (on a shared machine, other sessions); the anonymous part (heaps, the JavaScript heap,
    shared only within the app's own processes) does not."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    fields = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if rest.strip().endswith("kB"):
            fields[name] = int(rest.split()[0])
    return fields.get("Pss", 0), fields.get("Pss_Anon", 0)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return out
    for task in tasks:
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _name(pid: int) -> str:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    kind = next((a.decode()[7:] for a in args if a.startswith(b"--type=")), "")
    return Path(args[0].decode() or "?").name + (f" ({kind})" if kind else "")


def process_tree_pss(root: int) -> dict[str, float]:
    """PSS in MiB of `root` and each of its descendants, keyed 'pid name'; the sum of their
    anonymous PSS under the key 'anon'."""
    out: dict[str, float] = {}
    anon = 0.0
    todo = [root]
    while todo:
        pid = todo.pop()
        pss, anonymous = _rollup_kib(pid)
        out[f"{pid} {_name(pid)}"] = pss / 1024
        anon += anonymous / 1024
        todo += _children(pid)
    out["anon"] = anon
    return out


def child(idle: float, import_path: str | None) -> int:
    """The app's start (ui/app.py run_gui) on the built-in briefing, measured from inside."""
    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.autosave import install_safety_net
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.web_scheme import register_scheme

    if os.environ.get("BENCH_LOG"):
        import logging

        logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    register_scheme()
    QCoreApplication.setOrganizationName("BriefingApp")
    QCoreApplication.setApplicationName("Briefing App")
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(), builtin_briefing(), builtin=True)
    window.show()
    install_safety_net(window)
    results: dict[str, dict[str, float]] = {}
    state = {"started": False}

    def measure(name: str) -> None:
        results[name] = process_tree_pss(os.getpid())
        if name == "idle" and import_path:
            QTimer.singleShot(0, do_import)
        else:
            print(json.dumps(results), flush=True)
            # The import left unsaved changes: quitting closes the window, which would
            # otherwise wait on its "Save changes?" question forever (the --import runs that
            # "never finished" were waiting there, measured but not ended).
            window.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
            app.quit()

    def do_import() -> None:
        if not window.import_export.import_file(Path(import_path or "")):
            print(json.dumps({"error": "the import failed"}), flush=True)
            app.quit()
            return
        # The page answers a ping once everything sent before it is drawn.
        window.map.applied.connect(
            lambda _seq: QTimer.singleShot(int(idle * 1000), lambda: measure("imported"))
        )
        window.map.ping(1)

    def on_rendered(layer_id: str, _features: int) -> None:
        if layer_id == "countries" and not state["started"]:
            state["started"] = True
            QTimer.singleShot(int(idle * 1000), lambda: measure("idle"))

    window.map.layer_rendered.connect(on_rendered)
    QTimer.singleShot(300_000, app.quit)  # never hang a bench
    status = app.exec()
    window.deleteLater()
    return status


def one_run(env: dict[str, str], idle: float, import_path: Path | None) -> dict[str, dict]:
    command = [sys.executable, __file__, "--child", "--idle", str(idle)]
    if import_path is not None:
        command += ["--import", str(import_path)]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no measurement:\n{proc.stdout}\n{proc.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--idle", type=float, default=5.0, help="seconds to wait after a render before measuring"
    )
    parser.add_argument(
        "--import",
        dest="import_path",
        type=Path,
        help="a geodata file to import after the idle measurement",
    )
    parser.add_argument("--by-process", action="store_true", help="print each process")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.idle, str(args.import_path) if args.import_path else None)
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    totals: dict[str, list[float]] = {}
    apps: dict[str, list[float]] = {}
    anons: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
        env["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")
        one_run(env, 1.0, None)  # fills the cache, as any start but the first finds it
        for index in range(args.runs):
            result = one_run(env, args.idle, args.import_path)
            if "error" in result:
                raise RuntimeError(result["error"])
            for name, processes in result.items():
                anon = processes.pop("anon", 0.0)
                anons.setdefault(name, []).append(anon)
                total = sum(processes.values())
                main_pss = next(iter(processes.values()))
                totals.setdefault(name, []).append(total)
                apps.setdefault(name, []).append(main_pss)
                print(
                    f"run {index + 1} {name:9}: {total:6.0f} MiB PSS in {len(processes)} "
                    f"processes (app {main_pss:.0f} MiB, web {total - main_pss:.0f} MiB; "
                    f"anonymous {anon:.0f} MiB)"
                )
                if args.by_process:
                    for key, value in processes.items():
                        print(f"    {value:7.1f} MiB  {key}")
    targets = {"idle": 400, "imported": 600}
    for name, values in totals.items():
        print(
            f"median {name:9}: {statistics.median(values):.0f} MiB PSS "
            f"(app {statistics.median(apps[name]):.0f} MiB; target {targets[name]} MiB; "
            f"anonymous {statistics.median(anons[name]):.0f} MiB; "
            f"runs {', '.join(f'{v:.0f}' for v in values)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

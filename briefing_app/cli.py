"""The `briefing-app` command: open the app, or work on briefing files without a window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from briefing_app import __version__
from briefing_app.i18n import LANGUAGES, set_language, system_language, translate

DESCRIPTION = """\
Briefing App prepares map-based European security briefings, presents them and
exports them. It works offline.

  briefing-app                        open the built-in briefing
                                      "European security landscape"
  briefing-app FILE.briefing          open a briefing file
  briefing-app validate FILE          check a briefing file, or a geodata file the
                                      app imports (.geojson .json .kml .kmz .shp
                                      .zip .gpkg .csv), or a data correction file
                                      (groupings.json, deployments.json,
                                      flashpoints.json); prints what it holds or what
                                      is wrong, and exits with status 1 if it cannot
                                      be used
  briefing-app export [FILE] -o OUT   write a briefing (the built-in one when FILE
                                      is left out) to OUT; OUT's extension picks the
                                      format: .pdf (handout), .pptx (PowerPoint
                                      deck, 16:9), .html (interactive map, one file
                                      that works offline), .briefing, or .gif / .mp4
                                      (a grouping's replay, see --replay)
"""

EXPORT_FORMATS = (".pdf", ".pptx", ".html", ".briefing", ".gif", ".mp4")
REPLAY_FORMATS = (".gif", ".mp4")
# render.pdf.layout.PAGE_SIZES, named here so `--help` does not load reportlab (a test checks)
PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'briefing-app validate -h' or 'briefing-app export -h' for details.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a .briefing file to open (default: the built-in briefing)",
    )
    parser.add_argument("--version", action="version", version=f"Briefing App {__version__}")
    return parser


def _validate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app validate",
        description="Check a briefing file, or a geodata file the app imports, and print what "
        "it holds (for geodata: layers, feature count, geometry types, CRS, "
        "repairs made, features dropped) or what is wrong with it. "
        "Exit status: 0 usable, 1 not usable.",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a .briefing file, or geodata: .geojson, .json, .kml, .kmz, .shp "
        "(with its .shx and .dbf), .zip (a zipped Shapefile), .gpkg, .csv "
        "(with latitude/longitude columns)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the language of the report (default: the system's language, else English)",
    )
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app export",
        description="Write a briefing to a file without opening a window. "
        f"Formats, by OUT's extension: {', '.join(EXPORT_FORMATS)}.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the briefing to export (default: the built-in briefing)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    parser.add_argument(
        "--page-size",
        choices=PAGE_SIZES,
        default="A4",
        help="PDF paper size (default A4); A3 to A0 are the A4 pages enlarged, for posters",
    )
    parser.add_argument(
        "--portrait", action="store_true", help="PDF pages upright instead of landscape"
    )
    parser.add_argument(
        "--crs",
        default="EPSG:3035",
        help="projection of the PDF maps (default EPSG:3035, ETRS89-LAEA)",
    )
    parser.add_argument(
        "--no-appendix", action="store_true", help="leave out the PDF's appendix tables"
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the language of the app's own texts in the file: headings, legend, dates, "
        "country names (default: the system's language, else English); the briefing's own "
        "texts stay as written",
    )
    parser.add_argument(
        "--replay",
        action="append",
        default=[],
        metavar="GROUPING[:FROM[:TO]]",
        help="the membership of a grouping (nato, eu, ...) between two dates "
        "(YYYY-MM-DD; default: its first member to the briefing's date), "
        "one frame per change: the film for a .gif or .mp4 OUT (default "
        "nato), or a slide more at the end of a .pptx deck (repeatable)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "validate":
        checked = _validate_parser().parse_args(args[1:])
        set_language(checked.language or system_language())
        file = checked.file
        try:
            return validate(file)
        except Exception:
            return _internal_error(file, translate("Cli", "the check"))
    if args and args[0] == "export":
        options = _export_parser().parse_args(args[1:])
        set_language(options.language or system_language())
        lean = _lean_run() if Path(options.output).suffix.lower() == ".pdf" else nullcontext()
        with lean:
            from briefing_app.core.logsetup import setup_logging

            setup_logging()
            try:
                return export(
                    options.file,
                    options.output,
                    page_size=options.page_size,
                    portrait=options.portrait,
                    appendix=not options.no_appendix,
                    crs=options.crs,
                    replays=options.replay,
                )
            except Exception:
                return _internal_error(
                    options.file,
                    translate("Cli", "the export to {output}").format(output=options.output),
                )
    options = _gui_parser().parse_args(args)
    from briefing_app.ui.app import run_gui  # Qt loads only for the window

    return run_gui(options.file)


@contextmanager
def _lean_run() -> Iterator[None]:
    """A PDF export's run without two costs that buy it nothing (#17), as it was after:

    - the cyclic collector: its passes over the export's long-lived objects (the modules,
      the document, its pages) took a tenth of a one-page export's time and freed 1,200
      objects (6,000 and 3 MB for the built-in briefing); reference counting frees the
      rest as the export goes;
    - OpenBLAS's thread pool, started when numpy loads (unless OPENBLAS_NUM_THREADS says
      otherwise): its threads spin for CPU the export needs (60 ms CPU, 35 ms of wall time
      on two busy cores) and the export does no matrix algebra for them."""
    pause = gc.isenabled()
    threads = "OPENBLAS_NUM_THREADS" not in os.environ and "numpy" not in sys.modules
    if pause:
        gc.disable()
    if threads:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        yield
    finally:
        if threads:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)
        if pause:
            gc.enable()


def _fail(message: str, status: int = 1) -> int:
    from briefing_app.core.logsetup import escape_controls

    # The message may quote a file's name or text: no terminal escape reaches the terminal.
    print(f"briefing-app: {escape_controls(message)}", file=sys.stderr)
    return status


def _internal_error(file: str | None, doing: str) -> int:
    """One clear line for a failure nobody foresaw; the traceback goes to the log only."""
    import logging

    from briefing_app.core.logsetup import LOG_FILE_ONLY, setup_logging

    log_path = setup_logging()
    logging.getLogger("briefing_app.cli").error(
        "%s failed for %s", doing, file or "built-in", exc_info=True, extra=LOG_FILE_ONLY
    )
    kind = type(sys.exc_info()[1]).__name__
    name = file or translate("Cli", "the built-in briefing")
    where = (
        translate("Cli", "The details are in the log: {path}").format(path=log_path)
        if log_path
        else translate("Cli", "No log could be written.")
    )
    return _fail(
        translate(
            "Cli", "{file}: {doing} stopped on an internal error ({kind}); nothing was written."
        ).format(file=name, doing=doing, kind=kind)
        + " "
        + where
    )


def _say(line: str) -> None:
    # Lines quote a file's text and name: no terminal escape reaches the terminal.
    from briefing_app.core.logsetup import escape_controls

    print(escape_controls(line))


def validate(file: str) -> int:
    from briefing_app.data.security import CORRECTION_FILES
    from briefing_app.model import fileformat

    suffix = Path(file).suffix.lower()
    if Path(file).name in CORRECTION_FILES:
        return validate_correction(file)
    if suffix != ".briefing":
        return validate_geofile(file)

    try:
        doc = fileformat.load(file)
    except fileformat.BriefingFileError as exc:
        return _fail(str(exc))
    _say(f"{file}: a usable briefing (file format {fileformat.FORMAT_VERSION})")
    _say(f"  title:          {doc.title}")
    _say(f"  classification: {doc.classification}")
    _say(f"  as of:          {doc.as_of.isoformat()}")
    _say(f"  layers:         {', '.join(layer.id for layer in doc.layers) or 'none'}")
    _say(f"  slides:         {len(doc.slides)}")
    _say(f"  annotations:    {len(doc.annotations)}")
    _say(f"  groupings:      {len(doc.groupings)}")
    return 0


def validate_correction(file: str) -> int:
    """A data correction file (groupings.json, deployments.json, flashpoints.json) is
    checked as the app reads it from the data corrections folder."""
    from briefing_app.core.jsonreader import DataFileError
    from briefing_app.data.security import read_correction_file

    try:
        kind, records = read_correction_file(Path(file))
    except DataFileError as exc:
        return _fail(str(exc))
    _say(f"{file}: a usable data correction file: {len(records)} {kind}")
    for record in records:
        _say(f"  {record.id}")
    return 0


def validate_geofile(file: str) -> int:
    from briefing_app.geofiles import SUPPORTED_SUFFIXES, GeoFileError, read_geofile

    suffix = Path(file).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return _fail(
            translate(
                "Cli",
                "{file}: cannot check '{suffix}' files; use a .briefing file or geodata: {formats}",
            ).format(
                file=file,
                suffix=suffix or translate("Cli", "no extension"),
                formats=", ".join(SUPPORTED_SUFFIXES),
            )
        )
    try:
        found = read_geofile(file)
    except GeoFileError as exc:
        return _fail(str(exc))
    for line in found.summary():
        _say(line)
    return 0


def export(
    file: str | None,
    output: str,
    *,
    page_size: str = "A4",
    portrait: bool = False,
    appendix: bool = True,
    crs: str = "EPSG:3035",
    replays: list[str] | None = None,
) -> int:
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing

    out = Path(output)
    suffix = out.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        return _fail(
            translate("Cli", "{output}: cannot export to '{suffix}'; use one of: {formats}").format(
                output=output,
                suffix=suffix or translate("Cli", "no extension"),
                formats=", ".join(EXPORT_FORMATS),
            ),
            2,
        )
    replays = list(replays or [])
    if replays and suffix not in (*REPLAY_FORMATS, ".pptx"):
        return _fail(
            translate("Cli", "{output}: --replay goes with a .gif, .mp4 or .pptx output").format(
                output=output
            ),
            2,
        )
    if suffix in REPLAY_FORMATS and len(replays) > 1:
        return _fail(
            translate(
                "Cli", "{output}: a {suffix} file holds one replay; give --replay once"
            ).format(output=output, suffix=suffix),
            2,
        )
    from briefing_app.core.jsonreader import DataFileError

    try:
        doc = fileformat.load(file) if file else builtin_briefing()
        if suffix == ".briefing":
            fileformat.save(doc, out)
        else:
            from briefing_app.core.userdirs import data_override_dir
            from briefing_app.data.datasets import load_datasets

            data = load_datasets(data_override_dir())
            for problem in data.problems:
                warning = translate("Cli", "warning: {problem}").format(problem=problem)
                print(f"briefing-app: {warning}", file=sys.stderr)
            if suffix == ".html":
                from briefing_app.render.html_export import export_html

                export_html(doc, data, out)
            elif suffix in (".pptx", *REPLAY_FORMATS):
                from briefing_app.render.replay import replay_spec

                try:
                    specs = [replay_spec(doc, data, text) for text in replays]
                except ValueError as exc:
                    return _fail(f"--replay: {exc}", 2)
                if suffix == ".pptx":
                    from briefing_app.render.pptx_export import export_pptx

                    export_pptx(doc, data, out, replays=specs)
                else:
                    from briefing_app.render.replay import export_replay

                    export_replay(
                        doc, data, out, specs[0] if specs else replay_spec(doc, data, "nato")
                    )
            else:
                from briefing_app.render.pdf import export_pdf

                export_pdf(
                    doc,
                    data,
                    out,
                    page_size=page_size,
                    orientation="portrait" if portrait else "landscape",
                    appendix=appendix,
                    crs=crs,
                )
    except DataFileError as exc:
        return _fail(str(exc))
    print(f"wrote {out}")
    return 0

"""Update and build the app's translations: briefing_app/i18n/translations/*.ts -> *.qm.

    python scripts/build_translations.py          # lupdate over briefing_app/, then lrelease
    python scripts/build_translations.py --check  # fail (exit 1) if the files are not current

The .ts files (Qt Linguist, one per language) are the one source of every translation: the
window loads the .qm files built from them, the headless exports read the .ts files
(briefing_app/i18n/catalogue.py). Both are committed and shipped.

Updating runs `pyside6-lupdate` over every .py file of briefing_app/: it adds the texts
marked with `translate(...)`, `QCoreApplication.translate(...)`, `tr(...)`,
`QT_TRANSLATE_NOOP(...)` and `translate_noop(...)` as unfinished entries, keeps every
translation made so far and marks the texts no longer in the code vanished. Then
`pyside6-lrelease -nounfinished` builds each .qm, leaving out what the headless reader skips.

`--check` changes nothing. It fails, one line per problem, when
- a .qm is missing or is not what its .ts builds to now (compared by content: a checkout's
  file times say nothing);
- a .ts has an unfinished entry, or lacks a text the code marks (lupdate would add it);
- a translation's {placeholders} differ from its source text's (str.format would fail or
  drop a value).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing_app"
sys.path.insert(0, str(ROOT))

from briefing_app.i18n import translated_languages, translations_dir  # noqa: E402
from briefing_app.i18n.catalogue import TS_PREFIX  # noqa: E402

# lupdate reads the headless marker as Qt's: translate_noop(context, source[, comment]).
_LUPDATE_OPTIONS = (
    "-extensions",
    "py",
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=translate_noop",
    "-source-language",
    "en",
    "-locations",
    "none",  # line numbers would rewrite every .ts whenever code above a text moves
    "-silent",
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def tool(name: str) -> str:
    """A Qt Linguist tool of PySide6: beside this Python (the venv's bin/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def _run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts_files: list[Path], sources: Path = PACKAGE) -> None:
    _run(tool("pyside6-lupdate"), *_LUPDATE_OPTIONS, str(sources), "-ts", *map(str, ts_files))


def lrelease(ts_file: Path, qm_file: Path) -> None:
    _run(tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts_file), "-qm", str(qm_file))


def ts_files(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    return [folder / f"{TS_PREFIX}{code}.ts" for code in translated_languages()]


# Qt Linguist's number of plural forms per language (fr: 0-1 / more; pl: 1 / 2-4 / more).
PLURAL_FORMS = {"fr": 2, "de": 2, "pl": 3}
_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_MESSAGE = re.compile(
    r"<message>(?P<head>\s*<source>(?P<source>[^<]*%n[^<]*)</source>\s*"
    r"(?:<comment>(?P<comment>[^<]*)</comment>\s*)?)"
    r'<translation(?P<type> type="unfinished")?>(?P<text>[^<]*)</translation>'
)


def _plural_forms(ts: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """The plural forms a .ts holds, and whether they are finished, by message."""
    if not ts.is_file():
        return {}
    out = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            out[key] = (forms, translation.get("type") != "unfinished")
    return out


def mark_plurals(ts: Path, kept: dict[tuple[str, str, str], tuple[list[str], bool]]) -> None:
    """Make every "%n" text a plural message with the language's forms, keeping the forms
    made so far. pyside6-lupdate marks a text plural only when its count is a number
    literal, and turns a plural message back into a single text (dropping its forms) when
    the code passes a variable: so the forms are read before it runs and put back after."""
    language = ts.stem.removeprefix(TS_PREFIX)
    count = PLURAL_FORMS.get(language, 2)
    text = ts.read_text(encoding="utf-8")

    def context_block(block: re.Match[str]) -> str:
        name = re.search(r"<name>([^<]*)</name>", block.group())
        context = html.unescape(name.group(1)) if name else ""

        def message(m: re.Match[str]) -> str:
            key = (
                context,
                html.unescape(m.group("source")),
                html.unescape(m.group("comment") or ""),
            )
            forms, finished = kept.get(key, ([], False))
            if not forms and m.group("text"):
                forms, finished = [html.unescape(m.group("text"))], not m.group("type")
            forms = (forms + [""] * count)[:count]
            finished = finished and all(forms)
            state = "" if finished else ' type="unfinished"'
            body = "".join(
                f"\n            <numerusform>{xml_escape(f)}</numerusform>" for f in forms
            )
            return (
                f'<message numerus="yes">{m.group("head")}<translation{state}>{body}\n'
                "        </translation>"
            )

        return _MESSAGE.sub(message, block.group())

    ts.write_text(_CONTEXT.sub(context_block, text), encoding="utf-8")


def build(folder: Path | None = None) -> None:
    files = ts_files(folder)
    folder = files[0].parent
    folder.mkdir(parents=True, exist_ok=True)
    kept = {ts: _plural_forms(ts) for ts in files}
    lupdate(files)
    for ts in files:
        mark_plurals(ts, kept[ts])
    for ts in files:
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {_summary(ts)}")


def _messages(ts: Path) -> list[tuple[str, str, str, str | None, list[str]]]:
    """(context, source, comment, translation type, translated texts) of every message."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if translation is None:
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            source = message.findtext("source") or ""
            found.append((name, source, message.findtext("comment") or "", kind, texts))
    return found


def _live_keys(ts: Path) -> set[tuple[str, str, str]]:
    return {(c, s, m) for c, s, m, kind, _ in _messages(ts) if kind not in ("vanished", "obsolete")}


def _summary(ts: Path) -> str:
    messages = [m for m in _messages(ts) if m[3] not in ("vanished", "obsolete")]
    unfinished = sum(1 for m in messages if m[3] == "unfinished")
    return f"{len(messages)} texts, {unfinished} unfinished"


def check(folder: Path | None = None, sources: Path = PACKAGE) -> list[str]:
    """What is not current, one line each (empty: all is well)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="briefing-translations-") as tmp:
        for ts in ts_files(folder):
            if not ts.is_file():
                problems.append(f"{ts}: missing (run scripts/build_translations.py)")
                continue
            # The .qm: exactly what lrelease builds from the .ts as it is.
            built = Path(tmp) / ts.with_suffix(".qm").name
            lrelease(ts, built)
            qm = ts.with_suffix(".qm")
            if not qm.is_file():
                problems.append(f"{qm}: missing (run scripts/build_translations.py)")
            elif qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm}: not built from {ts.name} as it is now (run the script)")
            # The .ts: every text the code marks is in it (lupdate on a copy adds nothing).
            updated = Path(tmp) / ts.name
            shutil.copy2(ts, updated)
            lupdate([updated], sources)
            for key in sorted(_live_keys(updated) - _live_keys(ts)):
                problems.append(f"{ts}: lacks {key[0]!r} {key[1]!r} (run the script)")
            for key in sorted(_live_keys(ts) - _live_keys(updated)):
                problems.append(f"{ts}: {key[0]!r} {key[1]!r} is no longer in the code")
            plurals = _plural_forms(ts)
            forms = PLURAL_FORMS.get(ts.stem.removeprefix(TS_PREFIX), 2)
            for context, source, comment, kind, _texts in _messages(ts):
                if "%n" in source and kind not in ("vanished", "obsolete"):
                    held = plurals.get((context, source, comment))
                    if held is None or len(held[0]) != forms:
                        problems.append(
                            f"{ts}: {context!r} {source!r} is not a plural text of {forms} "
                            "forms (run the script)"
                        )
            for context, source, _, kind, texts in _messages(ts):
                if kind in ("vanished", "obsolete"):
                    continue
                if kind == "unfinished" or not texts or not all(texts):
                    problems.append(f"{ts}: unfinished: {context!r} {source!r}")
                    continue
                wanted = sorted(set(_PLACEHOLDER.findall(source)))
                for text in texts:
                    if sorted(set(_PLACEHOLDER.findall(text))) != wanted:
                        problems.append(
                            f"{ts}: {context!r} {source!r}: the translation {text!r} has "
                            f"other placeholders than {wanted}"
                        )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale")
    args = parser.parse_args(argv)
    if not args.check:
        build()
        return 0
    problems = check()
    for line in problems:
        print(line)
    if not problems:
        print(f"translations current: {', '.join(translated_languages())}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

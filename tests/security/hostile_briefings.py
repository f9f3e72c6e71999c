"""Hostile briefings for the output fuzz tests: every text field of a briefing holds template
syntax (Jinja, `${}`, `%(x)s`, `{0}`), reportlab, HTML and Qt markup, bidi overrides, line
separators, control characters and lone surrogates, mixed with Polish, Lithuanian and
Cyrillic letters, now and then thousands of characters long.

`hostile_briefing(sentinel)` builds such a briefing; three Jinja payloads in it would create
the folder `sentinel` (and a relative "pwned" folder in the working folder) if any output
ever evaluated its text. `FUZZ` is the settings every fuzz test runs with: a fixed seed and
BRIEFING_FUZZ_EXAMPLES examples (50 for a quick local run; scripts/test asks for 2,000).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from briefing_app.model.document import (
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    MapView,
    Slide,
    imported_layer_id,
)
from briefing_app.render.text import drawn_text

EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "50"))

# derandomize: the same examples on every run and machine, so that CI failures reproduce.
# Shrinking a failure through a browser can take many minutes: asked for with
# BRIEFING_FUZZ_SHRINK=1, else the failing example is reported as generated.
_PHASES = [Phase.explicit, Phase.generate]
if os.environ.get("BRIEFING_FUZZ_SHRINK"):
    _PHASES.append(Phase.shrink)
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    phases=_PHASES,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

# The two strings of issue #12: a Jinja evaluation would show "49" and "42".
TITLE_PROBE = "T {{ 7*7 }} T"
NOTES_PROBE = "N {{ 6*7 }} N"
RELATIVE_SENTINEL = "pwned"

# Ordinary words of the region, and single letters to glue fragments with.
_WORDS = [
    "Suwałki",
    "Šalčininkai",
    "Калининград",
    "Łódź",
    "Gdańsk",
    "Vilnius",
    "Kaunas",
    "Ąžuolynas",
    "Žemaitija",
    "Białystok",
    "Мінск",
    "Санкт-Петербург",
    "Балтийск",
    "Grodno",
    "Przesmyk suwalski",
    "NATO",
    "eFP",
    "brigade",
    "  ",
    " ",
    "-",
    ".",
    ",",
    "ą",
    "č",
    "ę",
    "ė",
    "į",
    "š",
    "ų",
    "ū",
    "ž",
    "Ł",
    "Ś",
    "Ź",
    "Ж",
    "Щ",
    "Я",
    "x",
    "7",
    "(",
    ")",
    ":",
    ";",
    "!",
    "?",
    "/",
    "\\",
    "'",
    '"',
    "#",
    "@",
    "*",
]
_TEMPLATE = [
    "{{ 7*7 }}",
    "{{7*'7'}}",
    "{% for x in range(3) %}{{ x }}{% endfor %}",
    "{% if 1 %}yes{% endif %}",
    "{% raw %}",
    "{# comment #}",
    "{{ config }}",
    "{{ self }}",
    "{{ lipsum.__globals__ }}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "%(x)s",
    "%s",
    "%d",
    "%%",
    "{0}",
    "{}",
    "{x}",
    "{0.__class__}",
    "{{",
    "}}",
    "{%",
    "%}",
]
_REPORTLAB = [
    "<b>",
    "</b>",
    "<i>x</i>",
    "<font name=x>",
    '<font name="Courier" size=40>',
    "</font>",
    '<a href="javascript:alert(1)">link</a>',
    '<a href="file:///etc/passwd">',
    "<img src=x>",
    '<img src="/etc/passwd"/>',
    "&nbsp;",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x41;",
    "&bogus;",
    "<para",
    "<para>",
    "</para>",
    "<br/>",
    "<super>",
    "<seq/>",
    '<onDraw name="x"/>',
    "<greek>a</greek>",
    "<![CDATA[",
    "]]>",
    "<unknown attr=1>",
]
_HTML = [
    "<script>alert(1)</script>",
    "</script>",
    "<script",
    "<!--",
    "-->",
    "</style>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>1</script>",
    "<iframe src=javascript:alert(1)>",
    "</title>",
    "</textarea>",
    '"><b>x</b>',
    "'\"`",
    "javascript:alert(1)",
    "<math><mi>x",
    "<a href=x>",
    "</div>",
    "<div>",
]
_QT = ["<qt>", "</qt>", "<html><body>", "<b>bold</b>", '<img src=":/icon.png">', "<table><tr><td>"]
_UNICODE = [
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u2028",
    "\u2029",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x08",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\x7f",
    "\x85",
    "\x9b",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\ufeff",
    "\u200b",
    "\ufffd",
    "\u00a0",
]


def _code_payloads(sentinel: str) -> list[str]:
    # Each would make a folder if a template engine ever saw it as source.
    return [
        f"{{{{ cycler.__init__.__globals__.os.mkdir({sentinel!r}) }}}}",
        f"{{{{ ''.__class__.__mro__[1].__subclasses__() }}}}{{{{ joiner.__init__"
        f".__globals__.os.mkdir({RELATIVE_SENTINEL!r}) }}}}",
        f"{{% set x = namespace.__init__.__globals__.os.makedirs({sentinel!r}) %}}",
    ]


@lru_cache(maxsize=4)
def hostile_text(sentinel: str) -> st.SearchStrategy[str]:
    # One draw per piece (not per character): generating examples stays cheaper than
    # checking them.
    pieces = st.sampled_from(
        _code_payloads(sentinel) + _TEMPLATE + _REPORTLAB + _HTML + _QT + _UNICODE + _WORDS * 3
    )
    return st.lists(pieces, min_size=1, max_size=8).map(_as_read)


@lru_cache(maxsize=4)
def long_hostile_text(sentinel: str) -> st.SearchStrategy[str]:
    """Thousands of characters (a pasted document), up to 10,000."""
    return st.tuples(hostile_text(sentinel), st.integers(2_000, 10_000)).map(
        lambda t: _as_read((t[0] * (t[1] // len(t[0]) + 1))[: t[1]])
    )


@lru_cache(maxsize=4)
def short_hostile_text(sentinel: str) -> st.SearchStrategy[str]:
    """A hostile text of a few pieces, never long (for names that must fit a map)."""
    pieces = st.sampled_from(
        _code_payloads(sentinel) + _TEMPLATE + _REPORTLAB + _HTML + _QT + _UNICODE + _WORDS * 3
    )
    return st.lists(pieces, min_size=1, max_size=4).map(_as_read)


def _as_read(parts: list[str] | str) -> str:
    # As a briefing file gives it: a high surrogate followed by a low one is one character
    # (JSON "\ud83d\udfff" reads as U+1F7FF); lone ones stay.
    text = "".join(parts)
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


# Over the Atlantic west of Portugal: no land in the view, so a page draws little but the
# items, and there is room on the map for their labels.
CENTER = (44.0, -22.0)
VIEW = MapView(CENTER[0], CENTER[1], 6.0)
AS_OF = dt.date(2026, 11, 30)
ANNOTATION_KINDS = ("marker", "text", "line", "circle")


@dataclass
class Texts:
    """The texts of one briefing, by where an output shows them."""

    doc: list[str] = field(default_factory=list)  # title ... summary
    slide_titles: list[str] = field(default_factory=list)
    slide_notes: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # annotation id -> label
    descriptions: dict[str, str] = field(default_factory=dict)
    grouping_name: str = ""
    layer_name: str = ""
    features: list[dict[str, str]] = field(default_factory=list)  # feature properties
    folders: list[str] = field(default_factory=list)  # the feature's folder in its file


def _annotation(index: int, kind: str, label: str, description: str) -> Annotation:
    lat, lon = CENTER[0] + (index - 1.5) * 0.9, CENTER[1] + (index - 1.5) * 1.6
    if kind == "line":
        geometry = {"type": "LineString", "coordinates": [[lon - 0.5, lat], [lon + 0.5, lat]]}
    else:
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    properties = {"kind": kind, "label": label, "description": description}
    if kind == "circle":
        properties["radius_km"] = 20
    return Annotation(f"a{index}", geometry, properties, {})


# About one briefing in LONG_ONE_IN has one long text, in any of its text fields.
LONG_ONE_IN = 40
_TEXT_FIELDS = 30


@st.composite
def hostile_briefing(draw: st.DrawFn, sentinel: str) -> tuple[Briefing, Texts]:
    texts = Texts()
    long_field = draw(st.integers(0, LONG_ONE_IN * _TEXT_FIELDS - 1))
    fields = iter(range(_TEXT_FIELDS * 10))

    def text() -> str:
        if next(fields) == long_field:
            return draw(long_hostile_text(sentinel))
        return draw(hostile_text(sentinel))

    def short() -> str:
        next(fields)  # names on the map stay short: a label must fit to be drawn
        return draw(short_hostile_text(sentinel))

    title, subtitle, author, organisation, classification, summary = (text() for _ in range(6))
    texts.doc = [title, subtitle, author, organisation, classification, summary]
    slides = []
    for i in range(draw(st.integers(1, 2))):
        slide_title, notes = text(), text()
        slides.append(Slide(f"s{i}", slide_title, view=VIEW, notes=notes))
        texts.slide_titles.append(slide_title)
        texts.slide_notes.append(notes)
    annotations = []
    for i, kind in enumerate(ANNOTATION_KINDS):
        label, description = short(), text()
        annotations.append(_annotation(i, kind, label, description))
        texts.labels[f"a{i}"], texts.descriptions[f"a{i}"] = label, description
    texts.grouping_name = text()
    grouping = Grouping("g1", texts.grouping_name, ["POL", "LTU"], description=text())
    texts.layer_name = text()
    features = []
    for i in range(draw(st.integers(1, 2))):
        props = {"name": short(), "description": text(), short(): text()}
        texts.features.append(props)
        texts.folders.append(short())
        features.append(
            {
                "type": "Feature",
                "properties": props,
                "folder": texts.folders[-1],
                "geometry": {"type": "Point", "coordinates": [CENTER[1] - 3 + i, CENTER[0] + 2]},
            }
        )
    imported = ImportedLayer(
        "imp1", texts.layer_name, short(), "GeoJSON", AS_OF, features=features, notes=[text()]
    )
    layers = [
        LayerState("countries"),
        LayerState("membership", options={"grouping": "custom:g1"}),
        LayerState(imported_layer_id(imported)),
        LayerState("annotations"),
    ]
    doc = Briefing(
        title=title,
        subtitle=subtitle,
        author=author,
        organisation=organisation,
        classification=classification,
        as_of=AS_OF,
        summary=summary,
        view=VIEW,
        layers=layers,
        slides=slides,
        annotations=annotations,
        groupings=[grouping],
        imported=[imported],
    )
    return doc, texts


def probe_briefing(sentinel: str) -> Briefing:
    """Issue #12's strings, with every code payload in the other fields."""
    payloads = _code_payloads(sentinel)
    doc = Briefing(
        title=TITLE_PROBE,
        subtitle=payloads[0],
        author=payloads[1],
        organisation=payloads[2],
        summary=" ".join(payloads),
        as_of=AS_OF,
        view=VIEW,
        slides=[Slide("s0", payloads[0], view=VIEW, notes=NOTES_PROBE)],
        annotations=[
            _annotation(i, kind, payloads[i % 3], payloads[(i + 1) % 3])
            for i, kind in enumerate(ANNOTATION_KINDS)
        ],
    )
    return doc


# ---------------------------------------------------------------- comparing shown text

# No ink: bidi controls (pdftotext adds embeddings around right-to-left runs) and the zero
# width space (reportlab breaks lines at it, like at a space).
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def letters(text: str) -> str:
    """`text` as a PDF shows it, for comparison: drawn_text's replacements, without white
    space (lines wrap anywhere) or invisible controls."""
    return "".join(_INVISIBLE.sub("", drawn_text(text)).split())


def parsed_as_html(text: str) -> str:
    """`text` after a round trip through an HTML parser as escaped markup (Leaflet sets a
    tooltip's escaped string with innerHTML): NUL dropped, CR and CRLF made LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def listing(folder: Path) -> list[str]:
    """Every path under `folder`, for comparing before and after an export."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))

"""Write the built-in briefing's comparison slide: NATO Europe and Canada, the Coalition of the
Willing, and Russia with Belarus side by side.

The slide's combined figures are computed from geodata/security/figures.json by
`grouping_stats.comparison_lines`, so run this again after the figures change
(tests/test_comparison_slide.py fails until then). Everything else on the slide is written
here, once, with its sources. Run from the repository: `python scripts/build_comparison_slide.py`.
"""

from __future__ import annotations

import datetime as dt

from briefing_app.core.paths import builtin_dir
from briefing_app.data.datasets import load_datasets
from briefing_app.model import fileformat
from briefing_app.model.builtin import BUILTIN_FILE, builtin_briefing
from briefing_app.model.document import Briefing, Grouping, LayerState, MapView, Slide
from briefing_app.scene.build import CUSTOM_PREFIX, GroupingChoice
from briefing_app.scene.grouping_stats import comparison_lines

SLIDE_ID = "combined-weight"
DAY = dt.date(2026, 1, 23)
NATO_EUROPE_CANADA = "nato-europe-canada"
RUSSIA_BELARUS = "russia-belarus"
COALITION = "coalition_of_the_willing"
FIGURES_HEADING = "Combined figures (each total counts only the states with a figure):"

FIGURES_NOTE = (
    "Population and GDP: World Bank, World Development Indicators, 2025 (Cyprus: Eurostat, "
    "2024). Defence spending: SIPRI, 2024, as republished by the World Bank. Armed forces "
    "personnel: World Bank, World Development Indicators, from IISS's Military Balance, 2020, "
    "the newest year of that table: active forces plus paramilitary forces, so above NATO's "
    "own counts for states with a gendarmerie, and before Russia's full-scale invasion of "
    "Ukraine and the wartime growth of both forces. Iceland has no armed forces. The figures "
    "were published after the date of this map (as of 2026-04-08 and 2026-10-07); sources, "
    "years and coverage per figure are in the appendix."
)

DEBATE = (
    "The debate on a European alliance. On 20 January 2026, as the Davos forum opened, "
    "President Zelensky renewed his call for a European army of at least three million that "
    "would keep national forces, would not compete with NATO and would have Ukraine as a "
    "cornerstone; he said no step had been taken since he first proposed it in February 2025. "
    "In his Davos address of 22 January he said: “Just last year, here in Davos, I ended my "
    "speech with the words: ‘Europe needs to know how to defend itself.’ A year has passed – "
    "and nothing has changed.” That night EU leaders, meeting informally, held that “Europe and "
    "the United States have a shared interest in the security of the Arctic region, notably "
    "working through NATO. The European Union will also play a stronger role in this region” "
    "(oral conclusions of President Costa); Commission President von der Leyen proposed to use "
    "the rise in defence spending for Arctic-ready equipment such as a European icebreaker and "
    "to strengthen security and defence agreements with the United Kingdom, Canada, Norway, "
    "Iceland and others."
)

SOURCES = (
    "Sources: European Council, oral conclusions drawn by President António Costa following the "
    "informal meeting of the members of the European Council of 22 January 2026 (read in a "
    "press-release distributor's copy; the Council's own address was not verified); Office of "
    "the President of Ukraine, address of President Zelenskyy at the World Economic Forum, "
    "22 January 2026 (read as quoted; the Kyiv Independent's report of the same day gives the "
    "same words in another translation); Metro Scroll, “Zelensky renews call for joint European "
    "army of 3 million amid Russian threat”, 20 January 2026 "
    "(https://metroscroll.com/zelensky-renewes-call-for-joint-european-army-of-3-million-amid-"
    "russian-threat), and The Defense News, “Zelensky urges Europe to form 3-million-strong "
    "army” "
    "(https://www.thedefensenews.com/news-details/Zelensky-Urges-Europe-to-Form-3-Million-"
    "Strong-Army-as-Focus-Shifts-From-Ukraine-to-Greenland); EU Perspectives, “After five hours "
    "of deliberations, EU declare solidarity with Greenland”, January 2026 "
    "(https://euperspectives.eu/2026/01/after-five-hours-of-deliberations-eu-declare-"
    "solidarity-with-greenland-floateuropean-icebreaker)."
)


def comparison_choices(doc: Briefing, data) -> list[GroupingChoice]:
    custom = {g.id: g for g in doc.groupings}
    return [
        GroupingChoice(
            CUSTOM_PREFIX + NATO_EUROPE_CANADA,
            custom[NATO_EUROPE_CANADA].name,
            custom=custom[NATO_EUROPE_CANADA],
        ),
        GroupingChoice(
            COALITION, data.groupings[COALITION].name, builtin=data.groupings[COALITION]
        ),
        GroupingChoice(
            CUSTOM_PREFIX + RUSSIA_BELARUS,
            custom[RUSSIA_BELARUS].name,
            custom=custom[RUSSIA_BELARUS],
        ),
    ]


def _intro(choices: list[GroupingChoice], data) -> str:
    nato, coalition, _ = (set(c.members_on(DAY)) for c in choices)

    def names(codes: set[str]) -> str:
        listed = sorted(data.country_names.get(c, c) for c in codes)
        return ", ".join(listed[:-1]) + " and " + listed[-1]

    return (
        f"Europe's weight without the United States: NATO's {len(nato) - 1} European members "
        f"with Canada, the {len(coalition)} states of the Coalition of the Willing (which adds "
        f"{names(coalition - nato)}, and lacks {names(nato - coalition)}), and Russia with "
        "Belarus. The map colours the first and the last."
    )


def notes(doc: Briefing, data) -> str:
    choices = comparison_choices(doc, data)
    lines = comparison_lines(choices, DAY, data)
    figures = "\n".join([FIGURES_HEADING, *lines])
    return "\n\n".join([_intro(choices, data), figures, FIGURES_NOTE, DEBATE, SOURCES])


def _groupings(data) -> list[Grouping]:
    nato = sorted(data.groupings["nato"].members_on(DAY) - {"USA"})
    return [
        Grouping(
            NATO_EUROPE_CANADA,
            "NATO Europe and Canada",
            nato,
            "#1f4e9a",
            "NATO's members on 2026-01-23 without the United States (NATO's own "
            "aggregate 'NATO Europe and Canada').",
        ),
        Grouping(
            RUSSIA_BELARUS,
            "Russia and Belarus",
            ["BLR", "RUS"],
            "#b2182b",
            "Russia and Belarus, the two states this slide sets against NATO Europe and "
            "the Coalition.",
        ),
    ]


def _slide(doc: Briefing, data) -> Slide:
    layers = [
        LayerState("countries", True, 1.0, {}),
        LayerState(
            "membership",
            True,
            1.0,
            {
                "grouping": CUSTOM_PREFIX + NATO_EUROPE_CANADA,
                "compare": CUSTOM_PREFIX + RUSSIA_BELARUS,
            },
        ),
        LayerState("occupied", True, 1.0, {}),
        LayerState("deployments", False, 1.0, {}),
        LayerState("flashpoints", False, 1.0, {}),
        LayerState("annotations", True, 1.0, {}),
    ]
    return Slide(
        SLIDE_ID,
        "Combined weight: NATO Europe and Canada, the Coalition, Russia and Belarus",
        MapView(56.0, 34.0, 3.0),
        notes(doc, data),
        DAY,
        layers,
        [],
    )


def main() -> None:
    data = load_datasets()
    doc = builtin_briefing()
    ours = {g.id for g in _groupings(data)}
    doc.groupings = [g for g in doc.groupings if g.id not in ours] + _groupings(data)
    slide = _slide(doc, data)
    ids = [s.id for s in doc.slides]
    if SLIDE_ID in ids:
        doc.slides[ids.index(SLIDE_ID)] = slide
    else:  # before "Possible futures", which weighs the paths this slide measures
        doc.slides.insert(ids.index("futures"), slide)
    fileformat.save(doc, builtin_dir() / BUILTIN_FILE)
    print(f"wrote slide {SLIDE_ID!r} to {builtin_dir() / BUILTIN_FILE}")


if __name__ == "__main__":
    main()

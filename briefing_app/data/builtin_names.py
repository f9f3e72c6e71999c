"""The names the built-in data gives in English that the app shows in the active language:
the display names of some groupings (geodata/security/groupings.json) and the labels and
units of the country figures (geodata/security/figures.json).

The facts stay in the data files; this table only marks their English names for
translation (`translate_noop`, which `scripts/build_translations.py` has pyside6-lupdate
read), by record id. A name is translated only while the record still has the name marked
here: an official's override file that renames a record is shown as written. NATO, the EU
and the acronyms (JEF, B9, NB8) are names in every language and are not marked.
"""

from __future__ import annotations

from typing import Final

from briefing_app.i18n import translate, translate_noop

# By grouping id. "Coalition of the Willing": as the governments that lead it name it
# ("Coalition des volontaires", "Koalition der Willigen", "Koalicja chętnych").
GROUPING_NAMES: Final = {
    "coalition_of_the_willing": translate_noop("Grouping", "Coalition of the Willing"),
    "weimar_triangle": translate_noop("Grouping", "Weimar Triangle"),
    "nuclear_weapon_states": translate_noop("Grouping", "Nuclear-weapon states (NPT)"),
}

# By metric id (figures.METRIC_IDS).
METRIC_LABELS: Final = {
    "population": translate_noop("Figures", "Population"),
    "gdp_usd": translate_noop("Figures", "GDP"),
    "defence_usd": translate_noop("Figures", "Defence spending"),
    "active_personnel": translate_noop("Figures", "Armed forces personnel"),
}


def grouping_name(grouping_id: str, name: str) -> str:
    """A built-in grouping's display name in the active language (`name` as the data has it
    when it is not the name marked for the id)."""
    if GROUPING_NAMES.get(grouping_id) != name:
        return name
    return translate("Grouping", name)


def metric_label(metric_id: str, label: str) -> str:
    """A figure's label in the active language (`label` as the data has it when it is not
    the label marked for the id)."""
    if METRIC_LABELS.get(metric_id) != label:
        return label
    return translate("Figures", label)


# By metric id: the units the built-in figures file gives (the breakdown's column headings
# say them). The data keeps the English, which the amounts' formatting reads ("US$").
METRIC_UNITS: Final = {
    "population": translate_noop("Figures", "people"),
    "gdp_usd": translate_noop("Figures", "current US$"),
    "defence_usd": translate_noop("Figures", "current US$"),
    "active_personnel": translate_noop("Figures", "people"),
}


def metric_unit(metric_id: str, unit: str) -> str:
    """A figure's unit in the active language (`unit` as the data has it when it is not the
    unit marked for the id)."""
    if METRIC_UNITS.get(metric_id) != unit:
        return unit
    return translate("Figures", unit)

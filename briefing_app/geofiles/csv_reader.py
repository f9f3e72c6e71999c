"""CSV with a latitude and a longitude column, found by name (in several languages) or by values.

The columns used are reported so the import dialog can ask the user to confirm or choose.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.jsonreader import read_capped
from briefing_app.geofiles.builder import LayerBuilder, feature_label
from briefing_app.geofiles.crs import ASSUMED_WGS84
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import MAX_IMPORT_BYTES, Budget
from briefing_app.i18n import translate

# Compared after lower-casing and removing spaces, "_", "-", "." and brackets.
LATITUDE_NAMES = (
    "lat",
    "latitude",
    "breite",
    "breitengrad",
    "latitud",
    "latitudine",
    "szerokosc",
    "szerokość",
    "szerokoscgeograficzna",
    "широта",
    "leveysaste",
    "latdd",
    "latdeg",
    "latwgs84",
    "wgs84lat",
    "decimallatitude",
    "ycoord",
    "y",
)
LONGITUDE_NAMES = (
    "lon",
    "lng",
    "long",
    "longitude",
    "länge",
    "laenge",
    "längengrad",
    "laengengrad",
    "longitud",
    "longitudine",
    "dlugosc",
    "długość",
    "dlugoscgeograficzna",
    "долгота",
    "довгота",
    "pituusaste",
    "londd",
    "londeg",
    "lonwgs84",
    "wgs84lon",
    "decimallongitude",
    "xcoord",
    "x",
)
_PUNCTUATION = re.compile(r"[\s_\-.()\[\]°]+")
SNIFF_BYTES = 16 * 1024
SNIFF_ROWS = 200


@dataclass
class CsvResult:
    layer: FeatureLayer
    columns: tuple[str, str]
    header: list[str]
    notes: list[str] = field(default_factory=list)


def _normal(name: str) -> str:
    return _PUNCTUATION.sub("", name.strip().lower())


def _decode(path: Path, raw: bytes) -> tuple[str, list[str]]:
    if b"\x00" in raw:
        raise GeoFileError(
            path, translate("CSVReader", "contains NUL bytes, so it is binary data, not CSV text")
        )
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    try:
        # Excel on Windows still saves "CSV" as Windows-1252; better to read it than refuse.
        return raw.decode("cp1252"), [
            f"the text is not UTF-8 (byte {position} is invalid); "
            "read it as Windows-1252: check accented names"
        ]
    except UnicodeDecodeError:
        raise GeoFileError(
            path,
            translate(
                "CSVReader",
                "is not UTF-8 text (byte {position} is invalid) nor Windows-1252; "
                "save it as UTF-8 CSV",
            ).format(position=position),
        ) from None


def _dialect(sample: str) -> type[csv.Dialect] | str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return "excel"


def parse_number(text: str | None) -> float | None:
    """A decimal number, also with a decimal comma ("52,1") as German and Polish files have."""
    if text is None:
        return None
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _by_name(header: list[str], names: tuple[str, ...]) -> str | None:
    normal = {_normal(column): column for column in reversed(header)}
    return next((normal[name] for name in names if name in normal), None)


def _by_values(header: list[str], rows: list[list[str]]) -> tuple[str, str] | None:
    """Two neighbouring columns of fractional numbers in latitude then longitude range."""

    def fits(index: int, limit: float) -> bool:
        values = [parse_number(row[index]) if index < len(row) else None for row in rows]
        numbers = [v for v in values if v is not None]
        return (
            len(numbers) >= max(1, len(rows) * 9 // 10)
            and all(abs(v) <= limit for v in numbers)
            and any(v != int(v) for v in numbers)
        )

    for index in range(len(header) - 1):
        if fits(index, 90) and fits(index + 1, 180):
            return header[index], header[index + 1]
    return None


def detect_columns(header: list[str], rows: list[list[str]]) -> tuple[tuple[str, str], str] | None:
    """(latitude, longitude) column names and how they were found, or None."""
    lat, lon = _by_name(header, LATITUDE_NAMES), _by_name(header, LONGITUDE_NAMES)
    if lat and lon and lat != lon:
        return (lat, lon), "detected from the column names"
    found = _by_values(header, rows)
    if found:
        return found, "guessed from the values; please confirm"
    return None


def read_csv(path: Path, budget: Budget, columns: tuple[str, str] | None) -> CsvResult:
    # Capped: the size was checked before, but a file may grow while it is read.
    raw = read_capped(path, MAX_IMPORT_BYTES, GeoFileError, "geodata file")
    text, encoding_notes = _decode(path, raw)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), _dialect(text[:SNIFF_BYTES])))
    except csv.Error as exc:
        raise GeoFileError(
            path, translate("CSVReader", "is not readable as CSV ({error})").format(error=exc)
        ) from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise GeoFileError(path, translate("CSVReader", "holds no rows"))
    header, body = [cell.strip() for cell in rows[0]], rows[1:]
    how = "chosen by the user"
    if columns is None:
        detected = detect_columns(header, body[:SNIFF_ROWS])
        if detected is None:
            raise GeoFileError(
                path,
                translate(
                    "CSVReader",
                    "has no latitude and longitude columns that could be found "
                    "(columns: {columns})",
                ).format(columns=", ".join(header[:20])[:300]),
            )
        columns, how = detected
    missing = [name for name in columns if name not in header]
    if missing:
        raise GeoFileError(
            path, translate("CSVReader", 'has no column "{column}"').format(column=missing[0])
        )
    lat_at, lon_at = header.index(columns[0]), header.index(columns[1])
    builder = LayerBuilder(path, path.stem, ASSUMED_WGS84, budget)
    for index, row in enumerate(body):
        cells = dict(zip(header, row, strict=False))
        label = feature_label(index, cells, "row")
        lat_text = row[lat_at] if lat_at < len(row) else ""
        lon_text = row[lon_at] if lon_at < len(row) else ""
        lat, lon = parse_number(lat_text), parse_number(lon_text)
        if lat is None or lon is None:
            column, value = (columns[0], lat_text) if lat is None else (columns[1], lon_text)
            builder.drop(label, f'{column} "{value[:40]}" is not a number')
            continue
        properties = {key: value for key, value in cells.items() if key not in columns}
        builder.add_geojson(label, {"type": "Point", "coordinates": [lon, lat]}, properties)
        if index % 1000 == 999:
            budget.report(index + 1, len(body))
    layer = builder.build()
    layer.repairs[:0] = encoding_notes
    return CsvResult(layer, columns, header, [f"coordinate columns {how}"])

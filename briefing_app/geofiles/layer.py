"""What an import yields: layers of GeoJSON features in WGS84, with what was repaired or dropped."""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field
from typing import Any

from briefing_app.i18n import translate


def feature_count_text(count: int) -> str:
    """ "1 feature", "12 features", in the active language."""
    if count == 1:
        return translate("GeoFileSummary", "1 feature")
    return translate("GeoFileSummary", "%n features", None, count)


def layer_count_text(count: int) -> str:
    if count == 1:
        return translate("GeoFileSummary", "1 layer")
    return translate("GeoFileSummary", "%n layers", None, count)


@dataclass
class FeatureLayer:
    """One imported layer.

    `features` are GeoJSON Feature dicts in WGS84 [lon, lat], their position lists held as
    geo.positions.Positions (float64 arrays), with JSON-safe properties; a
    feature may carry the foreign members "style" (Leaflet path options), "folder" (KML folder
    path "Outer/Inner") and "id".
    """

    name: str
    features: list[dict[str, Any]]
    source_crs: str
    geometry_types: dict[str, int] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    # Where the count a file declares differs from what was read ("the .shp holds 3 shapes
    # but its .dbf only 1 attribute record"), so that no loss goes unsaid.
    counts: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        types = ", ".join(
            f"{kind} {count}"
            for kind, count in sorted(self.geometry_types.items(), key=lambda item: -item[1])
        )
        # The counts, repairs and drops (and the CRS's wording) are the notes a briefing
        # file keeps in English; the words around them are the command line's.
        features = feature_count_text(len(self.features))
        lines = [
            translate("GeoFileSummary", 'layer "{name}": {features}').format(
                name=self.name, features=features
            )
            + (f" ({types})" if types else ""),
            "  " + translate("GeoFileSummary", "CRS: {crs}").format(crs=self.source_crs),
        ]
        declared = translate("GeoFileSummary", "declared and read: {text}")
        repaired = translate("GeoFileSummary", "repaired: {text}")
        dropped = translate("GeoFileSummary", "dropped: {text}")
        lines += ["  " + declared.format(text=text) for text in self.counts]
        lines += ["  " + repaired.format(text=text) for text in self.repairs]
        lines += ["  " + dropped.format(text=text) for text in self.dropped]
        return lines


@dataclass
class GeoFile:
    """An imported file: its format, the layers read, and what the user may still choose."""

    path: pathlib.Path
    format: str
    layers: list[FeatureLayer]
    available_layers: list[str] = field(default_factory=list)
    csv_columns: tuple[str, str] | None = None
    csv_header: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def feature_count(self) -> int:
        return sum(len(layer.features) for layer in self.layers)

    def summary(self) -> list[str]:
        lines = [
            translate("GeoFileSummary", "{file}: {format}, {layers}, {features}").format(
                file=self.path,
                format=self.format,
                layers=layer_count_text(len(self.layers)),
                features=feature_count_text(self.feature_count()),
            )
        ]
        if len(self.available_layers) > 1:
            lines.append(
                translate("GeoFileSummary", "available layers: {layers}").format(
                    layers=", ".join(self.available_layers)
                )
            )
        if self.csv_columns is not None:
            lines.append(
                translate(
                    "GeoFileSummary",
                    'coordinates from columns: latitude "{latitude}", longitude "{longitude}"',
                ).format(latitude=self.csv_columns[0], longitude=self.csv_columns[1])
            )
        lines += self.notes
        for layer in self.layers:
            lines += layer.summary()
        return lines

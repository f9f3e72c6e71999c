"""What an import yields: layers of GeoJSON features in WGS84, with what was repaired or dropped."""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field
from typing import Any


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
        lines = [
            f'layer "{self.name}": {len(self.features)} features'
            + (f" ({types})" if types else ""),
            f"  CRS: {self.source_crs}",
        ]
        lines += [f"  declared and read: {text}" for text in self.counts]
        lines += [f"  repaired: {text}" for text in self.repairs]
        lines += [f"  dropped: {text}" for text in self.dropped]
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
            f"{self.path}: {self.format}, {len(self.layers)} "
            f"layer{'s' if len(self.layers) != 1 else ''}, "
            f"{self.feature_count()} features"
        ]
        if len(self.available_layers) > 1:
            lines.append("available layers: " + ", ".join(self.available_layers))
        if self.csv_columns is not None:
            lines.append(
                f'coordinates from columns: latitude "{self.csv_columns[0]}", '
                f'longitude "{self.csv_columns[1]}"'
            )
        lines += self.notes
        for layer in self.layers:
            lines += layer.summary()
        return lines

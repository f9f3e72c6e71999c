"""KMZ: a zip whose root KML (doc.kml, else the first .kml at the top) holds the data."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from briefing_app.geofiles.archive import BoundedMember, open_archive
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.kml_reader import read_kml_stream
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import Budget
from briefing_app.i18n import translate


def read_kmz(path: Path, budget: Budget) -> FeatureLayer:
    with open_archive(path) as archive:
        kml = [
            m for m in archive.infolist() if m.filename.lower().endswith(".kml") and not m.is_dir()
        ]
        if not kml:
            raise GeoFileError(
                path, translate("KMZReader", "is a zip archive without a .kml file, so not a KMZ")
            )
        # Google Earth reads doc.kml, or else the first KML at the top level.
        root = next((m for m in kml if m.filename.lower() == "doc.kml"), None) or min(
            kml, key=lambda m: len(PurePosixPath(m.filename).parts)
        )
        with BoundedMember(path, archive, root) as stream:
            return read_kml_stream(path, stream, root.file_size, budget)

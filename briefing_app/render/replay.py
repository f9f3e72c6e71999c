"""The replay of a grouping's membership between two dates (NATO 1949–2024) as an animated
GIF, or as an MP4 where an ffmpeg encoder is available.

One frame per day on which the membership changed, each drawn by render/slide_image from the
slide's own scene at that date: the legend, scale bar and classification marking are on every
frame, and the date is the frame's caption."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.atomicfile import write_atomically
from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date, translate
from briefing_app.model.document import Briefing, LayerState, Slide
from briefing_app.render.errors import ExportCancelled, ExportError
from briefing_app.render.slide_image import (
    SLIDE_SIZE_PT,
    design_scale,
    map_panel_pdf,
    png_bytes,
    rasterise_pdf,
    relief_dpi_for,
    slide_png,
)
from briefing_app.scene.build import grouping_choices

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

Progress = Callable[[int, int, str], bool | None]

FRAME_SECONDS = 1.2  # each change stays long enough to read the caption
LAST_FRAME_SECONDS = 4.0
MAX_FRAMES = 120  # a grouping with daily changes would otherwise make a film
REPLAY_FORMATS = (".gif", ".mp4")
PANEL_WIDTH_PT = 912.0  # a deck slide's picture (pptx_export): the text sizes match it


def _ends_before(start: dt.date, end: dt.date) -> str:
    # The message a user sees (the CLI's --replay, the window's replay export).
    return translate("Replay", "the replay ends ({end}) before it starts ({start})").format(
        end=end.isoformat(), start=start.isoformat()
    )


def change_days(
    doc: Briefing, data: Datasets, grouping: str, start: dt.date, end: dt.date
) -> list[dt.date]:
    """`start`, every day in (start, end] on which the grouping's membership changed, and
    `end`: the frames of the replay. A custom grouping has no dates: its two ends only."""
    if end < start:
        raise ValueError(_ends_before(start, end))
    choice = next((c for c in grouping_choices(doc, data) if c.id == grouping), None)
    if choice is None:
        raise ValueError(
            translate("Replay", "there is no grouping {grouping} to replay").format(
                grouping=repr(grouping)
            )
        )
    days = {start, end}
    if choice.builtin is not None:
        for member in choice.builtin.members:
            days.add(member.start)
            if member.end is not None:
                days.add(member.end + dt.timedelta(days=1))  # the first day without it
    frames = sorted(day for day in days if start <= day <= end)
    if len(frames) > MAX_FRAMES:
        step = len(frames) / (MAX_FRAMES - 1)
        frames = sorted({frames[round(i * step)] for i in range(MAX_FRAMES - 1)} | {end})
    return frames


# What a replay shows besides the grouping: the ground it is drawn on. Deployments, ranges
# and the author's drawings belong to one date and would mislead on a frame from another.
REPLAY_LAYERS = ("basemap", "countries", "membership")


def replay_slide(doc: Briefing, slide: Slide | None, grouping: str) -> Slide:
    """The slide's (or the working map's) view with its basemap and countries, and the
    membership layer shown, coloured by `grouping` alone."""
    base = doc.as_shown_on(slide) if slide is not None else doc
    layers: list[LayerState] = []
    for state in base.layers:
        if state.id == "membership":
            state = dataclasses.replace(
                state, visible=True, options={**state.options, "grouping": grouping, "compare": ""}
            )
        elif state.id not in REPLAY_LAYERS:
            state = dataclasses.replace(state, visible=False)
        layers.append(state)
    if not any(state.id == "membership" for state in layers):
        layers.append(LayerState("membership", options={"grouping": grouping}))
    return Slide(
        slide.id if slide else "replay",
        slide.title if slide else doc.title,
        view=slide.view if slide else doc.view,
        notes="",
        layers=layers,
        annotation_ids=[],
    )


@dataclass(frozen=True)
class ReplaySpec:
    grouping: str
    start: dt.date
    end: dt.date


def replay_spec(doc: Briefing, data: Datasets, text: str) -> ReplaySpec:
    """GROUPING[:FROM[:TO]] ("nato", "nato:1999-01-01:2024-12-31") as a replay: FROM
    defaults to the grouping's first membership, TO to the briefing's date."""
    name, *days = text.split(":")
    choice = next((c for c in grouping_choices(doc, data) if c.id == name), None)
    if choice is None:
        known = ", ".join(c.id for c in grouping_choices(doc, data))
        raise ValueError(
            translate(
                "Replay", "there is no grouping {grouping} to replay; choose one of: {known}"
            ).format(grouping=repr(name), known=known)
        )
    if len(days) > 2:
        raise ValueError(
            translate(
                "Replay", "{text}: expected GROUPING, GROUPING:FROM or GROUPING:FROM:TO"
            ).format(text=repr(text))
        )
    try:
        parsed = [dt.date.fromisoformat(day) for day in days if day]
    except ValueError:
        raise ValueError(
            translate("Replay", "{text}: dates are written YYYY-MM-DD").format(text=repr(text))
        ) from None
    members = choice.builtin.members if choice.builtin is not None else ()
    first = min((m.start for m in members), default=doc.as_of)
    start = parsed[0] if parsed else first
    finish = parsed[1] if len(parsed) > 1 else doc.as_of
    if finish < start:
        raise ValueError(_ends_before(start, finish))
    return ReplaySpec(name, start, finish)


def replay_title(doc: Briefing, data: Datasets, spec: ReplaySpec) -> str:
    choice = next(c for c in grouping_choices(doc, data) if c.id == spec.grouping)
    return translate("Replay", "{grouping}, {start} to {end}").format(
        grouping=choice.name, start=format_date(spec.start), end=format_date(spec.end)
    )


def replay_frames(
    doc: Briefing,
    data: Datasets,
    spec: ReplaySpec,
    *,
    slide: Slide | None = None,
    size: tuple[int, int] = (1280, 720),
    basemap: bool = True,
    framed: bool = True,
    progress: Progress | None = None,
) -> Iterator[tuple[dt.date, bytes]]:
    """(day, PNG) for each frame. `framed`: whole slide pictures (marking, title, map,
    legend, sources); else the map and legend only, for a deck slide that has its own."""
    frames = change_days(doc, data, spec.grouping, spec.start, spec.end)
    base = replay_slide(doc, slide, spec.grouping)
    for index, day in enumerate(frames):
        if (
            progress is not None
            and progress(
                index,
                len(frames),
                translate("Export", "Drawing frame {number} of {count}: {date}").format(
                    number=index + 1, count=len(frames), date=format_date(day)
                ),
            )
            is False
        ):
            raise ExportCancelled("replay export cancelled")
        # The date alone, large; the legend counts the members ("NATO (19)").
        frame = dataclasses.replace(base, as_of=day)
        if framed:
            yield (
                day,
                slide_png(
                    doc,
                    data,
                    frame,
                    width_px=size[0],
                    height_px=size[1],
                    basemap=basemap,
                    caption=format_date(day),
                ),
            )
            continue
        size_pt = (PANEL_WIDTH_PT, PANEL_WIDTH_PT * size[1] / size[0])
        scale = design_scale(SLIDE_SIZE_PT)  # as the deck's map pictures
        _, pdf = map_panel_pdf(
            doc,
            data,
            frame,
            size_pt=size_pt,
            scale=scale,
            basemap=basemap,
            caption=format_date(day),
            relief_dpi=relief_dpi_for(size[0] / size_pt[0] * scale),
        )
        yield day, png_bytes(rasterise_pdf(pdf, size[0])[0])


def replay_gif(
    doc: Briefing,
    data: Datasets,
    spec: ReplaySpec,
    *,
    slide: Slide | None = None,
    size: tuple[int, int] = (1280, 720),
    basemap: bool = True,
    framed: bool = True,
    progress: Progress | None = None,
) -> bytes:
    frames = list(
        replay_frames(
            doc,
            data,
            spec,
            slide=slide,
            size=size,
            basemap=basemap,
            framed=framed,
            progress=progress,
        )
    )
    out = io.BytesIO()
    _write_gif(out, frames, _durations(len(frames)))
    return out.getvalue()


def _durations(count: int) -> list[float]:
    return [FRAME_SECONDS] * (count - 1) + [LAST_FRAME_SECONDS]


def export_replay(
    doc: Briefing,
    data: Datasets,
    path: str | os.PathLike[str],
    spec: ReplaySpec,
    *,
    slide: Slide | None = None,
    size: tuple[int, int] = (1280, 720),
    basemap: bool = True,
    progress: Progress | None = None,
) -> None:
    """Write the replay to `path`: .gif (Pillow) or .mp4 (ffmpeg, if one is available)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in REPLAY_FORMATS:
        raise ExportError(
            target,
            translate("Replay", "a replay is written as {gif} or {mp4}").format(
                gif=REPLAY_FORMATS[0], mp4=REPLAY_FORMATS[1]
            ),
        )
    encoder = ffmpeg_path() if suffix == ".mp4" else None
    if suffix == ".mp4" and encoder is None:
        raise ExportError(
            target,
            translate(
                "Replay",
                "no MP4 encoder (ffmpeg) is installed here; export the "
                "replay as a GIF, or install ffmpeg or the imageio-ffmpeg package",
            ),
        )
    try:
        frames = list(
            replay_frames(
                doc, data, spec, slide=slide, size=size, basemap=basemap, progress=progress
            )
        )
    except ValueError as exc:
        raise ExportError(target, str(exc)) from None
    total = len(frames) + 1
    if (
        progress is not None
        and progress(len(frames), total, translate("Export", "Writing the replay")) is False
    ):
        raise ExportCancelled("replay export cancelled")
    durations = _durations(len(frames))
    if suffix == ".gif":
        write_atomically(
            target, lambda out: _write_gif(out, frames, durations), error_type=ExportError
        )
    else:
        assert encoder is not None
        _write_mp4(target, encoder, frames, durations)
    if progress is not None:
        progress(total, total, translate("Export", "Saved {path}").format(path=target))


def ffmpeg_path() -> str | None:
    """An ffmpeg binary: the imageio-ffmpeg package's own, else one on the PATH."""
    try:
        import imageio_ffmpeg
    except ImportError:
        return shutil.which("ffmpeg")
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:
        return shutil.which("ffmpeg")


def _write_gif(out, frames: list[tuple[dt.date, bytes]], durations: list[float]) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(png)).convert("RGB") for _, png in frames]
    # One palette for the whole film (from the first frame, which holds every colour but
    # the grouping's fill, and the last, which holds it): no flicker between frames.
    palette = _common_palette(images)
    quantised = [image.quantize(palette=palette, dither=Image.Dither.NONE) for image in images]
    quantised[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=quantised[1:],
        duration=[round(d * 1000) for d in durations],
        loop=0,
        optimize=False,
    )


def _common_palette(images: list[PILImage]) -> PILImage:
    from PIL import Image

    first, last = images[0], images[-1]
    strip = Image.new("RGB", (first.width, first.height * 2))
    strip.paste(first, (0, 0))
    strip.paste(last, (0, first.height))
    return strip.quantize(colors=255, method=Image.Quantize.MEDIANCUT)


def _write_mp4(
    target: Path, encoder: str, frames: list[tuple[dt.date, bytes]], durations: list[float]
) -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-replay-") as folder:
        work = Path(folder)
        listing = []
        for index, ((_, png), seconds) in enumerate(zip(frames, durations, strict=True)):
            name = f"frame{index:04d}.png"
            (work / name).write_bytes(png)
            listing += [f"file '{name}'", f"duration {seconds}"]
        # The concat demuxer takes the last frame's duration only if the frame is repeated.
        listing.append(f"file 'frame{len(frames) - 1:04d}.png'")
        (work / "frames.txt").write_text("\n".join(listing) + "\n", encoding="utf-8")
        film = work / "replay.mp4"
        command = [
            encoder,
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            "frames.txt",
            "-vf",
            "fps=25,format=yuv420p",
            "-c:v",
            "libx264",
            "-movflags",
            "+faststart",
            film.name,
        ]
        try:
            subprocess.run(command, cwd=work, check=True, capture_output=True, timeout=600)
        except subprocess.CalledProcessError as exc:
            message = exc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise ExportError(
                target,
                translate("Replay", "the MP4 encoder failed: {reason}").format(reason=message[0]),
            ) from None
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ExportError(
                target,
                translate("Replay", "the MP4 encoder could not run: {reason}").format(reason=exc),
            ) from None
        data = film.read_bytes()
    write_atomically(target, lambda out: out.write(data), error_type=ExportError)

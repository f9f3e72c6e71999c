"""A JPEG for canvas.drawImage that reportlab embeds as it is, without decoding it.

reportlab names each image by the md5 of its decoded pixels (so that one image drawn twice
is stored once): for a map page's relief that meant opening it with PIL, decoding 1.6
megapixels and hashing them, 15 ms a page, only to name a JPEG it then copies into the
file byte for byte (DCTDecode). The JPEG's own bytes identify it as well.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader


class JpegImage(ImageReader):
    """An ImageReader of JPEG bytes, named by those bytes and passed through undecoded."""

    def __init__(self, jpeg: bytes) -> None:
        # Not ImageReader.__init__: it opens the image with PIL.
        self.fileName = f"jpeg-{id(self)}"
        self._ident = None
        self._image = None
        self._width = self._height = None
        self._transparent = None
        self._dataA = None
        self._jpeg = jpeg
        self.fp = io.BytesIO(jpeg)

    def jpeg_fh(self) -> io.BytesIO:
        self.fp.seek(0)
        return self.fp

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab API)
        # What drawImage hashes to name the image (and nothing else reads: jpeg_fh is
        # given, so the XObject is made from the file's bytes).
        return b"jpeg:" + self._jpeg

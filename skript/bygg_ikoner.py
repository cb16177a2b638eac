"""Render the app icon from resurser/ikoner/skrivbord.svg into the files the build needs.

.venv/bin/python skript/bygg_ikoner.py [--forhandsvisning MAPP]

Writes resurser/ikoner/skrivbord-256.png and resurser/ikoner/skrivbord.ico (16, 24,
32, 48, 64, 128 and 256 px). The 16 px size is drawn from skrivbord-liten.svg,
a simplified mark with thicker strokes that stays sharp on the pixel grid. Each size
is rendered by Qt's SVG renderer at its own resolution (no downscaling of one big
bitmap), so edges stay crisp. The .ico keeps the small sizes as 32-bit bitmaps and
256 px as PNG, the layout Windows Explorer, shortcuts and NSIS all read.
Run it again after changing an SVG and commit the outputs.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROT = Path(__file__).resolve().parents[1]
IKONER = ROT / "resurser" / "ikoner"
KALLA = IKONER / "skrivbord.svg"
KALLA_LITEN = IKONER / "skrivbord-liten.svg"
LITEN_TILL = 16  # px: this size and smaller come from the simplified SVG
STORLEKAR = (16, 24, 32, 48, 64, 128, 256)


def rendera(svg: Path, storlek: int) -> Image.Image:
    renderare = QSvgRenderer(str(svg))
    if not renderare.isValid():
        raise SystemExit(f"{svg} kunde inte läsas som SVG")
    bild = QImage(storlek, storlek, QImage.Format.Format_ARGB32)
    bild.fill(Qt.GlobalColor.transparent)
    malare = QPainter(bild)
    malare.setRenderHint(QPainter.RenderHint.Antialiasing)
    malare.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderare.render(malare)
    malare.end()
    buffert = QBuffer()
    buffert.open(QIODevice.OpenModeFlag.WriteOnly)
    bild.save(buffert, "PNG")
    return Image.open(io.BytesIO(bytes(buffert.data()))).convert("RGBA")


def kalla_for(storlek: int) -> Path:
    return KALLA_LITEN if storlek <= LITEN_TILL and KALLA_LITEN.is_file() else KALLA


def _bitmapp(bild: Image.Image) -> bytes:
    """One .ico entry as a 32-bit BGRA DIB (bottom-up) with its AND mask."""
    bredd, hojd = bild.size
    rader = [bild.crop((0, y, bredd, y + 1)) for y in reversed(range(hojd))]
    farg = b"".join(r.tobytes("raw", "BGRA") for r in rader)
    maskrad = ((bredd + 31) // 32) * 4
    mask = bytearray()
    for rad in rader:
        bitar = 0
        for x, alfa in enumerate(rad.getchannel("A").tobytes()):
            if alfa == 0:
                bitar |= 1 << (maskrad * 8 - 1 - x)
        mask += bitar.to_bytes(maskrad, "big")
    huvud = struct.pack(
        "<IiiHHIIiiII", 40, bredd, hojd * 2, 1, 32, 0, len(farg) + len(mask), 0, 0, 0, 0
    )
    return huvud + farg + bytes(mask)


def _png(bild: Image.Image) -> bytes:
    ut = io.BytesIO()
    bild.save(ut, "PNG", optimize=True)
    return ut.getvalue()


def ico(bilder: dict[int, Image.Image]) -> bytes:
    """An .ico with every size: bitmaps below 256 px, PNG at 256 px."""
    data = [(s, _png(b) if s >= 256 else _bitmapp(b)) for s, b in sorted(bilder.items())]
    huvud = struct.pack("<HHH", 0, 1, len(data))
    katalog = b""
    plats = 6 + 16 * len(data)
    for storlek, bytes_ in data:
        sida = storlek % 256  # 0 means 256
        katalog += struct.pack("<BBBBHHII", sida, sida, 0, 0, 1, 32, len(bytes_), plats)
        plats += len(bytes_)
    return huvud + katalog + b"".join(b for _, b in data)


def main() -> int:
    parser = argparse.ArgumentParser(description="Programikonen från SVG till PNG och ICO")
    parser.add_argument(
        "--forhandsvisning",
        type=Path,
        help="spara också varje storlek som PNG här, och ett ark med dem uppförstorade",
    )
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    bilder = {s: rendera(kalla_for(s), s) for s in STORLEKAR}
    bilder[256].save(IKONER / "skrivbord-256.png", optimize=True)
    (IKONER / "skrivbord.ico").write_bytes(ico(bilder))
    print(f"skrev {IKONER / 'skrivbord-256.png'} och {IKONER / 'skrivbord.ico'}")

    if args.forhandsvisning:
        args.forhandsvisning.mkdir(parents=True, exist_ok=True)
        for storlek, bild in bilder.items():
            bild.save(args.forhandsvisning / f"skrivbord-{storlek}.png")
        # The small sizes enlarged pixel for pixel, on light and dark backgrounds.
        ark = Image.new("RGBA", (8 * 130, 2 * 130), "#f3f3f3")
        ark.paste("#202124", (0, 130, ark.width, ark.height))
        for rad in range(2):
            for i, storlek in enumerate((16, 24, 32, 48)):
                forstorad = bilder[storlek].resize((128, 128), Image.Resampling.NEAREST)
                ark.alpha_composite(forstorad, (i * 130 + 1, rad * 130 + 1))
            for i, storlek in enumerate((16, 24, 32, 48)):
                x = 4 * 130 + i * 130 + 64 - storlek // 2
                ark.alpha_composite(bilder[storlek], (x, rad * 130 + 65 - storlek // 2))
        ark.save(args.forhandsvisning / "ark.png")
        print(f"förhandsvisning i {args.forhandsvisning}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Draws the Teams app icons (a white fire extinguisher) without any imaging library.

color.png   192x192, white glyph on the accent colour (Teams crops it to a rounded square)
outline.png  32x32,  white glyph on a transparent background (Teams requires exactly that)
Run it again after changing a shape; the PNGs are committed so builds need no Python.
"""
import struct
import zlib
from pathlib import Path

ACCENT = (0xC6, 0x28, 0x28)


def extinguisher(x, y):
    """True where the glyph is, in a unit square (0..1, y down)."""
    body = 0.36 <= x <= 0.64 and 0.34 <= y <= 0.88
    shoulder = (x - 0.5) ** 2 + (y - 0.34) ** 2 <= 0.14 ** 2 and y <= 0.34
    neck = 0.45 <= x <= 0.55 and 0.16 <= y <= 0.24
    handle = 0.30 <= x <= 0.58 and 0.12 <= y <= 0.17
    hose = 0.64 <= x <= 0.72 and 0.20 <= y <= 0.60 or 0.55 <= x <= 0.72 and 0.18 <= y <= 0.23
    label = 0.41 <= x <= 0.59 and 0.52 <= y <= 0.62
    return (body or shoulder or neck or handle or hose) and not label


def render(size, background):
    samples = 4  # supersampling for smooth edges
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type: none
        for px in range(size):
            hits = sum(
                extinguisher((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                for sx in range(samples)
                for sy in range(samples)
            )
            cover = hits / samples ** 2
            if background is None:
                row += bytes((255, 255, 255, round(255 * cover)))
            else:
                mix = [round(c + (255 - c) * cover) for c in background]
                row += bytes((*mix, 255))
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "color.png").write_bytes(render(192, ACCENT))
    (here / "outline.png").write_bytes(render(32, None))

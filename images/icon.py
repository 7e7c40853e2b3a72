#!/usr/bin/env python3
"""Draws images/icon.png (128x128): a chain of three sources, the last one the figure being traced.

Plain Python (zlib only), 4x supersampled for smooth edges: python3 images/icon.py
"""
import math
import struct
import zlib
from pathlib import Path

SIZE, SS = 128, 4
BG = (17, 94, 89)         # deep teal
LINK = (236, 253, 245)    # near white
FIGURE = (245, 158, 11)   # amber
NODES = [(30, 98), (64, 64), (98, 30)]
R_OUT, R_IN, LINK_W = 15, 8.5, 7


def inside_rounded_square(x, y, r=26):
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def colour_at(x, y):
    """Colour of one sample, or None outside the icon (transparent)."""
    if not inside_rounded_square(x, y):
        return None
    for i, (nx, ny) in enumerate(NODES):
        d = math.hypot(x - nx, y - ny)
        if d <= R_OUT:
            last = i == len(NODES) - 1
            if last:
                return FIGURE
            return LINK if d >= R_IN else BG
    for (ax, ay), (bx, by) in zip(NODES, NODES[1:]):
        if dist_to_segment(x, y, ax, ay, bx, by) <= LINK_W / 2:
            return LINK
    return BG


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # PNG filter type 0 for this scanline
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = colour_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = SS * SS
            alpha = acc[3] // n
            covered = acc[3] // 255
            rgb = [a // covered if covered else 0 for a in acc[:3]]
            row += bytes(rgb + [alpha])
        rows.append(bytes(row))
    return b"".join(rows)


def png(raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).with_name("icon.png")
    out.write_bytes(png(render()))
    print(f"wrote {out} ({out.stat().st_size} bytes)")

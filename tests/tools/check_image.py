"""Reads rendered diagrams as a viewer would. For an SVG: parses it as XML
(well-formed or it fails) and prints its width and height in points, the
texts of its <text> elements, its tooltips (xlink:title) and the tags of
every element. For a PNG: decodes it (chunks, CRCs, zlib, every scanline's
filter byte) and prints its width and height in pixels.

Usage: /usr/bin/python3 tests/tools/check_image.py FILE.svg|FILE.png"""
import json
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

path = sys.argv[1]
if path.endswith(".svg"):
    root = ET.parse(path).getroot()
    svg = "{http://www.w3.org/2000/svg}"
    xlink = "{http://www.w3.org/1999/xlink}title"
    texts = ["".join(t.itertext()) for t in root.iter(svg + "text")]
    titles = [a.get(xlink) for a in root.iter(svg + "a") if a.get(xlink) is not None]
    tags = sorted({e.tag.replace(svg, "") for e in root.iter()})
    pt = lambda v: float(v.replace("pt", ""))
    json.dump({"width_pt": pt(root.get("width")), "height_pt": pt(root.get("height")),
               "texts": texts, "tooltips": titles, "tags": tags}, sys.stdout, ensure_ascii=False)
    sys.exit(0)

data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG: " + path)
pos, idat, header = 8, b"", None
while pos < len(data):
    (length,) = struct.unpack(">I", data[pos:pos + 4])
    kind = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + length]
    (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
    if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
        sys.exit("bad CRC in chunk %r" % kind)
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    elif kind == b"IEND":
        break
    pos += 12 + length
width, height, depth, color = header[0], header[1], header[2], header[3]
channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
stride = (width * channels * depth + 7) // 8
raw = zlib.decompress(idat)
if len(raw) != height * (stride + 1):
    sys.exit("decoded %d bytes, expected %d" % (len(raw), height * (stride + 1)))
if any(raw[row * (stride + 1)] > 4 for row in range(height)):
    sys.exit("bad scanline filter")
json.dump({"width_px": width, "height_px": height}, sys.stdout)

#!/usr/bin/env python3
"""Build the country outlines claimsh's `.map` draws.

Writes Sources/ClaimRender/Map/CountryOutlines.swift: one Swift raw string literal (not
`.embedInCode`, and not a Bundle resource, which an installed binary cannot find) holding the
outlines of the countries around Syria and Iraq.

Input: Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), as shipped
inside the PyPI wheel geopandas==0.14.4 at geopandas/datasets/naturalearth_lowres/. The wheel is
fetched with `pip download --no-deps` and opened as a zip; nothing is installed. The shapefile is
read with the small .shp/.dbf reader below (no GDAL, no pyshp).

Steps:
  1. keep the polygon rings whose bounding box meets the box lat 10..45, lon 25..65;
  2. clip each ring to that box (Sutherland-Hodgman), so large countries (Russia, Sudan) stay small;
  3. simplify (Douglas-Peucker, tolerance 0.05 degrees) and round to 0.01 degrees;
  4. drop rings that end up with fewer than 4 points.

Format of the literal, one line per ring:
    box<TAB>SOUTH<TAB>WEST<TAB>NORTH<TAB>EAST          (first line: the clip box)
    NAME<TAB>ISO_A3<TAB>lon,lat lon,lat ...           (a closed ring; the last point repeats the first)
Edges lying on the clip box are artefacts of clipping; the renderer does not draw them.

Usage: python3 scripts/build-outlines.py [--wheel PATH]   (from the package root; output is deterministic)
"""

import argparse
import io
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

GEOPANDAS_VERSION = "0.14.4"
SHAPE_DIR = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUTPUT = os.path.join("Sources", "ClaimRender", "Map", "CountryOutlines.swift")

SOUTH, WEST, NORTH, EAST = 10.0, 25.0, 45.0, 65.0
TOLERANCE = 0.05
REQUIRED = ["Syria", "Iraq", "Turkey", "Jordan", "Lebanon", "Israel", "Palestine", "Saudi Arabia",
            "Iran", "Kuwait", "Egypt", "Cyprus"]
# Natural Earth's ISO code is -99 for a few countries; give them a usable one.
ISO_FIXES = {"N. Cyprus": "CYN", "Kosovo": "XKX", "Somaliland": "SOL"}


def fetch_wheel(directory):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    f"geopandas=={GEOPANDAS_VERSION}", "-d", directory], check=True)
    for name in os.listdir(directory):
        if name.startswith(f"geopandas-{GEOPANDAS_VERSION}") and name.endswith(".whl"):
            return os.path.join(directory, name)
    sys.exit("build-outlines: pip did not produce the geopandas wheel")


def read_dbf(data, encoding):
    """Records of a dBASE III file as dicts of stripped strings."""
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields = []
    offset = 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        length = data[offset + 16]
        fields.append((name, length))
        offset += 32
    records = []
    for index in range(count):
        start = header_length + index * record_length + 1  # skip the deletion flag
        record = {}
        for name, length in fields:
            record[name] = data[start:start + length].decode(encoding).strip()
            start += length
        records.append(record)
    return records


def read_shp(data):
    """Polygon shapes of a .shp file: for each record, a list of rings of (lon, lat)."""
    shapes = []
    offset = 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + words * 2]
        offset += 8 + words * 2
        shape_type = struct.unpack("<i", content[0:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type not in (5, 15, 25):
            sys.exit(f"build-outlines: unexpected shape type {shape_type}")
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44:44 + 4 * parts_count]))
        base = 44 + 4 * parts_count
        points = [struct.unpack("<dd", content[base + 16 * k:base + 16 * k + 16]) for k in range(points_count)]
        bounds = parts + [points_count]
        shapes.append([points[bounds[k]:bounds[k + 1]] for k in range(parts_count)])
    return shapes


def meets_box(ring):
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return min(lons) <= EAST and max(lons) >= WEST and min(lats) <= NORTH and max(lats) >= SOUTH


def clip(ring):
    """Sutherland-Hodgman against the four sides of the box."""
    def cut(points, inside, cross):
        out = []
        for k, current in enumerate(points):
            previous = points[k - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        return out

    def at_lon(lon):
        return lambda a, b: (lon, a[1] + (b[1] - a[1]) * (lon - a[0]) / (b[0] - a[0]))

    def at_lat(lat):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]), lat)

    points = ring[:-1] if ring[0] == ring[-1] else ring[:]
    points = cut(points, lambda p: p[0] >= WEST, at_lon(WEST))
    points = cut(points, lambda p: p[0] <= EAST, at_lon(EAST))
    points = cut(points, lambda p: p[1] >= SOUTH, at_lat(SOUTH))
    points = cut(points, lambda p: p[1] <= NORTH, at_lat(NORTH))
    return points + points[:1] if len(points) >= 3 else []


def simplify(points):
    """Douglas-Peucker on an open polyline (endpoints kept)."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, 0
    for k in range(1, len(points) - 1):
        x, y = points[k]
        if length == 0:
            distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        else:
            distance = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
        if distance > best:
            best, index = distance, k
    if best <= TOLERANCE:
        return [points[0], points[-1]]
    return simplify(points[:index + 1])[:-1] + simplify(points[index:])


def simplify_ring(ring):
    # Split the closed ring at its farthest point from the start so both halves are open polylines.
    start = ring[0]
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - start[0]) ** 2 + (ring[k][1] - start[1]) ** 2)
    if far == 0:
        return ring
    return simplify(ring[:far + 1])[:-1] + simplify(ring[far:])


def rounded(ring):
    out = []
    for lon, lat in ring:
        point = (round(lon, 2), round(lat, 2))
        if not out or out[-1] != point:
            out.append(point)
    return out


def number(value):
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="a downloaded geopandas wheel (default: pip download it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        wheel = args.wheel or fetch_wheel(scratch)
        with zipfile.ZipFile(wheel) as archive:
            shp = archive.read(SHAPE_DIR + ".shp")
            dbf = archive.read(SHAPE_DIR + ".dbf")
            encoding = archive.read(SHAPE_DIR + ".cpg").decode("ascii").strip() or "latin-1"
    records = read_dbf(dbf, encoding)
    shapes = read_shp(shp)
    if len(records) != len(shapes):
        sys.exit("build-outlines: .shp and .dbf disagree on the number of records")

    lines = []
    kept = set()
    for record, rings in sorted(zip(records, shapes), key=lambda pair: pair[0]["name"]):
        name = record["name"]
        iso = ISO_FIXES.get(name, record["iso_a3"])
        for ring in rings:
            if not meets_box(ring):
                continue
            ring = clip(ring)
            ring = rounded(simplify_ring(ring)) if ring else []
            if len(ring) < 4:
                continue
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            kept.add(name)
            lines.append(f"{name}\t{iso}\t" + " ".join(f"{number(x)},{number(y)}" for x, y in ring))
    missing = [name for name in REQUIRED if name not in kept]
    if missing:
        sys.exit(f"build-outlines: missing countries: {', '.join(missing)}")

    header = f"box\t{number(SOUTH)}\t{number(WEST)}\t{number(NORTH)}\t{number(EAST)}"
    body = "\n".join([header] + lines)
    with io.open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            "// GENERATED by scripts/build-outlines.py; do not edit by hand.\n"
            "//\n"
            "// Country outlines from Natural Earth 1:110m Admin 0 countries (public domain,\n"
            f"// naturalearthdata.com), as shipped in the PyPI wheel geopandas=={GEOPANDAS_VERSION}\n"
            "// (geopandas/datasets/naturalearth_lowres/). Rings meeting the box lat 10..45, lon 25..65,\n"
            f"// clipped to it, simplified (Douglas-Peucker, {TOLERANCE} degrees) and rounded to 0.01 degrees.\n"
            f"// {len(kept)} countries, {len(lines)} rings.\n"
            "//\n"
            "// Format: a `box` line (south, west, north, east of the clip box), then one line per closed ring:\n"
            "// NAME<TAB>ISO_A3<TAB>lon,lat lon,lat ...\n"
            "\n"
            "/// The outlines as text; parsed once by `CountryOutlines`.\n"
            "let countryOutlinesText = #\"\"\"\n"
            + body + "\n"
            "\"\"\"#\n")
    print(f"wrote {OUTPUT}: {len(kept)} countries, {len(lines)} rings, {len(body)} bytes")


if __name__ == "__main__":
    main()

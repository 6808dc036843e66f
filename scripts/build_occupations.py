"""Build data/occupations.json, InfoView's occupation index, from O*NET and the 2018 SOC.

    .venv/bin/python scripts/build_occupations.py [SOURCE] [-o data/occupations.json]

SOURCE is a folder laid out like `../shared/occupations` (O*NET 29.1 text files under
`onet/db_29_1_text/`, the BLS 2018 SOC workbooks under `soc/`, crosswalks under `crosswalks/`).
The index holds the SOC hierarchy, each O*NET occupation (title, job zone, related
occupations, hot technologies) and every title that names one: O*NET titles, alternate and
short titles, reported titles, the SOC direct-match titles and ESCO's English occupation titles.
Titles are stored with their matching key (`infoview.occupations.text.key`) and a posting list
per stem, so loading the index does no text work.
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import sys
from array import array
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoview.occupations.text import idf, key  # noqa: E402

RELEASE = "29.1"
# Where a title comes from, best first: the lower wins when a key names one occupation twice.
SOURCES = ("onet", "soc direct match", "alternate", "short", "reported", "esco")
RELATED_KEPT = 10  # O*NET's primary related occupations, best first
HOT_KEPT = 8  # hot technologies per occupation, in-demand first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="default: ../shared/occupations, or ../../")
    parser.add_argument("-o", "--output", default=str(ROOT / "data" / "occupations.json"))
    args = parser.parse_args(argv)
    nearby = [ROOT.parent / "shared" / "occupations", ROOT.parent.parent / "shared" / "occupations"]
    source = Path(args.source) if args.source else next((p for p in nearby if p.is_dir()), None)
    if source is None or not (source / "onet").is_dir():
        parser.error("no occupation sources found: give the folder (like ../shared/occupations)")
    index = build(source)
    raw = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    # plain JSON: reading it takes half the time of unzipping it first, and it fits in 8 MB
    Path(args.output).write_bytes(raw)
    print(
        f"{len(index['occupations'])} occupations, {index['title_key'].count(chr(10)) + 1} titles, "
        f"{len(index['groups'])} SOC groups -> {args.output} "
        f"({Path(args.output).stat().st_size / 1e6:.2f} MB)"
    )
    return 0


def build(source: Path) -> dict:
    """The index as a JSON-ready dict."""
    onet = source / "onet" / "db_29_1_text"
    occupations = _table(onet / "Occupation Data.txt")
    codes = list(occupations["O*NET-SOC Code"])
    position = {code: i for i, code in enumerate(codes)}
    by_soc: dict[str, int] = {}
    for code in codes:  # a SOC code's occupation: its ".00" O*NET code, else its first
        soc = code[:7]
        if soc not in by_soc or code.endswith(".00"):
            by_soc[soc] = position[code]

    zones = dict(zip(*_columns(onet / "Job Zones.txt", "O*NET-SOC Code", "Job Zone"), strict=True))
    related = _related(onet / "Related Occupations.txt", position)
    hot = _hot_technologies(onet / "Technology Skills.txt")

    titles: dict[tuple[str, int], tuple[int, str]] = {}

    def add(title: str, occupation: int | None, source_name: str) -> None:
        title = " ".join(str(title).split())
        if occupation is None or not title or title.lower() == "n/a":
            return
        found = key(title)
        if not found:
            return
        rank = SOURCES.index(source_name)
        known = titles.get((found, occupation))
        if known is None or rank < known[0]:
            titles[(found, occupation)] = (rank, title)

    for code, title in zip(codes, occupations["Title"], strict=True):
        add(title, position[code], "onet")
    for code, title in zip(*_direct_match(source / "soc"), strict=True):
        add(title, by_soc.get(code), "soc direct match")
    alternate = _table(onet / "Alternate Titles.txt")
    for code, title, short in zip(
        alternate["O*NET-SOC Code"],
        alternate["Alternate Title"],
        alternate["Short Title"],
        strict=True,
    ):
        add(title, position.get(code), "alternate")
        add(short, position.get(code), "short")
    for code, title in zip(
        *_columns(onet / "Sample of Reported Titles.txt", "O*NET-SOC Code", "Reported Job Title"),
        strict=True,
    ):
        add(title, position.get(code), "reported")
    for code, title in zip(*_esco(source / "crosswalks"), strict=True):
        add(title, position.get(code), "esco")

    # by key, so the titles sharing a key are neighbours; the best source first among them
    entries = sorted(titles.items(), key=lambda item: (item[0][0], item[1][0], item[0][1]))
    postings: dict[str, list[int]] = defaultdict(list)
    for number, ((found, _), _) in enumerate(entries):
        for stem in dict.fromkeys(found.split()):
            postings[stem].append(number)
    stems = sorted(postings)
    df = {stem: len(numbers) for stem, numbers in postings.items()}
    stems_index = {stem: i for i, stem in enumerate(stems)}
    total = sum(df.values())
    # Columns, not rows: one string per column loads in milliseconds where 66,000 small lists
    # take a quarter of a second; posting lists are packed integers, decoded per stem on use.
    return {
        "release": RELEASE,
        "sources": list(SOURCES),
        "groups": _groups(source / "soc"),
        "occupations": [
            [
                code,
                title,
                int(zones[code]) if code in zones else None,
                related.get(code, []),
                hot.get(code, []),
            ]
            for code, title in zip(codes, occupations["Title"], strict=True)
        ],
        "title_text": "\n".join(title for _, (_, title) in entries),
        "title_key": "\n".join(found for (found, _), _ in entries),
        "title_occupation": _packed(occupation for (_, occupation), _ in entries),
        "title_source": "".join(str(rank) for _, (rank, _) in entries),
        "title_head": _packed(stems_index[found.split()[-1]] for (found, _), _ in entries),
        "title_weight": base64.b64encode(
            array("f", (title_weight(found, df, total) for (found, _), _ in entries)).tobytes()
        ).decode(),
        "posting_total": total,
        "postings": {stem: _packed(postings[stem]) for stem in stems},
    }


def _packed(numbers) -> str:
    """Integers as base64 of little-endian unsigned 32-bit words (`infoview.occupations.index`)."""
    return base64.b64encode(array("I", numbers).tobytes()).decode()


def title_weight(found: str, df: dict[str, int], total: int) -> float:
    """The sum of the IDF weights of a title's distinct stems."""
    return sum(idf(df[stem], total) for stem in dict.fromkeys(found.split()))


def _table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)


def _columns(path: Path, *names: str) -> list[list[str]]:
    table = _table(path)
    return [list(table[name]) for name in names]


def _related(path: Path, position: dict[str, int]) -> dict[str, list[int]]:
    table = _table(path)
    table = table[table["Relatedness Tier"].str.startswith("Primary")]
    table = table.assign(order=table["Index"].astype(int)).sort_values(["O*NET-SOC Code", "order"])
    related: dict[str, list[int]] = defaultdict(list)
    for code, other in zip(table["O*NET-SOC Code"], table["Related O*NET-SOC Code"], strict=True):
        if other in position and len(related[code]) < RELATED_KEPT:
            related[code].append(position[other])
    return related


def _hot_technologies(path: Path) -> dict[str, list[str]]:
    table = _table(path)
    table = table[table["Hot Technology"] == "Y"]
    table = table.assign(demand=table["In Demand"] != "Y").sort_values(
        ["O*NET-SOC Code", "demand"], kind="stable"
    )
    hot: dict[str, list[str]] = defaultdict(list)
    for code, example in zip(table["O*NET-SOC Code"], table["Example"], strict=True):
        if example not in hot[code] and len(hot[code]) < HOT_KEPT:
            hot[code].append(example)
    return hot


def _groups(soc: Path) -> list[list[str]]:
    """Each SOC group and detailed occupation: code, title, level and the code above it.

    The level comes from the column a code is in, never from its digits: 2018 minor groups
    such as 15-1200 do not end in 000.
    """
    table = pd.read_excel(
        soc / "soc_structure_2018.xlsx",
        sheet_name="2018 Structure",
        header=7,
        dtype=str,
        engine="openpyxl",
    )
    levels = ("major", "minor", "broad", "detailed")
    current: dict[str, str] = {}
    groups = []
    for row in table.itertuples(index=False):
        cells = [str(c).strip() if isinstance(c, str) else "" for c in row[:4]]
        title = str(row[4]).strip()
        depth = next((i for i, cell in enumerate(cells) if cell), None)
        if depth is None or title in ("", "nan"):
            continue
        code = cells[depth]
        parent = current.get(levels[depth - 1], "") if depth else ""
        current[levels[depth]] = code
        groups.append([code, title, levels[depth], parent])
    return groups


def _direct_match(soc: Path) -> tuple[list[str], list[str]]:
    return _pairs(
        soc / "soc_2018_direct_match_title_file.xlsx",
        "Sorted by SOC",
        7,
        "2018 SOC Code",
        "2018 SOC Direct Match Title",
    )


def _esco(crosswalks: Path) -> tuple[list[str], list[str]]:
    return _pairs(
        crosswalks / "ESCO_to_ONET-SOC.xlsx",
        "O-NET-SOC 2019 Crosswalks",
        3,
        "O*NET-SOC 2019 Code",
        "ESCO/ISCO Title",
    )


def _pairs(
    path: Path, sheet: str, header: int, code: str, title: str
) -> tuple[list[str], list[str]]:
    """(codes, titles) of a BLS or O*NET workbook whose header is below title lines."""
    table = pd.read_excel(path, sheet_name=sheet, header=header, dtype=str, engine="openpyxl")
    table = table.dropna(subset=[code, title])
    return list(table[code].str.strip()), list(table[title])


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Rebuild ingest/data/gazetteer.tsv: Vietnam's administrative units before and after 1 July 2025.

The articles speak of the pre-2025 map (63 provinces, about 700 districts); the
current map has 34 provinces and no district level. No single package version
has both, so the data is generated once and committed, and the ingest needs
neither package at run time:

- old provinces and districts with their GSO codes: vietnam-provinces 0.6.x
  (`pip install vietnam-provinces==0.6.0` into any environment); and from the same release, in a table of their own
  (communes.tsv), the old communes, wards and towns with their districts;
- the new provinces and the old-to-new province mapping: the mapping file that
  underthesea's address module ships (`pip download --no-deps underthesea==9.5.0`;
  the wheel is read as a zip, underthesea itself is not imported);
- the districts merged away in the last mergers before 2025 (Yên Dũng, Cửa Lò, Nam Đông, ...), and the names of
  those a merger renamed (Đạ Tẻh, Đất Đỏ, the city of Huế): an earlier vietnam-provinces release
  (`pip download --no-deps vietnam-provinces==0.5.0`, read as a zip; 0.5.8 already has the merged map). 0.6.x no longer lists them, and articles
  written before 2025 name them. The package does not date the mergers; those units are given 2024-12-31 as their
  last day, the eve of 1 January 2025, by which all of them were in force.

Usage:
    python scripts/build_gazetteer.py --underthesea-wheel PATH --earlier-wheel PATH [--out ingest/data/gazetteer.tsv]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import zipfile
from pathlib import Path

ABOLISHED = "2025-06-30"  # last day of the old map
MERGED_AWAY = "2024-12-31"  # the last day given to the districts the 2023-2025 mergers dissolved (see above)
ESTABLISHED = "2025-07-01"  # first day of the new one


def _old_units() -> list[dict]:
    try:
        import vietnam_provinces
    except ImportError:
        sys.exit("build_gazetteer: install vietnam-provinces==0.6.0 first (it has the pre-2025 units)")
    if not vietnam_provinces.__version__.startswith("0.6"):
        sys.exit(f"build_gazetteer: vietnam-provinces {vietnam_provinces.__version__} has no pre-2025 units; use 0.6.x")
    nested = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    rows = []
    for prov in nested:
        rows.append(_row(prov, "province", parent=""))
        for dist in prov.get("districts", []):
            rows.append(_row(dist, "district", parent=f"p{prov['code']:02d}"))
    return rows


PREFIXES = {
    # name prefix -> (division type, level it applies to)
    "Thành phố": "thành phố",
    "Tỉnh": "tỉnh",
    "Huyện": "huyện",
    "Quận": "quận",
    "Thị xã": "thị xã",
}


def _split_name(name: str, level: str) -> tuple[str, str]:
    """'Huyện Bình Liêu' -> ('huyện', 'Bình Liêu'); the package flattens division types, the names keep them (in any
    case: two cities are 'Thành Phố Bắc Kạn' and 'Thành Phố Đồng Hới' in 0.6.0)."""
    for prefix, division_type in PREFIXES.items():
        if name.lower().startswith(prefix.lower() + " "):
            if level == "province" and division_type == "thành phố":
                division_type = "thành phố trung ương"
            return division_type, name[len(prefix) + 1 :]
    return ("tỉnh" if level == "province" else "huyện"), name


# units the package names as they were renamed in the old map's last months, named as they were for most of its life
# (and in nearly every article): Thừa Thiên Huế was a province until it became the city of Huế on 1 January 2025
OLD_NAMES = {"p46": ("tỉnh", "Thừa Thiên Huế")}
# (and those it misspells, by their official names: 'Mù Căng Chải' is huyện Mù Cang Chải, its town too)
OLD_NAMES["d137"] = ("huyện", "Mù Cang Chải")
MISSPELT_COMMUNES = {"c04456": "Mù Cang Chải"}


COMMUNE_PREFIXES = {"Xã": "xã", "Phường": "phường", "Thị trấn": "thị trấn"}


def _communes() -> list[dict]:
    """The pre-2025 communes, wards and towns of vietnam-provinces 0.6.x, each with its district: a table of their own
    (ingest/data/communes.tsv), read only to place an article that names no province or district but a commune
    ('phường Cẩm Phô': Hội An), so that their ten thousand names stay out of the units every mention is matched against."""
    import vietnam_provinces

    nested = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    rows = []
    for prov in nested:
        for dist in prov.get("districts", []):
            for ward in dist.get("wards", []):
                division_type, name = next(
                    ((t, ward["name"][len(p) + 1 :]) for p, t in COMMUNE_PREFIXES.items() if ward["name"].startswith(p + " ")),
                    ("xã", ward["name"]),
                )
                code = f"c{ward['code']:05d}"
                name = MISSPELT_COMMUNES.get(code, name)
                rows.append({"code": code, "type": division_type, "name": name, "district": f"d{dist['code']:03d}"})
    return rows


def _row(unit: dict, level: str, parent: str) -> dict:
    division_type, name = _split_name(unit["name"], level)
    code = f"p{unit['code']:02d}" if level == "province" else f"d{unit['code']:03d}"
    division_type, name = OLD_NAMES.get(code, (division_type, name))
    return {
        "code": code,
        "level": level,
        "type": division_type,
        "name": name,
        "parent": parent,
        "valid_from": "",
        "valid_until": ABOLISHED,
        "successor": "",
    }


def _earlier_districts(wheel: Path, current: list[dict]) -> list[dict]:
    """The districts an earlier release lists that the current one does not (merged away), with their last day; and,
    in `current`, the earlier name of a district a merger renamed ('Đạ Huoai' was 'Đạ Tẻh' until 2025)."""
    with zipfile.ZipFile(wheel) as z:
        nested = json.loads(z.read("vietnam_provinces/data/nested-divisions.json"))
    by_code = {r["code"]: r for r in current}
    added = []
    for prov in nested:
        for dist in prov.get("districts", []):
            row = _row(dist, "district", parent=f"p{prov['code']:02d}")
            now = by_code.get(row["code"])
            if now is None:
                added.append({**row, "valid_until": MERGED_AWAY})
            elif now["name"] != row["name"] and row["code"] not in OLD_NAMES:
                now["type"], now["name"] = row["type"], row["name"]  # the name it had for most of its life
    return added


def _new_provinces(wheel: Path) -> tuple[list[dict], dict[str, str]]:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("underthesea/address/data/mapping.json"))
    new_rows, key_to_code = [], {}
    for key, info in data["province_names"].items():
        code = f"n{int(info['code']):02d}"
        key_to_code[key] = code
        full = info["name"]
        division_type = "thành phố trung ương" if full.startswith("Thành phố") else "tỉnh"
        new_rows.append(
            {
                "code": code,
                "level": "province",
                "type": division_type,
                "name": info["short"],
                "parent": "",
                "valid_from": ESTABLISHED,
                "valid_until": "",
                "successor": "",
            }
        )
    old_successor = {}
    for old_key, new_key in data["province_mapping"].items():
        old_code = f"p{int(data['old_province_names'][old_key]['code']):02d}"
        old_successor[old_code] = key_to_code[new_key]
    return new_rows, old_successor


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--underthesea-wheel", type=Path, required=True)
    ap.add_argument("--earlier-wheel", type=Path, required=True, help="the vietnam-provinces 0.5.0 wheel")
    ap.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "ingest" / "data" / "gazetteer.tsv")
    ap.add_argument("--communes-out", type=Path, default=Path(__file__).parents[1] / "ingest" / "data" / "communes.tsv")
    args = ap.parse_args(argv)
    old = _old_units()
    old += _earlier_districts(args.earlier_wheel, old)
    old.sort(key=lambda r: (int((r["parent"] or r["code"])[1:]), r["level"] != "province", int(r["code"][1:])))
    new, successor = _new_provinces(args.underthesea_wheel)
    province_of = {r["code"]: r["parent"] for r in old}
    for r in old:
        province = r["code"] if r["level"] == "province" else province_of[r["code"]]
        r["successor"] = successor.get(province, "")
    rows = old + new
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} units ({len(old)} pre-2025, {len(new)} from {ESTABLISHED}) to {args.out}")
    communes = _communes()
    with args.communes_out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(communes[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(communes)
    print(f"wrote {len(communes)} pre-2025 communes to {args.communes_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

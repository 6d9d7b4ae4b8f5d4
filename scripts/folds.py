#!/usr/bin/env python3
"""Score the build on a rotating split of the gold articles: the rules are written on two thirds, scored on the rest.

Each fold hides one third of the gold articles (every third article in name
order, so the five long reports and the short items spread over the folds).
For each fold this prints the macro F1 of the visible and of the hidden
articles, through ../shared/eval/run.sh, as a table:

    scripts/folds.py [--corpus ../shared/corpus] [--gold ../shared/gold] [--folds 3] [--only N] [--verbose]

`--only N --verbose` lists the misses of fold N's *visible* articles only: the
ones a rule may be written for while that fold's hidden third stays unseen.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _subset(corpus: Path, gold: Path, stems: list[str], into: Path) -> tuple[Path, Path]:
    c, g = into / "corpus", into / "gold"
    c.mkdir(parents=True)
    g.mkdir(parents=True)
    for stem in stems:
        for f in corpus.glob(stem + ".*"):
            (c / f.name).symlink_to(f.resolve())
        (g / f"{stem}.json").symlink_to((gold / f"{stem}.json").resolve())
    return c, g


def _score(corpus: Path, gold: Path, stems: list[str], verbose: bool) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        c, g = _subset(corpus, gold, stems, Path(tmp))
        run = [str(ROOT.parent / "shared" / "eval" / "run.sh"), str(c), str(g)] + (["--verbose"] if verbose else [])
        out = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"folds: the eval failed on {len(stems)} articles:\n{out.stderr[-2000:]}")
    m = re.search(r"score:\s*([\d.]+)", out.stdout)
    return (float(m[1]) if m else 0.0), out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--only", type=int, help="run this fold only (1-based)")
    ap.add_argument("--verbose", action="store_true", help="print the eval's misses on the visible articles")
    args = ap.parse_args()
    stems = sorted(p.stem for p in args.gold.glob("*.json"))
    if not stems:
        sys.exit(f"folds: no gold *.json in {args.gold}")
    print(f"{'fold':>4}  {'visible':>7}  {'hidden':>7}  hidden articles")
    for k in range(args.folds):
        if args.only and args.only != k + 1:
            continue
        hidden = stems[k :: args.folds]
        visible = [s for s in stems if s not in hidden]
        seen, report = _score(args.corpus, args.gold, visible, args.verbose)
        unseen, _ = _score(args.corpus, args.gold, hidden, False)
        print(f"{k + 1:>4}  {seen:7.3f}  {unseen:7.3f}  {' '.join(hidden)}")
        if args.verbose:
            print(report)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Probe the reader and the pipeline with hostile inputs and print what happened.

    python scripts/probe.py [--inputs 3000] [--seed 7] [--budget 5]

Feeds mutated articles (the samples and, with --corpus, a folder of others), random HTML pages,
invisible characters and escape sequences spliced into words, and 1 MB adversarial runs (capitalised
syllables, numbers, quotes, commas, award names). For each input it records a crash (any exception but
the ArticleError that names an unreadable file), a hang (over the per-article budget), evidence whose
offsets do not match the stored text, and facts lost to an invisible character (a sample with one
zero-width space inside a word must give as many grants and people as the clean one). Prints the counts;
exits 1 if any input crashed, hung or misplaced evidence.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from tdkt.ingest.errors import ArticleError
from tdkt.ingest.pipeline import extract, read_document

from tdkt.resources import resource_path

NASTY = [
    "\u200b",
    "\u00ad",
    "\u202e",
    "\ufeff",
    "\u2028",
    "\u2029",
    "\x00",
    "\x1b[2J",
    "<",
    ">",
    "&",
    '"',
    "“",
    "”",
    "\n\n",
    "; ",
    "(",
    ")",
]
WORDS = ["Huân chương", "Bằng khen", "cho", "tập thể", "UBND", "huyện", "Đồng chí", "hạng", "Nhì", "12", "01/02/2023", "năm 2022"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u200e", "\u200f", "\u2060", "\ufeff"]
TAGS = ["p", "div", "script", "style", "h1", "span", "br", "meta", "title", "table", "td"]
HEAD = "Huyện Tiên Yên tổng kết thi đua\n12/01/2023\n"
ADVERSARIAL = {
    "capitalised syllables": lambda n: HEAD + "Ông " + "Nguyễn Văn " * n + "An dự.\n",
    "numbers": lambda n: HEAD + "Tặng " + "12 " * n + "tập thể.\n",
    "quotes": lambda n: HEAD + "Phong trào " + "“thi đua ” " * n + "\n",
    "commas": lambda n: HEAD + "Dự có " + ", " * n + "đồng chí An.\n",
    "award names": lambda n: HEAD + "UBND huyện tặng " + "Bằng khen, " * n + "cho 5 tập thể.\n",
    "classes, each counted": lambda n: HEAD + "Chủ tịch nước tặng " + "Huân chương Lao động hạng Ba, hạng Nhì cho 3 cá nhân, " * n + "\n",
}


class Tally:
    def __init__(self) -> None:
        self.tried = self.unreadable = self.crashes = self.hangs = self.misplaced = self.lost = 0
        self.slowest = 0.0
        self.examples: list[str] = []

    def note(self, what: str) -> None:
        if len(self.examples) < 10:
            self.examples.append(what)


def _run(path: Path, text: str, budget: float, tally: Tally) -> tuple[int, int] | None:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    tally.tried += 1
    started = time.monotonic()
    try:
        doc = read_document(path)
        facts = extract(doc)
    except ArticleError:
        tally.unreadable += 1
        return None
    except Exception as exc:  # a crash is what this probe is for
        tally.crashes += 1
        tally.note(f"crash {type(exc).__name__}: {exc} on {text[:60]!r}")
        return None
    took = time.monotonic() - started
    tally.slowest = max(tally.slowest, took)
    if took > budget:
        tally.hangs += 1
        tally.note(f"{took:.1f}s on {len(text)} characters")
    items = [g.evidence for g in facts.grants] + [e.evidence for e in facts.events] + [ev for p in facts.people for ev in p.evidence]
    if any(ev.start >= 0 and doc.text[ev.start : ev.end] != ev.text for ev in items):
        tally.misplaced += 1
        tally.note(f"misplaced evidence on {text[:60]!r}")
    return len(facts.grants), len(facts.people)


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 12)):
        at = rng.randint(0, len(text))
        piece = rng.choice(NASTY + WORDS) if rng.random() < 0.7 else "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 8)))
        op = rng.choice(["insert", "delete", "repeat"])
        if op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + rng.randint(1, 200) :]
        else:
            text = text[:at] + text[at : at + 300] * rng.randint(1, 20) + text[at:]
    return text


def _page(rng: random.Random, articles: list[str]) -> str:
    parts = ["<html><head><title>", rng.choice(articles)[:80], "</title></head><body>"]
    for _ in range(rng.randint(1, 30)):
        tag = rng.choice(TAGS)
        body = rng.choice([rng.choice(articles)[:400], rng.choice(NASTY + WORDS)])
        parts.append(rng.choice([f"<{tag}>{body}</{tag}>", f"<{tag} class='x'>{body}", body, f"</{tag}>"]))
    return "".join(parts)


def _invisible(rng: random.Random, text: str) -> str:
    """One invisible character inside a word (never beside a space, where it could join two words)."""
    spots = [i for i in range(1, len(text) - 1) if text[i - 1].isalpha() and text[i].isalpha()]
    at = rng.choice(spots)
    return text[:at] + rng.choice(INVISIBLE) + text[at:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=3000, help="mutated articles and pages to try (default 3000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--budget", type=float, default=5.0, help="seconds an article may take (default 5)")
    ap.add_argument("--corpus", type=Path, metavar="DIR", help="also mutate the .txt articles of this folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sources = sorted(resource_path("samples").glob("*.txt")) + (sorted(args.corpus.glob("*.txt")) if args.corpus else [])
    articles = [p.read_text(encoding="utf-8") for p in sources]
    tally = Tally()
    slowest = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        txt, html = Path(tmp) / "probe.txt", Path(tmp) / "probe.html"
        clean = [_run(txt, a, args.budget, tally) for a in articles]
        for i in range(args.inputs):
            if i % 3 == 2:
                _run(html, _page(rng, articles), args.budget, tally)
            elif i % 3 == 1:
                k = rng.randrange(len(articles))
                got = _run(txt, _invisible(rng, articles[k]), args.budget, tally)
                if got is not None and clean[k] is not None and got != clean[k]:
                    tally.lost += 1
                    tally.note(f"facts lost to an invisible character in {sources[k].name}: {clean[k]} -> {got}")
            else:
                _run(txt, _mutate(rng, rng.choice(articles)), args.budget, tally)
            if (i + 1) % 500 == 0:
                print(f"  {i + 1}/{args.inputs} inputs", file=sys.stderr)
        slowest = tally.slowest
        for name, make in ADVERSARIAL.items():
            text = make(1_000_000 // max(1, len(make(1)) - len(make(0))))
            started = time.monotonic()
            _run(txt, text, 60.0, tally)
            print(f"  1 MB of {name}: {time.monotonic() - started:.1f}s", file=sys.stderr)
    print(f"inputs tried            {tally.tried}")
    print(f"named as unreadable     {tally.unreadable}")
    print(f"crashes                 {tally.crashes}")
    print(f"over {args.budget:g}s budget         {tally.hangs}")
    print(f"evidence misplaced      {tally.misplaced}")
    print(f"facts lost (invisible)  {tally.lost}")
    print(f"slowest article         {slowest:.2f}s (the 1 MB runs apart)")
    for line in tally.examples:
        print("  " + line)
    return 1 if tally.crashes or tally.hangs or tally.misplaced else 0


if __name__ == "__main__":
    sys.exit(main())

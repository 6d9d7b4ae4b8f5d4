"""Saved SPARQL queries (queries/*.rq) and the three output formats: table, CSV, SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from tdkt.resources import resource_path


@dataclass
class Results:
    variables: list[str]
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]


def saved_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(resource_path("queries").glob("*.rq"))}


def describe(path: Path) -> str:
    """The first comment line of a saved query: what it answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def resolve(name_or_path: str) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        return candidate
    if candidate.suffix == ".rq" and candidate.exists():
        raise KeyError(f"{name_or_path} is not a file; give the path to a .rq file")
    queries = saved_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    raise KeyError(f"no saved query {name_or_path!r}; `tdkt query --list` shows them, or give a path to a .rq file")


def run(store, sparql: str) -> Results:
    solutions = store.query(sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        raise ValueError("only SELECT queries can be saved queries")
    variables = [v.value for v in solutions.variables]
    rows = [{v: sol[v] for v in variables} for sol in solutions]
    return Results(variables, rows)


def _plain(term) -> str:
    if term is None:
        return ""
    return term.value


def to_json(res: Results) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = []
    for row in res.rows:
        b = {}
        for var, term in row.items():
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                b[var] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                b[var] = {"type": "bnode", "value": term.value}
            else:
                cell = {"type": "literal", "value": term.value}
                if term.language:
                    cell["xml:lang"] = term.language
                elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    cell["datatype"] = term.datatype.value
                b[var] = cell
        bindings.append(b)
    return json.dumps({"head": {"vars": res.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def to_csv(res: Results) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(res.variables)
    for row in res.rows:
        w.writerow([_plain(row[v]) for v in res.variables])
    return out.getvalue()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text for a terminal: control characters (an escape sequence in a title or a file name) shown, not obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def to_table(res: Results, max_width: int = 48) -> str:
    cells = [[printable(_plain(row[v])) for v in res.variables] for row in res.rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(res.variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(res.variables, widths, strict=False)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in cells]
    return "\n".join([line, rule, *body, f"({len(cells)} rows)"])


FORMATTERS = {"table": to_table, "csv": to_csv, "json": to_json}

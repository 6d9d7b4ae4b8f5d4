"""Saved SPARQL queries (queries/*.rq), any query in a file or on the command line, parameters bound as
RDF terms (never spliced as text), and the output formats: table, CSV, SPARQL JSON for solutions and
booleans; Turtle, N-Triples and JSON-LD for the graphs of CONSTRUCT and DESCRIBE."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable
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


QUERY_SUFFIXES = (".rq", ".sparql")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_PROLOGUE = re.compile(r"^\s*(?:#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>|\s+)*", re.I)
_PARAMETER = re.compile(r"^#\s*Parameter:\s*\?(\w+)\s+(string|label|integer|date|iri)\b\s*[—-]?\s*(.*)$", re.M)


def resolve(name_or_path: str) -> Path:
    """A saved query's file, or a .rq/.sparql file given by path."""
    candidate = Path(name_or_path)
    if candidate.suffix in QUERY_SUFFIXES and candidate.is_file():
        return candidate
    if candidate.suffix in QUERY_SUFFIXES and candidate.exists():
        raise KeyError(f"{name_or_path} is not a file; give the path to a .rq or .sparql file")
    queries = saved_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    if candidate.suffix in QUERY_SUFFIXES:
        raise KeyError(f"no query file {name_or_path}")
    raise KeyError(f"no saved query {name_or_path!r}; `tdkt query --list` shows them, or give a .rq/.sparql file or -e 'QUERY'")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue (prefixes, base, comments)."""
    m = _FORM.match(sparql, _PROLOGUE.match(sparql).end())
    if not m:
        raise SyntaxError("not a SPARQL query: it must be a SELECT, ASK, CONSTRUCT or DESCRIBE (updates are not run)")
    return m.group(1).upper()


def parameters(sparql: str) -> dict[str, tuple[str, str]]:
    """The parameters a saved query declares in its header, name -> (type, what it is):
    '# Parameter: ?year string — the year, four digits'. Types: string, label (a Vietnamese label, @vi), integer, date,
    iri."""
    return {m.group(1): (m.group(2), m.group(3).strip()) for m in _PARAMETER.finditer(sparql)}


def _declared(value: object, kind: str) -> ox.NamedNode | ox.Literal:
    """A value as the type its saved query declares (a year given as 2021 to a string parameter is "2021")."""
    try:
        if kind == "string":
            return ox.Literal(str(value))
        if kind == "label":  # the project's labels are Vietnamese
            return ox.Literal(str(value), language="vi")
        if kind == "integer":
            return term(int(str(value)))
        if kind == "date":
            return term(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
        return value if isinstance(value, ox.NamedNode) else ox.NamedNode(str(value).strip("<>"))
    except ValueError:
        raise ValueError(f"{value!r} is not a {kind}") from None


def term(value: object) -> ox.NamedNode | ox.Literal:
    """A Python value as an RDF term: int, float, bool, date, an IRI (ox.NamedNode), else a plain string."""
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double"))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    return ox.Literal(str(value))


# A saved query may mark where its declared parameters bind, by a line that is only this comment, at the start of
# its pattern inside the first GRAPH block (in each branch of a UNION, one slot per branch): there the VALUES block
# drives the join (one article, one person out of 10,000 in milliseconds), where a VALUES outside the block, or
# trailing, is joined after the whole pattern is evaluated. A parameter bound at a slot must be matched by a triple
# pattern, not made by a BIND (the query's author sees to it; other variables go at the end).
PARAMETER_SLOT = re.compile(r"^([ \t]*)# parameters bind here[ \t]*$", re.M)


def bind(sparql: str, params: dict[str, object]) -> str:
    """The query with its variables bound to values, as a VALUES block of serialised RDF terms: at the query's
    parameter slot when it has one and every variable bound is a declared parameter, else trailing the query.

    The terms are written by pyoxigraph (quotes and escapes included), so a value is data, never query text;
    a variable the query does not use is an error, not a silently ignored filter."""
    if not params:
        return sparql
    for name in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", name) or not re.search(rf"[?$]{name}\b", sparql):
            raise ValueError(f"the query has no variable ?{name} to bind")
    declared = parameters(sparql)
    names = " ".join(f"?{n}" for n in params)
    values = " ".join(str(_declared(v, declared[n][0]) if n in declared else term(v)) for n, v in params.items())
    if PARAMETER_SLOT.search(sparql) and all(n in declared for n in params):
        return PARAMETER_SLOT.sub(lambda slot: f"{slot.group(1)}VALUES ({names}) {{ ({values}) }}", sparql)
    return f"{sparql.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


Answer = Results | bool | list[ox.Triple]


def run(store, sparql: str) -> Answer:
    """Any query on the embedded store: solutions, a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""
    answer = store.query(sparql)
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return Results(variables, [{v: sol[v] for v in variables} for sol in answer])
    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    return list(answer)


def _plain(term) -> str:
    if term is None:
        return ""
    return term.value


def to_json(res: Results | bool) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if isinstance(res, bool):
        return json.dumps({"head": {}, "boolean": res})
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


def to_csv(res: Results | bool) -> str:
    if isinstance(res, bool):
        return "_askResult\r\n" + ("true" if res else "false") + "\r\n"
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


def to_table(res: Results | bool, max_width: int = 48) -> str:
    if isinstance(res, bool):
        return "true" if res else "false"
    cells = [[printable(_plain(row[v])) for v in res.variables] for row in res.rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(res.variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(res.variables, widths, strict=False)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in cells]
    return "\n".join([line, rule, *body, f"({len(cells)} rows)"])


def triples_as(fmt: str) -> Callable[[list[ox.Triple]], str]:
    """A writer of CONSTRUCT/DESCRIBE results in an RDF format, with tdkt's prefixes."""
    from .vocab import PREFIXES

    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]

    def write(triples: list[ox.Triple]) -> str:
        return ox.serialize(triples, format=rdf_format, prefixes={k: str(v) for k, v in PREFIXES.items()}).decode("utf-8").rstrip("\n")

    return write


FORMATTERS = {"table": to_table, "csv": to_csv, "json": to_json}  # solutions and booleans
GRAPH_FORMATTERS = {fmt: triples_as(fmt) for fmt in ("turtle", "ntriples", "jsonld")}  # CONSTRUCT and DESCRIBE


def format_answer(answer: Answer, fmt: str | None) -> str:
    """An answer in the format asked for (default: a table, or Turtle for triples); a format that does not fit is an error."""
    if isinstance(answer, list):
        if fmt not in (None, *GRAPH_FORMATTERS):
            raise ValueError(f"a CONSTRUCT or DESCRIBE answer is a graph: --format {' , '.join(GRAPH_FORMATTERS)}, not {fmt}")
        return GRAPH_FORMATTERS[fmt or "turtle"](answer)
    if fmt not in (None, *FORMATTERS):
        raise ValueError(f"a SELECT or ASK answer is a table: --format {', '.join(FORMATTERS)}, not {fmt}")
    return FORMATTERS[fmt or "table"](answer)

"""The shapes compiled: shapes.ttl turned once into queries that find every violation in many article graphs at
once, on Oxigraph (`tdkt validate`), and, side by side, into the same tests in Python over one article's triples
(tdkt.pychecks: what ingest's workers run on each article, about 2 ms).

pyshacl checks one article in 30-60 ms; these queries check a whole store in a few milliseconds an article,
because Oxigraph evaluates them natively and each runs once per batch of graphs, not once per article. Each article graph is checked on its own, as pyshacl checks it (`GRAPH ?g`), with the award scheme's
graph beside it for what the shapes ask of award types. pyshacl stays the reference: `tdkt validate --engine
pyshacl` runs it, and tests/ontology/test_checks.py asserts that both report the same violations, fault by fault.

The compiler covers the SHACL Core the shapes use (targetClass; IRI and sequence paths; minCount, maxCount,
datatype, nodeKind, class, in, hasValue, minInclusive, pattern, languageIn, uniqueLang, lessThan, lessThanOrEquals, closed
with ignoredProperties; sh:or, sh:not and sh:property inside them) and refuses any other constraint, so a new kind in shapes.ttl cannot be silently skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from .pychecks import Data, Term, compare, datatype_of, distinct
from .validate import SCHEME_CLASSES, Violation, _shape_name, _short, shapes_graph
from .vocab import ARTICLE_GRAPH_PREFIX, AWARDS_GRAPH, GAZETTEER_GRAPH, SH, SPARQL_PREFIXES

# constraints that shape nothing by themselves, or that the compiler reads with their companions
_NOT_CONSTRAINTS = {
    SH.path, SH.message, SH.name, SH.description, SH.targetClass, RDF.type, SH.property, SH.severity, SH.order, SH.group,
    SH.ignoredProperties,
}  # fmt: skip
_SUPPORTED = {
    SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.hasValue, SH.minInclusive,
    SH.pattern, SH.languageIn, SH.uniqueLang, SH["or"], SH["not"], SH.lessThan, SH.lessThanOrEquals, SH.closed,
    SH.nodeKind,
}  # fmt: skip
_NODE_KINDS = {SH.IRI: "isIRI", SH.Literal: "isLiteral", SH.BlankNode: "isBlank"}


class UnsupportedShape(Exception):
    """shapes.ttl uses a constraint the compiler does not know: extend it (and its test) before using it."""


@dataclass(frozen=True)
class Check:
    """One constraint: a query that returns (?g ?focus ?value) for each violation in many graphs, and the same
    test in Python over one article's triples (`evaluate(data)` yields (focus, value) pairs; tdkt.pychecks)."""

    rule: str
    path: str | None
    message: str
    sparql: str
    evaluate: Callable[[Data], Iterable[tuple[Term, Term | None]]] | None = field(default=None, compare=False, repr=False)


def _term(node) -> str:
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise UnsupportedShape(f"a blank node where a value was expected: {node}")


def _in_data(s: str, p: str, o: str) -> str:
    """A triple of the article's graph or of the award scheme (award types' kinds and classes live there)."""
    return (
        f"{{ GRAPH ?g {{ {s} {p} {o} }} }} UNION {{ GRAPH <{AWARDS_GRAPH}> {{ {s} {p} {o} }} }}"
        f" UNION {{ GRAPH <{GAZETTEER_GRAPH}> {{ {s} {p} {o} }} }}"
    )


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.fresh = 0

    def var(self) -> str:
        self.fresh += 1
        return f"?v{self.fresh}"

    def steps(self, path) -> tuple[URIRef, ...]:
        steps = tuple(Collection(self.shapes, path)) if isinstance(path, BNode) else (path,)
        if not all(isinstance(s, URIRef) for s in steps):
            raise UnsupportedShape(f"only IRI and sequence paths are compiled, not {path}")
        return steps

    def values(self, path) -> tuple[str, str]:
        """(pattern, ?var): the values of the focus node along a path, step by step through the data."""
        steps = self.steps(path)
        node, parts = "?focus", []
        for i, step in enumerate(steps):
            out = self.var()
            parts.append(f"GRAPH ?g {{ {node} <{step}> {out} }}" if i == 0 else _in_data(node, f"<{step}>", out))
            node = out
        return " . ".join(parts), node

    def constraints(self, shape) -> set:
        found = {p for p in self.shapes.predicates(shape, None)} - _NOT_CONSTRAINTS
        unknown = found - _SUPPORTED
        if unknown:
            raise UnsupportedShape(f"{_short(shape)} uses {', '.join(_short(u) for u in unknown)}, which tdkt.checks does not compile")
        return found

    # ---------------------------------------------------------------- conditions (for sh:or / sh:not)
    def conforms(self, node: str, shape, only: set | None = None) -> str:
        """A SPARQL expression: `node` conforms to `shape` (the kinds of shape sh:or and sh:not hold here);
        with `only`, to those of its own constraints alone, not its property shapes."""
        parts = []
        for c in self.constraints(shape) if only is None else only:
            if c == SH["class"]:
                parts.append(f"EXISTS {{ {_in_data(node, '<' + str(RDF.type) + '>', _term(self.shapes.value(shape, c)))} }}")
            elif c == SH["not"]:
                parts.append(f"!({self.conforms(node, self.shapes.value(shape, c))})")
            elif c == SH["or"]:
                alternatives = [self.conforms(node, s) for s in Collection(self.shapes, self.shapes.value(shape, c))]
                parts.append("(" + " || ".join(alternatives) + ")")
            else:
                raise UnsupportedShape(f"{_short(c)} inside sh:or/sh:not is not compiled")
        if only is None:
            for prop in self.shapes.objects(shape, SH.property):
                parts.append(self.property_holds(node, prop))
        return " && ".join(parts) or "true"

    def property_holds(self, node: str, prop) -> str:
        pattern, value = self.values(self.shapes.value(prop, SH.path))
        pattern = pattern.replace("?focus", node)
        parts = []
        for c in self.constraints(prop):
            target = self.shapes.value(prop, c)
            if c == SH.hasValue:
                parts.append(f"EXISTS {{ {pattern} FILTER({value} = {_term(target)}) }}")
            elif c == SH["in"]:
                members = ", ".join(_term(m) for m in Collection(self.shapes, target))
                parts.append(f"NOT EXISTS {{ {pattern} FILTER({value} NOT IN ({members})) }}")
            elif c == SH["class"]:
                has = _in_data(value, f"<{RDF.type}>", _term(target))
                parts.append(f"NOT EXISTS {{ {pattern} FILTER NOT EXISTS {{ {has} }} }}")
            elif c == SH.minCount and int(target) == 1:
                parts.append(f"EXISTS {{ {pattern} }}")
            elif c == SH.lessThan:
                other = self.var()
                parts.append(
                    f"NOT EXISTS {{ {pattern} . GRAPH ?g {{ {node} <{target}> {other} }} FILTER(!COALESCE({value} < {other}, false)) }}"
                )
            else:
                raise UnsupportedShape(f"{_short(c)} in a property shape inside sh:or/sh:not is not compiled")
        return " && ".join(parts) or "true"

    # ---------------------------------------------------------------- the same conditions in Python
    def py_conforms(self, shape, only: set | None = None) -> Callable[[Data, Term], bool]:
        tests: list[Callable[[Data, Term], bool]] = []
        for c in self.constraints(shape) if only is None else only:
            target = self.shapes.value(shape, c)
            if c == SH["class"]:
                tests.append(lambda d, n, cls=target: d.is_a(n, cls))
            elif c == SH["not"]:
                inner = self.py_conforms(target)
                tests.append(lambda d, n, inner=inner: not inner(d, n))
            elif c == SH["or"]:
                alternatives = [self.py_conforms(a) for a in Collection(self.shapes, target)]
                tests.append(lambda d, n, alts=alternatives: any(a(d, n) for a in alts))
            else:
                raise UnsupportedShape(f"{_short(c)} inside sh:or/sh:not is not compiled")
        if only is None:
            tests += [self.py_holds(prop) for prop in self.shapes.objects(shape, SH.property)]
        return lambda d, n: all(t(d, n) for t in tests)

    def py_holds(self, prop) -> Callable[[Data, Term], bool]:
        steps = self.steps(self.shapes.value(prop, SH.path))
        tests: list[Callable[[Data, Term, list[Term]], bool]] = []
        for c in self.constraints(prop):
            target = self.shapes.value(prop, c)
            if c == SH.hasValue:
                tests.append(lambda d, n, vs, t=target: t in vs)
            elif c == SH["in"]:
                members = set(Collection(self.shapes, target))
                tests.append(lambda d, n, vs, m=members: all(v in m for v in vs))
            elif c == SH["class"]:
                tests.append(lambda d, n, vs, cls=target: all(d.is_a(v, cls) for v in vs))
            elif c == SH.minCount and int(target) == 1:
                tests.append(lambda d, n, vs: bool(vs))
            elif c == SH.lessThan:
                tests.append(lambda d, n, vs, t=target: all(compare(v, o, "<") is True for v in vs for o in d.objects(n, t)))
            else:
                raise UnsupportedShape(f"{_short(c)} in a property shape inside sh:or/sh:not is not compiled")
        return lambda d, n: (lambda vs: all(t(d, n, vs) for t in tests))(d.path(n, steps))

    # ---------------------------------------------------------------- violations
    def node_shape(self, shape) -> list[Check]:
        classes = tuple(sorted(self.shapes.objects(shape, SH.targetClass)))
        targets = " ".join(_term(t) for t in classes)
        focus = f"VALUES ?type {{ {targets} }} GRAPH ?g {{ ?focus a ?type }}"
        rule, message = _shape_name(shape), str(self.shapes.value(shape, SH.message) or "")
        checks = []
        node_level = self.constraints(shape)
        if SH.closed in node_level:
            node_level.discard(SH.closed)
            if self.shapes.value(shape, SH.closed).toPython() is True:
                checks.append(self.closed(shape, focus, classes, rule))
        for c in node_level:
            if c not in (SH["or"], SH["not"], SH["class"]):
                raise UnsupportedShape(f"{_short(c)} on a node shape is not compiled")
        if node_level:
            condition = self.conforms("?focus", shape, only=node_level)
            sparql = f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {focus} FILTER(!({condition})) }}"
            holds = self.py_conforms(shape, only=node_level)
            evaluate = _each_focus(classes, lambda d, f: [] if holds(d, f) else [None])
            checks.append(Check(rule, None, message or "does not conform", sparql, evaluate))
        for prop in self.shapes.objects(shape, SH.property):
            checks += self.property_shape(prop, focus, classes)
        return checks

    def closed(self, shape, focus: str, classes: tuple, rule: str) -> Check:
        """sh:closed: a property of the focus node that none of the shape's property shapes names (nor
        sh:ignoredProperties) is a violation, such as a typo beside the real property."""
        allowed = {self.shapes.value(p, SH.path) for p in self.shapes.objects(shape, SH.property)}
        ignored = self.shapes.value(shape, SH.ignoredProperties)
        if ignored is not None:
            allowed |= set(Collection(self.shapes, ignored))
        if not all(isinstance(a, URIRef) for a in allowed):
            raise UnsupportedShape(f"{_short(shape)} is closed but has a property shape with a complex path")
        names = ", ".join(f"<{a}>" for a in sorted(allowed))
        sparql = f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {focus} GRAPH ?g {{ ?focus ?p ?o }} FILTER(?p NOT IN ({names})) BIND(?p AS ?value) }}"
        allowed_names = {str(a) for a in allowed}
        evaluate = _each_focus(classes, lambda d, f: [p for p in d.predicates(f) if p not in allowed_names])
        return Check(rule, None, "a property the closed shape does not allow", sparql, evaluate)

    def property_shape(self, prop, focus: str, classes: tuple) -> list[Check]:
        path = self.shapes.value(prop, SH.path)
        pattern, v = self.values(path)
        steps = self.steps(path)
        rule, short = _shape_name(prop), _short(path) if not isinstance(path, BNode) else None
        message = str(self.shapes.value(prop, SH.message) or "")
        checks = []

        def each_value(bad: Callable[[Data, Term, Term], bool]) -> Callable[[Data], Iterable[tuple[Term, Term | None]]]:
            return _each_focus(classes, lambda d, f: [x for x in d.path(f, steps) if bad(d, f, x)])

        for c in sorted(self.constraints(prop)):
            target = self.shapes.value(prop, c)
            if c in (SH.minCount, SH.maxCount):
                op = "<" if c == SH.minCount else ">"
                sparql = (
                    f"SELECT ?g ?focus (SAMPLE({v}) AS ?value) WHERE {{ {focus} OPTIONAL {{ {pattern} }} }} "
                    f"GROUP BY ?g ?focus HAVING (COUNT(DISTINCT {v}) {op} {int(target)})"
                )
                what = f"{'at least' if c == SH.minCount else 'at most'} {int(target)} value(s) of {short}"
                bound, fewer = int(target), c == SH.minCount

                def count(d: Data, f: Term, bound=bound, fewer=fewer) -> list[Term | None]:
                    found = d.path(f, steps)
                    wrong = len(found) < bound if fewer else len(found) > bound
                    return [found[0] if found else None] if wrong else []

                checks.append(Check(rule, short, message or what, sparql, _each_focus(classes, count)))
                continue
            if c == SH.datatype:
                if target == RDF.langString:
                    bad = f"!(isLiteral({v}) && LANG({v}) != '')"
                    py = lambda d, f, x: not (isinstance(x, Literal) and bool(x.language))  # noqa: E731
                else:
                    bad = f"!(isLiteral({v}) && DATATYPE({v}) = {_term(target)} && LANG({v}) = '')"
                    py = lambda d, f, x, t=target: not (isinstance(x, Literal) and datatype_of(x) == t)  # noqa: E731
                what = f"a value of {short} that is not {_short(target)}"
            elif c == SH["class"]:
                bad = f"NOT EXISTS {{ {_in_data(v, f'<{RDF.type}>', _term(target))} }}"
                py = lambda d, f, x, cls=target: not d.is_a(x, cls)  # noqa: E731
                what = f"a value of {short} that is not a {_short(target)}"
            elif c == SH["in"]:
                members = list(Collection(self.shapes, target))
                bad = f"{v} NOT IN ({', '.join(_term(m) for m in members)})"
                py = lambda d, f, x, m=set(members): x not in m  # noqa: E731
                what = f"a value of {short} outside its list"
            elif c == SH.nodeKind:
                if target not in _NODE_KINDS:
                    raise UnsupportedShape(f"sh:nodeKind {_short(target)} is not compiled")
                bad = f"!{_NODE_KINDS[target]}({v})"
                kind = {SH.IRI: URIRef, SH.Literal: Literal, SH.BlankNode: BNode}[target]
                py = lambda d, f, x, k=kind: not isinstance(x, k)  # noqa: E731
                what = f"a value of {short} that is not a {_short(target)}"
            elif c == SH.minInclusive:
                bad = f"!COALESCE({v} >= {_term(target)}, false)"
                py = lambda d, f, x, t=target: compare(x, t, ">=") is not True  # noqa: E731
                what = f"a value of {short} below {target}"
            elif c == SH.pattern:
                bad = f"!COALESCE(REGEX(STR({v}), {Literal(str(target)).n3()}), false)"
                regex = re.compile(str(target))
                py = lambda d, f, x, r=regex: isinstance(x, BNode) or not r.search(str(x))  # noqa: E731
                what = f"a value of {short} that does not match {target}"
            elif c == SH.languageIn:
                tags = [str(x) for x in Collection(self.shapes, target)]
                langs = ", ".join(Literal(t).n3() for t in tags)
                bad = f"!(LANG({v}) IN ({langs}))"
                py = lambda d, f, x, t=set(tags): isinstance(x, Literal) and (x.language or "") not in t  # noqa: E731
                what = f"a value of {short} in another language"
            elif c == SH.uniqueLang:
                if not bool(target.toPython()):
                    continue
                other = self.var()
                sparql = (
                    f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {focus} {pattern} . {pattern.replace(v, other)} "
                    f"FILTER({v} != {other} && LANG({v}) = LANG({other}) && LANG({v}) != '') BIND(LANG({v}) AS ?value) }}"
                )

                def unique(d: Data, f: Term) -> list[Term | None]:
                    tags = [x.language for x in d.path(f, steps) if isinstance(x, Literal) and x.language]
                    return [Literal(t) for t in distinct(t for t in tags if tags.count(t) > 1)]

                checks.append(Check(rule, short, message or f"two values of {short} in one language", sparql, _each_focus(classes, unique)))
                continue
            elif c == SH["or"]:
                alternatives = [self.conforms(v, a) for a in Collection(self.shapes, target)]
                bad = "!(" + " || ".join(alternatives) + ")"
                py_alternatives = [self.py_conforms(a) for a in Collection(self.shapes, target)]
                py = lambda d, f, x, alts=py_alternatives: not any(a(d, x) for a in alts)  # noqa: E731
                what = f"a value of {short} that fits none of its alternatives"
            elif c in (SH.lessThan, SH.lessThanOrEquals):
                other, op = self.var(), "<" if c == SH.lessThan else "<="
                sparql = (
                    f"SELECT DISTINCT ?g ?focus (({v}) AS ?value) WHERE {{ {focus} {pattern} . GRAPH ?g {{ ?focus <{target}> {other} }} "
                    f"FILTER(!COALESCE({v} {op} {other}, false)) }}"
                )
                py = lambda d, f, x, t=target, op=op: any(compare(x, o, op) is not True for o in d.objects(f, t))  # noqa: E731
                checks.append(Check(rule, short, message or f"a value of {short} not {op} {_short(target)}", sparql, each_value(py)))
                continue
            elif c == SH.hasValue:
                sparql = (
                    f"SELECT DISTINCT ?g ?focus ?value WHERE {{ {focus} FILTER NOT EXISTS {{ {pattern} FILTER({v} = {_term(target)}) }} }}"
                )
                evaluate = _each_focus(classes, lambda d, f, t=target: [] if t in d.path(f, steps) else [None])
                checks.append(Check(rule, short, message or f"no {short} {target}", sparql, evaluate))
                continue
            else:
                raise UnsupportedShape(f"{_short(c)} on a property shape is not compiled")
            sparql = f"SELECT DISTINCT ?g ?focus (({v}) AS ?value) WHERE {{ {focus} {pattern} FILTER({bad}) }}"
            checks.append(Check(rule, short, message or what, sparql, each_value(py)))
        return checks


def _each_focus(classes: tuple, wrong: Callable[[Data, Term], list[Term | None]]) -> Callable[[Data], Iterable[tuple[Term, Term | None]]]:
    """A check's Python form: (focus, value) for each value `wrong` finds on each node of the classes."""
    return lambda d: [(f, value) for f in d.focus(classes) for value in wrong(d, f)]


@cache
def compiled() -> tuple[Check, ...]:
    """Every check of the article shapes (not the award scheme's own, which `validate_scheme` runs once)."""
    shapes = shapes_graph()
    compiler = _Compiler(shapes)
    scheme = {s for c in SCHEME_CLASSES for s in shapes.subjects(SH.targetClass, c)}
    checks: list[Check] = []
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)) - scheme):
        checks += compiler.node_shape(shape)
    return tuple(checks)


def run_checks(store: ox.Store, graphs: Iterable[str] | None = None, article_ids: dict[str, str] | None = None) -> list[Violation]:
    """The violations in the article graphs given (default: every article graph of the store), sorted.

    `store` must hold the award scheme in its graph (`tdkt ingest` writes it with the first chunk)."""
    scope = _EVERY_ARTICLE if graphs is None else "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"
    return _violations(store, compiled(), scope, dict(article_ids or {}))


_EVERY_ARTICLE = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPH_PREFIX}"))'


def _violations(store: ox.Store, checks: Iterable[Check], scope: str, ids: dict[str, str]) -> list[Violation]:
    """Each check run on the graphs `scope` selects (a pattern put first in its WHERE), its rows as violations named
    by article (`ids`, graph -> article id, is filled in as graphs are met), sorted."""
    out: set[Violation] = set()
    for check in checks:
        sparql = check.sparql.replace("WHERE { ", f"WHERE {{ {scope} ", 1)
        for row in store.query(sparql):
            g = row["g"].value
            if g not in ids:
                ids[g] = _article_id(store, g)
            value = row["value"]
            out.add(
                Violation(ids[g], row["focus"].value, check.rule, check.path, check.message, value.value if value is not None else None)
            )
    return sorted(out, key=lambda v: (v.article, v.node, v.rule, v.value or ""))


# Checks SHACL Core cannot state on one article graph: a quote against its article's text, a graph that was
# cut off while being written, and rules over the union of the article graphs (an IRI that two articles give
# different kinds or names).
STORE_CHECKS = (
    Check(
        "store:GraphWrittenWhole",
        "prov:wasGeneratedBy",
        "the article graph has no seal (the ingest run that wrote it): it was cut off mid-load; run the same ingest again",
        SPARQL_PREFIXES + "SELECT DISTINCT ?g ?focus ?value WHERE { GRAPH ?g { ?focus a tdkt:Article } "
        "FILTER NOT EXISTS { GRAPH ?g { ?g prov:wasGeneratedBy ?run } } }",
    ),
    Check(
        "store:QuoteMatchesOffsets",
        "tdkt:quote",
        "the quote is not the article's text at its offsets",
        SPARQL_PREFIXES + "SELECT DISTINCT ?g ?focus (STR(?q) AS ?value) WHERE { GRAPH ?g { ?focus a tdkt:Evidence ; tdkt:quote ?q ; "
        "tdkt:charStart ?s ; tdkt:charEnd ?e ; prov:wasQuotedFrom ?a . ?a tdkt:text ?text } "
        "FILTER(!COALESCE(SUBSTR(?text, ?s + 1, ?e - ?s) = STR(?q), false)) }",
    ),
    Check(
        "store:PersonAndBody",
        None,
        "one IRI is a person in one article and a body in another",
        SPARQL_PREFIXES + "SELECT DISTINCT ?g ?focus (STR(?other) AS ?value) WHERE { GRAPH ?g { ?focus a tdkt:Person } "
        "GRAPH ?other { ?focus a org:Organization } FILTER(?g != ?other) }",
    ),
    Check(
        "store:OnePersonOneName",
        "foaf:name",
        "one person IRI has names that differ in more than case across articles",
        # names counted per person first: pairing every article's name with every other's grew with the square
        SPARQL_PREFIXES + "SELECT DISTINCT ?g ?focus (STR(?n) AS ?value) WHERE { GRAPH ?g { ?focus a tdkt:Person ; foaf:name ?n } "
        "{ SELECT ?focus WHERE { GRAPH ?any { ?focus foaf:name ?name } } "
        "GROUP BY ?focus HAVING (COUNT(DISTINCT LCASE(STR(?name))) > 1) } }",
    ),
    Check(
        "store:OneMentionOneArticle",
        "tdkt:inArticle",
        "a mention is in an article other than the one its graph holds",
        SPARQL_PREFIXES + "SELECT DISTINCT ?g ?focus (STR(?a) AS ?value) WHERE { GRAPH ?g { ?focus tdkt:inArticle ?a } "
        "FILTER NOT EXISTS { GRAPH ?g { ?a a tdkt:Article } } }",
    ),
)


def store_checks(store: ox.Store) -> list[Violation]:
    """The second pass: STORE_CHECKS over every article graph of a store (`tdkt validate` runs it)."""
    return _violations(store, STORE_CHECKS, _EVERY_ARTICLE, {})


@cache
def _scheme_nquads() -> bytes:
    from .batch import in_graph
    from .store import reference_ntriples

    refs = reference_ntriples()
    return b"".join(in_graph(refs[str(g)], str(g)) for g in (AWARDS_GRAPH, GAZETTEER_GRAPH))


def scratch_store() -> ox.Store:
    """A store in memory holding the award scheme, into which article graphs are copied to be checked: the
    checks run several times faster there than on the store on disk."""
    scratch = ox.Store()
    scratch.load(_scheme_nquads(), format=ox.RdfFormat.N_QUADS)
    return scratch


def _article_id(store: ox.Store, graph: str) -> str:
    rows = list(store.query(f"SELECT ?id WHERE {{ GRAPH <{graph}> {{ ?a <http://purl.org/dc/terms/identifier> ?id }} }} LIMIT 1"))
    return rows[0]["id"].value if rows else graph.rsplit("/", 1)[-1]


__all__ = ["STORE_CHECKS", "Check", "UnsupportedShape", "compiled", "run_checks", "scratch_store", "store_checks"]

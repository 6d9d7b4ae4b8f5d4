"""The compiled shapes run in Python over one article's triples, as ingest's workers check each article.

The SPARQL checks (tdkt.checks) need the article in a store and cost 50 ms on one article alone, 6-9 ms an
article on a batch; the same constraints evaluated here on the triples the builder has just made cost 2-3 ms. Each `Check` carries both forms, built side by side by the compiler, and
tests/ontology/test_checks.py holds pyshacl, the SPARQL checks and these to the same answers, fault by fault.

The semantics are the SPARQL checks' (which are pyshacl's on every fault the tests inject): a value's class is
an rdf:type in the article, the award scheme or the gazetteer; a comparison between values of different kinds is
an error, and an error counts as a violation, as `!COALESCE(?a < ?b, false)` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .validate import Violation

Term = URIRef | Literal | BNode

_NUMERIC = {
    XSD[t]
    for t in (
        "integer decimal double float int long short byte nonNegativeInteger positiveInteger nonPositiveInteger "
        "negativeInteger unsignedInt unsignedLong unsignedShort unsignedByte"
    ).split()
}
_STRING = XSD.string


class Reference:
    """The award scheme and the gazetteer (what a value's class or a path's later steps may read), indexed once."""

    def __init__(self, triples: Iterable[tuple[Term, Term, Term]]) -> None:
        self.out: dict[str, dict[str, list[Term]]] = {}
        self.types: dict[str, set[str]] = {}
        for s, p, o in triples:
            self.out.setdefault(str(s), {}).setdefault(str(p), []).append(o)
            if p == RDF.type:
                self.types.setdefault(str(s), set()).add(str(o))


_NO_TYPES: set[str] = set()
_NO_OUT: dict[str, list[Term]] = {}
_NO_VALUES: list[Term] = []  # read only, as every path's values are
_TYPE = str(RDF.type)


class Data:
    """One article's triples, indexed by subject and by type, beside the reference graphs. The keys are plain
    strings: rdflib's terms compare in Python, and a check makes thousands of lookups an article. The triples are
    each given once (a graph's, or `article_triples`'), so a property's values need no de-duplication."""

    def __init__(self, triples: Iterable[tuple[Term, Term, Term]], reference: Reference) -> None:
        self.out: dict[str, dict[str, list[Term]]] = {}
        self.typed: dict[str, list[Term]] = {}
        self.types: dict[str, set[str]] = {}
        self.reference = reference
        self._focus: dict[tuple[Term, ...], list[Term]] = {}  # each shape's checks share its focus nodes
        self._paths: dict[tuple[str, tuple[URIRef, ...]], list[Term]] = {}  # and a property's checks its values
        for s, p, o in triples:
            subject, predicate = str(s), str(p)
            self.out.setdefault(subject, {}).setdefault(predicate, []).append(o)
            if predicate == _TYPE:
                self.typed.setdefault(str(o), []).append(s)
                self.types.setdefault(subject, set()).add(str(o))

    def focus(self, targets: tuple[Term, ...]) -> list[Term]:
        found = self._focus.get(targets)
        if found is None:
            found = self._focus[targets] = distinct(n for t in targets for n in self.typed.get(str(t), ()))
        return found

    def predicates(self, node: Term) -> list[str]:
        return list(self.out.get(str(node), ()))

    def objects(self, node: Term, predicate: Term) -> list[Term]:
        return self.out.get(str(node), {}).get(str(predicate), [])

    def objects_anywhere(self, node: Term, predicate: Term) -> list[Term]:
        key = str(node)
        return self.out.get(key, {}).get(str(predicate), []) + self.reference.out.get(key, {}).get(str(predicate), [])

    def is_a(self, node: Term, cls: Term) -> bool:
        if isinstance(node, Literal):
            return False
        key, wanted = str(node), str(cls)
        return wanted in self.types.get(key, _NO_TYPES) or wanted in self.reference.types.get(key, _NO_TYPES)

    def path(self, node: Term, steps: tuple[URIRef, ...]) -> list[Term]:
        """The values along a path: its first step in the article, the others in the article or the reference."""
        if len(steps) == 1:  # most paths: the article's own values, distinct already (each triple is there once)
            return self.out.get(str(node), _NO_OUT).get(str(steps[0]), _NO_VALUES)
        key = (str(node), steps)
        found = self._paths.get(key)
        if found is not None:
            return found
        found = self.objects(node, steps[0])
        for step in steps[1:]:
            found = [o for n in found for o in self.objects_anywhere(n, step)]
        found = self._paths[key] = distinct(found)
        return found


def distinct(items: Iterable[Term]) -> list[Term]:
    return list(dict.fromkeys(items))


def datatype_of(lit: Literal) -> URIRef:
    if lit.language:
        return RDF.langString
    return lit.datatype or _STRING


def _comparable(term: Term) -> tuple[str, object] | None:
    """(kind, value) of a literal SPARQL can order, or None (an IRI, a tagged string, a malformed value)."""
    if not isinstance(term, Literal) or term.language:
        return None
    kind, text = datatype_of(term), str(term)
    try:
        if kind in _NUMERIC:
            return "number", Decimal(text.strip())
        if kind == XSD.date:
            return "date", dt.date.fromisoformat(text[:10])
        if kind == XSD.dateTime:
            return "dateTime", dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if kind == XSD.gYear:
            return "gYear", int(text[:-1] if text.endswith("Z") else text)
        if kind == XSD.boolean:
            return "boolean", {"true": True, "1": True, "false": False, "0": False}[text]
        if kind == _STRING:
            return "string", text
    except (ValueError, KeyError, InvalidOperation):
        return None
    return None


def compare(a: Term, b: Term, op: str) -> bool | None:
    """a op b (`<`, `<=` or `>=`) as SPARQL orders them; None where SPARQL raises an error."""
    left, right = _comparable(a), _comparable(b)
    if left is None or right is None or left[0] != right[0]:
        return None
    x, y = left[1], right[1]
    try:
        return x < y if op == "<" else x <= y if op == "<=" else x >= y  # type: ignore[operator]
    except TypeError:  # a date-time with a zone beside one without
        return None


@cache
def reference() -> Reference:
    """The award scheme and the gazetteer as built for the store's reference graphs (not read back from text)."""
    from itertools import chain

    from tdkt.ingest.rdf import gazetteer_graph
    from tdkt.ingest.taxonomy import taxonomy_graph

    return Reference(chain(taxonomy_graph(), gazetteer_graph()))


def check_article(article_id: str, triples: Iterable[tuple[Term, Term, Term]]) -> list[Violation]:
    """Every violation of the compiled shapes in one article's triples, sorted as the SPARQL checks sort theirs."""
    from .checks import compiled

    data = Data(triples, reference())
    out: set[Violation] = set()
    for check in compiled():
        assert check.evaluate is not None  # the compiler builds both forms of every check
        for focus, value in check.evaluate(data):
            out.add(Violation(article_id, str(focus), check.rule, check.path, check.message, None if value is None else str(value)))
    return sorted(out, key=lambda v: (v.article, v.node, v.rule, v.value or ""))


__all__ = ["Data", "Reference", "check_article", "compare", "datatype_of", "distinct"]

"""SHACL validation of article graphs, with a report that names article, node and rule."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph

from tdkt.ingest.taxonomy import taxonomy_graph
from tdkt.resources import resource_path
from tdkt.vocab import RDF, SH, SHAPES, TDKT


@dataclass(frozen=True)
class Violation:
    article: str
    node: str
    rule: str
    path: str | None
    message: str
    value: str | None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.article}: {self.node}{where}: {self.message}{value} [{self.rule}]"


@cache
def shapes_graph() -> Graph:
    return Graph().parse(resource_path("ontology/shapes.ttl"), format="turtle")


@cache
def _awards() -> Graph:
    return taxonomy_graph()


def validate_graph(article_id: str, graph: Graph) -> list[Violation]:
    """Violations of the shapes in one article's graph (checked together with the award scheme)."""
    data = Graph()
    for t in graph:
        data.add(t)
    for t in _awards():
        data.add(t)
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none", advanced=False)
    if conforms:
        return []
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        node = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        shape = results.value(r, SH.sourceShape)
        value = results.value(r, SH.value)
        out.append(
            Violation(
                article_id,
                str(node),
                _short(shape),
                _short(path) if path is not None else None,
                str(message) if message is not None else "violates a shape",
                str(value) if value is not None else None,
            )
        )
    return sorted(out, key=lambda v: (v.node, v.rule))


def _short(term) -> str:
    if isinstance(term, BNode):
        return "(anonymous shape)"
    text = str(term)
    for prefix, ns in (("shapes:", str(SHAPES)), ("tdkt:", str(TDKT))):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text

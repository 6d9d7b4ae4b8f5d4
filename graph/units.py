"""The gazetteer as the store holds it (graph/gazetteer): unit labels and containment for the views.

Views read it by SPARQL from the same source as the facts, so they need nothing
from the ingest side and work the same on an endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.vocab import GAZETTEER_GRAPH, UNIT_PREFIX

from .source import Source


@dataclass(frozen=True)
class UnitRow:
    iri: str
    label: str
    within: str | None
    is_province: bool


class Units:
    """Pre-2025 provinces and districts (and post-2025 provinces) by IRI."""

    def __init__(self, src: Source) -> None:
        rows = src.select(f"""
SELECT ?unit ?label ?within ?province WHERE {{
  GRAPH <{GAZETTEER_GRAPH}> {{
    ?unit a tdkt:AdministrativeUnit ; rdfs:label ?label .
    OPTIONAL {{ ?unit tdkt:within ?within }}
    BIND(EXISTS {{ ?unit a tdkt:Province }} AS ?province)
  }}
}}""")
        self.units = {r["unit"]: UnitRow(r["unit"], r["label"], r["within"], r["province"] in ("true", "1")) for r in rows if r["unit"]}

    def get(self, iri: str | None) -> UnitRow | None:
        """The unit of an IRI; a commune's IRI (unit/DISTRICT/name) answers with its district."""
        if not iri or not iri.startswith(UNIT_PREFIX):
            return None
        return self.units.get(UNIT_PREFIX + iri[len(UNIT_PREFIX) :].split("/")[0])

    def province_of(self, iri: str | None) -> str:
        """'tỉnh Quảng Ninh' for Quảng Ninh or one of its districts; '' if unknown."""
        unit = self.get(iri)
        while unit is not None and not unit.is_province:
            unit = self.units.get(unit.within or "")
        return unit.label if unit else ""

    def label(self, iri: str) -> str:
        unit = self.units.get(iri)
        return unit.label if unit else iri.rsplit("/", 1)[-1]

    def chain(self, iri: str) -> list[UnitRow]:
        """The unit of `iri` and every unit containing it, innermost first."""
        out, unit = [], self.get(iri)
        while unit is not None:
            out.append(unit)
            unit = self.units.get(unit.within or "")
        return out

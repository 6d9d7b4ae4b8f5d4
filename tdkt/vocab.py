"""Every namespace, graph name and IRI of tdkt, spelled once.

`TDKT` is built from `ontology/tdkt.ttl`: asking it for a term the ontology does
not declare raises, so a typo fails instead of minting a new term. IRIs of things
are derived from what identifies them (see the README's IRI section).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from .resources import resource_path

BASE = "https://w3id.org/tdkt/"
ID = Namespace(BASE + "id/")
AWARD = Namespace(BASE + "award/")
GRAPH = Namespace(BASE + "graph/")
SHAPES = Namespace(BASE + "shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_GRAPH = GRAPH["ontology"]
AWARDS_GRAPH = GRAPH["awards"]
GAZETTEER_GRAPH = GRAPH["gazetteer"]
ARTICLE_GRAPH_PREFIX = str(GRAPH["article/"])
UNIT_PREFIX = str(ID["unit/"])


class StrictNamespace:
    """A namespace that only hands out the terms its ontology declares."""

    def __init__(self, iri: str, source: str) -> None:
        self._iri, self._source = iri, source

    @property
    def terms(self) -> frozenset[str]:
        return _declared(self._iri, self._source)

    def __getitem__(self, name: str) -> URIRef:
        if name not in self.terms:
            raise KeyError(f"{name!r} is not a term of {self._source} ({self._iri})")
        return URIRef(self._iri + name)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            term = self[name]
        except KeyError as e:
            raise AttributeError(str(e)) from None
        setattr(self, name, term)  # checked once: later uses find the attribute without coming here
        return term

    def __str__(self) -> str:
        return self._iri


@cache
def _declared(iri: str, source: str) -> frozenset[str]:
    g = Graph().parse(resource_path(source), format="turtle")
    return frozenset(str(s)[len(iri) :] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(iri))


TDKT = StrictNamespace(BASE + "ontology#", "ontology/tdkt.ttl")

PREFIXES = {
    "tdkt": Namespace(str(TDKT)),
    "tid": ID,
    "award": AWARD,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "foaf": FOAF,
    "dcterms": DCTERMS,
}
SPARQL_PREFIXES = "".join(
    f"PREFIX {p}: <{ns}>\n"
    for p, ns in {
        "tdkt": str(TDKT),
        "org": str(ORG),
        "prov": str(PROV),
        "foaf": str(FOAF),
        "skos": str(SKOS),
        "rdfs": str(RDFS),
        "dcterms": str(DCTERMS),
    }.items()
)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """'Ủy ban nhân dân huyện Bình Liêu' -> 'uy-ban-nhan-dan-huyen-binh-lieu' (cached: names recur in a batch)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


def short_hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def name_key(text: str) -> str:
    """What identifies a name: its NFC form, case folded, spaces collapsed (the tones kept: Hải is not Hài)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def ident(text: str) -> str:
    """An IRI segment for a name: readable ASCII, plus a hash of the name with its tones, so that names that
    differ only in tones ('Văn Hóa', 'Văn Hòa') never share an IRI while the IRI stays plain ASCII for every store."""
    return f"{slug(text)}-{short_hash(name_key(text))[:6]}"


def article_key(article_id: str) -> str:
    """The IRI segment of an article: its id when that is already a clean segment ('h01-phulinh'), else the
    id folded to ASCII plus a short hash of the id itself, so that 'Bài 1', 'bai-1' and 'Bai_1' never share one."""
    key = slug(article_id)
    return key if key == article_id else f"{key}-{short_hash(article_id)[:8]}"


def article_graph(article_id: str) -> URIRef:
    return GRAPH[f"article/{article_key(article_id)}"]


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_key(article_id)}"]


def unit_iri(code: str) -> URIRef:
    return ID[f"unit/{code}"]


def commune_iri(name: str, district_code: str | None, article_id: str) -> URIRef:
    """A commune (the gazetteer has none) by name within its district; with no district known, the article's
    own (communes of one name exist in many districts: 'xã Tân Mỹ' is never one nationwide node)."""
    return ID[f"unit/{district_code or article_key(article_id)}/{ident(name)}"]


NATIONAL_SCOPE = "vn"


def person_iri(name: str, scope: str) -> URIRef:
    """A person by name within a scope: 'vn' for holders of national posts, a province's slug, or an article's
    key for a person nothing places (tdkt.ingest.rdf resolves which, and says why on each mention)."""
    return ID[f"person/{scope}/{ident(name)}"]


def org_iri(name: str, province_name: str | None = None) -> URIRef:
    """A body by its canonical name; below province level, with its province (names repeat across provinces)."""
    return ID[f"org/{ident(name)}" + (f"--{slug(province_name)}" if province_name else "")]


def unresolved_org_iri(article_id: str, name: str) -> URIRef:
    """A body whose place the article leaves unresolved ('UBND' with no place): this article's, never nationwide."""
    return ID[f"org/{article_key(article_id)}/{ident(name)}"]


def post_iri(org: URIRef | None, role_or_label: str) -> URIRef:
    """A post in a body (org IRI + role), or an office that is a body of its own ('Chủ tịch nước')."""
    if org is None:
        return ID[f"post/{ident(role_or_label)}"]
    return ID[f"post/{str(org).split('/org/')[1]}/{ident(role_or_label)}"]


def role_iri(role: str) -> URIRef:
    return ID[f"role/{ident(role)}"]


def run_iri(started: str, nonce: str) -> URIRef:
    """An ingest run, by its start time and a nonce (two runs started in one second stay apart)."""
    return ID[f"run/{slug(started)}-{nonce}"]


def award_iri(award_id: str) -> URIRef:
    return AWARD[award_id]


def article_scoped(kind: str, article_id: str, key: str) -> URIRef:
    """IRIs of what belongs to one article (evidence, memberships, events, grants): replaced with it."""
    return ID[f"{kind}/{article_key(article_id)}/{key}"]


def campaign_iri(name: str) -> URIRef:
    return ID[f"campaign/{ident(name)}"]


__all__ = [
    "ARTICLE_GRAPH_PREFIX",
    "AWARD",
    "AWARDS_GRAPH",
    "BASE",
    "DCTERMS",
    "FOAF",
    "GAZETTEER_GRAPH",
    "GRAPH",
    "ID",
    "NATIONAL_SCOPE",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SHAPES",
    "SKOS",
    "SPARQL_PREFIXES",
    "TDKT",
    "UNIT_PREFIX",
    "XSD",
]  # fmt: skip

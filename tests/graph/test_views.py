"""Network views and measures on a small hand-made graph whose answers are known, and on the samples."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Graph
from tdkt.graph import export, measures, views
from tdkt.graph.source import StoreSource

from tdkt.cli import main
from tdkt.store import TdktStore, reference_graphs

# Two articles. In a1 (Quảng Ninh): An and Bình hold posts in the People's Committee of Tiên Yên,
# An presides the conference, Bình and Chi attend; the committee gives Giấy khen to 10 collectives.
# In a2 (Lạng Sơn), a year later: An is Bí thư of the Tiên Yên party committee; the President
# confers an order on one named commune; An launches a movement.
PREFIXES = """
@base <https://w3id.org/tdkt/id/> . @prefix tdkt: <https://w3id.org/tdkt/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix award: <https://w3id.org/tdkt/award/> .
"""
A1 = (
    PREFIXES
    + """
<article/a1> a tdkt:Article ; dcterms:identifier "a1" ; tdkt:about <unit/d199> .
<person/an> a tdkt:Person ; foaf:name "An" .
[] tdkt:inArticle <article/a1> ; tdkt:denotes <person/an> .
<person/binh> a tdkt:Person ; foaf:name "Bình" .
[] tdkt:inArticle <article/a1> ; tdkt:denotes <person/binh> .
<person/chi> a tdkt:Person ; foaf:name "Chi" .
[] tdkt:inArticle <article/a1> ; tdkt:denotes <person/chi> .
<org/ubnd> a org:Organization, tdkt:PeoplesCommittee ; skos:prefLabel "UBND Tiên Yên"@vi ; tdkt:locatedIn <unit/d199> .
[] tdkt:inArticle <article/a1> ; tdkt:denotes <org/ubnd> .
<role/ct> rdfs:label "Chủ tịch"@vi . <role/pct> rdfs:label "Phó Chủ tịch"@vi .
<m1> a org:Membership ; org:member <person/an> ; org:organization <org/ubnd> ; org:role <role/ct> ; tdkt:post <post/ubnd-ct> ; tdkt:attestedOn "2022-01-10"^^xsd:date ; tdkt:statedIn <article/a1> .
<m2> a org:Membership ; org:member <person/binh> ; org:organization <org/ubnd> ; org:role <role/pct> ; tdkt:post <post/ubnd-pct> ; tdkt:attestedOn "2022-01-10"^^xsd:date ; tdkt:statedIn <article/a1> .
<e1> a tdkt:Conference ; rdfs:label "Hội nghị"@vi ; tdkt:date "2022-01-09"^^xsd:date ; tdkt:statedIn <article/a1> .
<p1> a tdkt:Participation ; tdkt:inEvent <e1> ; tdkt:participant <person/an> ; tdkt:part tdkt:Presided ; tdkt:statedIn <article/a1> .
<p2> a tdkt:Participation ; tdkt:inEvent <e1> ; tdkt:participant <person/binh> ; tdkt:part tdkt:Attended ; tdkt:statedIn <article/a1> .
<p3> a tdkt:Participation ; tdkt:inEvent <e1> ; tdkt:participant <person/chi> ; tdkt:part tdkt:Attended ; tdkt:statedIn <article/a1> .
<g1> a tdkt:AwardGrant ; tdkt:awardType award:giay-khen ; tdkt:status tdkt:Conferred ; tdkt:conferrer <org/ubnd> ; tdkt:count 10 ; tdkt:statedIn <article/a1> .
<g3> a tdkt:AwardGrant ; tdkt:awardType award:giay-khen ; tdkt:status tdkt:Proposed ; tdkt:conferrer <org/ubnd> ; tdkt:count 7 ; tdkt:statedIn <article/a1> .
<g4> a tdkt:AwardGrant ; tdkt:awardType award:giay-khen ; tdkt:status tdkt:Conferred ; tdkt:conferrer <org/ubnd> ; tdkt:statedIn <article/a1> .
"""
)
A2 = (
    PREFIXES
    + """
<article/a2> a tdkt:Article ; dcterms:identifier "a2" ; tdkt:about <unit/p20> .
<person/an> a tdkt:Person ; foaf:name "An" .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <person/an> .
<org/hu> a org:Organization, tdkt:PartyCommittee ; skos:prefLabel "Huyện ủy Tiên Yên"@vi ; tdkt:locatedIn <unit/d199> .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <org/hu> .
<org/btv> a org:Organization, tdkt:PartyCommittee ; skos:prefLabel "BTV Huyện ủy Tiên Yên"@vi ; org:subOrganizationOf <org/hu> .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <org/btv> .
<org/hu> skos:prefLabel "Huyện ủy Tiên Yên"@vi .
<role/bt> rdfs:label "Bí thư"@vi .
<m3> a org:Membership ; org:member <person/an> ; org:organization <org/hu> ; org:role <role/bt> ; tdkt:post <post/hu-bt> ; tdkt:attestedOn "2023-02-01"^^xsd:date ; tdkt:statedIn <article/a2> .
<post/chu-tich-nuoc> rdfs:label "Chủ tịch nước"@vi .
<unit/x/dong-ngu> rdfs:label "xã Đông Ngũ"@vi .
<g2> a tdkt:AwardGrant ; tdkt:awardType award:huan-chuong-lao-dong-hang-ba ; tdkt:status tdkt:Conferred ; tdkt:conferrer <post/chu-tich-nuoc> ;
   tdkt:count 1 ; tdkt:recipient <unit/x/dong-ngu> ; tdkt:recipientName "xã Đông Ngũ" ; tdkt:statedIn <article/a2> .
<c1> a tdkt:Movement ; rdfs:label "Thi đua đổi mới"@vi ; tdkt:launchedBy <person/an> .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <c1> .
<c2> a tdkt:Drive ; rdfs:label "Vận động tiết kiệm"@vi ; tdkt:launchedBy <org/btv> .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <c2> .
<c3> a tdkt:Movement ; rdfs:label "Cả nước chung tay"@vi ; tdkt:launchedBy <post/chu-tich-nuoc> .
[] tdkt:inArticle <article/a2> ; tdkt:denotes <c3> .
"""
)
ID = "https://w3id.org/tdkt/id/"


@pytest.fixture(scope="module")
def source() -> StoreSource:
    store = TdktStore(None)
    graphs = {
        "https://w3id.org/tdkt/graph/article/a1": Graph().parse(data=A1, format="turtle"),
        "https://w3id.org/tdkt/graph/article/a2": Graph().parse(data=A2, format="turtle"),
    }
    store.replace_graphs({**reference_graphs(), **graphs})
    return StoreSource(store)


def test_posts_link_people_to_bodies_with_roles_and_articles(source):
    g = views.posts(source)
    assert set(g.edges(ID + "person/an")) == {(ID + "person/an", ID + "org/ubnd"), (ID + "person/an", ID + "org/hu")}
    edge = g.edges[ID + "person/an", ID + "org/hu"]
    assert (edge["roles"], edge["articles"]) == ("Bí thư", "a2")
    assert g.nodes[ID + "org/ubnd"]["province"] == "tỉnh Quảng Ninh"
    assert g.nodes[ID + "person/an"]["articles"] == "a1;a2"


def test_co_attendance_and_the_parts_people_played(source):
    g = views.co_attendance(source)
    assert sorted(tuple(sorted(e)) for e in g.edges()) == sorted(
        [(ID + "person/an", ID + "person/binh"), (ID + "person/an", ID + "person/chi"), (ID + "person/binh", ID + "person/chi")]
    )
    assert g.nodes[ID + "person/an"]["parts"] == "presided"
    assert measures.most_active(views.attendance(source), "presided") == [("An", 1)]


def test_conferrals_flow_to_named_recipients_or_the_article_place(source):
    g = views.conferrals(source)
    assert g.edges[ID + "org/ubnd", ID + "unit/d199"]["weight"] == 10.0
    assert g.edges[ID + "post/chu-tich-nuoc", ID + "unit/x/dong-ngu"]["awards"] == "Huân chương Lao động hạng Ba"
    assert measures.most_honoured(g) == [("huyện Tiên Yên", 10.0), ("xã Đông Ngũ", 1.0)]


def test_conferrals_keep_proposals_and_uncounted_grants_apart(source):
    edge = views.conferrals(source).edges[ID + "org/ubnd", ID + "unit/d199"]
    assert (edge["weight"], edge["grants"], edge["uncounted"]) == (10.0, 2, 1)  # the 7 proposed are not in the weight
    assert (edge["proposed"], edge["proposedGrants"], edge["kind"]) == (7, 1, "conferred")


def test_hierarchy_bodies_units_and_their_containment(source):
    g = views.hierarchy(source)
    assert g.has_edge(ID + "org/btv", ID + "org/hu")
    assert nx.has_path(g, ID + "org/ubnd", ID + "unit/p22")  # UBND -> huyện Tiên Yên -> tỉnh Quảng Ninh
    assert g.edges[ID + "unit/d199", ID + "unit/p22"]["kind"] == "within"


def test_campaigns_careers_and_co_workers(source):
    c = views.campaigns(source)
    assert c.has_edge(ID + "person/an", ID + "c1") and c.has_edge(ID + "unit/p20", ID + "c1")
    # a body or an office launches too, each a node of its own kind
    assert c.has_edge(ID + "org/btv", ID + "c2") and c.nodes[ID + "org/btv"]["kind"] == "Organisation"
    assert c.nodes[ID + "post/chu-tich-nuoc"]["kind"] == "Office" and c.nodes[ID + "person/an"]["kind"] == "Person"
    careers = views.careers(source)
    assert list(careers.edges(data="person")) == [(ID + "post/ubnd-ct", ID + "post/hu-bt", "An")]
    w = views.co_workers(source)
    assert list(w.edges()) == [(ID + "person/an", ID + "person/binh")] or list(w.edges()) == [(ID + "person/binh", ID + "person/an")]


def test_measures_on_known_graphs():
    star = nx.star_graph(3)  # 0 is the hub
    nx.set_node_attributes(star, {n: {"label": f"n{n}", "kind": "Person"} for n in star})
    assert measures.top(star, "degree", 1) == [(0, "n0", 1.0)]
    assert measures.top(star, "betweenness", 1) == [(0, "n0", 1.0)]
    two = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    assert measures.communities(two) == [{1, 2, 3}, {4, 5, 6}]
    nx.set_node_attributes(two, {n: {"province": "A" if n < 4 else "B"} for n in two})
    assert measures.province_bridges(two) == [(3, 4)]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_exports_read_back_with_their_attributes(source, tmp_path, fmt):
    g = views.conferrals(source)
    path = tmp_path / f"view.{fmt}"
    export.write(g, path, fmt)
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert back.number_of_edges() == g.number_of_edges()
    node = back.nodes[ID + "unit/d199"]
    assert (node["label"], node["kind"], node["articles"]) == ("huyện Tiên Yên", "AdministrativeUnit", "a1")


def test_graph_command_writes_a_view_and_prints_top_nodes(capsys, sample_store, tmp_path):
    out = tmp_path / "conferrals.graphml"
    assert main(["graph", "conferrals", "--store", str(sample_store), "-o", str(out), "--measure", "strength", "--top", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "top 2 nodes of the conferrals view by strength:" and lines[1].endswith("huyện Đầm Hà")
    assert nx.read_graphml(out).number_of_nodes() > 5


def test_pairwise_views_leave_out_groups_too_large_to_pair(tmp_path):
    people = "\n".join(
        f'<person/p{i}> a tdkt:Person ; foaf:name "P{i}" ; tdkt:statedIn <article/big> .\n'
        f"<part{i}> a tdkt:Participation ; tdkt:inEvent <e9> ; tdkt:participant <person/p{i}> ; tdkt:part tdkt:Attended ; "
        "tdkt:statedIn <article/big> ."
        for i in range(60)
    )
    big = (
        PREFIXES
        + f"""
<article/big> a tdkt:Article ; dcterms:identifier "big" .
<e9> a tdkt:Congress ; rdfs:label "Đại hội"@vi ; tdkt:statedIn <article/big> .
{people}
"""
    )
    store = TdktStore(None)
    store.replace_graphs({**reference_graphs(), "https://w3id.org/tdkt/graph/article/big": Graph().parse(data=big, format="turtle")})
    src = StoreSource(store)
    bounded = views.co_attendance(src)
    assert bounded.number_of_edges() == 0 and bounded.graph["groups_left_out"] == 1  # not 1,770 pairs
    assert views.co_attendance(src, max_group=100).number_of_edges() == 60 * 59 // 2
    assert views.attendance(src).number_of_edges() == 60  # the bipartite view keeps everyone

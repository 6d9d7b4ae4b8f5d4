"""Entity IRIs keep what tells names apart (tones), merge what is one (case, Unicode form), and never make a
nationwide node of a body or commune the article does not place."""

from __future__ import annotations

import unicodedata

from rdflib import RDF
from rdflib.namespace import SKOS
from tdkt.ingest.rdf import article_to_graph

from tdkt.vocab import TDKT, ident, org_iri, person_iri

from ..conftest import article


def test_names_that_differ_only_in_tones_get_two_iris():
    assert person_iri("Nguyễn Văn Hải", "lang-son") != person_iri("Nguyễn Văn Hài", "lang-son")
    assert org_iri("Ủy ban nhân dân xã Văn Hóa") != org_iri("Ủy ban nhân dân xã Văn Hòa")
    assert ident("Hải").startswith("hai-") and ident("Hài").startswith("hai-")  # readable, and still apart


def test_one_name_in_two_cases_or_two_unicode_forms_is_one_iri():
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Hải")
    assert ident(nfd) == ident("Nguyễn Văn Hải") == ident("NGUYỄN VĂN HẢI") == ident("Nguyễn  Văn Hải")


def _graph(body: str, article_id: str):
    doc, facts = article("Xã tổng kết công tác thi đua năm 2022\n20/01/2023 09:00\n" + body + "\nTrần Thu Hương\n", article_id)
    return article_to_graph(doc, facts)


def _bodies(g) -> dict[str, str]:
    return {str(label): str(s) for s, label in g.subject_objects(SKOS.prefLabel)}


def test_a_body_the_article_does_not_place_is_the_articles_own():
    text = "Ngày 18/1/2023, UBND tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022."
    g = _graph(text, "a1")
    one, two = _bodies(g), _bodies(_graph(text, "a2"))
    assert one["Ủy ban nhân dân"] != two["Ủy ban nhân dân"]  # two articles' unplaced UBND: two nodes
    assert "/org/a1/" in one["Ủy ban nhân dân"] and {str(s) for s in g.subjects(RDF.type, TDKT.UnplacedBody)} == {one["Ủy ban nhân dân"]}


def test_a_placed_body_is_one_node_across_articles():
    text = "Ngày 18/1/2023, UBND huyện Tiên Yên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022."
    assert _bodies(_graph(text, "a1"))["Ủy ban nhân dân huyện Tiên Yên"] == _bodies(_graph(text, "a2"))["Ủy ban nhân dân huyện Tiên Yên"]


def test_a_figure_of_the_nation_s_history_is_one_person_across_provinces_a_local_namesake_is_not():
    people = set()
    for i, province in enumerate(("Lạng Sơn", "Cà Mau")):
        g = _graph(
            f"Năm 1948, Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc. Ông Nguyễn Văn Hải, Chủ tịch UBND tỉnh {province} phát biểu.",
            f"a{i}",
        )
        people |= {str(s) for s in g.subjects(RDF.type, TDKT.Person)}
    assert len([p for p in people if "/person/vn/" in p]) == 1  # Hồ Chí Minh, once
    assert len([p for p in people if "/person/vn/" not in p and "nguyen-van-hai" in p]) == 2  # a chairman of each province


def test_a_body_placed_once_and_named_again_unplaced_is_one_node():
    doc, facts = article(
        "Xã Phong Thạnh A đón Bằng công nhận xã nông thôn mới\nNgày 12/12/2023, UBND xã Phong Thạnh A, thị xã Giá Rai tổ chức"
        " Lễ đón nhận Bằng công nhận. Ông Lê Văn Quốc, Phó Chủ tịch UBND tỉnh Bạc Liêu trao Bằng công nhận cho xã. Dịp này, Chủ"
        " tịch UBND tỉnh tặng Bằng khen cho UBND xã Phong Thạnh A và 3 cá nhân có thành tích trong phong trào thi đua “Bạc Liêu"
        " chung sức xây dựng nông thôn mới”.\nHuỳnh Lợi\n",
        "a1",
    )
    g = article_to_graph(doc, facts)
    organiser = set(g.objects(None, TDKT.organiser))
    recipients = set(g.objects(None, TDKT.recipient))
    assert len(organiser) == 1 and organiser <= recipients
    # two communes of one name in two districts stay two
    g = _graph(
        "Chủ tịch UBND tỉnh Bạc Liêu tặng Bằng khen cho UBND xã Phong Thạnh A, thị xã Giá Rai và UBND xã Vĩnh Thanh, huyện Phước Long.",
        "a2",
    )
    assert len(set(g.objects(None, TDKT.recipient))) == 2


def test_a_school_placed_by_its_address_in_brackets_is_one_node_of_its_province():
    g = _graph(
        "Sáng 24/5, Trường THCS Kim Đồng (huyện Đông Hưng, tỉnh Thái Bình) tổ chức lễ tổng kết năm học. Nhân dịp này, "
        "UBND tỉnh Thái Bình tặng Bằng khen cho Trường THCS Kim Đồng.",
        "a1",
    )
    school = _bodies(g)["Trường THCS Kim Đồng"]
    assert school == str(org_iri("Trường THCS Kim Đồng", "Thái Bình"))
    assert {str(o) for o in g.objects(None, TDKT.recipient)} >= {school}  # the later mention, with no address, is it
    # a school named with no address stays one node by its name
    g = _graph("Sáng 24/5, Trường THCS Kim Đồng tổ chức lễ tổng kết năm học.", "a1")
    assert _bodies(g)["Trường THCS Kim Đồng"] == str(org_iri("Trường THCS Kim Đồng"))

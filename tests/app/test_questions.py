"""The saved queries that answer researchers' questions, on the shared corpus (../shared/corpus): each returns the
rows a reader of the articles expects. The cross-province question is also asked of two articles written here."""

from __future__ import annotations

from pathlib import Path

import pytest

import tdkt

from ..conftest import SHARED

CORPUS = SHARED / "corpus"


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> tdkt.Store:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    store = tdkt.Store(tmp_path_factory.mktemp("corpus") / "db")
    store.ingest([CORPUS], workers=1)
    return store


def test_proposals_and_what_became_of_them(kg):
    rows = kg.query("proposals")
    flag = rows[(rows.articleId == "001_126dc535be6dc8c1") & (rows.award == "Cờ thi đua của Chính phủ")].iloc[0]
    # the district council proposed the Government's flag for Đầm Hà; a later article reports it conferred
    assert flag.proposer == "Hội đồng Thi đua - Khen thưởng huyện Đầm Hà" and flag.meeting.startswith("Họp Hội đồng")
    assert (flag.outcome, flag.conferredIn) == ("conferred", "004_39ba80669e4299f7")
    bentre = rows[rows.articleId == "h04_bentre_hdtdkt2018"]
    assert len(bentre) >= 2 and set(bentre.outcome) == {"no conferral found"}
    assert set(rows.outcome) <= {"conferred", "no conferral found"}


def test_a_persons_career(kg):
    rows = kg.query("career", person="Hoàng Văn Nghiệm")
    assert rows.personIri.nunique() == 1
    posts = set(rows[rows.what == "post"].detail)
    assert {"Phó Bí thư Thường trực", "Chủ tịch"} <= posts
    assert "presented" in set(rows.what) and "event" in set(rows.what)


def test_prime_ministers_awards_per_year_by_province(kg):
    rows = kg.query("pm_awards_by_province_year")
    lang_son = rows[(rows.province == "tỉnh Lạng Sơn") & (rows.award == "Bằng khen của Thủ tướng Chính phủ")].iloc[0]
    assert (lang_son.year, lang_son.dateSource, lang_son.recipients) == ("2021", "stated", 16)
    assert set(rows.award) <= {"Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Chính phủ", "Chiến sĩ thi đua toàn quốc"}
    assert set(rows[rows.year == "2020"].province) == {"thành phố Hải Phòng"}


def test_who_presided_where_labour_orders_were_given(kg):
    rows = kg.query("labour_order_presiders")
    assert set(rows.articleId) == {"003_2be54d8038de2afe", "h03_bvhttdl_80nam", "h10_thainguyen_hcld_letuan"}
    assert dict(zip(rows.articleId, rows.presenter, strict=True))["003_2be54d8038de2afe"] == "Hoàng Văn Nghiệm"
    assert rows.presider.isna().all()  # none of these articles says who presided: no one is made up


def test_named_individuals_with_state_honours(kg):
    rows = kg.query("state_honours_named").set_index("person")
    assert rows.loc["Nguyễn Thị Tín", "award"] == "Bà mẹ Việt Nam anh hùng" and bool(rows.loc["Nguyễn Thị Tín", "posthumous"])
    assert rows.loc["Lê Văn Tuấn", "award"] == "Huân chương Lao động hạng Ba" and not bool(rows.loc["Lê Văn Tuấn", "posthumous"])
    assert set(rows.conferrer) == {"Chủ tịch nước"}


def test_holders_of_a_post_over_time(kg):
    rows = kg.query("post_holders", post="Bí thư Huyện ủy Bình Liêu")
    assert list(rows.holder) == ["Dương Mạnh Cường"] and str(rows.attested[0].date()) == "2021-01-20"
    everyone = kg.query("post_holders")
    assert everyone.groupby("postIri").post.nunique().max() == 1  # one label a post


def test_government_flag_recipients_with_reasons_and_decisions(kg):
    rows = kg.query("government_flag_recipients")
    haiphong = rows[rows.articleId == "h16_haiphong_cothidua2020"].iloc[0]
    assert (haiphong["count"], haiphong.decision, str(haiphong.decisionDate.date())) == (2, "1847/QĐ-TTg", "2020-11-19")
    assert haiphong.period == "2019-2020"
    assert "Nhân dân và cán bộ xã Phước Ninh" in set(rows.recipient)
    assert set(rows.status) == {"conferred", "proposed"}


def test_campaigns_cited_as_grounds_for_awards(kg):
    rows = kg.query("campaign_awards")
    assert set(rows.campaign) == {"Cả nước chung tay vì người nghèo – không để ai bị bỏ lại phía sau"}
    # (the orders of that sentence rewarded 2015 - 2019's work; the campaign is told after a semicolon, in the part that
    # gives the Prime Minister's certificates)
    assert set(rows.award) == {"Bằng khen của Thủ tướng Chính phủ"}


def test_person_posts_by_iri(kg):
    rows = kg.query("person_posts", person="Hoàng Văn Nghiệm")
    assert rows.personIri.nunique() == 1 and {"Phó Bí thư Thường trực", "Chủ tịch"} <= set(rows.role)


def test_evidence_pairs_people_with_their_sentences(kg):
    rows = kg.query("evidence", articleId="003_2be54d8038de2afe")
    person = rows[rows.kind == "Person"]
    assert "Hoàng Văn Nghiệm" in set(person.label)
    text = kg.query("SELECT ?t WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/identifier> \"003_2be54d8038de2afe\" ; "
                    "<https://w3id.org/tdkt/ontology#text> ?t } }").t[0]  # fmt: skip
    assert all(text[r.start : r.end] == r.sentence for r in rows.itertuples())


ARTICLE = """{place} đón nhận Huân chương Lao động hạng Nhất
{day}/02/2021
Ngày {day}/2/2021, UBND {place} tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất. Đồng chí Trương Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ dự và trao Huân chương Lao động hạng Nhất của Chủ tịch nước cho Đảng bộ, chính quyền và nhân dân {place}.
Mai Anh
"""


def test_an_official_who_presented_awards_in_two_provinces(tmp_path: Path):
    for i, place in enumerate(("tỉnh Lạng Sơn", "tỉnh Quảng Ninh")):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE.format(place=place, day=10 + i), encoding="utf-8")
    kg = tdkt.Store(tmp_path / "db")
    kg.ingest([tmp_path / "a0.txt", tmp_path / "a1.txt"], workers=1)
    rows = kg.query("presenters_in_several_provinces")
    # a holder of national posts is one person nationwide, so the two articles' mentions meet
    assert list(rows.person) == ["Trương Hòa Bình"] and rows.provinces[0] == 2
    assert set(rows.provinceList[0].split("; ")) == {"tỉnh Lạng Sơn", "tỉnh Quảng Ninh"}
    # a local official of the same name in each province would be two people: nothing to report
    for i, place in enumerate(("tỉnh Lạng Sơn", "tỉnh Quảng Ninh")):
        text = ARTICLE.format(place=place, day=10 + i).replace(
            "Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ", "Phó Chủ tịch UBND tỉnh"
        )
        (tmp_path / f"b{i}.txt").write_text(text, encoding="utf-8")
    local = tdkt.Store(tmp_path / "db2")
    local.ingest([tmp_path / "b0.txt", tmp_path / "b1.txt"], workers=1)
    assert local.query("presenters_in_several_provinces").empty
    assert local.query("officials").person.eq("Trương Hòa Bình").sum() >= 2


def test_a_co_presenter_presented_too(tmp_path: Path):
    joint = "dự và trao Huân chương", "và đồng chí Trần Văn Nam, Phó Thủ tướng Chính phủ trao Huân chương"
    for i, place in enumerate(("tỉnh Lạng Sơn", "tỉnh Quảng Ninh")):
        text = ARTICLE.format(place=place, day=10 + i)
        text = (
            text.replace(*joint)
            if i == 1
            else text.replace("Trương Hòa Bình", "Trần Văn Nam").replace(
                "Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ", "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ"
            )
        )
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    kg = tdkt.Store(tmp_path / "db")
    kg.ingest([tmp_path / "a0.txt", tmp_path / "a1.txt"], workers=1)
    # the award_grants row names the first presenter; the query of presenters counts the one beside him too
    assert set(kg.query("award_grants").presenter) == {"Trần Văn Nam", "Trương Hòa Bình"}
    assert list(kg.query("presenters_in_several_provinces").person) == ["Trần Văn Nam"]


def test_a_presentation_in_no_known_province_counts_no_province(tmp_path: Path):
    # a company the gazetteer cannot place: the grant has no province, and must not match every unit's label
    # (the query once reported 827 'provinces' for one presenter)
    (tmp_path / "a0.txt").write_text(ARTICLE.format(place="tỉnh Lạng Sơn", day=10), encoding="utf-8")
    company = ARTICLE.format(place="Công ty Cổ phần Thành Đạt", day=11).replace("UBND Công ty", "Công ty")
    (tmp_path / "a1.txt").write_text(company.replace("Đảng bộ, chính quyền và nhân dân Công ty", "Công ty"), encoding="utf-8")
    kg = tdkt.Store(tmp_path / "db")
    kg.ingest([tmp_path / "a0.txt", tmp_path / "a1.txt"], workers=1)
    grants = kg.query("award_grants")
    assert set(grants.recipient) == {"Công ty Cổ phần Thành Đạt", "Đảng bộ, chính quyền và nhân dân tỉnh Lạng Sơn"}
    assert kg.query("awards_by_province_year", by="recipient").grants.sum() == 1  # the company's grant has no province
    assert kg.query("presenters_in_several_provinces").empty


TIEN_YEN = """Huyện {district} tổng kết thi đua năm 2022
{day}/01/2023
Ngày {day}/1/2023, UBND huyện {district} tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. Đồng chí Nguyễn Văn An, Chủ tịch UBND huyện {district} trao Giấy khen cho 20 tập thể.
"""


@pytest.mark.parametrize(("days", "likely"), [((12, 12), True), ((12, 20), False)])
def test_merges_of_one_provinces_namesakes_are_listed_for_review(tmp_path: Path, days, likely):
    for district, day in zip(("Tiên Yên", "Bình Liêu"), days, strict=True):
        (tmp_path / f"{day}-{district[:3]}.txt").write_text(TIEN_YEN.format(district=district, day=day), encoding="utf-8")
    kg = tdkt.Store(tmp_path / "db")
    kg.ingest(sorted(tmp_path.glob("*.txt")), workers=1)
    row = kg.query("person_merges", person="Nguyễn Văn An").iloc[0]
    assert (row.articles, row.districts) == (2, 2) and row.reasons == "same name within tỉnh Quảng Ninh"
    # the chairman of two districts' committees on one day cannot be one person; on two days, a career may be
    assert bool(row.namesakesLikely) is likely


def test_the_chair_of_a_committee_and_of_its_council_is_not_taken_for_two_people(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TIEN_YEN.format(district="Tiên Yên", day=12), encoding="utf-8")
    council = TIEN_YEN.format(district="Tiên Yên", day=12).replace(
        "Chủ tịch UBND huyện Tiên Yên", "Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Tiên Yên"
    )
    (tmp_path / "b.txt").write_text(council.replace("Huyện Tiên Yên tổng kết", "Tiên Yên tổng kết"), encoding="utf-8")
    kg = tdkt.Store(tmp_path / "db")
    kg.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)
    row = kg.query("person_merges", person="Nguyễn Văn An").iloc[0]
    assert row.articles == 2 and "Hội đồng Thi đua" in row.posts and not bool(row.namesakesLikely)


def test_who_launched_each_movement_a_person_a_body_or_an_office(tmp_path):
    article = tmp_path / "phat_dong.txt"
    article.write_text(
        "Thị xã Quảng Yên phát động thi đua năm 2023\n15/01/2023 10:00\n"
        "Ngày 12/1, UBND thị xã Quảng Yên phát động phong trào thi đua “Quảng Yên bứt phá”. "
        "Thị xã tiếp tục hưởng ứng phong trào thi đua “Cả nước chung tay vì người nghèo” do Thủ tướng Chính phủ phát động. "
        "Đồng chí Hoàng Văn Đạt, Chủ tịch UBND thị xã đã phát động phong trào “Quảng Yên xanh”. "
        "Các phường thực hiện phong trào “Phường văn minh”.\nĐào Thu Hà\n",
        encoding="utf-8",
    )
    store = tdkt.Store(tmp_path / "db")
    report = store.ingest([article], workers=1)
    assert not report.violations
    rows = store.query("campaigns")
    assert dict(zip(rows.campaign, rows.launchedBy, strict=True)) == {
        "Quảng Yên bứt phá": "Ủy ban nhân dân thị xã Quảng Yên",
        "Cả nước chung tay vì người nghèo": "Thủ tướng Chính phủ",
        "Quảng Yên xanh": "Hoàng Văn Đạt",
        "Phường văn minh": None,
    }


_PROPOSALS = {
    "a_proposal": "Huyện Tiên Yên họp Hội đồng Thi đua - Khen thưởng\n10/01/2022\nNgày 8/1/2022, Hội đồng Thi đua - Khen "
    "thưởng huyện Tiên Yên họp xét khen thưởng năm 2021. Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen "
    "cho 7 tập thể. Hội đồng cũng đề nghị Thủ tướng Chính phủ tặng Bằng khen cho xã Đông Ngũ.\n",
    "b_conferral": "Tiên Yên trao Bằng khen cho các tập thể\n02/04/2022\nNgày 1/4/2022, UBND huyện Tiên Yên tổ chức lễ "
    "trao thưởng. Tại buổi lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể. Xã Đông Ngũ được Thủ tướng Chính phủ "
    "tặng Bằng khen.\n",
    # before the proposal: not its outcome
    "c_earlier": "Tiên Yên khen thưởng cuối năm\n02/12/2021\nNgày 1/12/2021, UBND huyện Tiên Yên tổ chức hội nghị. Tại hội "
    "nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể.\n",
    # another province, as many unnamed collectives: not its outcome
    "d_elsewhere": "Văn Lãng khen thưởng\n05/05/2022\nNgày 4/5/2022, UBND huyện Văn Lãng tổ chức hội nghị. Tại hội nghị, "
    "Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể.\n",
}


def test_a_proposal_is_answered_by_a_later_conferral_in_its_province_or_to_its_named_recipient(tmp_path):
    for name, text in _PROPOSALS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    store = tdkt.Store(tmp_path / "db")
    store.ingest([tmp_path], workers=1)
    rows = store.query("proposals")
    outcomes = sorted(zip(rows["count"], rows.recipient.fillna(""), rows.outcome, rows.conferredIn.fillna(""), strict=True))
    assert outcomes == [(1, "xã Đông Ngũ", "conferred", "b_conferral"), (7, "", "conferred", "b_conferral")]
    # bound to the article, the same rows
    assert len(store.query("proposals", articleId="a_proposal")) == 2
    assert store.query("proposals", articleId="b_conferral").empty

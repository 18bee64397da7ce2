"""The review of the Song ci rules (poems29): modern pages that write few modern function words
(a tourist brochure, health tips, greetings in phrases of four), an advert that doubles its full
stops, a shop's short reviews and a modern "no" before a semicolon keep the repairs that the
rules of verse would take from them. The pages are written for these tests, stated clean and
garbled by founder_garble."""

from __future__ import annotations

from tests.test_punct_shift import founder_garble, repair


def test_a_shop_review_of_a_short_sentence_and_a_word_keeps_its_full_stop() -> None:
    # 质量不错。好评: four and two beside a line of seven, no couplet
    page = (
        "买家评价\n东西很好，包装严实，物流很快。\n质量不错。好评，物流速度也很快。\n"
        "价格实惠质量好，下次还来这家买。\n客服态度非常好，耐心解答问题。\n衣服收到了，颜色和图片一样。\n"
        "很满意。推荐，朋友们都说好看。\n尺码标准穿着好，面料舒服不起球。\n"
    )
    assert "质量不错。好评，" in repair(founder_garble(page))

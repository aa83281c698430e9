"""«— подчеркнула министр»: a minister with no portfolio named is also the person the page gave as a ministry's head
(«главы МИД Варнии Лены Ортис»), not only one it called «министр»: fresh36/f3614 gave the quote to the defence
minister named a paragraph before (read after fresh36 was scored; fresh32 had the same fault). The pages are made
up."""

from __future__ import annotations

from tests.ingest.drafting import RU, attributions, draft

PAGE = RU + (
    "Как отметил министр обороны Кесселя Ян Сталь, «ни одна версия пока не исключена».\n\n"
    "По словам главы МИД Варнии Лены Ортис, Сарнова ожидает полного отчета. «Мы совладельцы этого кабеля и хотим "
    "знать, кто ходит над его трассой», — подчеркнула министр.\n"
)


def test_the_minister_is_the_ministry_s_head_named_before() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(PAGE))}
    assert found["Мы совладельцы этого кабеля и хотим знать, кто ходит над его трассой"] == ["Лена Ортис"]


def test_a_minister_named_as_such_still_speaks() -> None:
    page = PAGE.replace("По словам главы МИД Варнии Лены Ортис, Сарнова", "По данным агентства, Сарнова").replace(
        "подчеркнула министр", "подчеркнул министр")
    found = {text: who for text, who, _, _ in attributions(draft(page))}
    assert found["Мы совладельцы этого кабеля и хотим знать, кто ходит над его трассой"] == ["Ян Сталь"]

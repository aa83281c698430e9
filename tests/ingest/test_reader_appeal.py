"""A publisher's appeal to its readers for money is page furniture, and a related link's headline may ask. Both were
read from fresh35/f3520 after fresh35 was scored: the appeal over the headline passed for the article's body, so the
whole article under it went to chrome; a "Read also" line whose headline ends with a question had a name in marks
drafted as a term. The pages here are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.chrome import _kind_of
from tests.ingest.drafting import attributions, draft

RU_PAGE = (
    "ГАВАНЬ\n"
    "Новости · Объяснения · Подкасты · Поддержать\n"
    "Вы читаете «Гавань» бесплатно. Помогите нам остаться независимыми.\n\n"
    "Паромы вернулись: что известно о новом расписании\n\n"
    "3 июля 2028, 09:15\n"
    "Текст: Анна Петрова\n\n"
    "В понедельник паромы снова вышли в залив.\n\n"
    "«Мы вернули все рейсы», — сказал капитан порта Ян Оберг.\n\n"
    "Читайте также: «Северная звезда» ушла на ремонт. Что дальше?\n"
)
EN_PAGE = (
    "THE BEACON\n"
    "News · Explainers · Podcasts · Donate\n"
    "You're reading The Beacon for free. Support independent journalism.\n\n"
    "Ferries are back: what we know about the new timetable\n\n"
    "3 July 2028\n"
    "By Anna Petrova\n\n"
    "The ferries sailed again on Monday.\n\n"
    "\"We have every crossing back,\" said harbour master Jan Oberg.\n\n"
    "Read more: 'Northern Star' goes in for repairs. What next?\n"
)


@pytest.mark.parametrize(("page", "quote", "speaker"), [
    (RU_PAGE, "Мы вернули все рейсы", "Ян Оберг"),
    (EN_PAGE, "We have every crossing back,", "Jan Oberg"),
])
def test_an_appeal_over_the_headline_leaves_the_article_its_body(page: str, quote: str, speaker: str) -> None:
    d = draft(page)
    assert [(text, speakers) for text, speakers, _, _ in attributions(d)] == [(quote, [speaker])]
    title = d.document["source"]["title"]
    assert title is not None and title.split(":")[0] in ("Паромы вернулись", "Ferries are back")


@pytest.mark.parametrize("line", [
    "Вы читаете «Гавань» бесплатно. Помогите нам остаться независимыми.",
    "You're reading The Beacon for free. Support independent journalism.",
    "Поддержите редакцию: каждый рубль важен.",
    "Help us stay independent. Become a supporter.",
    "Читайте также: «Северная звезда» ушла на ремонт. Что дальше?",
    "Read more: 'Northern Star' goes in for repairs. What next?",
])
def test_the_appeal_and_the_asking_link_are_furniture(line: str) -> None:
    assert _kind_of(line) in ("subscription", "related_item")


@pytest.mark.parametrize("line", [
    # an article's sentence about support, or a long paragraph opening with the link label, stays the article's
    "The mayor asked residents to support the harbour fund before winter.",
    "Read more: the minister said on Monday that the ferries would keep sailing all winter, and asked whether anyone "
    "had a better plan for the crossings?",
])
def test_prose_that_only_looks_so_is_not_furniture(line: str) -> None:
    assert _kind_of(line) is None

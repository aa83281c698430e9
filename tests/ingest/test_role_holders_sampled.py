"""Roles that name the person the page gave them before, in fresh39's sampled forms (read after it was scored; the
pages are made up): a body's name before its role ("The Compact Secretary General stressed", f3903), a role and its
country in the genitive («— добавил президент Варнии», f3916), the one quoted in "quoted X, a spokeswoman for Y, as
saying" (f3907, the issue's kind 6), and a speaker who «рассуждал про «...»» (f3909)."""

from __future__ import annotations

from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.models import Actor, ActorKind
from tests.ingest.drafting import EN, RU, attributions, draft

COMPACT = Known(actors=[Actor(id="harbour-compact", name="Harbour Compact", aliases=["the Compact"],
                              kind=ActorKind.ORGANISATION)])
QUOTE = '"No one else on this coast can put a guard on a landing station within a day."'


def _with_compact(page: str) -> list[tuple[str, list[str], str | None, str | None]]:
    d = build_draft(page, page.encode(), COMPACT, learned_fallback=False)
    names = {"harbour-compact": "Harbour Compact"} | {a["id"]: a["name"] for a in d.document["actors"]}
    return [(q.text, [names.get(s, s) for s in d.speakers_of(q)], q.attribution.rule if q.attribution else None,
             q.attribution.confidence if q.attribution else None) for q in d.quotes if not q.is_term]


def test_a_body_s_role_is_the_person_given_it_before() -> None:
    page = EN + ("Kasimir Lenz, the Compact Secretary General, said the alliance had been tested.\n\n"
                 f"The Compact Secretary General stressed, {QUOTE}\n")
    [(_, who, _, _)] = _with_compact(page)
    assert who == ["Kasimir Lenz"]


def test_a_body_s_role_no_one_holds_is_no_one_not_the_body() -> None:
    page = EN + f"Kasimir Lenz arrived in Tarvik.\n\nThe Compact Secretary General stressed, {QUOTE}\n"
    [(_, who, _, _)] = _with_compact(page)
    assert who == []


def test_guard_a_body_s_spokesman_still_gives_the_body() -> None:
    page = EN + f"The Compact spokesman said on Monday: {QUOTE}\n"
    [(_, who, _, _)] = _with_compact(page)
    assert who == ["Harbour Compact"]


def test_a_role_and_its_country_in_the_genitive_is_the_person_named_before() -> None:
    page = RU + ("Президент Варнии Марек Волков прибыл в Сарнову.\n\n"
                 "«А те, кто стоит в стороне, пусть видят», — добавил президент Варнии.\n")
    [(_, who, _, _)] = attributions(draft(page))
    assert who == ["Марек Волков"]


def test_a_country_in_the_genitive_after_a_role_no_one_holds_is_no_speaker() -> None:
    page = RU + "«А те, кто стоит в стороне, пусть видят», — добавил президент Ардеша.\n"
    [(_, who, _, _)] = attributions(draft(page))
    assert who == []


def test_quoted_x_in_apposition_as_saying() -> None:
    page = EN + ("Marek Volkov spoke to Tomas Averyn on Monday. The agency later quoted Dana Kiric, a spokeswoman for "
                 "Volkov, as saying that the president had heard Averyn out calmly, but added: \"The president "
                 "advised the prime minister not to rush.\"\n")
    [(_, who, _, _)] = attributions(draft(page))
    assert who == ["Dana Kiric"]


def test_reasoning_aloud_is_saying() -> None:
    page = RU + ("Генсек пакта Касимир Ленц прибыл в Сарнову. Марек Волков высказался и про Ардеш. Ленц же в "
                 "очередной раз рассуждал про «ночную вахту залива» и «дно, которое в одиночку не устережешь».\n")
    assert [who for _, who, _, _ in attributions(draft(page))] == [["Касимир Ленц"], ["Касимир Ленц"]]

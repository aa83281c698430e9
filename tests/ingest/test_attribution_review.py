"""Issue 14, the review of rounds 11-14: rules those rounds added misfired on ordinary text. Each misfire is a case
here (it gave the words to someone acted on, named a stub after a sentence's first word, made a person a
workplace), with the shape the rule was written for beside it, which must still work."""

from __future__ import annotations

from typing import Any

import pytest

from alliance_monitor.ingest.draft import Draft
from tests.ingest.drafting import EN, RU, draft, speaker_names


def only(d: Draft) -> Any:
    found = [q for q in d.quotes if not q.is_term]
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # rule 6g (a colon after a clause naming one person): the person acted on, after the clause's verb, is no speaker
    ('The court sentenced Jan Oberg to two years in prison, and the verdict was short: "Guilty on all counts of '
     'fraud."', []),
    # nor a person after a preposition of place
    ('Protesters gathered outside the port. A banner above Jan Oberg read: "Hands off our harbour now."', []),
    # the clause's subject still speaks (fresh10/f1020's shape)
    ('Retired Admiral Jan Oberg was shorter with me: "The boats do not wait for the politicians."', ["Jan Oberg"]),
    ("Отставной адмирал Виктор Хаас в разговоре со мной был короче: «Катера не ждут, пока политики договорятся».",
     ["Виктор Хаас"]),
])
def test_a_colon_after_a_clause_gives_the_words_only_to_its_subject(paragraph: str, speaker: list[str]) -> None:
    d = draft(EN + paragraph + "\n")
    assert speaker_names(d, only(d)) == speaker


@pytest.mark.parametrize(("page", "speaker"), [
    # rule 4b: a plural pronoun is a group's, never the one person the sentence before names as its object
    (EN + 'Fishermen met Mayor Jan Oberg on Monday. Their verdict was clear: "This closure will ruin the whole '
     'town."\n', []),
    ("Порт закроют\n\nРыбаки в понедельник встретились с мэром Иваном Петровым. По их мнению, закрытие «погубит весь "
     "город за одну зиму».\n", []),
    # a singular one still carries the person over (dev d228's shape)
    (EN + 'I asked the harbour master, Rune Tamsen, whether the ferry would return. His reply was short: "Not '
     'before the new pier is ready."\n', ["Rune Tamsen"]),
])
def test_their_words_are_a_groups_not_one_persons(page: str, speaker: list[str]) -> None:
    d = draft(page)
    assert speaker_names(d, only(d)) == speaker


def test_a_movement_of_ferries_is_no_organisation_but_a_named_union_is() -> None:
    d = draft(RU + "Администрация порта провела совещание. Движение паромов через пролив прекращено до пятницы. «Это "
              "временная мера на время шторма», — говорится в сообщении.\n")
    assert speaker_names(d, only(d)) != ["Движение паромов"]
    assert all("Движение" not in a["name"] for a in d.document["actors"])
    d = draft(RU + "Союз рыбаков Вальмонта в заявлении назвал решение «ударом по всему побережью».\n")
    assert speaker_names(d, only(d)) == ["Союз рыбаков Вальмонта"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # "dinner at", "later at": no occupation, so the name after it is no workplace (the person keeps the full name)
    ('Guests arrived for dinner at Jan Oberg\'s house on Friday. "We are leaving the talks today," Oberg told them.',
     ["Jan Oberg"]),
    ('They met later at Jan Oberg\'s farm. "We are leaving the talks today," Oberg told them.', ["Jan Oberg"]),
    # an occupation with its determiner, or a plural one, still names a workplace
    ('Anna Holm, a strategist at Halvik Capital, spoke on Monday. "Rates will fall this year," she said.',
     ["Anna Holm"]),
    ('Analysts at Valmont Securities cut the stock, writing that "the margins will shrink sharply this year".',
     ["Valmont Securities"]),
])
def test_only_an_occupation_before_at_makes_a_workplace(paragraph: str, speaker: list[str]) -> None:
    d = draft(EN + paragraph + "\n")
    assert speaker_names(d, only(d)) == speaker


@pytest.mark.parametrize("paragraph", [
    'What Brenn calls "a routine patrol" worried the fishermen of Astrell.',
    'What Western diplomats call "ferry diplomacy" has cooled ties with Brenn.',
])
def test_what_a_capitalised_word_calls_is_the_authors_term(paragraph: str) -> None:
    d = draft(EN + paragraph + "\n")
    assert [q.text for q in d.quotes if not q.is_term] == [] and any(q.is_term for q in d.quotes)
    assert all(not a["name"].startswith("What") for a in d.document["actors"])


def test_what_a_named_body_calls_is_its_phrase() -> None:
    d = draft(EN + "The Ostrava Seafarers' Union met on Monday. What the Ostrava Seafarers' Union calls \"a fair "
              "wage\" is still far off.\n")
    assert speaker_names(d, only(d)) == ["Ostrava Seafarers' Union"]


def test_a_bodys_own_page_speaks_under_its_full_name_whatever_its_initials() -> None:
    # the page's heading is the body's full name; the statement names it by initials (chrome._initials, any acronym)
    d = draft("Министерство иностранных дел Остравии\n\nЗаявление\n\nМинистерство иностранных дел Остравии провело "
              "брифинг.\n\n«Мы ожидаем, что судно отпустят до конца недели», — говорится в сообщении МИД Остравии.\n")
    assert speaker_names(d, only(d)) == ["Министерство иностранных дел Остравии"]

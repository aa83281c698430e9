"""A Russian body named after «в» in the prepositional case by any head noun the dictionary holds, not only by a list
of heads (`morphology.body_head_nominative`, `morphology.genitive_chain`): «сообщили в Управлении гражданской авиации
Варнии ... — говорится в сообщении управления» is the authority's. The case is fresh32/f3214, read after it was
scored."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.morphology import body_head_nominative, genitive_chain
from tests.ingest.drafting import RU, draft, speakers


@pytest.mark.parametrize(("word", "nominative"), [
    ("Управлении", "Управление"), ("Департаменте", "Департамент"), ("Инспекции", "Инспекция"), ("Союзе", "Союз"),
    ("Москве", None),  # a place
    ("Кесселе", None),  # a made-up place the dictionary does not hold
    ("Ивановой", None),  # a person
])
def test_a_body_s_head_in_the_prepositional(word: str, nominative: str | None) -> None:
    assert body_head_nominative(word) == nominative


@pytest.mark.parametrize(("words", "taken"), [
    ("гражданской авиации Варнии сообщили", 3),
    ("гражданской обороны по Дубравскому району заявили", 5),
    ("по обороне и безопасности считают", 4),
    ("работодателей Варнии считают", 2),
    ("заявили журналистам", 0),
])
def test_the_words_that_still_name_the_body(words: str, taken: int) -> None:
    assert genitive_chain(words.split()) == taken


@pytest.mark.parametrize(("page", "body"), [
    (RU + "Помехи нарушают работу аэропорта, сообщили в Управлении гражданской авиации Варнии.\n\n«Экипажи "
          "докладывают о сильных помехах на подходе», — говорится в сообщении управления.",
     "Управление гражданской авиации Варнии"),
    (RU + "В Департаменте рыболовства Кесселя заявили, что квоты «останутся прежними до конца года».",
     "Департамент рыболовства Кесселя"),
    (RU + "В Союзе работодателей Варнии считают, что компенсация должна выплачиваться «не позднее 30 дней».",
     "Союз работодателей Варнии"),
])
def test_a_body_named_in_the_prepositional_speaks_in_the_nominative(page: str, body: str) -> None:
    assert speakers(draft(page)) == [[body]]


@pytest.mark.parametrize("page", [
    RU + "В Москве заявили, что переговоры «продолжатся на следующей неделе».",
    RU + "В Кесселе считают, что переговоры «продолжатся на следующей неделе».",
])
def test_a_place_after_v_is_no_body(page: str) -> None:
    d = draft(page)
    assert not any(a["kind"] == "organisation" for a in d.document["actors"])

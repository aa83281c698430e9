"""A quote that is a paragraph of its own with no speaker, and a next paragraph that opens by pointing back at the
words and names one person ("These words belong to ...", "The promise came from ...", "That was how ... described",
«Так ответил ...»): that person, at low confidence (`Attributor.pointed_back_speaker`). The cases are
fresh32's f3202, f3204 and f3210, read after it was scored."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, attributions, draft


@pytest.mark.parametrize(("page", "speaker"), [
    (EN + "\"We invite our colleagues to come to Dorsk and look for themselves.\"\n\nThese words belong to the "
          "spokesperson of the ministry, Arvid Kosta, who spoke after the briefing.", "Arvid Kosta"),
    (EN + "\"These aircraft do one thing: they listen to the strait.\"\n\nThe promise came from Major General Ysolde "
          "Brandt, who met the crew on the apron.", "Ysolde Brandt"),
    (EN + "\"On Tuesday night the screen put us two miles inland.\"\n\nThat was how Captain Eirik Vangen described the "
          "moment the position jumped.", "Eirik Vangen"),
    (RU + "«Мы приглашаем коллег приехать и посмотреть своими глазами».\n\nТак ответил на вопрос журналистов "
          "официальный представитель министерства Арвид Коста.", "Арвид Коста"),
])
def test_the_next_paragraph_that_points_back_names_the_speaker(page: str, speaker: str) -> None:
    [(_, who, rule, confidence)] = attributions(draft(page))
    assert who == [speaker] and rule == "next paragraph: it points back and names one person" and confidence == "low"


@pytest.mark.parametrize("page", [
    # the next paragraph does not point back
    EN + "\"We invite our colleagues to come to Dorsk and look for themselves.\"\n\nMinister Arvid Kosta arrived in "
         "Dorsk on Monday.",
    # it names two people
    EN + "\"We invite our colleagues to come to Dorsk and look for themselves.\"\n\nThese words were read out by Arvid "
         "Kosta on behalf of Ysolde Brandt.",
    # the one person is who the words were addressed to
    EN + "\"We invite our colleagues to come to Dorsk and look for themselves.\"\n\nThese words were addressed to "
         "Arvid Kosta.",
    # the quote is not a paragraph of its own
    EN + "Officials said on Monday: \"We invite our colleagues to come to Dorsk and look for themselves.\"\n\nThese "
         "words belong to Arvid Kosta.",
])
def test_no_speaker_from_a_paragraph_that_does_not_point_back_at_one_person(page: str) -> None:
    assert all(rule != "next paragraph: it points back and names one person"
               for _, _, rule, _ in attributions(draft(page)))

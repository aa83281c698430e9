"""A radio bulletin's script: the newsreader the page credits ("Read by Siri Lund") and the reporter it introduces
("Our reporter Oda Brun was there") speak under their labels, never a quote (words in marks inside their turns stay
quotes); a recorded clip under "CLIP (SVEN HALLE):" is the clip's speaker's. fresh38/f3812 drafted every turn as a
quote and no clip (read after fresh38 was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = (
    "BAY RADIO NEWS\n\nBay Radio News at 08:00 – Thursday 22 February 2029\n\n"
    "Read by Siri Lund. Script as broadcast; clips transcribed.\n\n"
    "SIRI LUND: Good morning. The cable ship has left Lunde a day late. Our reporter Oda Brun was on the quay.\n\n"
    'ODA BRUN: The ship slipped out just after six. A woman told me she had come "to see the thing finally '
    'move". Fisherman Per Dahlstrom says the laying will close his grounds.\n\n'
    "CLIP (PER DAHLSTROM): They tell us six weeks. They told us the same about the bridge.\n\n"
    "SIRI LUND: And the weather: the wind easing through the morning.\n"
)


def test_only_the_clip_and_the_words_in_marks_are_quotes() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(PAGE))}
    assert set(found) == {"to see the thing finally move", "They tell us six weeks. They told us the same about "
                          "the bridge."}
    assert found["They tell us six weeks. They told us the same about the bridge."] == ["Per Dahlstrom"]


TV = (
    "САРНОВА 24\n\nНа мысе Крайний начали готовить площадку\n\n26 февраля 2029, 19:40\n\nТекст сюжета\n\n"
    "КОРРЕСПОНДЕНТ: На мыс Крайний пришла первая техника. Депутат Марта Кожевникова признает, что «спорить поздно».\n\n"
    "СИНХРОН (Роман Гуляев, директор компании «Северный причал»): Дорогу нужно сделать сейчас, пока земля мерзлая.\n\n"
    "СИНХРОН (житель Вельморы): Пусть строят. Лишь бы дорогу потом не бросили.\n"
)


def test_each_clip_is_one_quote_of_the_name_in_its_brackets() -> None:
    # (fresh38/f3814: the clips were no quotes, their labels too long and too full of commas for a Q&A's label)
    found = {text: who for text, who, _, _ in attributions(draft(TV))}
    assert found["Дорогу нужно сделать сейчас, пока земля мерзлая."] == ["Роман Гуляев"]
    assert found["Пусть строят. Лишь бы дорогу потом не бросили."] == []  # an unnamed resident, not the deputy

"""'Ardesh now stands "outside of" the Compact, Averin said on Wednesday.': a wire's partial quote inside a clause
whose speaker and verb close the sentence, in either order, and a report's source after them ("according to Varnian
state media") that is no one's name (fresh39/f3906, read after it was scored; the pages are made up)."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, attributions, draft

NAMED = "Prime Minister Tomas Averin visited Tarvik on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    'Ardesh now stands "outside of" the Compact, Averin said on Wednesday.',
    'Ardesh now stands "outside of" the Compact, said Averin.',
    'Ardesh now stands "outside of the old alliance for good" and will stay so, Averin said on Wednesday.',
    'Ardesh now regards itself as standing "outside of" the Compact, Prime Minister Tomas Averin said on Wednesday, '
    'according to Varnian state media.',
])
def test_the_speaker_at_the_sentence_s_end_says_the_quote_inside_it(sentence: str) -> None:
    [(_, who, _, confidence)] = attributions(draft(EN + NAMED + sentence + "\n"))
    assert who == ["Tomas Averin"]
    assert confidence == "medium"


def test_russian_too() -> None:
    page = RU + "Премьер Томас Аверин прибыл в Тарвик.\n\nАрдеш стоит «вне старого пакта навсегда», заявил Аверин.\n"
    [(_, who, _, _)] = attributions(draft(page))
    assert who == ["Томас Аверин"]


@pytest.mark.parametrize("sentence", [
    # the quote ends its own clause: the words after it are its attribution as ever
    '"We buy from whoever keeps the lights on," Lindmark\'s energy minister, Sven Aalto, told The Strait Brief.',
    # another clause after the speaker: not the sentence's end
    'Ardesh now stands "outside of the old alliance" for good, Averin said, adding that talks could wait.',
])
def test_guard_not_a_quote_inside_a_clause_closed_by_its_speaker(sentence: str) -> None:
    found = attributions(draft(EN + NAMED + sentence + "\n"))
    assert all(rule != "after: the clause, then its speaker and verb at the sentence's end" for _, _, rule, _ in found)
    assert all(who != ["The Strait Brief"] and who != ["Brief"] for _, who, _, _ in found)

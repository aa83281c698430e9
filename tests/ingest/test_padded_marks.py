"""A blank inside the marks is a page's typo, never part of the quote's words ('Kalvo? "he said', fresh39/f3904, read
after it was scored): the words are cut from the page without it, and the validator's span still holds them. The pages
are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft


@pytest.mark.parametrize(("page", "words"), [
    (EN + 'Kasimir Lenz spoke in Tarvik.\n\n"Did you notice that nobody came from Kalvo? "he said to reporters.\n',
     "Did you notice that nobody came from Kalvo?"),
    (RU + "Касимир Ленц выступил в Тарвике.\n\n«Мы встретимся в апреле », — сказал Ленц.\n", "Мы встретимся в апреле"),
])
def test_blanks_inside_the_marks_are_no_words(page: str, words: str) -> None:
    d = draft(page)
    [q] = [q for q in d.quotes if not q.is_term]
    assert q.text == words
    assert page[q.quotation.start:q.quotation.end] == words

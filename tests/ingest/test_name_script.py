"""A person's name is written in one script: a run of capitalised words that changes from Latin to Cyrillic (or back)
is two names. The case is fresh32/f3220 (read after it was scored): «компании Strait Line Ода Брекке» made a person
stub "Line Ода Брекке"."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers


@pytest.mark.parametrize(("page", "speaker"), [
    (RU + "Генеральный директор паромной компании Strait Line Ода Брекке сообщила, что рейсы идут по расписанию: "
          "«Люди соскучились по ночному парому».", "Ода Брекке"),
    (RU + "Аналитик банка Nordic Capital Markets Ян Берг считает, что «цены вырастут еще до конца года».", "Ян Берг"),
    (EN + "The chief executive of Паромная линия Anna Holt said the ferries were \"full again after a month\".",
     "Anna Holt"),
])
def test_a_name_run_that_changes_script_is_two_names(page: str, speaker: str) -> None:
    assert speakers(draft(page)) == [[speaker]]

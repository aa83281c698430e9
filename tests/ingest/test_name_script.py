"""A name's script: a person's name is written in one script, so a run of capitalised words that changes from Latin
to Cyrillic (or back) is two names (fresh32/f3220, read after it was scored: «компании Strait Line Ода Брекке» made a
person stub "Line Ода Брекке"); and a body's name in Latin letters on a Russian page is its name as any other (the
same article: «В заявлении Harbour Compact говорится, что ... «...»» had no speaker)."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.models import Actor, ActorKind
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


def test_a_document_of_a_body_named_in_latin_letters_on_a_russian_page_is_the_body_s() -> None:
    compact = Actor(id="harbour-compact", name="Harbour Compact", kind=ActorKind.ORGANISATION)
    page = (RU + "В заявлении Harbour Compact говорится, что союзники «сохранят наблюдение за проливом как минимум до "
            "конца весны».")
    d = build_draft(page, page.encode(), Known(actors=[compact]))
    assert [d.speakers_of(q) for q in d.quotes] == [["harbour-compact"]]

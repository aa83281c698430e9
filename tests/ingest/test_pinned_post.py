"""A channel's or a forum's pinned post ("📌 Закреплено: Правила комментариев ...", "Pinned: House rules") is the
channel's own notice, never the headline: fresh36/f3618's title was its pinned line (read after fresh36 was
scored). The pages are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.chrome import _PINNED
from tests.ingest.drafting import draft, source_record

PAGE = (
    "Береговая линия | Новости\n12 406 подписчиков\n\n"
    "📌 Закреплено: Правила комментариев и как прислать новость\n\n"
    "⚡️ Капитан парома «Сестри» Ян Ридель — о возвращении в порт:\n\n"
    "«Все живы и здоровы. Паром простоял у острова двое суток, теперь он дома».\n\n"
    "Напомним, паром вышел из порта 10 сентября.\n\n"
    "👁 18,2K  🔥 214\n13 сентября 2028, 19:42\n"
)


def test_the_pinned_line_is_not_the_headline() -> None:
    title = source_record(draft(PAGE))["title"]
    assert title != "Закреплено: Правила комментариев и как прислать новость"
    assert "Закреплено" not in str(title)


@pytest.mark.parametrize(("line", "pinned"), [
    ("📌 Закреплено: Правила комментариев", True),
    ("Закреплённое сообщение: как прислать новость", True),
    ("Pinned: House rules for comments", True),
    ("📌 Pinned post: Send us your photos", True),
    ("Pinned down: the coast guard's long night", False),  # a headline's word, no label
    ("Закреплено соглашение о патруле", False),
])
def test_a_pinned_label(line: str, pinned: bool) -> None:
    assert bool(_PINNED.match(line)) is pinned

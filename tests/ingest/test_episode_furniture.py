"""A podcast's or a programme's page furniture holds titles in marks that are no quotes: its chapter list ("[06:30]
The "Grey Heron" and ..."), its credits ("Music: "Low Tide" by ..."), its archive link ("Все выпуски программы
«Главное»") and its programme line over the date («Программа «Главное» · 4 октября 2028»); so do the lists of what
to read next ("Read next", "Most viewed: ...", "Другие новости пресс-центра"). fresh36/f3601, f3606, f3607, f3616
and f3619 drafted their titles as quotes or terms (read after fresh36 was scored). The pages are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.chrome import _kind_of
from tests.ingest.drafting import draft

EPISODE = (
    "Coastline Audio\n\nEpisode 112: After Veltra\n\n"
    "Friday 29 September 2028 · 48 min · Hosted by Maren Ek\n\n"
    "The ministers left Veltra on Tuesday with a patrol and no boats.\n\n"
    '"We signed the easy half," said Erik Dahlgren, a Varnian MP.\n\n'
    "In this episode\n"
    "[00:00] Why Veltra, and why now\n"
    '[06:30] The "Grey Heron" and the cable nobody has laid yet\n'
    "[18:40] What the communiqué says\n\n"
    'Music: "Low Tide" by Anna Fell. Produced by Coastline Audio.\n\n'
    "Read next\n"
    'Westlink cable: who pays for the "power bridge"?\n'
    'Most viewed: Ferry timetable cut · "Not a crown more": Volkov on costs · Storm warning\n'
)


def test_only_the_guest_s_words_are_quoted() -> None:
    assert [q.text for q in draft(EPISODE).quotes] == ["We signed the easy half,"]


@pytest.mark.parametrize(("line", "furniture"), [
    ('[06:30] The "Grey Heron" and the cable nobody has laid yet', True),
    ("[1:02:03] Who owns the seabed?", True),
    ("[00:12] ROOS: It was a success for the communiqué.", False),  # a transcript's timed turn
    ("[00:12] It was a success for the communiqué.", False),  # a timed sentence
    ('Music: "Low Tide" by Anna Fell. Produced by Coastline Audio.', True),
    ("Все выпуски программы «Главное»", True),
    ("All episodes", True),
    ("Read next", True),
    ("Другие новости пресс-центра", True),
    ('Most viewed: Ferry timetable cut · "Not a crown more": Volkov on costs', True),
    ("Music matters to the port's workers, the mayor said.", False),
    ("Read the report in full on the ministry's site.", False),
])
def test_a_line_of_furniture(line: str, furniture: bool) -> None:
    assert (_kind_of(line) is not None) is furniture


def test_a_programme_line_dates_the_page_and_names_no_quote() -> None:
    page = ("РТВ\n\nПрезидент в Вельморе: место для поста выбрано\n\n"
            "Программа «Главное» · 4 октября 2028, 20:40\n\n"
            "Президент Марек Волков осмотрел место для поста береговой охраны.\n\n"
            "«Пост будет здесь», — сказал президент журналистам.\n")
    d = draft(page)
    assert [q.text for q in d.quotes] == ["Пост будет здесь"]
    assert d.date.date == "2028-10-04"


def test_a_newsletter_s_web_version_link_is_no_headline() -> None:
    page = ("From: The Harbour Post <briefing@harbourpost.example>\n"
            "Subject: Damm charged, and a storm on the way\n"
            "Date: Monday, 13 November 2028 at 06:02\n\n"
            "View in browser\n\n"
            "Good morning. Here's what you need to know today.\n\n"
            'The prosecutor said: "The law was written for exactly this."\n')
    assert draft(page).document["source"]["title"] == "Damm charged, and a storm on the way"
    assert _kind_of("View in browser") is not None and _kind_of("Открыть в браузере") is not None

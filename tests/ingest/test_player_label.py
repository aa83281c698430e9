"""A video player's play mark, running time and the clip's label after a bar ("▶ 2:48 | Night drill at the
harbour") are the player's, never the headline: fresh35/f3501's label was taken for the title (read after fresh35
was scored). The page is made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.chrome import _PLAYER
from tests.ingest.drafting import draft, source_record

PAGE = (
    "COAST TV\nWatch live | News | Weather\n\n"
    "Flares over the inner harbour as the port stages its first night drill\n\n"
    "▶ 2:48 | Night drill at the harbour\n"
    "Flares light up the inner harbour. Video: Coast TV\n\n"
    "Wed 5 July 2028 · 19:40\nBy Liv Haugen\n\n"
    "The harbour was closed for three hours on Tuesday night.\n\n"
    '"We learned more in three hours than in a year of paper plans," said harbour master Jan Oberg.\n'
)


def test_the_clip_s_label_is_not_the_headline() -> None:
    title = "Flares over the inner harbour as the port stages its first night drill"
    assert source_record(draft(PAGE))["title"] == title


@pytest.mark.parametrize(("line", "player"), [
    ("▶ 2:48 | Night drill at the harbour", True),
    ("▶ WATCH 2:48", True),
    ("► 03:12 · Паромы вышли в залив", True),
    ("2:48 | Night drill at the harbour", False),  # no play mark: the bar alone says nothing
])
def test_a_player_line(line: str, player: bool) -> None:
    assert bool(_PLAYER.fullmatch(line)) is player

"""A military unit's or a state service's name in the possessive ("the Kessel Navy's programme manager") names a body,
never a person: fresh36/f3612 made "Kessel Navy" a person, and "She said" then went to it rather than the woman named
before (read after fresh36 was scored). The pages are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.actors import _ORG
from tests.ingest.drafting import EN, only_attribution


def test_she_is_the_woman_not_the_navy() -> None:
    who, _, _ = only_attribution(EN + (
        "Captain Lotte Mork, the Kessel Navy's programme manager, explained that the suite was specified after "
        'trials. She said the ships would hear "an anchor chain before they see the anchor".\n'))
    assert who == ["Lotte Mork"]


@pytest.mark.parametrize(("text", "body"), [
    ("the Kessel Navy's programme manager", "Kessel Navy"),
    ("the Varnian Border Service’s chief", "Varnian Border Service"),
    ("the Kessel Navy said", "Kessel Navy"),
    ("in the words of the Ministry's proposal", None),  # a bare ministry's possessive stays as it was read
])
def test_a_unit_s_possessive(text: str, body: str | None) -> None:
    found = [m.group("org") for m in _ORG.finditer(text)]
    assert found == ([body] if body else [])

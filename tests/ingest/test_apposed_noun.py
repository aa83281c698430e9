"""A person, then a noun in apposition between commas, then the verb: "Julian Crane, an analyst at Kessel Securities,
called the outlook "..."". The apposition's words (a firm, a body, a place) qualify the person, who speaks;
fresh36/f3609 gave the quote to the firm (read after fresh36 was scored; fresh18 and fresh34 had the same fault). The
pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, only_attribution


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Julian Crane, an analyst at Kessel Securities, called the outlook "conservative to the point of shyness".',
     "Julian Crane"),
    ('Mira Holm, the head of the Lunde Port Authority, said: "We will reopen the quay on Monday."', "Mira Holm"),
    ('Captain Lotte Mork, the Kessel Navy\'s programme manager, said: "The ships will hear an anchor chain."',
     "Lotte Mork"),
])
def test_the_person_before_the_apposition_speaks(sentence: str, speaker: str) -> None:
    who, _, _ = only_attribution(EN + sentence + "\n")
    assert who == [speaker]


def test_an_age_before_the_apposition_introduces_no_one_else() -> None:
    # "Asta Berge, 81, a retired fisherwoman": the apposition says who she is; "she" is still her (fresh37/f3709)
    who, _, _ = only_attribution(EN + (
        "The ship's sponsor, Asta Berge, 81, a retired fisherwoman from Lunde, will name the ship. Asked what she "
        'would say, she replied: "Something short. Sailors don\'t like speeches."\n'))
    assert who == ["Asta Berge"]

"""A long quote standing alone, and the next paragraph saying whose it is: "The words are those of the university's
Vice-Chancellor, Professor Amund Rask, ..." (fresh36/f3604) or "Those words are not mine. They belong to Rear Admiral
Petra Holmqvist, ..." (fresh36/f3608). Both had no speaker (read after fresh36 was scored). The pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, attributions, draft

QUOTE = '"This award shows that a small university can do frontier science and serve its town at the same time."\n\n'


@pytest.mark.parametrize(("after", "speaker"), [
    ("The words are those of the university's Vice-Chancellor, Professor Amund Rask, who visited the lab.",
     "Amund Rask"),
    ("Those words are not mine. They belong to Rear Admiral Petra Holmqvist, who said them to me on Thursday.",
     "Petra Holmqvist"),
    ("These words belong to Professor Amund Rask.", "Amund Rask"),
])
def test_the_next_paragraph_says_whose_words_they_are(after: str, speaker: str) -> None:
    [(_, who, _, _)] = attributions(draft(EN + QUOTE + after + "\n"))
    assert who == [speaker]


@pytest.mark.parametrize("after", [
    "The words are printed on the lab's door. Professor Amund Rask put them there.",
    "Those words are not new. Professor Amund Rask has heard them before.",
])
def test_words_about_the_words_name_no_speaker(after: str) -> None:
    [(_, who, _, _)] = attributions(draft(EN + QUOTE + after + "\n"))
    assert who != ["Amund Rask"]

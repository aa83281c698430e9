"""A podcast's or a broadcast's transcript labels each turn with the speaker's full name in capitals ("SUNNIVA ROOS:
...") and two hosts ask in turn, each once: every guest's turn is a quote of the person the page named in ordinary
case before ("Dr Sunniva Roos of the Institute ..."). fresh36/f3606's two guests' turns were no quotes (read after
fresh36 was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

HEAD = (
    "Coastline Audio\n\nEpisode 112: After Veltra\n\n"
    "Friday 29 September 2028 · 48 min · Hosted by Maren Ek and Tobias Hale\n\n"
    "The ministers left Veltra on Tuesday. Their first guest is Dr Sunniva Roos of the Institute for Northern "
    "Security; Erik Dahlgren, a Varnian MP, joins later.\n\n"
    "Transcript excerpt\n\n"
)
TURNS = (
    "MAREN EK: So was Veltra a success or not?\n\n"
    "SUNNIVA ROOS: It was a success for the communiqué. The coast is another matter.\n\n"
    "TOBIAS HALE: And will anyone send a boat?\n\n"
    "ERIK DAHLGREN: Kessel will. Varnia will, if the Senate pays for it.\n\n"
    "Full transcript available to members.\n"
)


def test_each_guest_s_turn_is_their_quote() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(HEAD + TURNS))}
    assert found["It was a success for the communiqué. The coast is another matter."] == ["Sunniva Roos"]
    assert found["Kessel will. Varnia will, if the Senate pays for it."] == ["Erik Dahlgren"]
    assert not any(text.endswith("?") for text in found)  # the hosts' questions are none


def test_a_label_the_page_never_names_in_ordinary_case_makes_no_quote() -> None:
    # (nobody the page introduced: the turns are a script's, not a named guest's)
    anonymous = HEAD.replace("Dr Sunniva Roos", "a researcher").replace("Erik Dahlgren", "an MP")
    assert attributions(draft(anonymous + TURNS)) == []


def test_one_host_asking_once_is_no_transcript() -> None:
    # (one question and one reply under two labels: a headline's or a caption's shape as much as a transcript's)
    one_turn = "MAREN EK: So was Veltra a success or not?\n\nSUNNIVA ROOS: It was a success for the communiqué.\n"
    assert attributions(draft(HEAD + one_turn)) == []

"""A press conference's transcript answers under "A:" are the person the page names as its speaker, never a body
whose name ends like a surname ("Joint Patrol Headquarters"): fresh37/f3704 gave three answers to the headquarters
(read after fresh37 was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = (
    "HARBOUR COMPACT\n\nPress conference at the opening of the Joint Patrol Headquarters, Tarvik\n\n"
    "13 Nov. 2028 | 11:30 CET | Tarvik\n\n"
    "Participants: Vice Admiral Ingrid Söderberg, Commander Compact Naval Forces. The Joint Patrol Headquarters "
    "opens today.\n\n"
    "Q: Admiral, how many ships are on patrol today?\n\n"
    "A: Four. Two Varnian, one from Kessel and one from Saldora.\n\n"
    "Q: Will Saldoran ships patrol near the cable route?\n\n"
    "A: Every ship patrols where the duty officer sends it.\n"
)


def test_the_answers_are_the_admiral_s() -> None:
    assert [who for _, who, _, _ in attributions(draft(PAGE))] == [["Ingrid Söderberg"], ["Ingrid Söderberg"]]

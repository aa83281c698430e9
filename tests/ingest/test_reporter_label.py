"""A broadcast's transcript labels its own reporter by role with the name in brackets ("REPORTER (Nora Eide):"),
then by surname ("EIDE:"): her turns are the broadcaster's words, never a quote; the guest's turns stay quotes.
fresh37/f3707 drafted three of the reporter's lines as quotes (read after fresh37 was scored). The pages are made
up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = (
    "KCTV\n\nStorm Halvard: coast guard watches 30 ships off Brennick\n\n"
    "Published 15 November 2028 at 07:45\n\n"
    "Thirty cargo ships rode out the storm at anchor, Commander Rikard Lindqvist of the coast guard said.\n\n"
    "Video transcript\n"
    "REPORTER (Nora Eide): It's just after six in the morning and the wind is still strong.\n"
    "LINDQVIST: Every one of those ships has a dot on our screen. Tonight we made four calls.\n"
    "EIDE: And the answers?\n"
    "LINDQVIST: All four said the chain was holding. All four were right.\n"
    "EIDE: In Lunde, the morning brought chainsaws.\n"
    "EIDE: Nora Eide, KCTV News, Brennick.\n"
)


def test_only_the_guest_s_turns_are_quotes() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(PAGE))}
    assert found == {
        "Every one of those ships has a dot on our screen. Tonight we made four calls.": ["Rikard Lindqvist"],
        "All four said the chain was holding. All four were right.": ["Rikard Lindqvist"],
    }

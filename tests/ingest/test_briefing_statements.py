"""A press conference's transcript gives opening statements under each speaker's role and surname in capitals
("VICE ADMIRAL SÖDERBERG: Thank you, Elsa. ...") and an answer under "A (Mayor Halvorsen):": each is a quote of the
person the page named in full above the transcript. fresh37/f3704 drafted none of the three (read after fresh37 was
scored). A role alone ("MODERATOR:", "PRIME MINISTER:") names no one. The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = (
    "HARBOUR COMPACT\n\nPress conference at the opening of the patrol headquarters, Tarvik\n\n"
    "13 Nov. 2028 | 11:30 CET | Tarvik\n\n"
    "Participants: Vice Admiral Ingrid Söderberg, Commander Compact Naval Forces; Sigrun Halvorsen, Mayor of "
    "Tarvik. Moderator: Elsa Grann.\n\n"
    "MODERATOR: Good morning and welcome to Tarvik.\n\n"
    "VICE ADMIRAL SÖDERBERG: Thank you, Elsa. Seven navies, one picture, one duty officer.\n\n"
    "MAYOR HALVORSEN: Tarvik has been a port for six hundred years.\n\n"
    "PRIME MINISTER: We welcome the headquarters.\n\n"
    "Q: Admiral, how many ships are on patrol today?\n\n"
    "A: Four. Two Varnian, one from Kessel and one from Saldora.\n\n"
    "Q: Mayor, will the headquarters bring restrictions?\n\n"
    "A (Mayor Halvorsen): I have been told the opposite, in writing.\n"
)


def test_each_statement_and_labelled_answer_is_its_speaker_s() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(PAGE))}
    assert found["Thank you, Elsa. Seven navies, one picture, one duty officer."] == ["Ingrid Söderberg"]
    assert found["Tarvik has been a port for six hundred years."] == ["Sigrun Halvorsen"]
    assert found["I have been told the opposite, in writing."] == ["Sigrun Halvorsen"]
    assert "Good morning and welcome to Tarvik." not in found
    assert "We welcome the headquarters." not in found
